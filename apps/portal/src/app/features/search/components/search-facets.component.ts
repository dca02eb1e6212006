import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  LocalizedText,
  resolveText,
  type ProjectStage,
  type ProjectStatus,
  type SeekingKind,
} from '@bridge/contracts';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { projectLabels } from '../../projects/data/project-labels';
import { RangeFacet, isBucketSelected, rangeOf, toggleBucket, withRange } from '../data/search-buckets';
import { SearchListKey, SearchState, clearFilters, hasFilters, toggleListValue } from '../data/search-params';
import { SearchFacet } from '../data/search.api';

type FacetName = SearchFacet['name'];
type ListFacet = Exclude<FacetName, RangeFacet>;

const LIST_KEYS: Readonly<Record<ListFacet, SearchListKey>> = {
  EDITION: 'competitionIds',
  FIELD: 'fieldCodes',
  STATUS: 'statuses',
  AWARD: 'awardPlaces',
  STAGE: 'stages',
  SEEKING: 'seeking',
  CITY: 'cities',
};
/** The order of the filter panel. */
const ORDER: readonly FacetName[] = [
  'EDITION',
  'FIELD',
  'STATUS',
  'AWARD',
  'TRL',
  'STAGE',
  'SEEKING',
  'FUNDING',
  'SCORE',
  'CITY',
];
const PLACE_KEYS: Readonly<Record<number, TranslationKey>> = {
  1: 'projectProfile.place1',
  2: 'projectProfile.place2',
  3: 'projectProfile.place3',
};

