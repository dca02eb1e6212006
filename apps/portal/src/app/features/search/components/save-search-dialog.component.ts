import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { SearchInput } from '../../../core/graphql/lazy/generated';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { SavedSearch, SearchActionsApi } from '../data/search-actions.api';

export interface SaveSearchDialogData {
  /** The search to keep (no page, cursor or language). */
  search: SearchInput;
  /** A name to start from, e.g. the search text. */
  name?: string;
}

/** Saves the current search under a name, with alerts and the daily e-mail on or off. */
@Component({
  selector: 'bridge-save-search-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'search.save.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="save-search-form">
      <mat-dialog-content class="bridge-form">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'search.save.name' | t }}</mat-label>
          <input matInput formControlName="name" data-testid="save-search-name" maxlength="120" required />
          <mat-error>{{ form.controls.name | fieldError }}</mat-error>
        </mat-form-field>
        <label class="toggle">
          <input type="checkbox" formControlName="alertsEnabled" data-testid="save-search-alerts" />
          <span>
            {{ 'search.save.alerts' | t }}
            <small>{{ 'search.save.alertsHint' | t }}</small>
          </span>
        </label>
        <label class="toggle">
          <input type="checkbox" formControlName="emailDigest" data-testid="save-search-email" />
          <span>{{ 'search.save.emailDigest' | t }}</span>
        </label>
        @if (error(); as error) {
          <p class="bridge-form-error" role="alert" data-testid="save-search-error">
            {{ error | errorMessage }}
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="save-search-cancel">
          {{ 'actions.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="save-search-submit" [disabled]="submitting()">
          {{ (submitting() ? 'actions.saving' : 'search.save.submit') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .toggle {
      display: flex;
      align-items: flex-start;
      gap: 10px;
      margin: 4px 0 12px;
      cursor: pointer;
      font: var(--mat-sys-body-medium);
    }
    .toggle input {
      width: 18px;
      height: 18px;
      margin: 2px 0 0;
      accent-color: var(--mat-sys-primary);
    }
    .toggle small {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class SaveSearchDialogComponent {
  private readonly api = inject(SearchActionsApi);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);
  private readonly ref = inject<MatDialogRef<SaveSearchDialogComponent, SavedSearch>>(MatDialogRef);
  private readonly data = inject<SaveSearchDialogData>(MAT_DIALOG_DATA);

  protected readonly form = new FormGroup({
    name: new FormControl((this.data.name ?? '').slice(0, 120), {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120), Validators.pattern(/\S/)],
    }),
    alertsEnabled: new FormControl(true, { nonNullable: true }),
    emailDigest: new FormControl(false, { nonNullable: true }),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<AppError | null>(null);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    try {
      const saved = await this.api.saveSearch({
        name: value.name.trim(),
        search: this.data.search,
        alertsEnabled: value.alertsEnabled,
        emailDigest: value.emailDigest,
      });
      this.notify.success(this.i18n.t('search.save.saved', { name: saved.name }));
      this.ref.close(saved);
    } catch (caught) {
      const error = toAppError(caught);
      if (!applyServerErrors(this.form, error)) this.error.set(error);
    } finally {
      this.submitting.set(false);
    }
  }
}
