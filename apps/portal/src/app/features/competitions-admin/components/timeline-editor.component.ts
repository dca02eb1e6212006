import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { ErrorMessagePipe, toAppError, AppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { CompetitionStore } from '../data/competition.store';
import { CompetitionsApi, StageDate } from '../data/competitions.api';
import { adminLabels } from '../logic/labels';
import { TimelineProblem, timelineForm, timelineValue } from '../logic/timeline-form';

/** Start and end day of every stage; saved as a whole. */
@Component({
  selector: 'bridge-timeline-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatInputModule, TranslatePipe, ErrorMessagePipe],
  template: `
    <form (submit)="$event.preventDefault(); save()" novalidate data-testid="timeline-form">
      <div class="rows">
        @for (row of form().controls; track row.controls.stage.value; let i = $index) {
          <fieldset class="row" [formGroup]="row" [attr.data-testid]="'timeline-' + row.controls.stage.value">
            <legend>{{ labels.stage(row.controls.stage.value) | t }}</legend>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'adminCompetitions.timeline.startsOn' | t }}</mat-label>
              <input matInput type="date" formControlName="startsOn" [attr.data-testid]="'starts-' + i" />
            </mat-form-field>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'adminCompetitions.timeline.endsOn' | t }}</mat-label>
              <input matInput type="date" formControlName="endsOn" [attr.data-testid]="'ends-' + i" />
            </mat-form-field>
            @if (row.errors?.['timeline']; as problem) {
              <p class="problem" role="alert">{{ problemKey(problem) | t }}</p>
            }
          </fieldset>
        }
      </div>
      @if (error(); as error) {
        <p class="bridge-form-error" role="alert">{{ error | errorMessage }}</p>
      }
      <div class="bridge-form-actions">
        <button
          mat-flat-button
          type="submit"
          data-testid="timeline-save"
          [disabled]="saving() || form().invalid || form().pristine"
        >
          {{ (saving() ? 'actions.saving' : 'adminCompetitions.timeline.save') | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .rows {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
      gap: 0 16px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 8px;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .row mat-form-field {
      flex: 1 1 9rem;
    }
    legend {
      padding: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    .problem {
      flex-basis: 100%;
      margin: -12px 0 8px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class TimelineEditorComponent {
  private readonly api = inject(CompetitionsApi);
  private readonly store = inject(CompetitionStore);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);

  readonly timeline = input.required<readonly StageDate[]>();

  protected readonly labels = adminLabels;
  protected readonly form = signal(timelineForm([]));
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    effect(() => {
      const timeline = this.timeline();
      untracked(() => this.form.set(timelineForm(timeline)));
    });
  }

  protected problemKey(problem: TimelineProblem): TranslationKey {
    return `adminCompetitions.timeline.${problem}`;
  }

  protected async save(): Promise<void> {
    const id = this.store.id();
    if (!id || this.form().invalid) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      this.store.setTimeline(await this.api.setTimeline(id, timelineValue(this.form())));
      this.notify.success(this.i18n.t('adminCompetitions.timeline.saved'));
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.saving.set(false);
    }
  }
}
