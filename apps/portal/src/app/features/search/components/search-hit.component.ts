import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { LocalizedText, resolveText } from '@bridge/contracts';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { AwardBadgeComponent } from '../../projects/components/award-badge.component';
import { ProjectStatusComponent } from '../../projects/components/project-status.component';
import { RequestIntroButtonComponent } from '../../introductions/components/request-intro-button.component';
import { projectLabels } from '../../projects/data/project-labels';
import { SearchHit } from '../data/search.api';
import { HighlightedTextComponent } from './highlighted-text.component';

const LANG_ATTR = { zh: 'zh-CN', en: 'en', ru: 'ru' } as const;

/** One search result: what the viewer may see of a project, the words that matched marked. */
@Component({
  selector: 'bridge-search-hit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatCardModule,
    RouterLink,
    AwardBadgeComponent,
    HighlightedTextComponent,
    ProjectStatusComponent,
    RequestIntroButtonComponent,
    TranslatePipe,
  ],
  template: `
    @let h = hit();
    <mat-card appearance="outlined" class="hit" data-testid="search-hit" [attr.data-project-id]="h.projectId">
      <mat-card-content>
        <h3 class="hit__title">
          <a [routerLink]="['/projects', h.projectId]" data-testid="search-hit-title" [attr.lang]="lang()"
            ><bridge-highlighted-text [segments]="h.title"
          /></a>
          @if (h.fallback) {
            <abbr
              class="hit__marker"
              data-testid="language-marker"
              [attr.title]="markers.labels()[h.language]"
              [attr.aria-label]="markers.labels()[h.language]"
              >{{ h.language.toUpperCase() }}</abbr
            >
          }
        </h3>
        <div class="hit__badges">
          <bridge-project-status [status]="h.status" />
          @if (h.awardPlace !== null && h.awardPlace !== undefined) {
            <bridge-award-badge [place]="h.awardPlace" />
          }
        </div>
        @if (h.summary.length) {
          <p class="hit__summary" data-testid="search-hit-summary" [attr.lang]="lang()">
            <bridge-highlighted-text [segments]="h.summary" />
          </p>
        }
        <ul class="hit__facts">
          @if (fieldName(); as field) {
            <li data-testid="search-hit-field">{{ field }}</li>
          }
          @if (h.city) {
            <li data-testid="search-hit-city">{{ h.city }}</li>
          }
          @if (h.score !== null && h.score !== undefined) {
            <li data-testid="search-hit-score">{{ 'search.hit.score' | t: { score: format(h.score) } }}</li>
          }
          @if (h.rankInField !== null && h.rankInField !== undefined) {
            <li data-testid="search-hit-rank">{{ 'search.hit.rank' | t: { rank: h.rankInField } }}</li>
          }
          @if (h.trl !== null && h.trl !== undefined) {
            <li>{{ 'search.hit.trl' | t: { trl: h.trl } }}</li>
          }
          @if (h.stage) {
            <li>{{ labels.stage(h.stage) | t }}</li>
          }
          @if (funding(); as amount) {
            <li>{{ 'search.hit.funding' | t: { amount } }}</li>
          }
        </ul>
        @if (h.seeking?.length) {
          <div class="hit__seeking" data-testid="search-hit-seeking">
            <span class="hit__seeking-label">{{ 'search.hit.seeking' | t }}</span>
            @for (kind of h.seeking; track kind) {
              <span class="hit__chip" [attr.data-seeking]="kind">{{ labels.seeking(kind) | t }}</span>
            }
          </div>
        }
        <div class="hit__actions">
          <ng-content /><bridge-request-intro [projectId]="h.projectId" [projectTitle]="title()" />
        </div>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .hit__title {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .hit__title a {
      color: inherit;
    }
    .hit__marker {
      display: inline-block;
      margin-inline-start: 6px;
      padding: 0 4px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: none;
      vertical-align: middle;
      cursor: help;
    }
    .hit__badges,
    .hit__seeking {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
    }
    .hit__summary {
      margin: 8px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .hit__facts {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 8px 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
    }
    .hit__seeking-label {
      font: var(--mat-sys-label-medium);
    }
    .hit__chip {
      padding: 2px 10px;
      border-radius: var(--mat-sys-corner-full);
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-medium);
    }
    .hit__actions:empty {
      display: none;
    }
    .hit__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
  `,
})
export class SearchHitComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = projectLabels;

  readonly hit = input.required<SearchHit>();
  /** Names of fields by code (from the FIELD facet); the code is shown when a name is missing. */
  readonly fieldNames = input<ReadonlyMap<string, LocalizedText | null>>(new Map());

  protected readonly lang = computed(() => LANG_ATTR[this.hit().language]);
  protected readonly title = computed(() =>
    this.hit()
      .title.map((segment) => segment.text)
      .join(''),
  );
  protected readonly fieldName = computed(() => {
    const code = this.hit().fieldCode;
    if (!code) return null;
    return resolveText(this.fieldNames().get(code), this.i18n.locale())?.text ?? code;
  });
  protected readonly funding = computed(() => {
    const cents = this.hit().fundingAskUsdMinor;
    if (cents === null || cents === undefined) return null;
    return new Intl.NumberFormat(this.i18n.locale(), {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }).format(cents / 100);
  });

  protected format(score: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(score);
  }
}
