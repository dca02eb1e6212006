import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { safeReturnUrl } from '../../../core/auth/auth.guards';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { TranslatePipe } from '../../../core/i18n';

@Component({
  selector: 'bridge-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './sign-in.page.html',
  styleUrl: './auth-page.scss',
})
export class SignInPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Where to go after signing in (query parameter). */
  readonly returnUrl = input<string>();
  /** 'expired' when the session ended (query parameter). */
  readonly reason = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required]],
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
    try {
      const { email, password } = this.form.getRawValue();
      await this.auth.signIn({ email: email.trim(), password });
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()) ?? '/dashboard');
    } catch (caught) {
      const error = toAppError(caught);
      if (!applyServerErrors(this.form, error)) this.error.set(error);
    } finally {
      this.submitting.set(false);
    }
  }
}
