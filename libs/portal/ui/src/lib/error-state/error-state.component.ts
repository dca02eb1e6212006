import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { IconComponent } from '../icon/icon.component';

/** Shows that something failed, with an optional retry button. Strings come in translated. */
@Component({
  selector: 'bridge-error-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IconComponent, MatButtonModule],
  host: { class: 'bridge-error-state', role: 'alert' },
  template: `
    <bridge-icon class="bridge-error-state__icon" name="error" [size]="32" />
    <div class="bridge-error-state__body">
      <p class="bridge-error-state__title">{{ heading() }}</p>
      @if (message()) {
        <p class="bridge-error-state__message" data-testid="error-message">{{ message() }}</p>
      }
    </div>
    @if (retryLabel()) {
      <button mat-stroked-button type="button" data-testid="retry" (click)="retry.emit()">
        {{ retryLabel() }}
      </button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px 16px;
      padding: 16px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .bridge-error-state__body {
      flex: 1 1 16rem;
    }
    .bridge-error-state__title {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .bridge-error-state__message {
      margin: 4px 0 0;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class ErrorStateComponent {
  readonly heading = input.required<string>();
  readonly message = input<string>('');
  /** Label of the retry button; no button when empty. */
  readonly retryLabel = input<string>('');
  readonly retry = output<void>();
}
