import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { LocalizedTextComponent } from '@bridge/ui';
import { toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { ZonedTimeComponent } from '../../conversations/components/zoned-time.component';
import { fitPercent, renderFitReason } from '../../recommendations/data/fit-reasons';
import { introLabels } from '../data/intro-labels';
import type { IntroductionView } from '../data/introduction.types';
import { IntroductionsApi } from '../data/introductions.api';
import { ContactsBlockComponent } from './contacts-block.component';
import { DeclineChoice, DeclineFormComponent } from './decline-form.component';
import { IntroStatusComponent } from './intro-status-chip.component';
import { NotesThreadComponent } from './notes-thread.component';
import { OrganizationProfileComponent } from './organization-profile.component';

/**
 * One introduction request as the viewer's side sees it. The start-up: the requester's profile, the
 * fit, accept / decline / ask. The requester: the project, withdraw while pending. Both: the message,
 * proposed times (three zones), the notes, and once accepted the other side's contacts and the
 * conversation.
 */
@Component({
  selector: 'bridge-introduction-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    LocalizedTextComponent,
    ContactsBlockComponent,
    DeclineFormComponent,
    IntroStatusComponent,
    NotesThreadComponent,
    OrganizationProfileComponent,
    ZonedTimeComponent,
    TranslatePipe,
    LocalDatePipe,
  ],
  templateUrl: './introduction-card.component.html',
  styleUrl: './introduction-card.component.scss',
})
export class IntroductionCardComponent {
  private readonly api = inject(IntroductionsApi);
  private readonly notify = inject(NotifyService);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = introLabels;

  readonly introduction = input.required<IntroductionView>();
  /** In a list: a link to the detail page instead of the notes thread. */
  readonly compact = input(false);
  /** The request after an action (accepted, declined, withdrawn, a note added). */
  readonly changed = output<IntroductionView>();

  protected readonly busy = signal(false);
  protected readonly declining = signal(false);

  protected readonly isStartup = computed(() => this.introduction().side === 'STARTUP');
  protected readonly pending = computed(() => this.introduction().status === 'PENDING');
  /** The other side: the requester for the start-up, the start-up for the requester. */
  protected readonly counterpart = computed(() =>
    this.isStartup() ? this.introduction().requester : this.introduction().startup,
  );
  protected readonly counterpartName = computed(
    () => resolveText(this.counterpart().name, this.i18n.locale())?.text ?? '',
  );
  protected readonly projectTitle = computed(
    () => resolveText(this.introduction().projectTitle, this.i18n.locale())?.text ?? '',
  );
  protected readonly fit = computed(() => {
    const fit = this.introduction().fit;
    return fit === null || fit === undefined ? null : fitPercent(fit);
  });
  protected readonly reasons = computed(() => {
    const context = {
      t: this.i18n.t.bind(this.i18n),
      locale: this.i18n.locale(),
      fieldName: (code: string) => code,
    };
    return (this.introduction().fitReasons ?? []).map((reason) => renderFitReason(reason, context));
  });

  protected async accept(): Promise<void> {
    await this.act(() => this.api.accept(this.introduction().id), 'introductions.actions.accepted');
  }

  protected async decline(choice: DeclineChoice): Promise<void> {
    const done = await this.act(
      () => this.api.decline(this.introduction().id, choice.reason, choice.note),
      'introductions.actions.declined',
    );
    if (done) this.declining.set(false);
  }

  protected async withdraw(): Promise<void> {
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('introductions.actions.withdrawTitle'),
      message: this.i18n.t('introductions.actions.withdrawMessage'),
      confirmLabel: this.i18n.t('introductions.actions.withdraw'),
      destructive: true,
    });
    if (confirmed)
      await this.act(() => this.api.withdraw(this.introduction().id), 'introductions.actions.withdrawn');
  }

  private async act(
    action: () => Promise<IntroductionView>,
    done:
      'introductions.actions.accepted' | 'introductions.actions.declined' | 'introductions.actions.withdrawn',
  ): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    try {
      const updated = await action();
      this.notify.success(this.i18n.t(done));
      this.changed.emit(updated);
      return true;
    } catch (caught) {
      this.notify.error(toAppError(caught));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
