import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MemoryStorage } from '../../../../testing/factories';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import type { IntroductionView } from '../data/introduction.types';
import { IntroductionsApi } from '../data/introductions.api';
import { anIntroduction, anOrganization } from '../testing/factories';
import { IntroductionCardComponent } from './introduction-card.component';

describe('IntroductionCardComponent', () => {
  let api: { accept: jest.Mock; decline: jest.Mock; withdraw: jest.Mock; addNote: jest.Mock };
  let notify: { success: jest.Mock; error: jest.Mock; confirm: jest.Mock };
  let fixture: ComponentFixture<IntroductionCardComponent>;
  let element: HTMLElement;
  let changed: IntroductionView[];

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector(`[data-testid="${id}"]`) as T | null;
  const all = (id: string) => Array.from(element.querySelectorAll(`[data-testid="${id}"]`));
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim();

  async function render(introduction: IntroductionView, compact = false): Promise<void> {
    fixture = TestBed.createComponent(IntroductionCardComponent);
    fixture.componentRef.setInput('introduction', introduction);
    fixture.componentRef.setInput('compact', compact);
    changed = [];
    fixture.componentInstance.changed.subscribe((intro) => {
      changed.push(intro);
      fixture.componentRef.setInput('introduction', intro);
    });
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  async function click(id: string): Promise<void> {
    byTestId(id)?.click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    api = { accept: jest.fn(), decline: jest.fn(), withdraw: jest.fn(), addNote: jest.fn() };
    notify = { success: jest.fn(), error: jest.fn(), confirm: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: IntroductionsApi, useValue: api },
        { provide: NotifyService, useValue: notify },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    const i18n = TestBed.inject(I18nService);
    await i18n.setLocale('en');
    i18n.setTimeZone('Europe/Moscow');
  });

  it('shows the start-up who asks, verified, why, how well they fit, and the times in three zones', async () => {
    await render(anIntroduction());

    expect(text('intro-counterpart')).toBe('From Harbin Ventures');
    expect(text('org-kind')).toBe('Investor');
    expect(text('org-city')).toBe('Harbin');
    expect(byTestId('org-website')?.getAttribute('href')).toBe('https://harbin.example/');
    expect(byTestId('org-verified')?.getAttribute('data-status')).toBe('VERIFIED');
    expect(text('intro-purpose')).toBe('Investment');
    expect(text('intro-status')).toBe('Awaiting answer');
    expect(byTestId('intro-fit')?.getAttribute('aria-valuenow')).toBe('72');
    expect(text('intro-fit-reasons')).toContain('TRL 6');
    expect(text('slot-time-beijing')).toContain('10:00');
    expect(text('slot-time-moscow')).toContain('05:00');
    expect(byTestId('slot-time-local')?.getAttribute('data-zone')).toBe('Europe/Moscow');
    expect(byTestId('contacts')).toBeNull();
  });

  it('lets the start-up accept, then shows the requester’s contacts and the conversation', async () => {
    const intro = anIntroduction();
    api.accept.mockResolvedValue({
      ...intro,
      status: 'ACCEPTED',
      conversationId: 'c-1',
      requester: {
        ...intro.requester,
        contacts: { email: 'li@harbin.example', phone: null, messenger: null },
      },
    });
    await render(intro);

    await click('intro-accept');

    expect(api.accept).toHaveBeenCalledWith(intro.id);
    expect(text('intro-status')).toBe('Accepted');
    expect(byTestId('contacts-email')?.getAttribute('href')).toBe('mailto:li@harbin.example');
    expect(byTestId('conversation-link')?.getAttribute('href')).toBe('/conversations/c-1');
    expect(byTestId('intro-accept')).toBeNull();
    expect(byTestId('intro-decline')).toBeNull();
  });

  it('declines with the reason chosen and a note', async () => {
    const intro = anIntroduction();
    api.decline.mockResolvedValue({ ...intro, status: 'DECLINED', declineReason: 'TIMING' });
    await render(intro);

    await click('intro-decline');
    const reason = byTestId<HTMLSelectElement>('intro-decline-reason')!;
    reason.value = 'TIMING';
    reason.dispatchEvent(new Event('change'));
    const note = byTestId<HTMLTextAreaElement>('intro-decline-note')!;
    note.value = ' Next year ';
    note.dispatchEvent(new Event('input'));
    await click('intro-decline-submit');

    expect(api.decline).toHaveBeenCalledWith(intro.id, 'TIMING', 'Next year');
    expect(text('intro-decline-shown')).toContain('Reason: Not the right time');
  });

  it('asks for more information and shows both sides’ notes', async () => {
    const intro = anIntroduction();
    api.addNote.mockResolvedValue({
      ...intro,
      notes: [
        {
          id: 'n1',
          side: 'STARTUP',
          body: 'What ticket size?',
          authorName: 'Olga',
          createdAt: '2026-11-21T08:00:00Z',
        },
        {
          id: 'n2',
          side: 'REQUESTER',
          body: 'Up to $2M.',
          authorName: 'Li Wei',
          createdAt: '2026-11-22T08:00:00Z',
        },
      ],
    });
    await render(intro);

    const body = byTestId<HTMLTextAreaElement>('intro-note-body')!;
    body.value = 'What ticket size?';
    body.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await click('intro-ask');

    expect(api.addNote).toHaveBeenCalledWith(intro.id, 'What ticket size?');
    expect(all('intro-note').map((n) => n.getAttribute('data-side'))).toEqual(['STARTUP', 'REQUESTER']);
    expect(text('intro-notes')).toContain('Up to $2M.');
  });

  it('shows the requester the project, no contacts while pending, and withdraws after confirming', async () => {
    const intro = anIntroduction({ side: 'REQUESTER' });
    notify.confirm.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    api.withdraw.mockResolvedValue({ ...intro, status: 'WITHDRAWN' });
    await render(intro, true);

    expect(text('intro-counterpart')).toBe('AgroVision');
    expect(byTestId('org-profile')).toBeNull();
    expect(byTestId('intro-accept')).toBeNull();
    expect(text('contacts-hidden')).toBe('Contacts become visible once the start-up accepts.');

    await click('intro-withdraw');
    expect(api.withdraw).not.toHaveBeenCalled();

    await click('intro-withdraw');
    expect(api.withdraw).toHaveBeenCalledWith(intro.id);
    expect(text('intro-status')).toBe('Withdrawn');
    expect(byTestId('intro-withdraw')).toBeNull();
  });

  it('shows the requester the start-up’s contacts once visible', async () => {
    await render(
      anIntroduction({
        side: 'REQUESTER',
        status: 'ACCEPTED',
        conversationId: 'c-2',
        startup: anOrganization({ kind: 'STARTUP', contacts: { email: 'team@agro.example' } }),
      }),
    );

    expect(text('contacts-email')).toBe('team@agro.example');
    expect(byTestId('conversation-link')?.getAttribute('href')).toBe('/conversations/c-2');
  });
});
