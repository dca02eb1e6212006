import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors } from '@angular/forms';
import { COMPETITION_STAGES, CompetitionStage } from '@bridge/contracts';
import type { StageDateInput } from '../../../core/graphql/lazy/generated';

export type StageDateGroup = FormGroup<{
  stage: FormControl<CompetitionStage>;
  startsOn: FormControl<string>;
  endsOn: FormControl<string>;
}>;

/** What is wrong with one stage's dates, as a key of adminCompetitions.timeline. */
export type TimelineProblem = 'order' | 'endBeforeStart' | 'endWithoutStart';

/**
 * On the array of stages (in timeline order): each stage starts no earlier than the previous dated
 * one, and ends no earlier than it starts (the server's rules). Problems are set on the row.
 */
export function timelineValidator(array: AbstractControl): ValidationErrors | null {
  let previousStart = '';
  let problems = 0;
  for (const row of (array as FormArray<StageDateGroup>).controls) {
    const { startsOn, endsOn } = row.getRawValue();
    let problem: TimelineProblem | null = null;
    if (endsOn && !startsOn) problem = 'endWithoutStart';
    else if (startsOn && previousStart && startsOn < previousStart) problem = 'order';
    else if (startsOn && endsOn && endsOn < startsOn) problem = 'endBeforeStart';
    if (startsOn) previousStart = startsOn;
    const current = (row.errors?.['timeline'] as TimelineProblem | undefined) ?? null;
    if (current !== problem) row.setErrors(problem ? { timeline: problem } : null, { emitEvent: false });
    if (problem) problems++;
  }
  return problems ? { timeline: problems } : null;
}

/** One row per stage, filled from the edition's timeline. */
export function timelineForm(
  timeline: readonly { stage: string; startsOn: string; endsOn?: string | null }[],
) {
  return new FormArray<StageDateGroup>(
    COMPETITION_STAGES.map((stage) => {
      const date = timeline.find((candidate) => candidate.stage === stage);
      return new FormGroup({
        stage: new FormControl<CompetitionStage>(stage, { nonNullable: true }),
        startsOn: new FormControl(date?.startsOn ?? '', { nonNullable: true }),
        endsOn: new FormControl(date?.endsOn ?? '', { nonNullable: true }),
      });
    }),
    { validators: timelineValidator },
  );
}

/** The dated stages as the API takes them; stages without a start date are left out. */
export function timelineValue(form: FormArray<StageDateGroup>): StageDateInput[] {
  return form
    .getRawValue()
    .filter((row) => row.startsOn)
    .map((row) => ({ stage: row.stage, startsOn: row.startsOn, endsOn: row.endsOn || null }));
}
