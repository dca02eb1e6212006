import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MATCHMAKING_LIMITS } from '@bridge/contracts';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { introLabels } from '../../introductions/data/intro-labels';
import type { MeetingSlotView, MeetingView } from '../data/conversation.types';
import { ConversationsApi } from '../data/conversations.api';
import { formatInZone, viewerTimeZone } from '../data/meeting-time';
import { SlotInput, defaultSlot, toSlotValues } from '../data/slot-input';
import { SlotsEditorComponent } from './slots-editor.component';
import { ZonedTimeComponent } from './zoned-time.component';

/**
 * The meetings of a conversation: either side proposes 1–5 times, the other picks one; every time in
 * Beijing, Moscow and the viewer's zone; the chosen one highlighted with its calendar file.
 */
@Component({
  selector: 'bridge-meetings-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatInputModule,
    SlotsEditorComponent,
    ZonedTimeComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './meetings-panel.component.html',
  styleUrl: './meetings-panel.component.scss',
})
export class MeetingsPanelComponent {
  private readonly api = inject(ConversationsApi);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);
  protected readonly labels = introLabels;

  readonly conversationId = input.required<string>();
  readonly meetings = input.required<MeetingView[]>();
  /** A meeting proposed, picked or cancelled. */
  readonly changed = output<MeetingView>();

  protected readonly max = MATCHMAKING_LIMITS.slotsPerProposal;
  protected readonly zone = computed(() => viewerTimeZone(this.i18n.timeZone()));
  protected readonly proposing = signal(false);
  protected readonly slots = signal<SlotInput[]>([]);
  protected readonly note = signal('');
  protected readonly showErrors = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  /** Newest first. */
  protected readonly shown = computed(() => [...this.meetings()].reverse());

  protected startProposing(): void {
    this.slots.set([defaultSlot(this.zone())]);
    this.note.set('');
    this.showErrors.set(false);
    this.error.set(null);
    this.proposing.set(true);
  }

  protected async propose(): Promise<void> {
    this.showErrors.set(true);
    const { values, problems } = toSlotValues(this.slots(), this.zone());
    if (!values.length || problems.some((p) => p) || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const meeting = await this.api.propose(this.conversationId(), values, this.note().trim() || null);
      this.proposing.set(false);
      this.notify.success(this.i18n.t('conversations.meetings.proposed'));
      this.changed.emit(meeting);
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.busy.set(false);
    }
  }

  protected async pick(meeting: MeetingView, slot: MeetingSlotView): Promise<void> {
    await this.act(() => this.api.pick(meeting.id, slot.startsAt), 'conversations.meetings.picked');
  }

  protected async cancel(meeting: MeetingView): Promise<void> {
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('conversations.meetings.cancelTitle'),
      message: this.i18n.t('conversations.meetings.cancelMessage'),
      confirmLabel: this.i18n.t('conversations.meetings.cancel'),
      destructive: true,
    });
    if (confirmed) await this.act(() => this.api.cancel(meeting.id), 'conversations.meetings.cancelled');
  }

  /** The slot as one line in the viewer's zone, for the pick button's label. */
  protected slotText(slot: MeetingSlotView): string {
    return formatInZone(slot.startsAt, this.zone(), this.i18n.locale(), slot.minutes);
  }

  private async act(
    action: () => Promise<MeetingView>,
    done: 'conversations.meetings.picked' | 'conversations.meetings.cancelled',
  ): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const meeting = await action();
      this.notify.success(this.i18n.t(done));
      this.changed.emit(meeting);
    } catch (caught) {
      this.notify.error(toAppError(caught));
    } finally {
      this.busy.set(false);
    }
  }
}
