import type { ContentLanguage, FieldError, Locale, LocalizedText } from '@bridge/contracts';
import { PROJECT_STAGES, resolveText } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { AppException } from '../common/errors/app.exception';
import type { Viewer } from '../identity/viewer';
import { FUNDING_BUCKETS, SCORE_BUCKETS, audienceOf } from './audience';
import { SearchFacetDto, SearchHitDto, SearchResultDto } from './dtos/search-result.dto';
import { SearchInput } from './dtos/search.input';
import { HighlightTerms, analyzeQuery } from './query/query-analyzer';
import { SearchEngines } from './search-engines';
import { SearchLabels } from './search-labels';
import {
  FACET_NAMES,
  FacetCount,
  FacetCounts,
  FacetName,
  InvalidCursorError,
  SearchFilters,
  SearchHitDoc,
  SearchQuery,
} from './search.types';
import { highlight, highlightExcerpt } from './text/highlight';

const SUMMARY_EXCERPT = 280;
const CITY_FACET_LIMIT = 20;

/** The order facet values are listed in: by count, except ordered scales. */
const VALUE_ORDER: Partial<Record<FacetName, (a: FacetCount, b: FacetCount) => number>> = {
  TRL: (a, b) => Number(a.value) - Number(b.value),
  AWARD: (a, b) => Number(a.value) - Number(b.value),
  STAGE: (a, b) => PROJECT_STAGES.indexOf(a.value as never) - PROJECT_STAGES.indexOf(b.value as never),
  FUNDING: (a, b) =>
    FUNDING_BUCKETS.findIndex(([k]) => k === a.value) - FUNDING_BUCKETS.findIndex(([k]) => k === b.value),
  SCORE: (a, b) =>
    SCORE_BUCKETS.findIndex(([k]) => k === a.value) - SCORE_BUCKETS.findIndex(([k]) => k === b.value),
};

function checkRange(
  errors: FieldError[],
  field: string,
  min: number | null | undefined,
  max: number | null | undefined,
) {
  if (min !== null && min !== undefined && max !== null && max !== undefined && min > max) {
    errors.push({ field, key: 'validation.range', params: { min, max } });
  }
}

/** The filters of an input, as the engines take them. */
export function filtersOf(input: SearchInput): SearchFilters {
  const range = (min?: number | null, max?: number | null) =>
    (min ?? null) === null && (max ?? null) === null ? undefined : { min: min ?? null, max: max ?? null };
  return {
    competitionIds: input.competitionIds ?? undefined,
    fieldCodes: input.fieldCodes ?? undefined,
    statuses: input.statuses ?? undefined,
    awardPlaces: input.awardPlaces ?? undefined,
    trl: range(input.trlMin, input.trlMax),
    stages: input.stages ?? undefined,
    seeking: input.seeking ?? undefined,
    fundingUsdMinor: range(input.fundingUsdMin, input.fundingUsdMax),
    score: range(input.scoreMin, input.scoreMax),
    cityKeys: input.cities ?? undefined,
  };
}

