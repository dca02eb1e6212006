import { hasAnyLanguage, resolveText } from './localized-text';

describe('resolveText', () => {
  const all = { zh: '农业机器人', en: 'Farm robot', ru: 'Агроробот' };

  it("shows the user's own language when it is filled", () => {
    expect(resolveText(all, 'zh-CN')).toEqual({ text: '农业机器人', language: 'zh', fallback: false });
    expect(resolveText(all, 'ru')).toEqual({ text: 'Агроробот', language: 'ru', fallback: false });
  });

  it('falls back to en, then ru, then zh, and says so', () => {
    expect(resolveText({ ru: 'Агроробот', zh: '农业机器人' }, 'zh-CN')?.language).toBe('zh');
    expect(resolveText({ ru: 'Агроробот', zh: '农业机器人' }, 'en')).toEqual({
      text: 'Агроробот',
      language: 'ru',
      fallback: true,
    });
    expect(resolveText({ zh: '农业机器人' }, 'ru')).toEqual({
      text: '农业机器人',
      language: 'zh',
      fallback: true,
    });
    expect(resolveText({ en: 'Farm robot', zh: '农业机器人' }, 'ru')?.language).toBe('en');
  });

  it('treats blank strings as missing', () => {
    expect(resolveText({ en: '   ', ru: 'Агроробот' }, 'en')?.language).toBe('ru');
    expect(resolveText({ en: ' ' }, 'en')).toBeNull();
    expect(hasAnyLanguage({ en: ' ', zh: null })).toBe(false);
    expect(hasAnyLanguage({ zh: '机器人' })).toBe(true);
  });
});
