import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { LocalizedTextComponent } from '@bridge/ui';
import { Subscription } from 'rxjs';
import { AppError, ErrorMessagePipe } from '../../../core/errors';
import { FieldErrorPipe } from '../../../core/forms';
import { CriterionScoreInput } from '../../../core/graphql/lazy/generated';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { ScorecardAssignment, ScorecardCriterion } from '../data/judging.api';
import { ScoreEntry, scoreErrorsByCriterion, scoresToSave, totalPreview } from '../data/scorecard';

const MAX_COMMENT = 4000;

/** What the page is asked to do with the entered scores. */
export interface ScoreRequest {
  scores: CriterionScoreInput[];
  submit: boolean;
  /** After submitting, open the next assignment of the round still to score. */
  next: boolean;
}

type CriterionForm = FormGroup<{ value: FormControl<number | null>; comment: FormControl<string> }>;

/** Scores come in steps of half a point. */
function halfStep(control: AbstractControl): ValidationErrors | null {
  const value = control.value as number | null;
  return value === null || Number.isInteger(value * 2) ? null : { halfStep: true };
}

/** The scorecard: one score and comment per weighted criterion, the running total and the actions. */
@Component({
  selector: 'bridge-scorecard-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    LocalizedTextComponent,
    TranslatePipe,
    LocalDatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './scorecard-form.component.html',
  styleUrl: './scorecard-form.component.scss',
})
export class ScorecardFormComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);

  readonly criteria = input.required<readonly ScorecardCriterion[]>();
  readonly assignment = input.required<ScorecardAssignment>();
  /** False when the round is closed or not open: the saved scores show read-only. */
  readonly editable = input(true);
  readonly busy = input(false);
  /** The server's answer to the last save; field errors appear next to their criterion. */
  readonly error = input<AppError | null>(null);
  readonly scores = output<ScoreRequest>();
  readonly abstain = output<void>();
  readonly declareConflict = output<void>();

  protected readonly form = new FormArray<CriterionForm>([]);
  private readonly values = signal<(number | null)[]>([]);
  private changes: Subscription | null = null;
  /** The scores of the last request, to place the server's errors (it names them by index). */
  private sent: CriterionScoreInput[] = [];

  protected readonly preview = computed(() => {
    const criteria = this.criteria();
    const values = this.values();
    return totalPreview(
      criteria,
      new Map(criteria.map((criterion, index) => [criterion.id, values[index] ?? null])),
    );
  });
  protected readonly submitted = computed(() => this.assignment().status === 'SUBMITTED');
  protected readonly formError = computed(() => {
    const error = this.error();
    return error && !error.fields.length ? error : null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.changes?.unsubscribe());
    effect(() => {
      const criteria = this.criteria();
      const assignment = this.assignment();
      untracked(() => this.build(criteria, assignment));
    });
    effect(() => {
      const editable = this.editable();
      untracked(() => (editable ? this.form.enable() : this.form.disable()));
    });
    effect(() => {
      const error = this.error();
      if (error) untracked(() => this.showServerErrors(error));
    });
  }

  protected formatTotal(total: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(total);
  }

  protected request(submit: boolean, next = false): void {
    const entries = this.entries();
    // Start from the validators alone: a draft needs no score, and the last answer's errors are old.
    for (const group of this.form.controls) {
      group.controls.value.updateValueAndValidity({ emitEvent: false });
      group.controls.comment.updateValueAndValidity({ emitEvent: false });
    }
    if (submit) {
      this.form.controls.forEach((group) => {
        if (group.controls.value.value === null) group.controls.value.setErrors({ required: true });
      });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.sent = scoresToSave(entries);
    this.scores.emit({ scores: this.sent, submit, next });
  }

  private entries(): ScoreEntry[] {
    return this.criteria().map((criterion, index) => {
      const group = this.form.at(index);
      return {
        criterionId: criterion.id,
        value: group.controls.value.value,
        comment: group.controls.comment.value,
      };
    });
  }

  private build(criteria: readonly ScorecardCriterion[], assignment: ScorecardAssignment): void {
    this.changes?.unsubscribe();
    const saved = new Map(assignment.myScores.map((score) => [score.criterionId, score]));
    this.form.clear({ emitEvent: false });
    for (const criterion of criteria) {
      const score = saved.get(criterion.id);
      this.form.push(
        this.fb.group({
          value: this.fb.control<number | null>(score?.value ?? null, [
            Validators.min(0),
            Validators.max(criterion.maxScore),
            halfStep,
          ]),
          comment: this.fb.control(score?.comment ?? '', Validators.maxLength(MAX_COMMENT)),
        }),
        { emitEvent: false },
      );
    }
    if (!this.editable()) this.form.disable({ emitEvent: false });
    this.values.set(this.form.controls.map((group) => group.controls.value.value));
    this.changes = this.form.valueChanges.subscribe(() =>
      this.values.set(this.form.controls.map((group) => group.controls.value.value)),
    );
  }

  private showServerErrors(error: AppError): void {
    const byCriterion = scoreErrorsByCriterion(error, this.sent);
    this.criteria().forEach((criterion, index) => {
      const errors = byCriterion.get(criterion.id);
      const group = this.form.at(index);
      for (const part of ['value', 'comment'] as const) {
        const fieldError = errors?.[part];
        if (!fieldError) continue;
        const control = group.controls[part];
        control.setErrors({
          ...(control.errors ?? {}),
          server: { key: fieldError.key, params: fieldError.params },
        });
        control.markAsTouched();
      }
    });
  }
}
