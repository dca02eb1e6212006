import { ChangeDetectionStrategy, Component, OnInit, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { TranslatePipe } from '../../../core/i18n';
import { ShortlistSummary, ShortlistsApi } from '../data/shortlists.api';

/** The API's limits (CreateShortlistInput). */
export const SHORTLIST_NAME_MAX = 120;
export const SHORTLIST_DESCRIPTION_MAX = 2000;

/** Creates a shortlist, or edits the name and description of `shortlist`. */
@Component({
  selector: 'bridge-shortlist-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  template: `
    <form
      class="bridge-form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      data-testid="shortlist-form"
      novalidate
    >
      <h2 class="form-title">{{ (shortlist() ? 'shortlists.editTitle' : 'shortlists.createTitle') | t }}</h2>
      <mat-form-field>
        <mat-label>{{ 'shortlists.name' | t }}</mat-label>
        <input
          matInput
          formControlName="name"
          required
          [maxlength]="nameMax"
          autocomplete="off"
          data-testid="shortlist-name"
        />
        <mat-error>{{ form.controls.name | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'shortlists.description' | t }}</mat-label>
        <textarea
          matInput
          formControlName="description"
          rows="2"
          [maxlength]="descriptionMax"
          data-testid="shortlist-description"
        ></textarea>
        <mat-error>{{ form.controls.description | fieldError }}</mat-error>
      </mat-form-field>
      @if (error(); as error) {
        <p class="bridge-form-error" role="alert" data-testid="form-error">{{ error | errorMessage }}</p>
      }
      <div class="bridge-form-actions">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="shortlist-save">
          {{ (saving() ? 'actions.saving' : shortlist() ? 'actions.save' : 'shortlists.createSubmit') | t }}
        </button>
        <button mat-button type="button" (click)="cancelled.emit()" data-testid="shortlist-cancel">
          {{ 'actions.cancel' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .form-title {
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class ShortlistFormComponent implements OnInit {
  private readonly api = inject(ShortlistsApi);

  /** The shortlist to edit; null creates one. */
  readonly shortlist = input<ShortlistSummary | null>(null);
  readonly saved = output<ShortlistSummary>();
  readonly cancelled = output<void>();

  protected readonly nameMax = SHORTLIST_NAME_MAX;
  protected readonly descriptionMax = SHORTLIST_DESCRIPTION_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(SHORTLIST_NAME_MAX)]],
    description: ['', [Validators.maxLength(SHORTLIST_DESCRIPTION_MAX)]],
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);

  ngOnInit(): void {
    const shortlist = this.shortlist();
    if (shortlist) this.form.setValue({ name: shortlist.name, description: shortlist.description ?? '' });
  }

  protected async submit(): Promise<void> {
    this.form.controls.name.setValue(this.form.controls.name.value.trim());
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const { name, description } = this.form.getRawValue();
    const shortlist = this.shortlist();
    try {
      const saved = shortlist
        ? await this.api.update({ id: shortlist.id, name, description: description.trim() || null })
        : await this.api.create({ name, description: description.trim() || null });
      this.saved.emit(saved);
    } catch (error) {
      const appError = toAppError(error);
      // A name taken in the organisation comes as CONFLICT with a key; show it on the name.
      if (!applyServerErrors(this.form, appError, { keys: conflictOnName(appError) }))
        this.error.set(appError);
    } finally {
      this.saving.set(false);
    }
  }
}

function conflictOnName(error: AppError): Record<string, string> {
  return error.code === 'CONFLICT' && error.key ? { [error.key]: 'name' } : {};
}
