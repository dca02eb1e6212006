import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { LocalizedText, resolveText } from '@bridge/contracts';
import { ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { OutcomeEngagement, OutcomeEngagementPage, OutcomeFilter, OutcomesApi } from '../data/outcomes.api';

const PAGE = 25;

/** The engagements behind a chart segment (stages and dates only), page by page. */
@Component({
  selector: 'bridge-outcome-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    ErrorStateComponent,
    LoadingComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <section class="list" data-testid="outcomes-list" aria-labelledby="outcomes-list-title" tabindex="-1">
      <header>
        <div>
          <h2 id="outcomes-list-title">{{ 'outcomes.list.title' | t }}</h2>
          @if (description()) {
            <p class="filter">{{ 'outcomes.list.filteredBy' | t: { filter: description() } }}</p>
          }
        </div>
        <button mat-button type="button" (click)="closed.emit()" data-testid="outcomes-list-close">
          {{ 'outcomes.list.close' | t }}
        </button>
      </header>
      @if (page.value(); as value) {
        <p aria-live="polite" data-testid="outcomes-list-total">
          {{ 'outcomes.list.total' | t: { count: value.totalCount } }}
        </p>
        @if (rows().length) {
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{{ 'outcomes.list.project' | t }}</th>
                  <th scope="col">{{ 'outcomes.list.field' | t }}</th>
                  <th scope="col">{{ 'outcomes.list.partner' | t }}</th>
                  <th scope="col">{{ 'outcomes.list.kind' | t }}</th>
                  <th scope="col">{{ 'outcomes.list.stage' | t }}</th>
                  <th scope="col">{{ 'outcomes.list.since' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row.engagementId) {
                  <tr data-testid="outcomes-list-row">
                    <td>{{ text(row.projectTitle) }}</td>
                    <td>{{ row.fieldCode ?? '' }}</td>
                    <td>{{ text(row.partnerName) }}</td>
                    <td>{{ kindLabel(row.kind) }}</td>
                    <td>{{ stageLabel(row.stage) }}</td>
                    <td>{{ row.stageEnteredAt | localDate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (value.pageInfo.hasNextPage) {
            <button mat-stroked-button type="button" [disabled]="more()" (click)="loadMore(value)">
              {{ 'outcomes.list.more' | t }}
            </button>
          }
        } @else {
          <p class="empty">{{ 'outcomes.list.empty' | t }}</p>
        }
      } @else if (page.error(); as error) {
        <bridge-error-state
          [heading]="'outcomes.list.loadFailed' | t"
          [message]="error | errorMessage"
          [retryLabel]="'actions.retry' | t"
          (retry)="load()"
        />
      } @else {
        <bridge-loading [label]="'states.loading' | t" />
      }
    </section>
  `,
  styles: `
    .list header {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 8px;
    }
    .list h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .filter {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      text-align: start;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class OutcomeListComponent {
  private readonly api = inject(OutcomesApi);
  private readonly i18n = inject(I18nService);
  private readonly notify = inject(NotifyService);

  readonly filter = input.required<OutcomeFilter>();
  /** The filter in words, e.g. "AI · Companies landed". */
  readonly description = input('');
  readonly closed = output<void>();

  protected readonly page = new Loader<OutcomeEngagementPage>();
  protected readonly rows = signal<OutcomeEngagement[]>([]);
  protected readonly more = signal(false);

  constructor() {
    effect(() => {
      const filter = this.filter();
      untracked(() => void this.load(filter));
    });
  }

  protected async load(filter = this.filter()): Promise<void> {
    this.rows.set([]);
    await this.page.run(() => this.api.engagements(filter, PAGE));
    this.rows.set(this.page.value()?.edges.map((e) => e.node) ?? []);
  }

  protected async loadMore(current: OutcomeEngagementPage): Promise<void> {
    this.more.set(true);
    try {
      const next = await this.api.engagements(this.filter(), PAGE, current.pageInfo.endCursor ?? null);
      this.rows.update((rows) => [...rows, ...next.edges.map((e) => e.node)]);
      this.page.update(() => next);
    } catch (error) {
      this.notify.error(toAppError(error));
    } finally {
      this.more.set(false);
    }
  }

  protected text(value: LocalizedText | null | undefined): string {
    return resolveText(value, this.i18n.locale())?.text ?? '';
  }

  protected kindLabel(kind: string): string {
    return this.i18n.t(`engagements.kind.${kind}` as TranslationKey);
  }

  protected stageLabel(stage: string): string {
    return this.i18n.t(`engagements.stage.${stage}` as TranslationKey);
  }
}
