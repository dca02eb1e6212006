import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ERROR_KEYS, LOCALES, Locale, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bridge/contracts';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { I18nService, LANGUAGE_NAMES, TranslatePipe, toGqlLocale } from '../../../core/i18n';
import { JudgeInvitationsApi } from '../data/judge-invitations.api';

// The server's limit (JudgeSignUpInput).
const MAX_DISPLAY_NAME = 120;

/** Creates a judge's account from an invitation: name (prefilled), password and language. */
@Component({
  selector: 'bridge-judge-sign-up-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  template: `
    <form
      class="bridge-form"
      [formGroup]="form"
      (ngSubmit)="submit()"
      novalidate
      data-testid="judge-sign-up-form"
    >
      <mat-form-field appearance="outline">
        <mat-label>{{ 'signUp.email' | t }}</mat-label>
        <input matInput type="email" [value]="email()" readonly autocomplete="username" data-testid="email" />
        <mat-hint>{{ 'judgeInvitation.emailFixed' | t }}</mat-hint>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'signUp.displayName' | t }}</mat-label>
        <input
          matInput
          formControlName="displayName"
          autocomplete="name"
          data-testid="displayName"
          required
        />
        <mat-error>{{ form.controls.displayName | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'signUp.password' | t }}</mat-label>
        <input
          matInput
          type="password"
          formControlName="password"
          autocomplete="new-password"
          data-testid="password"
          required
          [attr.minlength]="passwordMin"
        />
        <mat-hint>{{ 'signUp.passwordHint' | t: { min: passwordMin } }}</mat-hint>
        <mat-error>{{ form.controls.password | fieldError }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'signUp.language' | t }}</mat-label>
        <mat-select formControlName="locale" data-testid="locale">
          @for (locale of locales; track locale) {
            <mat-option [value]="locale" [attr.lang]="locale" [attr.data-testid]="'locale-' + locale">
              {{ languageNames[locale].name }}
            </mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (error(); as error) {
        <p class="bridge-form-error" role="alert" data-testid="form-error">{{ error | errorMessage }}</p>
      }
      <div class="bridge-form-actions">
        <button mat-flat-button type="submit" data-testid="judge-sign-up" [disabled]="submitting()">
          {{ 'judgeInvitation.createAccount' | t }}
        </button>
      </div>
    </form>
  `,
})
export class JudgeSignUpFormComponent {
  private readonly api = inject(JudgeInvitationsApi);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly token = input.required<string>();
  readonly email = input.required<string>();
  /** The name the organizer invited the judge with. */
  readonly displayName = input('');
  readonly signedUp = output<void>();

  protected readonly locales = LOCALES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly form = this.fb.group({
    displayName: ['', [Validators.required, Validators.maxLength(MAX_DISPLAY_NAME)]],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    ],
    locale: this.fb.control<Locale>(this.i18n.locale()),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    effect(() => {
      const name = this.displayName();
      untracked(() => {
        if (!this.form.controls.displayName.dirty) this.form.controls.displayName.setValue(name);
      });
    });
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    try {
      await this.api.signUp({
        token: this.token(),
        displayName: value.displayName.trim(),
        password: value.password,
        locale: toGqlLocale(value.locale),
      });
      this.signedUp.emit();
      void this.i18n.setLocale(value.locale);
    } catch (caught) {
      const error = toAppError(caught);
      // An account with the invited e-mail exists: the page offers signing in instead.
      if (error.key === ERROR_KEYS.emailTaken || !applyServerErrors(this.form, error)) this.error.set(error);
    } finally {
      this.submitting.set(false);
    }
  }
}
