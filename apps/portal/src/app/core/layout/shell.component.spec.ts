import { DOCUMENT, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { FakeAuth, MemoryStorage, aViewer } from '../../../testing/factories';
import { UnreadCountStore } from '../../features/notifications/data/unread-count.store';
import { AuthService } from '../auth/auth.service';
import { I18nService } from '../i18n';
import { LOCALE_STORAGE } from '../i18n/i18n.tokens';
import { ShellComponent } from './shell.component';

describe('ShellComponent', () => {
  let auth: FakeAuth;
  const unread = {
    count: signal(3),
    refresh: jest.fn(),
    follow: jest.fn(() => () => undefined),
    markedRead: jest.fn(),
    reset: jest.fn(),
  };
  let fixture: ComponentFixture<ShellComponent>;
  let element: HTMLElement;

  async function render(): Promise<void> {
    fixture = TestBed.createComponent(ShellComponent);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function click(testId: string): void {
    (element.querySelector(`[data-testid="${testId}"]`) as HTMLElement).click();
  }

  const text = (testId: string) => element.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim();

  beforeEach(async () => {
    auth = new FakeAuth();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthService, useValue: auth },
        { provide: UnreadCountStore, useValue: unread },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
  });

  it('changes every text when another language is chosen', async () => {
    await render();
    expect(text('nav-sign-in')).toBe('Sign in');

    click('lang-ru');
    await fixture.whenStable();

    expect(text('nav-sign-in')).toBe('Войти');
    expect(TestBed.inject(DOCUMENT).documentElement.lang).toBe('ru');
    expect(element.querySelector('[data-testid="lang-ru"]')?.getAttribute('aria-pressed')).toBe('true');

    click('lang-zh-CN');
    await fixture.whenStable();

    expect(text('nav-sign-in')).toBe('登录');
  });

  it("saves the chosen language to a signed-in user's profile", async () => {
    auth.signInAs(aViewer({ capabilities: ['MARKET'] }));
    auth.updateProfile.mockResolvedValue(undefined);
    await render();

    click('lang-zh-CN');
    await fixture.whenStable();

    expect(auth.updateProfile).toHaveBeenCalledWith({ locale: 'ZH_CN' });
    expect(text('nav-market')).toBe('对接市场');
  });

  it('shows only the navigation the capabilities allow', async () => {
    auth.signInAs(aViewer({ capabilities: ['JUDGE'] }));
    await render();

    expect(element.querySelector('[data-testid="nav-assignments"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="nav-market"]')).toBeNull();
    expect(element.querySelector('[data-testid="nav-admin-organizations"]')).toBeNull();
  });

  it('shows a signed-in viewer the bell with the unread count, linking to the notifications', async () => {
    auth.signInAs(aViewer());
    await render();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fixture.whenStable();

    const bell = element.querySelector('[data-testid="notification-bell"]');
    expect(bell?.getAttribute('href')).toBe('/notifications');
    expect(bell?.getAttribute('aria-label')).toBe('Notifications: 3 unread');
    expect(text('notification-count')).toBe('3');
    expect(unread.refresh).toHaveBeenCalled();
  });

  it('shows no bell to a visitor', async () => {
    await render();

    expect(element.querySelector('[data-testid="notification-bell"]')).toBeNull();
  });
});
