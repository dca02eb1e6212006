import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { FieldErrorPipe } from '../../../core/forms';
import { TranslatePipe } from '../../../core/i18n';

const MAX_NAME = 200;
const MAX_NOTE = 500;

export interface ConflictDialogData {
  /** The start-up's name in the viewer's language. */
  organizationName: string;
}

/** What the judge declares: a tie to the project's organisation, or to a person in it. */
export interface ConflictDeclaration {
  kind: 'ORGANIZATION' | 'PERSON';
  personName: string | null;
  note: string | null;
}

/** Declaring a conflict of interest with the project's organisation or a person; closes with it. */
@Component({
  selector: 'bridge-conflict-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatInputModule,
    MatRadioModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'scorecard.conflictTitle' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ 'scorecard.conflictText' | t }}</p>
        <mat-radio-group
          formControlName="kind"
          class="kinds"
          [attr.aria-label]="'scorecard.conflictWith' | t"
        >
          <mat-radio-button value="ORGANIZATION" data-testid="conflict-kind-ORGANIZATION">
            {{ 'scorecard.conflictOrganization' | t: { organization: data.organizationName } }}
          </mat-radio-button>
          <mat-radio-button value="PERSON" data-testid="conflict-kind-PERSON">
            {{ 'scorecard.conflictPerson' | t }}
          </mat-radio-button>
        </mat-radio-group>
        @if (kind() === 'PERSON') {
          <mat-form-field appearance="outline" class="full">
            <mat-label>{{ 'scorecard.conflictPersonName' | t }}</mat-label>
            <input matInput formControlName="personName" required data-testid="conflict-person" />
            <mat-error>{{ form.controls.personName | fieldError }}</mat-error>
          </mat-form-field>
        }
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'scorecard.conflictNote' | t }}</mat-label>
          <textarea matInput rows="3" formControlName="note" data-testid="conflict-note"></textarea>
          <mat-error>{{ form.controls.note | fieldError }}</mat-error>
        </mat-form-field>
        @if (kind() === 'ORGANIZATION') {
          <p class="bridge-muted">{{ 'scorecard.conflictEffect' | t }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="conflict-cancel">
          {{ 'actions.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="conflict-confirm">
          {{ 'scorecard.conflictConfirm' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .kinds {
      display: flex;
      flex-direction: column;
      gap: 4px;
      margin-bottom: 16px;
    }
    .full {
      width: 100%;
    }
  `,
})
export class ConflictDialogComponent {
  private readonly ref = inject<MatDialogRef<ConflictDialogComponent, ConflictDeclaration>>(MatDialogRef);
  protected readonly data = inject<ConflictDialogData>(MAT_DIALOG_DATA);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    kind: this.fb.control<ConflictDeclaration['kind']>('ORGANIZATION'),
    personName: ['', Validators.maxLength(MAX_NAME)],
    note: ['', Validators.maxLength(MAX_NOTE)],
  });
  /** The chosen kind as a signal: the template shows the name field for a person. */
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });

  protected confirm(): void {
    const { kind, personName, note } = this.form.getRawValue();
    const name = personName.trim();
    if (kind === 'PERSON' && !name) this.form.controls.personName.setErrors({ required: true });
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close({ kind, personName: kind === 'PERSON' ? name : null, note: note.trim() || null });
  }
}
