import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { FakeAuth, MemoryStorage, aViewer } from '../../../../testing/factories';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { aConversation, aMessage, anOrganization } from '../../introductions/testing/factories';
import { ConversationsApi } from '../data/conversations.api';
import { ConversationPage } from './conversation.page';

describe('ConversationPage', () => {
  let api: { conversation: jest.Mock; olderMessages: jest.Mock; markRead: jest.Mock; send: jest.Mock };
  let auth: FakeAuth;
  const mine = anOrganization({ kind: 'STARTUP', name: { en: 'AgroVision LLC', ru: null, zh: null } });

  async function open(id = 'c-1') {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/conversations/${id}`);
    await harness.fixture.whenStable();
    const element = harness.routeNativeElement as HTMLElement;
    return {
      harness,
      element,
      all: (testId: string) => Array.from(element.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)),
      byTestId: (testId: string) => element.querySelector<HTMLElement>(`[data-testid="${testId}"]`),
    };
  }

  beforeEach(async () => {
    api = {
      conversation: jest.fn(),
      olderMessages: jest.fn(),
      markRead: jest.fn().mockResolvedValue(undefined),
      send: jest.fn(),
    };
    auth = new FakeAuth().signInAs(aViewer({ activeOrganization: { ...mine, viewerRole: 'OWNER' } }));
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [{ path: 'conversations/:id', component: ConversationPage }],
          withComponentInputBinding(),
        ),
        { provide: ConversationsApi, useValue: api },
        { provide: AuthService, useValue: auth },
        { provide: NotifyService, useValue: { success: jest.fn(), error: jest.fn(), confirm: jest.fn() } },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
  });

  it('shows my messages on the right, theirs on the left, the other side’s contacts, and marks it read', async () => {
    const conversation = aConversation({
      id: 'c-1',
      unreadCount: 2,
      startup: mine,
      partner: anOrganization({ contacts: { email: 'li@harbin.example' } }),
    });
    api.conversation.mockResolvedValue({
      conversation,
      page: {
        messages: [
          aMessage({ body: 'Hello from Harbin', mine: false, authorName: 'Li Wei' }),
          aMessage({ body: 'Hello back', mine: true }),
        ],
        before: null,
      },
    });

    const { all, byTestId } = await open();

    expect(byTestId('conversation-title')?.textContent).toContain('With Harbin Ventures');
    expect(
      all('message').map((m) => [
        m.getAttribute('data-mine'),
        m.querySelector('[data-testid="message-body"]')?.textContent,
      ]),
    ).toEqual([
      ['false', 'Hello from Harbin'],
      ['true', 'Hello back'],
    ]);
    expect(all('message')[0].textContent).toContain('Li Wei');
    expect(all('message')[1].textContent).toContain('You');
    expect(byTestId('contacts-email')?.textContent).toBe('li@harbin.example');
    expect(api.markRead).toHaveBeenCalledWith('c-1');
    expect(byTestId('messages-older')).toBeNull();
  });

  it('pages back to earlier messages, keeping them above', async () => {
    api.conversation.mockResolvedValue({
      conversation: aConversation({ id: 'c-1', startup: mine }),
      page: { messages: [aMessage({ body: 'Newest' })], before: 'cursor-1' },
    });
    api.olderMessages.mockResolvedValue({ messages: [aMessage({ body: 'Oldest' })], before: null });
    const { harness, all, byTestId } = await open();

    byTestId('messages-older')!.click();
    await harness.fixture.whenStable();

    expect(api.olderMessages).toHaveBeenCalledWith('c-1', 'cursor-1');
    expect(all('message-body').map((b) => b.textContent)).toEqual(['Oldest', 'Newest']);
    expect(byTestId('messages-older')).toBeNull();
  });

  it('says a conversation of other organisations does not exist', async () => {
    api.conversation.mockRejectedValue(new AppError('NOT_FOUND', 'errors.notFound'));

    const { byTestId } = await open();

    expect(byTestId('conversation-not-found')).not.toBeNull();
    expect(api.markRead).not.toHaveBeenCalled();
  });
});
