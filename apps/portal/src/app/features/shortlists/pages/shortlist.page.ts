import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { ShortlistFormComponent } from '../components/shortlist-form.component';
import { ShortlistItemComponent } from '../components/shortlist-item.component';
import { shortlistExportUrl } from '../data/shortlist-items';
import { ShortlistDetail, ShortlistItem, ShortlistSummary, ShortlistsApi } from '../data/shortlists.api';

/** /shortlists/:id: the projects of one list with notes and tags, and its downloads. */
@Component({
  selector: 'bridge-shortlist-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    ShortlistFormComponent,
    ShortlistItemComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './shortlist.page.html',
  styleUrl: './shortlist.page.scss',
})
export class ShortlistPage {
  private readonly api = inject(ShortlistsApi);
  private readonly notify = inject(NotifyService);
  protected readonly i18n = inject(I18nService);

  /** Route parameter: the shortlist. */
  readonly id = input.required<string>();

  protected readonly shortlist = new Loader<ShortlistDetail>();
  protected readonly editing = signal(false);
  protected readonly removing = signal<string | null>(null);
  /** NOT_FOUND: deleted, or another organisation's; BAD_USER_INPUT: not an id. */
  protected readonly notFound = computed(() => {
    const error = this.shortlist.error();
    return !!error && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
  });
  protected readonly csvUrl = computed(() => shortlistExportUrl(this.id(), 'csv', this.i18n.locale()));
  protected readonly xlsxUrl = computed(() => shortlistExportUrl(this.id(), 'xlsx', this.i18n.locale()));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id()): Promise<void> {
    this.editing.set(false);
    return this.shortlist.run(() => this.api.get(id));
  }

  protected renamed(summary: ShortlistSummary): void {
    this.editing.set(false);
    this.shortlist.update((list) => ({ ...list, ...summary }));
    this.notify.success(this.i18n.t('shortlists.updated'));
  }

  protected changed(item: ShortlistItem): void {
    this.shortlist.update((list) => ({
      ...list,
      items: list.items.map((existing) => (existing.id === item.id ? item : existing)),
    }));
  }

  protected async remove(item: ShortlistItem): Promise<void> {
    const title = resolveText(item.project?.title ?? item.projectTitle, this.i18n.locale())?.text ?? '';
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('shortlists.item.removeTitle', { title }),
      message: this.i18n.t('shortlists.item.removeMessage'),
      confirmLabel: this.i18n.t('shortlists.item.remove'),
      destructive: true,
    });
    if (!confirmed) return;
    this.removing.set(item.id);
    try {
      await this.api.removeItem(item.id);
      this.shortlist.update((list) => ({
        ...list,
        itemCount: Math.max(0, list.itemCount - 1),
        items: list.items.filter((existing) => existing.id !== item.id),
      }));
      this.notify.success(this.i18n.t('shortlists.item.removed', { title }));
    } catch (error) {
      this.notify.error(toAppError(error));
    } finally {
      this.removing.set(null);
    }
  }
}
