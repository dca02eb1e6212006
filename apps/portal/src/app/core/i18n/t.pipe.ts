import { Pipe, PipeTransform, inject } from '@angular/core';
import { TranslationKey } from './dictionaries';
import { I18nService } from './i18n.service';
import { TranslationParams } from './i18n.types';

/**
 * `{{ 'nav.market' | t }}`, `{{ 'dashboard.welcome' | t: { name } }}`. Impure so that it reads the
 * locale signal on every check: the view re-renders when the language changes.
 */
@Pipe({ name: 't', pure: false })
export class TranslatePipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: TranslationKey, params?: TranslationParams): string {
    return this.i18n.t(key, params);
  }
}
