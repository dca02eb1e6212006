import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { aMessage } from '../../introductions/testing/factories';
import type { MessageView } from '../data/conversation.types';
import { ConversationsApi } from '../data/conversations.api';
import { MessageComposerComponent } from './message-composer.component';

describe('MessageComposerComponent', () => {
  let api: { send: jest.Mock };
  let fixture: ComponentFixture<MessageComposerComponent>;
  let element: HTMLElement;
  let sent: MessageView[];

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector(`[data-testid="${id}"]`) as T | null;

  async function type(id: string, value: string): Promise<void> {
    const field = byTestId<HTMLInputElement>(id)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function press(key: string, shiftKey = false): Promise<void> {
    byTestId('message-input')!.dispatchEvent(
      new KeyboardEvent('keydown', { key, shiftKey, cancelable: true }),
    );
    await fixture.whenStable();
  }

  beforeEach(async () => {
    api = { send: jest.fn(async (_id: string, body: string) => aMessage({ body, mine: true })) };
    TestBed.configureTestingModule({
      providers: [
        { provide: ConversationsApi, useValue: api },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(MessageComposerComponent);
    fixture.componentRef.setInput('conversationId', 'c-1');
    sent = [];
    fixture.componentInstance.sent.subscribe((message) => sent.push(message));
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('sends on Enter and empties the field; Shift+Enter does not send', async () => {
    await type('message-input', ' Hello, shall we meet? ');

    await press('Enter', true);
    expect(api.send).not.toHaveBeenCalled();

    await press('Enter');
    expect(api.send).toHaveBeenCalledWith('c-1', 'Hello, shall we meet?', []);
    expect(sent.map((m) => m.body)).toEqual(['Hello, shall we meet?']);
    expect(byTestId<HTMLTextAreaElement>('message-input')?.value).toBe('');
  });

  it('does not send a blank message', async () => {
    await type('message-input', '   ');
    await press('Enter');

    expect(api.send).not.toHaveBeenCalled();
    expect(byTestId<HTMLButtonElement>('message-send')?.disabled).toBe(true);
  });

  it('sends links with their labels and refuses a link that is not http(s)', async () => {
    await type('message-input', 'Our deck');
    byTestId('message-add-attachment')!.click();
    await fixture.whenStable();
    await type('message-attachment-url-0', 'javascript:alert(1)');

    await press('Enter');
    expect(api.send).not.toHaveBeenCalled();
    expect(byTestId('message-error')?.textContent).toContain('http(s)');

    await type('message-attachment-url-0', 'https://example.com/deck.pdf');
    await type('message-attachment-label-0', 'Deck');
    await press('Enter');

    expect(api.send).toHaveBeenCalledWith('c-1', 'Our deck', [
      { url: 'https://example.com/deck.pdf', label: 'Deck' },
    ]);
  });
});
