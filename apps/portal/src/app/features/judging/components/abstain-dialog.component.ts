import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe } from '../../../core/forms';
import { TranslatePipe } from '../../../core/i18n';

const MAX_REASON = 500;

/** Asks why the judge abstains from scoring; closes with the reason (or nothing when cancelled). */
@Component({
  selector: 'bridge-abstain-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'scorecard.abstainTitle' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ 'scorecard.abstainText' | t }}</p>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'scorecard.abstainReason' | t }}</mat-label>
          <textarea
            matInput
            rows="4"
            formControlName="reason"
            required
            data-testid="abstain-reason"
          ></textarea>
          <mat-error>{{ form.controls.reason | fieldError }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="abstain-cancel">
          {{ 'actions.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="abstain-confirm">
          {{ 'scorecard.abstain' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
    }
  `,
})
export class AbstainDialogComponent {
  private readonly ref = inject<MatDialogRef<AbstainDialogComponent, string>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', [Validators.required, Validators.maxLength(MAX_REASON), Validators.pattern(/\S/)]],
  });

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.controls.reason.value.trim());
  }
}
