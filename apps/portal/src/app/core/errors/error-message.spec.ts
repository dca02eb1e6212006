import { TestBed } from '@angular/core/testing';
import { MemoryStorage } from '../../../testing/factories';
import { I18nService } from '../i18n/i18n.service';
import { LOCALE_STORAGE } from '../i18n/i18n.tokens';
import { AppError } from './app-error';
import { errorMessage, fieldErrorMessage } from './error-message';

describe('errorMessage', () => {
  let i18n: I18nService;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: LOCALE_STORAGE, useValue: new MemoryStorage() }],
    });
    i18n = TestBed.inject(I18nService);
    await i18n.setLocale('en');
  });

  it("shows the message of the server's key in the UI language", async () => {
    const sut = new AppError('UNAUTHENTICATED', 'errors.identity.invalidCredentials');

    expect(errorMessage(sut, i18n)).toBe('The e-mail or the password is wrong.');
    await i18n.setLocale('zh-CN');
    expect(errorMessage(sut, i18n)).toBe('邮箱或密码错误。');
    await i18n.setLocale('ru');
    expect(errorMessage(sut, i18n)).toBe('Неверный адрес электронной почты или пароль.');
  });

  it('says when to try again after too many attempts', async () => {
    const seconds = new AppError('TOO_MANY_REQUESTS', 'errors.tooManyRequests', {}, [], 45);
    const minutes = new AppError('TOO_MANY_REQUESTS', 'errors.tooManyRequests', {}, [], 600);

    expect(errorMessage(seconds, i18n)).toBe('Too many attempts. Please try again in 45 s.');
    expect(errorMessage(minutes, i18n)).toBe('Too many attempts. Please try again in 10 min.');
    await i18n.setLocale('ru');
    expect(errorMessage(minutes, i18n)).toBe('Слишком много попыток. Повторите через 10 мин.');
  });

  it('falls back to a message per code for keys the portal does not know', () => {
    expect(errorMessage(new AppError('FORBIDDEN', 'errors.someNewRule'), i18n)).toBe(
      'You are not allowed to do this.',
    );
    expect(errorMessage(new AppError('NETWORK', null), i18n)).toBe(
      'Bridge cannot be reached. Check your connection and try again.',
    );
    expect(errorMessage(new AppError('CONFLICT', null), i18n)).toContain('changed this in the meantime');
  });

  it('translates field errors with their parameters', async () => {
    await i18n.setLocale('zh-CN');

    expect(fieldErrorMessage({ key: 'validation.minLength', params: { min: 10, max: 128 } }, i18n)).toBe(
      '请至少输入 10 个字符。',
    );
    expect(fieldErrorMessage({ key: 'validation.unheardOf', params: {} }, i18n)).toBe('此值无效。');
  });
});
