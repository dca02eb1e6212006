import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { OverrideDecision } from '../../../core/graphql/lazy/generated';
import { TranslatePipe } from '../../../core/i18n';
import { SelectionApi, SelectionOverride } from '../data/selection.api';
import { adminLabels } from '../logic/labels';

export interface OverrideDialogData {
  competitionId: string;
  projectId: string;
  projectTitle: string;
  /** Translated: "Finalist" or "Not selected". */
  currentDecision: string;
  selected: boolean;
}

/** The reason must be written: it goes into the explanation and the fairness dossier. */
const MAX_REASON = 2000;

/** Includes or excludes one project by hand, with a mandatory written reason. */
@Component({
  selector: 'bridge-override-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'adminSelection.overrides.dialogTitle' | t: { project: data.projectTitle } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="override-form">
      <mat-dialog-content class="bridge-form">
        <p>{{ 'adminSelection.overrides.dialogIntro' | t: { decision: data.currentDecision } }}</p>
        <mat-radio-group
          formControlName="decision"
          class="decisions"
          [attr.aria-label]="'adminSelection.overrides.decisionLabel' | t"
        >
          <mat-radio-button value="INCLUDE" data-testid="override-include">{{
            'adminSelection.overrides.include' | t
          }}</mat-radio-button>
          <mat-radio-button value="EXCLUDE" data-testid="override-exclude">{{
            'adminSelection.overrides.exclude' | t
          }}</mat-radio-button>
        </mat-radio-group>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'adminSelection.overrides.reason' | t }}</mat-label>
          <textarea
            matInput
            rows="4"
            formControlName="reason"
            data-testid="override-reason"
            required
            cdkFocusInitial
          ></textarea>
          <mat-hint>{{ 'adminSelection.overrides.reasonHint' | t }}</mat-hint>
          <mat-error>{{ form.controls.reason | fieldError }}</mat-error>
        </mat-form-field>
        @if (error(); as error) {
          <p class="bridge-form-error" role="alert" data-testid="override-error">
            {{ error | errorMessage }}
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'actions.cancel' | t }}</button>
        <button mat-flat-button type="submit" data-testid="override-save" [disabled]="saving()">
          {{ (saving() ? 'actions.saving' : 'adminSelection.overrides.save') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .decisions {
      display: flex;
      gap: 16px;
      margin-bottom: 16px;
    }
  `,
})
export class OverrideDialogComponent {
  private readonly api = inject(SelectionApi);
  private readonly ref = inject<MatDialogRef<OverrideDialogComponent, SelectionOverride>>(MatDialogRef);
  protected readonly data = inject<OverrideDialogData>(MAT_DIALOG_DATA);
  protected readonly labels = adminLabels;

  protected readonly form = new FormGroup({
    decision: new FormControl<OverrideDecision>(this.data.selected ? 'EXCLUDE' : 'INCLUDE', {
      nonNullable: true,
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(MAX_REASON), notBlank],
    }),
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const { decision, reason } = this.form.getRawValue();
    try {
      const saved = await this.api.setOverride(
        this.data.competitionId,
        this.data.projectId,
        decision,
        reason.trim(),
      );
      this.ref.close(saved);
    } catch (caught) {
      const error = toAppError(caught);
      if (!applyServerErrors(this.form, error)) this.error.set(error);
    } finally {
      this.saving.set(false);
    }
  }
}

/** Only spaces count as empty: the server refuses them too. */
function notBlank(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'string' && value && !value.trim() ? { required: true } : null;
}
