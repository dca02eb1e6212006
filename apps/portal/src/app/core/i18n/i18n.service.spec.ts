import { DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MemoryStorage } from '../../../testing/factories';
import { I18nService, LOCALE_STORAGE_KEY, interpolate } from './i18n.service';
import { BROWSER_LANGUAGES, LOCALE_STORAGE } from './i18n.tokens';

function setup(options: { stored?: string; languages?: string[] } = {}) {
  const storage = new MemoryStorage();
  if (options.stored) storage.setItem(LOCALE_STORAGE_KEY, options.stored);
  TestBed.configureTestingModule({
    providers: [
      { provide: LOCALE_STORAGE, useValue: storage },
      { provide: BROWSER_LANGUAGES, useValue: options.languages ?? ['en-US'] },
    ],
  });
  return { sut: TestBed.inject(I18nService), storage, document: TestBed.inject(DOCUMENT) };
}

describe('I18nService', () => {
  it("starts in the browser's language when nothing was chosen before", async () => {
    const { sut } = setup({ languages: ['ru-RU', 'en'] });

    await sut.ready();

    expect(sut.locale()).toBe('ru');
    expect(sut.explicitChoice()).toBe(false);
    expect(sut.t('actions.signIn')).toBe('Войти');
  });

  it('maps any Chinese browser language to zh-CN and unknown ones to English', async () => {
    const chinese = setup({ languages: ['zh-TW'] });
    await chinese.sut.ready();
    expect(chinese.sut.locale()).toBe('zh-CN');

    TestBed.resetTestingModule();
    const other = setup({ languages: ['de-DE', 'fr'] });
    await other.sut.ready();
    expect(other.sut.locale()).toBe('en');
  });

  it('prefers the remembered choice over the browser language', async () => {
    const { sut } = setup({ stored: 'zh-CN', languages: ['ru-RU'] });

    await sut.ready();

    expect(sut.locale()).toBe('zh-CN');
    expect(sut.explicitChoice()).toBe(true);
    expect(sut.t('nav.market')).toBe('对接市场');
  });

  it('ignores a stored value that is no locale', async () => {
    const { sut } = setup({ stored: 'klingon', languages: ['en-GB'] });

    await sut.ready();

    expect(sut.locale()).toBe('en');
  });

  it('switches the language, remembers it and updates <html lang>', async () => {
    const { sut, storage, document } = setup();
    await sut.ready();

    await sut.setLocale('ru');

    expect(sut.t('nav.market')).toBe('Биржа');
    expect(storage.getItem(LOCALE_STORAGE_KEY)).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(sut.explicitChoice()).toBe(true);
  });

  it('can follow a language without remembering it as a choice', async () => {
    const { sut, storage } = setup();

    await sut.setLocale('zh-CN', { remember: false });

    expect(sut.locale()).toBe('zh-CN');
    expect(storage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
    expect(sut.explicitChoice()).toBe(false);
  });

  it('fills {param} placeholders', async () => {
    const { sut } = setup();
    await sut.setLocale('ru');

    expect(sut.t('dashboard.welcome', { name: 'Анна' })).toBe('Добро пожаловать, Анна');
    expect(sut.t('validation.minLength', { min: 10 })).toBe('Введите не менее 10 символов.');
  });

  it('keeps placeholders that have no value', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('knows which keys exist, and shows an unknown key as itself', () => {
    const { sut } = setup();

    expect(sut.has('errors.identity.invalidCredentials')).toBe(true);
    expect(sut.has('errors.identity.noSuchThing')).toBe(false);
    expect(sut.has('errors')).toBe(false);
    expect(sut.t('no.such.key' as never)).toBe('no.such.key');
  });

  it('formats dates in the UI language and the viewer time zone', async () => {
    const { sut } = setup();
    await sut.setLocale('ru');
    sut.setTimeZone('Asia/Shanghai');

    // 20:30 UTC is already the next day in Beijing.
    expect(sut.formatDate('2026-03-01T20:30:00Z')).toContain('2 мар');
    expect(sut.formatDate(null)).toBe('');
    expect(sut.formatDate('not a date')).toBe('');
  });
});
