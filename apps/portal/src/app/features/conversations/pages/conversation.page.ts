import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { ContactsBlockComponent } from '../../introductions/components/contacts-block.component';
import { introLabels } from '../../introductions/data/intro-labels';
import { MeetingsPanelComponent } from '../components/meetings-panel.component';
import { MessageComposerComponent } from '../components/message-composer.component';
import type { ConversationView, MeetingView, MessagePage, MessageView } from '../data/conversation.types';
import { ConversationsApi } from '../data/conversations.api';

interface Loaded {
  conversation: ConversationView;
  page: MessagePage;
}

/**
 * /conversations/:id: the messages (mine on the right, theirs on the left, paging back), the
 * composer, the other side's contacts and the meetings. Opening it marks the conversation read.
 */
@Component({
  selector: 'bridge-conversation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    ContactsBlockComponent,
    MeetingsPanelComponent,
    MessageComposerComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './conversation.page.html',
  styleUrl: './conversation.page.scss',
})
export class ConversationPage {
  private readonly api = inject(ConversationsApi);
  private readonly auth = inject(AuthService);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(I18nService);
  protected readonly labels = introLabels;

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly data = new Loader<Loaded>();
  protected readonly loadingOlder = signal(false);
  protected readonly olderError = signal<AppError | null>(null);
  private readonly messageList = viewChild<ElementRef<HTMLElement>>('messageList');

  protected readonly conversation = computed(() => this.data.value()?.conversation ?? null);
  protected readonly messages = computed(() => this.data.value()?.page.messages ?? []);
  protected readonly before = computed(() => this.data.value()?.page.before ?? null);
  protected readonly other = computed(() => {
    const c = this.conversation();
    if (!c) return null;
    return c.startup.id === this.auth.activeOrganization()?.id ? c.partner : c.startup;
  });
  protected readonly projectTitle = computed(
    () => resolveText(this.conversation()?.projectTitle, this.i18n.locale())?.text ?? '',
  );
  protected readonly otherName = computed(
    () => resolveText(this.other()?.name, this.i18n.locale())?.text ?? '',
  );
  protected readonly notFound = computed(() => {
    const code = this.data.error()?.code;
    return code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT';
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected async load(id = this.id()): Promise<void> {
    await this.data.run(() => this.api.conversation(id));
    if (this.data.value()?.conversation.id !== id) return;
    this.scrollToEnd();
    if ((this.data.value()?.conversation.unreadCount ?? 0) > 0 || this.messages().length) {
      try {
        await this.api.markRead(id);
        this.data.update((d) => ({ ...d, conversation: { ...d.conversation, unreadCount: 0 } }));
      } catch {
        // Marking read is best effort: the unread badge stays until the next visit.
      }
    }
  }

  protected async older(): Promise<void> {
    const before = this.before();
    if (!before || this.loadingOlder()) return;
    this.loadingOlder.set(true);
    this.olderError.set(null);
    try {
      const page = await this.api.olderMessages(this.id(), before);
      this.data.update((d) => ({
        ...d,
        page: { messages: [...page.messages, ...d.page.messages], before: page.before },
      }));
    } catch (caught) {
      this.olderError.set(toAppError(caught));
    } finally {
      this.loadingOlder.set(false);
    }
  }

  protected sent(message: MessageView): void {
    this.data.update((d) => ({ ...d, page: { ...d.page, messages: [...d.page.messages, message] } }));
    this.scrollToEnd();
  }

  protected meetingChanged(meeting: MeetingView): void {
    this.data.update((d) => {
      const meetings = d.conversation.meetings;
      const known = meetings.some((m) => m.id === meeting.id);
      return {
        ...d,
        conversation: {
          ...d.conversation,
          meetings: known ? meetings.map((m) => (m.id === meeting.id ? meeting : m)) : [...meetings, meeting],
        },
      };
    });
  }

  private scrollToEnd(): void {
    afterNextRender(
      () => {
        const list = this.messageList()?.nativeElement;
        if (list) list.scrollTop = list.scrollHeight;
      },
      { injector: this.injector },
    );
  }
}
