import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MemoryStorage } from '../../../../testing/factories';
import { AppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import {
  NotificationEmailPreference,
  NotificationEmailPreferencesApi,
} from '../data/notification-email-preferences.api';
import { NotificationEmailPreferencesComponent } from './notification-email-preferences.component';

const DEFAULTS: NotificationEmailPreference[] = [
  { category: 'INTRODUCTIONS', email: true },
  { category: 'MESSAGES', email: false },
  { category: 'MEETINGS', email: true },
  { category: 'SAVED_SEARCHES', email: false },
  { category: 'COMPETITION', email: true },
];

describe('NotificationEmailPreferencesComponent', () => {
  let api: { load: jest.Mock; save: jest.Mock };
  let notify: { success: jest.Mock };
  let fixture: ComponentFixture<NotificationEmailPreferencesComponent>;
  let element: HTMLElement;

  const toggle = (category: string) =>
    element.querySelector(`[data-testid="email-${category}"] button[role="switch"]`) as HTMLButtonElement;
  const checked = () =>
    DEFAULTS.map((d) => [d.category, toggle(d.category)?.getAttribute('aria-checked') === 'true']);
  const text = () => element.textContent?.replace(/\s+/g, ' ') ?? '';
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  async function render(locale: 'en' | 'ru' | 'zh-CN' = 'en') {
    await TestBed.inject(I18nService).setLocale(locale);
    fixture = TestBed.createComponent(NotificationEmailPreferencesComponent);
    element = fixture.nativeElement as HTMLElement;
    await settle();
  }

  beforeEach(() => {
    api = { load: jest.fn().mockResolvedValue(DEFAULTS), save: jest.fn() };
    notify = { success: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        { provide: NotificationEmailPreferencesApi, useValue: api },
        { provide: NotifyService, useValue: notify },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
  });

  it('shows one labelled switch per category with the current choices', async () => {
    await render();

    expect(checked()).toEqual([
      ['INTRODUCTIONS', true],
      ['MESSAGES', false],
      ['MEETINGS', true],
      ['SAVED_SEARCHES', false],
      ['COMPETITION', true],
    ]);
    expect(text()).toContain('Introductions');
    expect(text()).toContain('New messages in your conversations.');
    expect(toggle('MESSAGES').getAttribute('aria-describedby')).toBe('email-hint-MESSAGES');
  });

  it('saves the switched choices and confirms', async () => {
    api.save.mockImplementation(async (input: NotificationEmailPreference[]) => input);
    await render();

    toggle('MESSAGES').click();
    toggle('INTRODUCTIONS').click();
    await settle();
    (element.querySelector('[data-testid="save-email-preferences"]') as HTMLButtonElement).click();
    await settle();

    expect(api.save).toHaveBeenCalledWith([
      { category: 'INTRODUCTIONS', email: false },
      { category: 'MESSAGES', email: true },
      { category: 'MEETINGS', email: true },
      { category: 'SAVED_SEARCHES', email: false },
      { category: 'COMPETITION', email: true },
    ]);
    expect(notify.success).toHaveBeenCalledWith('E-mail choices saved');
    expect(checked()).toContainEqual(['MESSAGES', true]);
  });

  it('shows a translated error when saving fails and keeps the choices', async () => {
    api.save.mockRejectedValue(new AppError('FORBIDDEN', 'errors.forbidden'));
    await render('ru');

    toggle('MEETINGS').click();
    await settle();
    (element.querySelector('[data-testid="save-email-preferences"]') as HTMLButtonElement).click();
    await settle();

    expect(element.querySelector('[data-testid="form-error"]')?.textContent?.trim()).toBeTruthy();
    expect(text()).toContain('Встречи');
    expect(checked()).toContainEqual(['MEETINGS', false]);
    expect(notify.success).not.toHaveBeenCalled();
  });

  it('offers to try again when the choices cannot be loaded', async () => {
    api.load.mockRejectedValueOnce(new AppError('INTERNAL_SERVER_ERROR', null));
    await render('zh-CN');

    expect(element.querySelector('[data-testid="email-preferences-load-error"]')).not.toBeNull();
    (element.querySelector('button') as HTMLButtonElement).click();
    await settle();

    expect(checked()).toContainEqual(['INTRODUCTIONS', true]);
    expect(text()).toContain('对接请求');
  });
});
