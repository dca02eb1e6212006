import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import {
  LANDING_SPACE_TYPES,
  LandingApplicationStatus,
  LandingSpaceType,
  resolveText,
} from '@bridge/contracts';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { landingLabels } from '../data/landing-labels';
import type { EligibilityView, OfferView } from '../data/landing.types';
import { formatMinor, formatNumber } from '../data/money';
import { RuleListComponent } from './rule-list.component';

/**
 * An offer as a card: title, park, space, the three-year value in CNY and USD, deadline. For a
 * start-up also its eligibility rule by rule, a compare checkbox and Apply; for the park its status,
 * application count and links.
 */
@Component({
  selector: 'bridge-offer-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, RouterLink, RuleListComponent, TranslatePipe],
  template: `
    @let o = offer();
    <mat-card appearance="outlined" class="offer" data-testid="offer-card" [attr.data-offer-id]="o.id">
      <mat-card-header>
        <mat-card-title>{{ title() }}</mat-card-title>
        <mat-card-subtitle
          >{{ park() }}
          @if (o.city) {
            · {{ o.city }}
          }
        </mat-card-subtitle>
      </mat-card-header>
      <mat-card-content class="content">
        <div class="facts">
          @if (mode() === 'park') {
            <span class="chip" data-testid="offer-status" [attr.data-status]="o.status">{{
              labels.status(o.status) | t
            }}</span>
            <span data-testid="offer-application-count">{{
              'landing.applicationCount' | t: { count: o.applicationCount ?? 0 }
            }}</span>
          }
          @if (space()) {
            <span>{{ space() }}</span>
          }
          <span>
            {{ 'landing.threeYearValue' | t }}:
            <strong>{{ 'landing.valueBoth' | t: { cny: valueCny(), usd: valueUsd() } }}</strong>
          </span>
          <span>{{ deadline() }}</span>
        </div>
        @if (eligibility(); as e) {
          <p class="verdict" [class.verdict--yes]="e.eligible">
            @if (e.eligible) {
              <strong data-testid="offer-eligible">✓ {{ 'landing.eligible' | t }}</strong>
            } @else {
              <strong data-testid="offer-not-eligible">{{ 'landing.notEligible' | t }}</strong>
            }
          </p>
          <bridge-rule-list [rules]="e.rules" [fieldName]="fieldName()" />
        }
      </mat-card-content>
      <mat-card-actions class="actions">
        @if (mode() === 'startup') {
          <label class="select">
            <input
              type="checkbox"
              [checked]="selected()"
              [disabled]="!selected() && selectionFull()"
              (change)="toggled.emit()"
              data-testid="offer-select"
              [attr.aria-label]="'landing.select' | t: { title: title() }"
            />
            {{ 'landing.compare.open' | t }}
          </label>
          @if (applied(); as status) {
            <span class="chip">{{ labels.applicationStatus(status) | t }}</span>
          } @else if (o.acceptingApplications && eligibility()?.eligible) {
            <button
              mat-flat-button
              type="button"
              (click)="apply.emit()"
              data-testid="offer-apply"
              [attr.data-offer-id]="o.id"
              [attr.aria-label]="'landing.apply.aria' | t: { title: title() }"
            >
              {{ 'landing.apply.button' | t }}
            </button>
          }
        } @else {
          <a mat-button [routerLink]="['/landing/offers', o.id]" data-testid="offer-edit">{{
            'landing.editTitle' | t
          }}</a>
          <a
            mat-button
            [routerLink]="['/landing/offers', o.id, 'applications']"
            data-testid="offer-applications"
            >{{ 'landing.applicationsTitle' | t }}</a
          >
        }
      </mat-card-actions>
    </mat-card>
  `,
  styles: `
    .content {
      display: grid;
      gap: 8px;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      font: var(--mat-sys-body-medium);
    }
    .chip {
      padding: 0 8px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
    }
    .verdict {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .verdict--yes {
      color: var(--bridge-success, #1b6e2b);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .select {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      margin-inline-end: auto;
      font: var(--mat-sys-label-large);
    }
  `,
})
export class OfferCardComponent {
  private readonly i18n = inject(I18nService);
  protected readonly labels = landingLabels;

  readonly offer = input.required<OfferView>();
  readonly mode = input<'park' | 'startup'>('startup');
  readonly eligibility = input<EligibilityView | null>(null);
  readonly selected = input(false);
  readonly selectionFull = input(false);
  /** The status of the project's application to this offer, if any. */
  readonly applied = input<LandingApplicationStatus | null>(null);
  readonly fieldName = input<(code: string) => string>((code) => code);
  readonly toggled = output<void>();
  readonly apply = output<void>();

  protected readonly title = computed(() => resolveText(this.offer().title, this.i18n.locale())?.text ?? '');
  protected readonly park = computed(
    () => resolveText(this.offer().park.name, this.i18n.locale())?.text ?? '',
  );
  protected readonly valueCny = computed(() =>
    formatMinor(this.offer().threeYearValue.cnyMinor, 'CNY', this.i18n.locale()),
  );
  protected readonly valueUsd = computed(() =>
    formatMinor(this.offer().threeYearValue.usdMinor, 'USD', this.i18n.locale()),
  );
  protected readonly space = computed(() => {
    const o = this.offer();
    if (!o.spaceSqm) return '';
    const type = LANDING_SPACE_TYPES.includes(o.spaceType as LandingSpaceType)
      ? this.i18n.t(landingLabels.spaceType(o.spaceType as LandingSpaceType))
      : '';
    return this.i18n
      .t('landing.compare.spaceValue', { sqm: formatNumber(o.spaceSqm, this.i18n.locale()), type })
      .trim();
  });
  protected readonly deadline = computed(() => {
    const deadline = this.offer().deadline;
    return deadline
      ? this.i18n.t('landing.deadline', { date: this.i18n.formatDate(deadline) })
      : this.i18n.t('landing.noDeadline');
  });
}
