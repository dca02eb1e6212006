import { Injectable, inject } from '@angular/core';
import { Locale } from '@bridge/contracts';
import { I18nService } from '../i18n/i18n.service';
import { toGqlLocale } from '../i18n/locale';
import { AuthService } from './auth.service';

/**
 * Changing the UI language: remembered in this browser and, when signed in, saved to the profile so
 * that e-mails use it too.
 */
@Injectable({ providedIn: 'root' })
export class LanguagePreferenceService {
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);

  async change(locale: Locale): Promise<void> {
    await this.i18n.setLocale(locale);
    const user = this.auth.user();
    if (!user || user.locale === toGqlLocale(locale)) return;
    try {
      await this.auth.updateProfile({ locale: toGqlLocale(locale) });
    } catch (error) {
      // The UI language changed anyway; e-mails keep the old language until the next change.
      console.warn('Could not save the language to the profile', error);
    }
  }
}
