import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { ERROR_KEYS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bridge/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { FieldErrorPipe, applyServerErrors, sameAsValidator } from '../../../core/forms';
import { TranslatePipe } from '../../../core/i18n';

/** Changing the password; the server then signs out every other session. */
@Component({
  selector: 'bridge-change-password-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './change-password-form.component.html',
  styles: `
    .done {
      margin: 8px 0;
      padding: 12px 16px;
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
  `,
})
export class ChangePasswordFormComponent {
  private readonly auth = inject(AuthService);
  private readonly formDirective = viewChild.required(FormGroupDirective);

  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: [
        '',
        [
          Validators.required,
          Validators.minLength(PASSWORD_MIN_LENGTH),
          Validators.maxLength(PASSWORD_MAX_LENGTH),
        ],
      ],
      repeatPassword: ['', Validators.required],
    },
    { validators: sameAsValidator('newPassword', 'repeatPassword') },
  );
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly changed = signal(false);

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    this.changed.set(false);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await this.auth.changePassword({ currentPassword, newPassword });
      this.formDirective().resetForm();
      this.changed.set(true);
    } catch (caught) {
      const error = toAppError(caught);
      const keys = {
        [ERROR_KEYS.wrongPassword]: 'currentPassword',
        [ERROR_KEYS.samePassword]: 'newPassword',
      };
      // The server marks a wrong current password (or an unchanged new one) as just `invalid`.
      const invalidMeans = {
        currentPassword: ERROR_KEYS.wrongPassword,
        newPassword: ERROR_KEYS.samePassword,
      };
      if (!applyServerErrors(this.form, error, { keys, invalidMeans })) this.error.set(error);
    } finally {
      this.saving.set(false);
    }
  }
}
