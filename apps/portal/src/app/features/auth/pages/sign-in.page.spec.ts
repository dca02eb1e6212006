import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FakeAuth, MemoryStorage } from '../../../../testing/factories';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError } from '../../../core/errors';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { SignInPage } from './sign-in.page';

function type(fixture: ComponentFixture<unknown>, testId: string, value: string): void {
  const input = (fixture.nativeElement as HTMLElement).querySelector(
    `[data-testid="${testId}"]`,
  ) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}

function submit(fixture: ComponentFixture<unknown>): void {
  (
    (fixture.nativeElement as HTMLElement).querySelector('[data-testid="submit"]') as HTMLButtonElement
  ).click();
}

describe('SignInPage', () => {
  let auth: FakeAuth;
  let i18n: I18nService;
  let fixture: ComponentFixture<SignInPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    auth = new FakeAuth();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthService, useValue: auth },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    i18n = TestBed.inject(I18nService);
    await i18n.setLocale('en');
    fixture = TestBed.createComponent(SignInPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('shows the translated server error when the credentials are wrong', async () => {
    auth.signIn.mockRejectedValue(new AppError('UNAUTHENTICATED', 'errors.identity.invalidCredentials'));

    type(fixture, 'email', 'anna@example.com');
    type(fixture, 'password', 'not-the-password');
    submit(fixture);
    await fixture.whenStable();

    expect(auth.signIn).toHaveBeenCalledWith({ email: 'anna@example.com', password: 'not-the-password' });
    expect(element.querySelector('[data-testid="form-error"]')?.textContent?.trim()).toBe(
      'The e-mail or the password is wrong.',
    );

    await i18n.setLocale('ru');
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="form-error"]')?.textContent?.trim()).toBe(
      'Неверный адрес электронной почты или пароль.',
    );
  });

  it('says when to try again after too many attempts', async () => {
    await i18n.setLocale('zh-CN');
    auth.signIn.mockRejectedValue(new AppError('TOO_MANY_REQUESTS', 'errors.tooManyRequests', {}, [], 120));

    type(fixture, 'email', 'anna@example.com');
    type(fixture, 'password', 'whatever-it-is');
    submit(fixture);
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="form-error"]')?.textContent).toContain('请在 2 分钟 后重试');
  });

  it('checks the fields before asking the server', async () => {
    type(fixture, 'email', 'not-an-email');
    submit(fixture);
    await fixture.whenStable();

    expect(auth.signIn).not.toHaveBeenCalled();
    const errors = [...element.querySelectorAll('mat-error')].map((error) => error.textContent?.trim());
    expect(errors).toEqual(['Enter a valid e-mail address.', 'This field is required.']);
  });
});
