import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import {
  ERROR_KEYS,
  LOCALES,
  Locale,
  OrganizationKind,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SIGN_UP_KINDS,
} from '@bridge/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { I18nService, LANGUAGE_NAMES, TranslatePipe, TranslationKey, toGqlLocale } from '../../../core/i18n';

/** Signing up with an invitation: the organisation comes from it, the e-mail is the invited one. */
export interface SignUpInvitation {
  token: string;
  email: string;
}

// The server's limits (SignUpInput, UpdateMyProfileInput).
const MAX_DISPLAY_NAME = 120;
const MAX_ORGANIZATION_NAME = 200;
const MAX_EMAIL = 254;

/** The sign-up form, for a new organisation or (with `invitation`) to join one. */
@Component({
  selector: 'bridge-sign-up-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './sign-up-form.component.html',
  styleUrl: './sign-up-form.component.scss',
})
export class SignUpFormComponent {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly invitation = input<SignUpInvitation | null>(null);
  readonly signedUp = output<void>();

  protected readonly kinds = SIGN_UP_KINDS;
  protected readonly locales = LOCALES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly form = this.fb.group({
    organizationKind: this.fb.control<OrganizationKind | ''>('', Validators.required),
    organizationName: ['', [Validators.required, Validators.maxLength(MAX_ORGANIZATION_NAME)]],
    displayName: ['', [Validators.required, Validators.maxLength(MAX_DISPLAY_NAME)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(MAX_EMAIL)]],
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
      const invitation = this.invitation();
      const { organizationKind, organizationName, email } = this.form.controls;
      if (invitation) {
        organizationKind.disable();
        organizationName.disable();
        email.setValue(invitation.email);
      } else {
        organizationKind.enable();
        organizationName.enable();
      }
    });
  }

  protected kindLabel(kind: OrganizationKind): TranslationKey {
    return `organizationKind.${kind}`;
  }

  protected kindHint(kind: OrganizationKind): TranslationKey {
    return kind === 'ORGANIZER' ? 'organizationKind.ORGANIZER' : `signUp.kindHint.${kind}`;
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    const invitation = this.invitation();
    try {
      await this.auth.signUp({
        email: value.email.trim(),
        password: value.password,
        displayName: value.displayName.trim(),
        locale: toGqlLocale(value.locale),
        ...(invitation
          ? { invitationToken: invitation.token }
          : {
              organizationName: value.organizationName.trim(),
              organizationKind: value.organizationKind || null,
            }),
      });
      // Emit first: the parent may remove this form as soon as the viewer is signed in.
      this.signedUp.emit();
      // The language chosen for e-mails is the user's choice for the UI too.
      void this.i18n.setLocale(value.locale);
    } catch (caught) {
      const error = toAppError(caught);
      if (!applyServerErrors(this.form, error, { keys: { [ERROR_KEYS.emailTaken]: 'email' } }))
        this.error.set(error);
    } finally {
      this.submitting.set(false);
    }
  }
}
