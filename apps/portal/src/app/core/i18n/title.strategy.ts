import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslationKey } from './dictionaries';
import { I18nService } from './i18n.service';

/** Route titles are translation keys; the document title follows the language. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18nService);
  private readonly title = inject(Title);
  private readonly key = signal<TranslationKey | null>(null);

  constructor() {
    super();
    effect(() => {
      const key = this.key();
      const app = this.i18n.t('app.name');
      this.title.setTitle(key ? `${this.i18n.t(key)} · ${app}` : app);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const key = this.buildTitle(snapshot);
    this.key.set(key && this.i18n.has(key) ? key : null);
  }
}
