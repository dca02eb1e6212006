import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent, ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { LocalDatePipe, I18nService, TranslatePipe } from '../../../core/i18n';
import { ShortlistFormComponent } from '../components/shortlist-form.component';
import { ShortlistSummary, ShortlistsApi } from '../data/shortlists.api';

/** /shortlists: the organisation's lists, newest change first; create, edit and delete them. */
@Component({
  selector: 'bridge-shortlists-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    ShortlistFormComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './shortlists.page.html',
  styleUrl: './shortlists.page.scss',
})
export class ShortlistsPage {
  private readonly api = inject(ShortlistsApi);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);

  protected readonly lists = new Loader<ShortlistSummary[]>();
  protected readonly creating = signal(false);
  /** The id of the shortlist being edited. */
  protected readonly editing = signal<string | null>(null);
  protected readonly deleting = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected load(): Promise<void> {
    return this.lists.run(() => this.api.list());
  }

  protected created(shortlist: ShortlistSummary): void {
    this.creating.set(false);
    this.lists.update((lists) => [shortlist, ...lists]);
    this.notify.success(this.i18n.t('shortlists.created', { name: shortlist.name }));
  }

  protected updated(shortlist: ShortlistSummary): void {
    this.editing.set(null);
    this.lists.update((lists) => lists.map((list) => (list.id === shortlist.id ? shortlist : list)));
    this.notify.success(this.i18n.t('shortlists.updated'));
  }

  protected async remove(shortlist: ShortlistSummary): Promise<void> {
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('shortlists.deleteTitle', { name: shortlist.name }),
      message: this.i18n.t('shortlists.deleteMessage', { count: shortlist.itemCount }),
      confirmLabel: this.i18n.t('shortlists.delete'),
      destructive: true,
    });
    if (!confirmed) return;
    this.deleting.set(shortlist.id);
    try {
      await this.api.delete(shortlist.id);
      this.lists.update((lists) => lists.filter((list) => list.id !== shortlist.id));
      this.notify.success(this.i18n.t('shortlists.deleted', { name: shortlist.name }));
    } catch (error) {
      this.notify.error(toAppError(error));
    } finally {
      this.deleting.set(null);
    }
  }
}
