import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { IconComponent } from '../icon/icon.component';
import { IconName } from '../icon/icon-paths';

/** Says that there is nothing here yet and what comes next; project actions (buttons, links) as content. */
@Component({
  selector: 'bridge-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IconComponent],
  host: { class: 'bridge-empty-state', role: 'status' },
  template: `
    <bridge-icon class="bridge-empty-state__icon" [name]="icon()" [size]="40" />
    <p class="bridge-empty-state__title">{{ heading() }}</p>
    @if (message()) {
      <p class="bridge-empty-state__message">{{ message() }}</p>
    }
    <div class="bridge-empty-state__actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 32px 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .bridge-empty-state__icon {
      color: var(--mat-sys-primary);
    }
    .bridge-empty-state__title {
      margin: 0;
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-on-surface);
    }
    .bridge-empty-state__message {
      margin: 0;
      max-width: 48ch;
      font: var(--mat-sys-body-medium);
    }
    .bridge-empty-state__actions:not(:empty) {
      margin-top: 8px;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      justify-content: center;
    }
  `,
})
export class EmptyStateComponent {
  readonly heading = input.required<string>();
  readonly message = input<string>('');
  readonly icon = input<IconName>('inbox');
}
