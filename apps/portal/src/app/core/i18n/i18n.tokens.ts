import { InjectionToken } from '@angular/core';

/** The browser's preferred languages, most preferred first. */
export const BROWSER_LANGUAGES = new InjectionToken<readonly string[]>('BROWSER_LANGUAGES', {
  providedIn: 'root',
  factory: () =>
    typeof navigator === 'undefined'
      ? []
      : navigator.languages?.length
        ? navigator.languages
        : [navigator.language],
});

/** Where the chosen locale is remembered; null when storage is unavailable (e.g. blocked cookies). */
export const LOCALE_STORAGE = new InjectionToken<Storage | null>('LOCALE_STORAGE', {
  providedIn: 'root',
  factory: () => {
    try {
      return typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      return null;
    }
  },
});
