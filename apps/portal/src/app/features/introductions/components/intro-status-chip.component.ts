import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { IntroductionStatus } from '@bridge/contracts';
import { TranslatePipe } from '../../../core/i18n';
import { introLabels } from '../data/intro-labels';

/** The status of an introduction request as a coloured chip. */
@Component({
  selector: 'bridge-intro-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  host: {
    class: 'intro-status',
    '[class]': "'intro-status intro-status--' + status().toLowerCase()",
    '[attr.data-status]': 'status()',
    'data-testid': 'intro-status',
  },
  template: `{{ labels.status(status()) | t }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.intro-status--pending) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.intro-status--accepted) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.intro-status--declined) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class IntroStatusComponent {
  readonly status = input.required<IntroductionStatus>();
  protected readonly labels = introLabels;
}
