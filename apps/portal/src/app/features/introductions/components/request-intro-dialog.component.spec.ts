import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MemoryStorage, aViewer, anOrganization } from '../../../../testing/factories';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { IntroductionsApi } from '../data/introductions.api';
import { RequestIntroDialogComponent } from './request-intro-dialog.component';

const PROJECT = '00000000-0000-4000-8000-0000000000aa';
const LONG_ENOUGH = 'We fund agritech robotics and would like to meet.';

describe('RequestIntroDialogComponent', () => {
  let api: { request: jest.Mock };
  let close: jest.Mock;
  let fixture: ComponentFixture<RequestIntroDialogComponent>;
  let element: HTMLElement;

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector(`[data-testid="${id}"]`) as T | null;
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim();

  async function type(id: string, value: string, event = 'input'): Promise<void> {
    const field = byTestId<HTMLInputElement>(id);
    if (!field) throw new Error(`no ${id}`);
    field.value = value;
    field.dispatchEvent(new Event(event));
    await fixture.whenStable();
  }

  async function click(id: string): Promise<void> {
    byTestId(id)?.click();
    await fixture.whenStable();
  }

  async function open(kind: 'INVESTOR' | 'SCIENCE_PARK' = 'INVESTOR', timeZone = 'Europe/Moscow') {
    const organization = anOrganization({ kind });
    const viewer = aViewer({ activeOrganization: organization });
    TestBed.configureTestingModule({
      providers: [
        { provide: IntroductionsApi, useValue: api },
        { provide: MAT_DIALOG_DATA, useValue: { projectId: PROJECT, projectTitle: 'AgroVision' } },
        { provide: MatDialogRef, useValue: { close } },
        { provide: NotifyService, useValue: { success: jest.fn(), error: jest.fn() } },
        { provide: AuthService, useValue: { activeOrganization: () => viewer.activeOrganization } },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    const i18n = TestBed.inject(I18nService);
    await i18n.setLocale('en');
    i18n.setTimeZone(timeZone);
    fixture = TestBed.createComponent(RequestIntroDialogComponent);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  beforeEach(() => {
    api = { request: jest.fn() };
    close = jest.fn();
  });

  it('preselects the purpose the organisation’s kind suggests', async () => {
    await open('SCIENCE_PARK');

    expect(byTestId<HTMLInputElement>('intro-purpose-LANDING')?.checked).toBe(true);
    expect(byTestId<HTMLInputElement>('intro-purpose-INVESTMENT')?.checked).toBe(false);
  });

  it('counts the message live and refuses one under 20 characters', async () => {
    await open();

    await type('intro-message', '  Hello there  ');
    expect(text('intro-message-counter')).toBe('Characters: 11 / 4000');

    await click('intro-submit');
    expect(text('intro-message-error')).toBe('Write at least 20 characters.');
    expect(api.request).not.toHaveBeenCalled();
  });

  it('sends the purpose, the trimmed message and the slots as instants of the viewer’s zone', async () => {
    api.request.mockResolvedValue({ id: 'i1', purpose: 'PILOT_CUSTOMER', status: 'PENDING' });
    await open('INVESTOR', 'Europe/Moscow');

    await click('intro-purpose-PILOT_CUSTOMER');
    await type('intro-message', `  ${LONG_ENOUGH} `);
    await click('intro-add-slot');
    await type('intro-slot-date-0', '2030-03-04', 'change');
    await type('intro-slot-time-0', '10:30', 'change');

    // The slot is shown in Beijing and Moscow time too.
    expect(text('slot-time-beijing')).toContain('15:30');
    expect(text('slot-time-moscow')).toContain('10:30');

    await click('intro-submit');

    expect(api.request).toHaveBeenCalledWith({
      projectId: PROJECT,
      purpose: 'PILOT_CUSTOMER',
      message: LONG_ENOUGH,
      proposedSlots: [{ startsAt: '2030-03-04T07:30:00.000Z', minutes: 60 }],
    });
    expect(close).toHaveBeenCalledWith({ id: 'i1', purpose: 'PILOT_CUSTOMER', status: 'PENDING' });
  });

  it('offers at most five slots and refuses one in the past', async () => {
    await open();
    await type('intro-message', LONG_ENOUGH);

    for (let i = 0; i < 5; i++) await click('intro-add-slot');
    expect(byTestId('intro-add-slot')).toBeNull();
    expect(byTestId('intro-slot-date-4')).not.toBeNull();

    await type('intro-slot-date-2', '2020-01-01', 'change');
    await click('intro-submit');

    expect(text('intro-slot-error-2')).toBe('This time has passed.');
    expect(api.request).not.toHaveBeenCalled();
  });

  it('says so when the organisation already asked for this project and purpose', async () => {
    api.request.mockRejectedValue(new AppError('CONFLICT', 'errors.introduction.alreadyOpen'));
    await open();
    await type('intro-message', LONG_ENOUGH);

    await click('intro-submit');

    expect(text('intro-error')).toBe(
      'Your organisation already has an open request to meet this project for this purpose.',
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('explains a CONFLICT without a known key as an open request too', async () => {
    api.request.mockRejectedValue(new AppError('CONFLICT', null));
    await open();
    await type('intro-message', LONG_ENOUGH);

    await click('intro-submit');

    expect(text('intro-error')).toBe(
      'Your organisation already has an open request for this project with this purpose.',
    );
  });
});
