import type { ContentLanguage, LocalizedText } from '@bridge/contracts';
import { CONTENT_LANGUAGES } from '@bridge/contracts';
import { FUNDING_BUCKETS, SCORE_BUCKETS, audienceView, bucketOf, cityKey } from '../audience';
import type { ProjectSearchDoc, SearchAudience } from '../search.types';
import { TAXONOMY, Taxonomy } from '../taxonomy/taxonomy';
import { stemText } from '../text/tokenizer';

/**
 * A project as a Meilisearch document: per-language text attributes (localizedAttributes tells
 * Meilisearch their language: `cmn`, `eng`, `rus`), light stems beside them (Meilisearch does not
 * stem), taxonomy names in all three languages, and each audience's view of the gated values and
 * of the searchable profile, so a search reads only its audience's attributes.
 */
export type MeiliDocument = Record<string, string | number | boolean | null | string[]>;

const joined = (values: ReadonlyArray<string | null | undefined>) => values.filter(Boolean).join(' ');
const perLanguage = (prefix: string, text: LocalizedText | null) =>
  Object.fromEntries(CONTENT_LANGUAGES.map((l) => [`${prefix}_${l}`, text?.[l] ?? null]));
const stems = (text: LocalizedText) => joined(CONTENT_LANGUAGES.map((l) => stemText(text[l])));
const names = (taxonomy: Taxonomy, prefix: string, concepts: string[]) =>
  Object.fromEntries(
    CONTENT_LANGUAGES.map((l: ContentLanguage) => [`${prefix}_${l}`, joined(taxonomy.namesOf(concepts, l))]),
  );

export function meiliDocument(doc: ProjectSearchDoc, taxonomy: Taxonomy = TAXONOMY): MeiliDocument {
  const organizer = audienceView(doc, 'ORGANIZER');
  const market = audienceView(doc, 'MARKET');
  const everyone = audienceView(doc, 'PUBLIC');
  const marketConcepts = market.full ? doc.concepts : doc.cardConcepts;
  return {
    id: doc.projectId,
    competitionId: doc.competitionId,
    competitionYear: doc.competitionYear,
    fieldCode: doc.fieldCode,
    status: doc.status,
    city: doc.city,
    cityKey: cityKey(doc.city),
    createdAt: doc.createdAt.getTime(),
    visibleMarket: market.visible,
    visiblePublic: everyone.visible,
    marketFull: market.full,
    title: JSON.stringify(doc.title),
    summary: JSON.stringify(doc.summary),
    ...perLanguage('title', doc.title),
    stems_title: stems(doc.title),
    ...perLanguage('summary', doc.summary),
    stems_summary: stems(doc.summary),
    ...perLanguage('description', doc.description),
    stems_description: stems(doc.description),
    ...perLanguage('m_description', market.full ? doc.description : null),
    m_stems_description: market.full ? stems(doc.description) : null,
    tags: doc.tags,
    m_tags: market.full ? doc.tags : [],
    ...names(taxonomy, 'tx_full', doc.concepts),
    ...names(taxonomy, 'tx_market', market.visible ? marketConcepts : []),
    ...names(taxonomy, 'tx_card', doc.cardConcepts),
    trl: organizer.trl,
    stage: organizer.stage,
    seeking: organizer.seeking,
    fundingUsdMinor: organizer.fundingUsdMinor,
    fundingBucket: bucketOf(FUNDING_BUCKETS, organizer.fundingUsdMinor),
    score: organizer.score,
    scoreBucket: bucketOf(SCORE_BUCKETS, organizer.score),
    rankInField: organizer.rankInField,
    awardPlace: organizer.awardPlace,
    m_trl: market.trl,
    m_stage: market.stage,
    m_seeking: market.seeking,
    m_fundingUsdMinor: market.fundingUsdMinor,
    m_fundingBucket: bucketOf(FUNDING_BUCKETS, market.fundingUsdMinor),
    m_score: market.score,
    m_scoreBucket: bucketOf(SCORE_BUCKETS, market.score),
    m_rankInField: market.rankInField,
    m_awardPlace: market.awardPlace,
    p_awardPlace: everyone.awardPlace,
  };
}

const TITLE = ['title_zh', 'title_en', 'title_ru', 'stems_title'];
const SUMMARY = ['summary_zh', 'summary_en', 'summary_ru', 'stems_summary'];
const DESCRIPTION = ['description_zh', 'description_en', 'description_ru', 'stems_description'];
const M_DESCRIPTION = ['m_description_zh', 'm_description_en', 'm_description_ru', 'm_stems_description'];
const tx = (prefix: string) => CONTENT_LANGUAGES.map((l) => `${prefix}_${l}`);

/** What each audience searches in (Meilisearch `attributesToSearchOn`), most important first. */
export const SEARCH_ON: Record<SearchAudience, string[]> = {
  ORGANIZER: [...TITLE, ...SUMMARY, ...DESCRIPTION, 'tags', ...tx('tx_full')],
  MARKET: [...TITLE, ...SUMMARY, ...M_DESCRIPTION, 'm_tags', ...tx('tx_market')],
  PUBLIC: [...TITLE, ...SUMMARY, ...tx('tx_card')],
};

/** The index settings: only what the API filters, sorts and searches on. */
export function meiliSettings(taxonomy: Taxonomy = TAXONOMY) {
  return {
    searchableAttributes: [
      ...TITLE,
      ...SUMMARY,
      ...DESCRIPTION,
      ...M_DESCRIPTION,
      'tags',
      'm_tags',
      ...tx('tx_full'),
      ...tx('tx_market'),
      ...tx('tx_card'),
    ],
    displayedAttributes: [
      'id',
      'competitionId',
      'fieldCode',
      'status',
      'city',
      'title',
      'summary',
      'marketFull',
      'trl',
      'stage',
      'seeking',
      'fundingUsdMinor',
      'score',
      'rankInField',
      'awardPlace',
      'm_trl',
      'm_stage',
      'm_seeking',
      'm_fundingUsdMinor',
      'm_score',
      'm_rankInField',
      'm_awardPlace',
      'p_awardPlace',
    ],
    filterableAttributes: [
      'competitionId',
      'fieldCode',
      'status',
      'cityKey',
      'visibleMarket',
      'visiblePublic',
      'trl',
      'stage',
      'seeking',
      'fundingUsdMinor',
      'fundingBucket',
      'score',
      'scoreBucket',
      'awardPlace',
      'm_trl',
      'm_stage',
      'm_seeking',
      'm_fundingUsdMinor',
      'm_fundingBucket',
      'm_score',
      'm_scoreBucket',
      'm_awardPlace',
      'p_awardPlace',
    ],
    sortableAttributes: ['score', 'm_score', 'createdAt'],
    // `sort` first: SCORE and NEWEST order by their keys; RELEVANCE sends no sort and ranks by text.
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    localizedAttributes: [
      { attributePatterns: ['*_zh'], locales: ['cmn'] },
      { attributePatterns: ['*_ru'], locales: ['rus'] },
      { attributePatterns: ['*_en'], locales: ['eng'] },
    ],
    synonyms: taxonomy.synonyms(),
    pagination: { maxTotalHits: MEILI_MAX_TOTAL_HITS },
    faceting: { maxValuesPerFacet: 200 },
    typoTolerance: { minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
  };
}

/** Hits beyond this many are not reachable by paging (and totals stop counting there). */
export const MEILI_MAX_TOTAL_HITS = 5000;
