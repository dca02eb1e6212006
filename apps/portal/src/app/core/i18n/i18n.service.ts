import { DOCUMENT, Injectable, Signal, inject, signal } from '@angular/core';
import { DEFAULT_LOCALE, Locale, isLocale } from '@bridge/contracts';
import {
  CoreDictionary,
  Dictionary,
  FALLBACK_DICTIONARY,
  TranslationKey,
  loadDictionary,
} from './dictionaries';
import { TranslationParams } from './i18n.types';
import { BROWSER_LANGUAGES, LOCALE_STORAGE } from './i18n.tokens';
import { localeFromLanguages } from './locale';

export const LOCALE_STORAGE_KEY = 'bridge.locale';

type DateStyle = 'date' | 'dateTime';

/**
 * The UI language as a signal, and translation of keys into it. Templates and computed signals that
 * call `t()` re-render when the language changes. English is always loaded; another language's
 * dictionary is loaded before the switch to it, so no half-translated page shows.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly document = inject(DOCUMENT);
  private readonly storage = inject(LOCALE_STORAGE);
  private readonly stored = this.readStoredLocale();
  /** The language to start in: the remembered choice, else the browser's preference. */
  private readonly initial: Locale = this.stored ?? localeFromLanguages(inject(BROWSER_LANGUAGES));
  /** English (the bundled fallback) until {@link ready} has loaded the starting language. */
  private readonly _locale = signal<Locale>(DEFAULT_LOCALE);
  private readonly _explicit = signal(this.stored !== null);
  private readonly _timeZone = signal<string | undefined>(undefined);
  private readonly _dictionary = signal<Dictionary | CoreDictionary>(FALLBACK_DICTIONARY);
  private switching: Promise<void> = Promise.resolve();

  readonly locale: Signal<Locale> = this._locale.asReadonly();
  /** True once the user has picked a language (now or in an earlier visit). */
  readonly explicitChoice: Signal<boolean> = this._explicit.asReadonly();
  /** The viewer's time zone for dates; undefined = the browser's. */
  readonly timeZone: Signal<string | undefined> = this._timeZone.asReadonly();

  /** Loads the dictionary of the starting language (run by an app initializer). */
  ready(): Promise<void> {
    return this.switchTo(this.initial);
  }

  /** Switches the UI language; `remember` (default) stores it as the user's explicit choice. */
  async setLocale(locale: Locale, options: { remember?: boolean } = {}): Promise<void> {
    if (options.remember !== false) {
      this._explicit.set(true);
      try {
        this.storage?.setItem(LOCALE_STORAGE_KEY, locale);
      } catch {
        // Storage may be full or blocked: the choice then lasts for this visit only.
      }
    }
    await this.switchTo(locale);
  }

  setTimeZone(timeZone: string | undefined): void {
    this._timeZone.set(timeZone);
  }

  /** The text of `key` in the current language with `{param}` placeholders filled in. */
  t(key: TranslationKey, params?: TranslationParams): string {
    const text = lookup(this._dictionary(), key) ?? lookup(FALLBACK_DICTIONARY, key) ?? key;
    return params ? interpolate(text, params) : text;
  }

  /** Whether `key` (e.g. an error key sent by the server) has a message. */
  has(key: string): key is TranslationKey {
    // The fallback holds the core areas only; feature areas are in every loaded dictionary.
    return lookup(FALLBACK_DICTIONARY, key) !== undefined || lookup(this._dictionary(), key) !== undefined;
  }

  /** A date of the API (ISO string) in the UI language and the viewer's time zone. */
  formatDate(value: string | null | undefined, style: DateStyle = 'date'): string {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return '';
    const options: Intl.DateTimeFormatOptions =
      style === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
    try {
      return new Intl.DateTimeFormat(this._locale(), { ...options, timeZone: this._timeZone() }).format(date);
    } catch {
      return new Intl.DateTimeFormat(this._locale(), options).format(date);
    }
  }

  /** Switches in call order; a failed load (e.g. offline) keeps the current language. */
  private switchTo(locale: Locale): Promise<void> {
    this.switching = this.switching.then(async () => {
      try {
        const dictionary = await loadDictionary(locale);
        this._dictionary.set(dictionary);
        this._locale.set(locale);
        this.document.documentElement.lang = locale;
      } catch (error) {
        console.warn(`Could not load the ${locale} dictionary`, error);
      }
    });
    return this.switching;
  }

  private readStoredLocale(): Locale | null {
    try {
      const value = this.storage?.getItem(LOCALE_STORAGE_KEY);
      return isLocale(value) ? value : null;
    } catch {
      return null;
    }
  }
}

function lookup(dictionary: object, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.prototype.hasOwnProperty.call(node, part)) {
      return undefined;
    }
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replaces `{name}` with `params.name`; placeholders without a value stay as they are. */
export function interpolate(text: string, params: TranslationParams): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}
