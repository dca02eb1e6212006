import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { openApplyDialog } from '../components/apply-dialog';
import { COMPARE_MIN, compareTable, parseCompareIds } from '../data/compare';
import { LandingApi } from '../data/landing.api';
import type { OfferEligibilityView, OfferView } from '../data/landing.types';

/**
 * /landing/compare?ids=a,b,c&project=p: two or three offers side by side — space, rent-free months,
 * subsidies per year, grant, incentives, support, services, deadline and the three-year value in
 * CNY and USD with its parts; Apply under each offer the project qualifies for.
 */
@Component({
  selector: 'bridge-compare-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  template: `
    <p>
      <a routerLink="/landing/find" [queryParams]="project() ? { project: project() } : {}">{{
        'landing.compare.back' | t
      }}</a>
    </p>
    <header class="bridge-page-header">
      <div>
        <h1>{{ 'landing.compareTitle' | t }}</h1>
      </div>
    </header>

    @if (offerIds().length < min) {
      <bridge-empty-state
        icon="swap"
        data-testid="compare-too-few"
        [heading]="'landing.compare.needTwo' | t"
      />
    } @else if (items.value(); as list) {
      <div class="wrap">
        <table class="table" data-testid="compare-table">
          <caption class="visually-hidden">
            {{
              'landing.compareTitle' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'landing.compare.offer' | t }}</th>
              @for (c of table().columns; track c.id) {
                <th scope="col" [attr.data-offer-id]="c.id">
                  <span class="title">{{ c.title }}</span>
                  <span class="park">{{ c.park }}</span>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of table().rows; track row.key) {
              <tr [class.part]="row.part" [attr.data-row]="row.key">
                <th scope="row">{{ row.label }}</th>
                @for (cell of row.cells; track $index; let i = $index) {
                  <td
                    [class.best]="row.best === i"
                    [attr.data-testid]="
                      row.key === 'valueUsd'
                        ? 'compare-value-usd'
                        : row.key === 'valueCny'
                          ? 'compare-value-cny'
                          : null
                    "
                    [attr.data-offer-id]="table().columns[i].id"
                  >
                    {{ cell }}
                    @if (row.best === i) {
                      <span class="best-tag">{{ 'landing.compare.best' | t }}</span>
                    }
                  </td>
                }
              </tr>
            }
            @if (project()) {
              <tr>
                <th scope="row"></th>
                @for (item of list; track item.offer.id) {
                  <td>
                    @if (item.offer.acceptingApplications && item.eligibility?.eligible) {
                      <button
                        mat-flat-button
                        type="button"
                        (click)="apply(item.offer)"
                        data-testid="offer-apply"
                        [attr.data-offer-id]="item.offer.id"
                      >
                        {{ 'landing.apply.button' | t }}
                      </button>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else if (items.error(); as error) {
      <bridge-error-state
        [heading]="'landing.loadFailed' | t"
        [message]="error | errorMessage"
        [retryLabel]="'actions.retry' | t"
        (retry)="load()"
      />
    } @else {
      <bridge-loading [label]="'states.loading' | t" />
    }
  `,
  styles: `
    .wrap {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
    }
    .table th,
    .table td {
      padding: 8px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      min-width: 180px;
    }
    .title {
      display: block;
      font: var(--mat-sys-title-small);
    }
    .park {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font: var(--mat-sys-label-large);
    }
    .part th {
      padding-inline-start: 28px;
      font: var(--mat-sys-body-small);
    }
    .part td {
      font: var(--mat-sys-body-small);
    }
    .best {
      font-weight: 700;
    }
    .best-tag {
      margin-inline-start: 6px;
      padding: 0 6px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      font: var(--mat-sys-label-small);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class ComparePage {
  private readonly api = inject(LandingApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(NotifyService);
  protected readonly i18n = inject(I18nService);
  protected readonly min = COMPARE_MIN;

  /** Query parameters. */
  readonly ids = input<string | undefined>();
  readonly project = input<string | undefined>();

  protected readonly offerIds = computed(() => parseCompareIds(this.ids()));
  /** The offers, in the order of `ids`, with the project's eligibility when a project is given. */
  protected readonly items = new Loader<
    Array<{ offer: OfferView; eligibility: OfferEligibilityView['eligibility'] | null }>
  >();
  protected readonly table = computed(() =>
    compareTable(
      (this.items.value() ?? []).map((item) => item.offer),
      {
        t: (key, params) => this.i18n.t(key, params),
        locale: this.i18n.locale(),
        date: (iso) => this.i18n.formatDate(iso),
      },
    ),
  );

  constructor() {
    effect(() => {
      const ids = this.offerIds();
      const project = this.project();
      untracked(() => void this.load(ids, project));
    });
  }

  protected load(ids = this.offerIds(), project = this.project()): Promise<void> {
    if (ids.length < COMPARE_MIN) return Promise.resolve();
    return this.items.run(async () => {
      const eligible = project ? await this.api.eligibleOffers(project) : [];
      const byId = new Map(eligible.map((item) => [item.offer.id, item]));
      return Promise.all(
        ids.map(async (id) => {
          const found = byId.get(id);
          return found
            ? { offer: found.offer, eligibility: found.eligibility }
            : { offer: await this.api.offer(id), eligibility: null };
        }),
      );
    });
  }

  protected async apply(offer: OfferView): Promise<void> {
    const project = this.project();
    if (!project) return;
    const application = await openApplyDialog(this.dialog, this.api, this.i18n, offer, project);
    if (application) this.notify.success(this.i18n.t('landing.apply.sent'));
  }
}