interface Option {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

interface RangeInputs {
  min: { testId: string; label: TranslationKey; value: string };
  max: { testId: string; label: TranslationKey; value: string };
  step: number;
  lower: number;
  upper: number;
}

interface FacetView {
  name: FacetName;
  options: Option[];
  range: RangeInputs | null;
}

/**
 * The filter panel: one group per facet with the counts of the current search. Every change emits
 * the whole new search state; the page puts it in the URL.
 */
@Component({
  selector: 'bridge-search-facets',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <div class="facets__head">
      <h2 class="facets__title">{{ 'search.filters' | t }}</h2>
      @if (filtered()) {
        <button mat-button type="button" data-testid="facets-clear" (click)="clear()">
          {{ 'search.clearFilters' | t }}
        </button>
      }
    </div>
    @for (facet of view(); track facet.name) {
      <fieldset class="facet" [attr.data-testid]="'facet-' + facet.name">
        <legend class="facet__legend">{{ facetLabel(facet.name) | t }}</legend>
        @if (facet.range; as range) {
          <div class="facet__range">
            <label>
              <span>{{ range.min.label | t }}</span>
              <input
                type="number"
                inputmode="decimal"
                [attr.data-testid]="range.min.testId"
                [min]="range.lower"
                [max]="range.upper"
                [step]="range.step"
                [value]="range.min.value"
                (change)="setRange(facet.name, 'min', $event)"
              />
            </label>
            <label>
              <span>{{ range.max.label | t }}</span>
              <input
                type="number"
                inputmode="decimal"
                [attr.data-testid]="range.max.testId"
                [min]="range.lower"
                [max]="range.upper"
                [step]="range.step"
                [value]="range.max.value"
                (change)="setRange(facet.name, 'max', $event)"
              />
            </label>
          </div>
        }
        <ul class="facet__options" [class.facet__options--inline]="facet.name === 'TRL'">
          @for (option of facet.options; track option.value) {
            <li>
              <label class="facet__option">
                <input
                  type="checkbox"
                  [attr.data-testid]="'facet-' + facet.name + '-' + option.value"
                  [checked]="option.selected"
                  (change)="toggle(facet.name, option.value)"
                />
                <span class="facet__label">{{ option.label }}</span>
                <span class="facet__count" data-testid="facet-count">{{ option.count }}</span>
              </label>
            </li>
          }
        </ul>
      </fieldset>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .facets__head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .facets__title {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .facet {
      margin: 12px 0 0;
      padding: 8px 0 0;
      border: 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .facet__legend {
      padding: 0;
      font: var(--mat-sys-title-small);
    }
    .facet__options {
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
    }
    .facet__options--inline {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
    }
    .facet__option {
      display: flex;
      align-items: center;
      gap: 6px;
      padding: 2px 0;
      cursor: pointer;
      font: var(--mat-sys-body-medium);
    }
    .facet__option input {
      accent-color: var(--mat-sys-primary);
      width: 18px;
      height: 18px;
      margin: 0;
    }
    .facet__label {
      flex: 1;
    }
    .facet__count {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    .facet__range {
      display: flex;
      gap: 8px;
      margin-top: 4px;
    }
    .facet__range label {
      display: flex;
      flex-direction: column;
      gap: 2px;
      flex: 1;
      font: var(--mat-sys-label-medium);
    }
    .facet__range input {
      width: 100%;
      box-sizing: border-box;
      padding: 6px 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class SearchFacetsComponent {
  private readonly i18n = inject(I18nService);

  readonly facets = input.required<readonly SearchFacet[]>();
  readonly state = input.required<SearchState>();
  /** The whole new search after a change. */
  readonly changed = output<SearchState>();

  protected readonly filtered = computed(() => hasFilters(this.state()));

  protected readonly view = computed<FacetView[]>(() => {
    const state = this.state();
    const byName = new Map(this.facets().map((facet) => [facet.name, facet]));
    this.i18n.locale();
    const views: FacetView[] = [];
    for (const name of ORDER) {
      const facet = byName.get(name);
      const options = this.options(name, facet, state);
      const range =
        name === 'TRL' || name === 'FUNDING' || name === 'SCORE' ? this.rangeInputs(name, state) : null;
      // A facet the audience has nothing for (a visitor's score) is left out unless it is set.
      if (!options.length && !(range && (range.min.value || range.max.value))) continue;
      views.push({ name, options, range });
    }
    return views;
  });

  protected facetLabel(name: FacetName): TranslationKey {
    return `search.facets.${name}`;
  }

  protected toggle(name: FacetName, value: string): void {
    const state = this.state();
    if (name === 'TRL' || name === 'FUNDING' || name === 'SCORE') {
      this.changed.emit(toggleBucket(state, name, value));
      return;
    }
    const key = LIST_KEYS[name];
    const typed = key === 'awardPlaces' ? Number(value) : value;
    this.changed.emit(toggleListValue(state, key, typed as never));
  }

  protected setRange(name: FacetName, end: 'min' | 'max', event: Event): void {
    if (name !== 'TRL' && name !== 'FUNDING' && name !== 'SCORE') return;
    const element = event.target as HTMLInputElement;
    const raw = element.value.trim();
    const state = this.state();
    const range = rangeOf(state, name);
    let value: number | null = null;
    if (raw !== '') {
      const parsed = Number(raw);
      const limits = LIMITS[name];
      if (!Number.isFinite(parsed) || parsed < limits.lower || parsed > limits.upper) {
        element.value = formatEnd(name, range[end]);
        return;
      }
      value = name === 'TRL' ? Math.round(parsed) : name === 'FUNDING' ? Math.round(parsed * 100) : parsed;
    }
    const next = { ...range, [end]: value };
    if (next.min !== null && next.max !== null && next.min > next.max)
      [next.min, next.max] = [next.max, next.min];
    this.changed.emit(withRange(state, name, next));
  }

  protected clear(): void {
    this.changed.emit(clearFilters(this.state()));
  }

  private options(name: FacetName, facet: SearchFacet | undefined, state: SearchState): Option[] {
    const values = facet?.values ?? [];
    if (name === 'TRL' || name === 'FUNDING' || name === 'SCORE') {
      return values.map((v) => ({
        value: v.value,
        label: this.label(name, v.value, v.label),
        count: v.count,
        selected: isBucketSelected(state, name, v.value),
      }));
    }
    const selected = (state[LIST_KEYS[name]] as ReadonlyArray<string | number>).map(String);
    const options = values.map((v) => ({
      value: v.value,
      label: this.label(name, v.value, v.label),
      count: v.count,
      selected: selected.includes(v.value),
    }));
    // A chosen value the search no longer counts (e.g. from a shared link) stays, so it can be unset.
    for (const value of selected) {
      if (!options.some((o) => o.value === value)) {
        options.push({ value, label: this.label(name, value, null), count: 0, selected: true });
      }
    }
    return options;
  }

  private label(name: FacetName, value: string, label: LocalizedText | null | undefined): string {
    const t = (key: TranslationKey, params?: Record<string, string | number>) => this.i18n.t(key, params);
    switch (name) {
      case 'EDITION':
      case 'FIELD':
      case 'CITY':
        return resolveText(label, this.i18n.locale())?.text ?? value;
      case 'STATUS':
        return t(projectLabels.status(value as ProjectStatus));
      case 'STAGE':
        return t(projectLabels.stage(value as ProjectStage));
      case 'SEEKING':
        return t(projectLabels.seeking(value as SeekingKind));
      case 'AWARD':
        return t(PLACE_KEYS[Number(value)] ?? 'projectProfile.placeN', { place: value });
      case 'TRL':
        return t('search.buckets.TRL', { level: value });
      case 'FUNDING':
      case 'SCORE': {
        const key = `search.buckets.${name}.${value}`;
        return this.i18n.has(key) ? t(key) : value;
      }
    }
  }

  private rangeInputs(name: RangeFacet, state: SearchState): RangeInputs {
    const range = rangeOf(state, name);
    const ids = { TRL: 'trl', FUNDING: 'funding', SCORE: 'score' } as const;
    const keys = RANGE_LABELS[name];
    return {
      min: { testId: `${ids[name]}-min`, label: keys.min, value: formatEnd(name, range.min) },
      max: { testId: `${ids[name]}-max`, label: keys.max, value: formatEnd(name, range.max) },
      step: name === 'FUNDING' ? 1000 : 1,
      ...LIMITS[name],
    };
  }
}

const LIMITS: Readonly<Record<RangeFacet, { lower: number; upper: number }>> = {
  TRL: { lower: 1, upper: 9 },
  FUNDING: { lower: 0, upper: 1e11 },
  SCORE: { lower: 0, upper: 100 },
};

const RANGE_LABELS: Readonly<Record<RangeFacet, { min: TranslationKey; max: TranslationKey }>> = {
  TRL: { min: 'search.range.trlMin', max: 'search.range.trlMax' },
  FUNDING: { min: 'search.range.fundingMin', max: 'search.range.fundingMax' },
  SCORE: { min: 'search.range.scoreMin', max: 'search.range.scoreMax' },
};

/** An end of a range as the input shows it (funding in dollars). */
function formatEnd(name: RangeFacet, value: number | null): string {
  if (value === null) return '';
  return name === 'FUNDING' ? String(value / 100) : String(value);
}