/**
 * The search use case: the viewer decides the audience (never the client), the input becomes an
 * engine query, the engines answer (PostgreSQL when the external engine is down: `degraded`), and
 * hits get their shown language and highlights.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly engines: SearchEngines,
    private readonly labels: SearchLabels,
  ) {}

  /** Checks what class-validator cannot: ranges in order. */
  validate(input: SearchInput): void {
    const errors: FieldError[] = [];
    checkRange(errors, 'trlMax', input.trlMin, input.trlMax);
    checkRange(errors, 'fundingUsdMax', input.fundingUsdMin, input.fundingUsdMax);
    checkRange(errors, 'scoreMax', input.scoreMin, input.scoreMax);
    if (errors.length) throw AppException.invalid(errors);
  }

  query(viewer: Viewer | null, input: SearchInput, facets: boolean): SearchQuery {
    this.validate(input);
    return {
      audience: audienceOf(viewer),
      text: input.text ? analyzeQuery(input.text) : null,
      filters: filtersOf(input),
      sort: input.sort ?? 'RELEVANCE',
      first: input.first ?? 20,
      after: input.after ?? null,
      facets,
    };
  }

  async search(
    viewer: Viewer | null,
    input: SearchInput,
    options: { facets: boolean },
  ): Promise<SearchResultDto> {
    const query = this.query(viewer, input, options.facets);
    let answer;
    try {
      answer = await this.engines.search(query);
    } catch (error) {
      if (error instanceof InvalidCursorError)
        throw AppException.invalid([{ field: 'after', key: 'validation.invalid' }]);
      throw error;
    }
    const locale: Locale = input.language ?? viewer?.user.locale ?? 'en';
    const terms = query.text?.highlight ?? null;
    return {
      hits: answer.result.hits.map((hit) => this.hitOf(hit, locale, terms)),
      total: answer.result.total,
      facets: answer.result.facets ? await this.facetsOf(answer.result.facets, query.filters) : [],
      nextCursor: answer.result.nextCursor,
      degraded: answer.degraded,
      engine: answer.engine,
    };
  }

  private hitOf(hit: SearchHitDoc, locale: Locale, terms: HighlightTerms | null): SearchHitDto {
    const title = resolveText(hit.title, locale);
    const language: ContentLanguage = title?.language ?? 'en';
    const summaryText = hit.summary[language]?.trim()
      ? (hit.summary[language] as string)
      : (resolveText(hit.summary, locale)?.text ?? '');
    return {
      projectId: hit.projectId,
      competitionId: hit.competitionId,
      fieldCode: hit.fieldCode,
      status: hit.status,
      language,
      fallback: title?.fallback ?? false,
      title: highlight(title?.text ?? '', terms),
      summary: highlightExcerpt(summaryText, terms, SUMMARY_EXCERPT),
      city: hit.city,
      trl: hit.trl,
      stage: hit.stage,
      seeking: hit.seeking,
      fundingAskUsdMinor: hit.fundingUsdMinor,
      score: hit.score,
      rankInField: hit.rankInField,
      awardPlace: hit.awardPlace,
    };
  }

  private async facetsOf(counts: FacetCounts, filters: SearchFilters): Promise<SearchFacetDto[]> {
    const selected: Record<FacetName, ReadonlyArray<string | number>> = {
      EDITION: filters.competitionIds ?? [],
      FIELD: filters.fieldCodes ?? [],
      STATUS: filters.statuses ?? [],
      AWARD: filters.awardPlaces ?? [],
      TRL: [],
      STAGE: filters.stages ?? [],
      SEEKING: filters.seeking ?? [],
      FUNDING: [],
      SCORE: [],
      CITY: filters.cityKeys ?? [],
    };
    const ordered = (name: FacetName) => {
      const values = [...counts[name]].sort(
        VALUE_ORDER[name] ?? ((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
      );
      return name === 'CITY' ? values.slice(0, CITY_FACET_LIMIT) : values;
    };
    const [editions, fields, cities] = await Promise.all(
      (['EDITION', 'FIELD', 'CITY'] as const).map((kind) =>
        counts[kind].length
          ? this.labels.labels(
              kind,
              ordered(kind).map((v) => v.value),
            )
          : Promise.resolve(new Map<string, LocalizedText>()),
      ),
    );
    const labelOf: Partial<Record<FacetName, Map<string, LocalizedText>>> = {
      EDITION: editions,
      FIELD: fields,
      CITY: cities,
    };
    return FACET_NAMES.map((name) => ({
      name,
      values: ordered(name).map((v) => ({
        value: v.value,
        count: v.count,
        selected: selected[name].map(String).includes(v.value),
        label: labelOf[name]?.get(v.value) ?? null,
      })),
    }));
  }
}
