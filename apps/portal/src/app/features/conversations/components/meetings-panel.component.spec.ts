import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MemoryStorage } from '../../../../testing/factories';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { aMeeting } from '../../introductions/testing/factories';
import type { MeetingView } from '../data/conversation.types';
import { ConversationsApi } from '../data/conversations.api';
import { MeetingsPanelComponent } from './meetings-panel.component';

describe('MeetingsPanelComponent', () => {
  let api: { propose: jest.Mock; pick: jest.Mock; cancel: jest.Mock };
  let fixture: ComponentFixture<MeetingsPanelComponent>;
  let element: HTMLElement;
  let changed: MeetingView[];

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string, root: ParentNode = element) =>
    root.querySelector(`[data-testid="${id}"]`) as T | null;
  const all = (id: string) => Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));
  const text = (id: string, root?: ParentNode) =>
    byTestId(id, root)?.textContent?.replace(/\s+/g, ' ').trim();

  async function render(meetings: MeetingView[], timeZone = 'America/New_York'): Promise<void> {
    const i18n = TestBed.inject(I18nService);
    await i18n.setLocale('en');
    i18n.setTimeZone(timeZone);
    fixture = TestBed.createComponent(MeetingsPanelComponent);
    fixture.componentRef.setInput('conversationId', 'c-1');
    fixture.componentRef.setInput('meetings', meetings);
    changed = [];
    fixture.componentInstance.changed.subscribe((meeting) => {
      changed.push(meeting);
      fixture.componentRef.setInput('meetings', [meeting]);
    });
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  async function set(id: string, value: string): Promise<void> {
    const field = byTestId<HTMLInputElement>(id)!;
    field.value = value;
    field.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function click(target: HTMLElement | null): Promise<void> {
    target?.click();
    await fixture.whenStable();
  }

  beforeEach(() => {
    api = { propose: jest.fn(), pick: jest.fn(), cancel: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        { provide: ConversationsApi, useValue: api },
        { provide: NotifyService, useValue: { success: jest.fn(), error: jest.fn(), confirm: jest.fn() } },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
  });

  it('lets the other side pick one of the proposed times, each shown in Beijing, Moscow and their own zone', async () => {
    const meeting = aMeeting();
    api.pick.mockResolvedValue({
      ...meeting,
      status: 'CONFIRMED',
      chosenSlot: meeting.slots[1],
      icsUrl: `/meetings/${meeting.id}/invite.ics`,
    });
    await render([meeting]);

    const slot = byTestId('meeting-slot')!;
    expect(text('meeting-time-beijing', slot)).toContain('10:00');
    expect(text('meeting-time-moscow', slot)).toContain('05:00');
    expect(text('meeting-time-local', slot)).toContain('21:00');
    expect(text('meeting-time-local', slot)).toContain('America/New_York');
    expect(all('meeting-pick').map((b) => b.getAttribute('data-starts-at'))).toEqual(
      meeting.slots.map((s) => s.startsAt),
    );

    await click(all('meeting-pick')[1]);

    expect(api.pick).toHaveBeenCalledWith(meeting.id, '2026-12-02T07:30:00.000Z');
    const chosen = byTestId('meeting-chosen')!;
    expect(chosen.getAttribute('data-starts-at')).toBe('2026-12-02T07:30:00.000Z');
    expect(text('meeting-time-beijing', chosen)).toContain('15:30');
    expect(text('meeting-time-moscow', chosen)).toContain('10:30');
    expect(byTestId('meeting-ics')?.getAttribute('href')).toBe(`/meetings/${meeting.id}/invite.ics`);
    expect(byTestId('meeting-pick')).toBeNull();
  });

  it('does not let the proposing side pick its own times', async () => {
    await render([aMeeting({ proposedByMe: true })]);

    expect(byTestId('meeting-pick')).toBeNull();
    expect(all('meeting-slot')).toHaveLength(2);
  });

  it('proposes the times typed in the viewer’s zone as instants', async () => {
    api.propose.mockImplementation(async (_id: string, slots: { startsAt: string; minutes: number }[]) =>
      aMeeting({ proposedByMe: true, slots: slots.map((s) => ({ ...s, endsAt: null })) }),
    );
    await render([], 'Asia/Shanghai');
    expect(byTestId('meetings-empty')).not.toBeNull();

    await click(byTestId('meeting-propose'));
    await set('meeting-slot-date-0', '2030-05-06');
    await set('meeting-slot-time-0', '09:00');
    await click(byTestId('meeting-add-slot'));
    await set('meeting-slot-date-1', '2030-05-07');
    await set('meeting-slot-minutes-1', '30');
    await click(byTestId('meeting-submit'));

    expect(api.propose).toHaveBeenCalledWith(
      'c-1',
      [
        { startsAt: '2030-05-06T01:00:00.000Z', minutes: 60 },
        { startsAt: '2030-05-07T01:00:00.000Z', minutes: 30 },
      ],
      null,
    );
    expect(changed).toHaveLength(1);
    expect(byTestId('meeting-form')).toBeNull();
  });
});
