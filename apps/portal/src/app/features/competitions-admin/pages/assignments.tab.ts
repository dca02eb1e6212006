import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { ActivatedRoute, Router } from '@angular/router';
import { JudgingRound } from '@bridge/contracts';
import { AssignmentsPanelComponent } from '../components/assignments-panel.component';
import { RoundToggleComponent, roundOf } from '../components/round-toggle.component';

/** Assignments of either round (`?round=FINAL` for the final). */
@Component({
  selector: 'bridge-assignments-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, AssignmentsPanelComponent, RoundToggleComponent],
  template: `
    <div class="toolbar">
      <bridge-round-toggle [round]="current()" (roundChange)="select($event)" />
    </div>
    <mat-card appearance="outlined">
      <mat-card-content>
        @switch (current()) {
          @case ('FINAL') {
            <bridge-assignments-panel round="FINAL" />
          }
          @default {
            <bridge-assignments-panel round="PRELIMINARY" />
          }
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .toolbar {
      margin-bottom: 16px;
    }
  `,
})
export class AssignmentsTab {
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  /** The `?round=` query parameter. */
  readonly round = input<string>();
  protected readonly current = computed(() => roundOf(this.round()));

  protected select(round: JudgingRound): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { round },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
