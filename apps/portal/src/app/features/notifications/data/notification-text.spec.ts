import { TestBed } from '@angular/core/testing';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import {
  NotificationMessage,
  notificationLink,
  notificationParams,
  notificationText,
} from './notification-text';

function aNotification(overrides: Partial<NotificationMessage> = {}): NotificationMessage {
  return {
    key: 'notifications.selection.finalist',
    params: { project: 'AgroVision' },
    link: null,
    ...overrides,
  };
}

describe('notificationText', () => {
  let i18n: I18nService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: LOCALE_STORAGE, useValue: new MemoryStorage() }],
    });
    i18n = TestBed.inject(I18nService);
  });

  it.each([
    ['en', 'AgroVision is a finalist! It goes on to the final.'],
    ['zh-CN', '“AgroVision”入围决赛！'],
    ['ru', 'Проект «AgroVision» вышел в финал!'],
  ] as const)('says that a project became a finalist in %s', async (locale, expected) => {
    await i18n.setLocale(locale);

    expect(notificationText(aNotification(), i18n)).toContain(expected);
  });

  it.each([
    ['en', 'AgroVision won place 2.'],
    ['zh-CN', '“AgroVision”获得第 2 名。'],
    ['ru', 'проект «AgroVision» занял 2-е место.'],
  ] as const)('fills the award place in %s', async (locale, expected) => {
    await i18n.setLocale(locale);
    const award = aNotification({
      key: 'notifications.awards.place',
      params: { place: 2, project: 'AgroVision' },
    });

    expect(notificationText(award, i18n)).toContain(expected);
  });

  it.each([
    ['en', '3', 'Bridge 2026'],
    ['zh-CN', '3', 'Bridge 2026'],
    ['ru', '3', 'Bridge 2026'],
  ] as const)('reminds a judge of open assignments in %s', async (locale, count, competition) => {
    await i18n.setLocale(locale);
    const reminder = aNotification({
      key: 'notifications.judging.reminder',
      params: { open: 3, competition: 'Bridge 2026' },
    });

    const sut = notificationText(reminder, i18n);

    expect(sut).toContain(count);
    expect(sut).toContain(competition);
    expect(sut).not.toMatch(/\{\w+\}/);
  });

  it('translates "not selected" in every language without leftover placeholders', async () => {
    const texts: string[] = [];
    for (const locale of ['en', 'zh-CN', 'ru'] as const) {
      await i18n.setLocale(locale);
      texts.push(notificationText(aNotification({ key: 'notifications.selection.notSelected' }), i18n));
    }

    expect(new Set(texts).size).toBe(3);
    texts.forEach((text) => expect(text).toContain('AgroVision'));
    texts.forEach((text) => expect(text).not.toMatch(/\{\w+\}/));
  });

  it('shows a generic text for a key this portal does not know', async () => {
    await i18n.setLocale('en');

    expect(notificationText(aNotification({ key: 'notifications.someday.new' }), i18n)).toBe(
      'You have a new notification.',
    );
    expect(notificationText(aNotification({ key: 'errors.internal' }), i18n)).toBe(
      'You have a new notification.',
    );
  });
});

describe('notificationParams', () => {
  it('keeps strings and numbers only', () => {
    expect(notificationParams({ place: 1, project: 'X', nested: { a: 1 }, flag: true })).toEqual({
      place: 1,
      project: 'X',
    });
    expect(notificationParams(null)).toEqual({});
    expect(notificationParams(['x'])).toEqual({});
  });
});

describe('notificationLink', () => {
  it('follows links inside the portal, moving old ones', () => {
    expect(notificationLink(aNotification({ link: '/projects/p-1' }))).toBe('/projects/p-1');
    expect(notificationLink(aNotification({ link: '/judging' }))).toBe('/assignments');
  });

  it('never leads outside the portal', () => {
    expect(notificationLink(aNotification({ link: 'https://evil.example' }))).toBeNull();
    expect(notificationLink(aNotification({ link: '//evil.example' }))).toBeNull();
    expect(notificationLink(aNotification({ link: null }))).toBeNull();
  });
});
