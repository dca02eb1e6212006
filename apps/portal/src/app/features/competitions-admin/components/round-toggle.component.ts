import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { JUDGING_ROUNDS, JudgingRound } from '@bridge/contracts';
import { TranslatePipe } from '../../../core/i18n';
import { adminLabels } from '../logic/labels';

/** Preliminary or final round. */
@Component({
  selector: 'bridge-round-toggle',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonToggleModule, TranslatePipe],
  template: `
    <mat-button-toggle-group
      [value]="round()"
      [attr.aria-label]="'adminCompetitions.round.label' | t"
      (change)="roundChange.emit($event.value)"
    >
      @for (option of rounds; track option) {
        <mat-button-toggle [value]="option" [attr.data-testid]="'round-' + option">{{
          labels.round(option) | t
        }}</mat-button-toggle>
      }
    </mat-button-toggle-group>
  `,
})
export class RoundToggleComponent {
  readonly round = input.required<JudgingRound>();
  readonly roundChange = output<JudgingRound>();
  protected readonly rounds = JUDGING_ROUNDS;
  protected readonly labels = adminLabels;
}

/** The round of a `?round=` query parameter; the preliminary round by default. */
export function roundOf(value: string | null | undefined): JudgingRound {
  return value === 'FINAL' ? 'FINAL' : 'PRELIMINARY';
}
