import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { CompetitionStage } from '@bridge/contracts';

/** The stage of an edition as a small coloured chip; `label` comes translated. */
@Component({
  selector: 'bridge-stage-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'bridge-stage-chip',
    '[attr.data-stage]': 'stage()',
    '[class.bridge-stage-chip--setup]': "stage() === 'SETUP'",
    '[class.bridge-stage-chip--done]': "stage() === 'AWARDS' || stage() === 'MATCHMAKING'",
  },
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    :host(.bridge-stage-chip--setup) {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    :host(.bridge-stage-chip--done) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class StageChipComponent {
  readonly stage = input.required<CompetitionStage>();
  readonly label = input.required<string>();
}
