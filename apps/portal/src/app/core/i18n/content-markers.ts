import { Injectable, computed, inject } from '@angular/core';
import { ContentLanguage } from '@bridge/contracts';
import { I18nService } from './i18n.service';

/** The translated marker texts `bridge-localized-text` shows when content is in another language. */
@Injectable({ providedIn: 'root' })
export class ContentMarkers {
  private readonly i18n = inject(I18nService);

  readonly labels = computed<Record<ContentLanguage, string>>(() => ({
    zh: this.i18n.t('content.shownIn.zh'),
    en: this.i18n.t('content.shownIn.en'),
    ru: this.i18n.t('content.shownIn.ru'),
  }));
}
