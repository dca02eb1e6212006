import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { LOCALES, Locale } from '@bridge/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { I18nService, LANGUAGE_NAMES, TranslatePipe, fromGqlLocale, toGqlLocale } from '../../../core/i18n';
import { TIME_ZONES, timeZoneValidator } from '../time-zones';

// The server's limit (UpdateMyProfileInput).
const MAX_DISPLAY_NAME = 120;
const SUGGESTIONS = 50;

/** Display name, time zone and language of the signed-in user. */
@Component({
  selector: 'bridge-profile-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './profile-form.component.html',
})
export class ProfileFormComponent {
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly notify = inject(NotifyService);

  protected readonly locales = LOCALES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly email = computed(() => this.auth.user()?.email ?? '');
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(MAX_DISPLAY_NAME)]],
    timeZone: ['', [Validators.required, timeZoneValidator]],
    locale: ['en' as Locale],
  });
  private readonly timeZoneText = toSignal(this.form.controls.timeZone.valueChanges, { initialValue: '' });
  protected readonly timeZoneOptions = computed(() => {
    const query = this.timeZoneText().trim().toLowerCase().replace(/\s+/g, '_');
    return TIME_ZONES.filter((zone) => zone.toLowerCase().includes(query)).slice(0, SUGGESTIONS);
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);

  constructor() {
    effect(() => {
      const user = this.auth.user();
      if (!user) return;
      untracked(() =>
        this.form.reset({
          displayName: user.displayName,
          timeZone: user.timeZone,
          locale: fromGqlLocale(user.locale),
        }),
      );
    });
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const { displayName, timeZone, locale } = this.form.getRawValue();
      await this.auth.updateProfile({
        displayName: displayName.trim(),
        timeZone,
        locale: toGqlLocale(locale),
      });
      await this.i18n.setLocale(locale);
      this.notify.success(this.i18n.t('account.saved'));
    } catch (caught) {
      const error = toAppError(caught);
      if (!applyServerErrors(this.form, error)) this.error.set(error);
    } finally {
      this.saving.set(false);
    }
  }
}
