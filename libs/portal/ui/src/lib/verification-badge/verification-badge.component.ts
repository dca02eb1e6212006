import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { VerificationStatus } from '@bridge/contracts';
import { IconComponent } from '../icon/icon.component';
import { IconName } from '../icon/icon-paths';

const ICONS: Record<VerificationStatus, IconName> = {
  VERIFIED: 'verified',
  UNVERIFIED: 'schedule',
  REJECTED: 'cancel',
};

/** The verification status of an organisation as a small coloured badge; `label` comes translated. */
@Component({
  selector: 'bridge-verification-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IconComponent],
  host: {
    class: 'bridge-verification-badge',
    '[class.bridge-verification-badge--verified]': "status() === 'VERIFIED'",
    '[class.bridge-verification-badge--unverified]': "status() === 'UNVERIFIED'",
    '[class.bridge-verification-badge--rejected]': "status() === 'REJECTED'",
    '[attr.data-status]': 'status()',
  },
  template: `<bridge-icon [name]="icon()" [size]="16" /><span>{{ label() }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 8px;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    :host(.bridge-verification-badge--verified) {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    :host(.bridge-verification-badge--unverified) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    :host(.bridge-verification-badge--rejected) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class VerificationBadgeComponent {
  readonly status = input.required<VerificationStatus>();
  readonly label = input.required<string>();
  protected readonly icon = computed(() => ICONS[this.status()]);
}
