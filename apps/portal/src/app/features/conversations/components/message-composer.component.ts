import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MATCHMAKING_LIMITS } from '@bridge/contracts';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { TranslatePipe } from '../../../core/i18n';
import type { MessageView } from '../data/conversation.types';
import { ConversationsApi } from '../data/conversations.api';
import {
  ATTACHMENT_LABEL_MAX_LENGTH,
  AttachmentInput,
  chatMessageState,
  composerKeyAction,
  toAttachments,
} from '../data/message-rules';

/** Writes a message: Enter sends, Shift+Enter starts a new line; links can be attached with a label. */
@Component({
  selector: 'bridge-message-composer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatInputModule, TranslatePipe, ErrorMessagePipe],
  template: `
    <form class="composer" (submit)="$event.preventDefault(); send()" data-testid="message-form">
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="composer__field">
        <mat-label>{{ 'conversations.composer.label' | t }}</mat-label>
        <textarea
          matInput
          rows="3"
          [value]="body()"
          (input)="body.set($any($event.target).value)"
          (keydown)="keydown($event)"
          [attr.maxlength]="limits.chatMessageMaxLength + 100"
          aria-describedby="composer-hint"
          data-testid="message-input"
        ></textarea>
        <mat-hint id="composer-hint">{{ 'conversations.composer.hint' | t }}</mat-hint>
      </mat-form-field>

      @for (a of attachments(); track $index; let i = $index) {
        <div class="composer__attachment" data-testid="message-attachment-row">
          <input
            type="url"
            [value]="a.url"
            (input)="patch(i, { url: $any($event.target).value })"
            [attr.aria-label]="'conversations.composer.attachmentUrl' | t"
            [placeholder]="'conversations.composer.attachmentUrl' | t"
            [attr.data-testid]="'message-attachment-url-' + i"
          />
          <input
            type="text"
            [value]="a.label"
            [attr.maxlength]="labelMax"
            (input)="patch(i, { label: $any($event.target).value })"
            [attr.aria-label]="'conversations.composer.attachmentLabel' | t"
            [placeholder]="'conversations.composer.attachmentLabel' | t"
            [attr.data-testid]="'message-attachment-label-' + i"
          />
          <button
            mat-button
            type="button"
            (click)="removeAttachment(i)"
            [attr.aria-label]="'conversations.composer.removeAttachment' | t"
          >
            ✕
          </button>
        </div>
      }

      @if (problem(); as p) {
        <p class="bridge-form-error" role="alert" data-testid="message-error">
          {{ p | t: { max: limits.chatMessageMaxLength } }}
        </p>
      }
      @if (error(); as e) {
        <p class="bridge-form-error" role="alert" data-testid="message-error">{{ e | errorMessage }}</p>
      }

      <div class="composer__actions">
        @if (attachments().length < limits.attachmentsPerMessage) {
          <button mat-button type="button" (click)="addAttachment()" data-testid="message-add-attachment">
            {{ 'conversations.composer.addAttachment' | t }}
          </button>
        }
        <button
          mat-flat-button
          type="submit"
          [disabled]="sending() || !state().valid"
          data-testid="message-send"
        >
          {{ (sending() ? 'conversations.composer.sending' : 'conversations.composer.send') | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .composer {
      display: grid;
      gap: 8px;
    }
    .composer__field {
      width: 100%;
    }
    .composer__attachment {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .composer__attachment input {
      flex: 1 1 12rem;
      min-height: 32px;
      padding: 4px 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .composer__actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class MessageComposerComponent {
  private readonly api = inject(ConversationsApi);

  readonly conversationId = input.required<string>();
  readonly sent = output<MessageView>();

  protected readonly limits = MATCHMAKING_LIMITS;
  protected readonly labelMax = ATTACHMENT_LABEL_MAX_LENGTH;
  protected readonly body = signal('');
  protected readonly attachments = signal<AttachmentInput[]>([]);
  protected readonly sending = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly state = computed(() => chatMessageState(this.body()));
  protected readonly problem = computed(() => {
    if (this.state().tooLong) return 'conversations.composer.tooLong' as const;
    if (this.attachments().some((a) => a.url.trim()) && toAttachments(this.attachments()) === null)
      return 'conversations.composer.badAttachment' as const;
    return null;
  });

  protected keydown(event: KeyboardEvent): void {
    if (composerKeyAction(event) !== 'send') return;
    event.preventDefault();
    void this.send();
  }

  protected addAttachment(): void {
    this.attachments.update((list) => [...list, { url: '', label: '' }]);
  }

  protected removeAttachment(index: number): void {
    this.attachments.update((list) => list.filter((_, i) => i !== index));
  }

  protected patch(index: number, change: Partial<AttachmentInput>): void {
    this.attachments.update((list) => list.map((a, i) => (i === index ? { ...a, ...change } : a)));
  }

  async send(): Promise<void> {
    const attachments = toAttachments(this.attachments());
    if (!this.state().valid || attachments === null || this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    try {
      const message = await this.api.send(this.conversationId(), this.body().trim(), attachments);
      this.body.set('');
      this.attachments.set([]);
      this.sent.emit(message);
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.sending.set(false);
    }
  }
}
