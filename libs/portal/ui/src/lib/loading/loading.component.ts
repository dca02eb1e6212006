import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

/** An indeterminate progress indicator with an accessible label. */
@Component({
  selector: 'bridge-loading',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBarModule, MatProgressSpinnerModule],
  host: { class: 'bridge-loading', role: 'status', '[class.bridge-loading--bar]': "mode() === 'bar'" },
  template: `
    @if (mode() === 'bar') {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="label()" />
    } @else {
      <mat-progress-spinner mode="indeterminate" [diameter]="40" [attr.aria-label]="label()" />
      <span class="bridge-loading__label">{{ label() }}</span>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 12px;
      padding: 32px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
    :host(.bridge-loading--bar) {
      padding: 0;
      display: block;
    }
    .bridge-loading__label {
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class LoadingComponent {
  /** Translated text such as "Loading…", read by screen readers. */
  readonly label = input.required<string>();
  readonly mode = input<'spinner' | 'bar'>('spinner');
}
