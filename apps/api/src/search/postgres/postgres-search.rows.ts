import type { LocalizedText } from '@bridge/contracts';
import { FUNDING_BUCKETS, SCORE_BUCKETS, audienceView, bucketOf, cityKey, seekingMask } from '../audience';
import type { ProjectSearchDoc } from '../search.types';
import { TAXONOMY, Taxonomy } from '../taxonomy/taxonomy';
import { chineseIndexTokens, tokenize } from '../text/tokenizer';

/**
 * How a document becomes a row of `project_search_documents`: the gated values of each audience
 * (computed by `audienceView`, the one place with the rules) and the texts of its vectors. Texts are
 * indexed per language — English with the `english` configuration, Russian with `russian`, Chinese
 * as app-made tokens with `simple` — and weighted A (title) > B (summary) > C (description) >
 * D (tags, taxonomy names in all three languages, taxonomy tokens).
 */
const MAX_TEXT = 20_000;
/** Sort key of a score the audience may not see (or that does not exist): after every real score. */
export const NO_SCORE = -1e9;

const clip = (value: string | null | undefined) => (value ?? '').slice(0, MAX_TEXT);
const zh = (text: LocalizedText) => chineseIndexTokens(clip(text.zh)).join(' ');

/** Latin and Cyrillic words of some texts (for the `russian` configuration, which stems both). */
function words(values: readonly string[]): string {
  return values
    .flatMap((v) => tokenize(v))
    .filter((t) => t.kind === 'word')
    .map((t) => t.text)
    .join(' ');
}

function hanTokens(values: readonly string[]): string {
  return values.flatMap((v) => chineseIndexTokens(v).filter((t) => /\p{Script=Han}/u.test(t))).join(' ');
}

/** Each concept's names as index text, worked out once. */
const conceptTexts = new Map<string, { words: string; han: string }>();

function conceptText(taxonomy: Taxonomy, id: string) {
  let text = conceptTexts.get(id);
  if (!text) {
    text = {
      words: words([...taxonomy.namesOf([id], 'en'), ...taxonomy.namesOf([id], 'ru')]),
      han: hanTokens(taxonomy.namesOf([id], 'zh')),
    };
    conceptTexts.set(id, text);
  }
  return text;
}

function tail(taxonomy: Taxonomy, concepts: string[], extra: string[]) {
  const names = concepts.map((id) => conceptText(taxonomy, id));
  return {
    words: [words(extra), ...names.map((n) => n.words)].join(' '),
    han: [hanTokens(extra), ...names.map((n) => n.han)].join(' '),
    tokens: taxonomy.tokensOf(concepts).join(' '),
  };
}

export function documentRow(doc: ProjectSearchDoc, taxonomy: Taxonomy = TAXONOMY) {
  const organizer = audienceView(doc, 'ORGANIZER');
  const market = audienceView(doc, 'MARKET');
  const everyone = audienceView(doc, 'PUBLIC');
  const full = tail(taxonomy, doc.concepts, doc.tags);
  const card = tail(taxonomy, doc.cardConcepts, []);
  return {
    project_id: doc.projectId,
    competition_id: doc.competitionId,
    competition_year: doc.competitionYear,
    field_code: doc.fieldCode,
    status: doc.status,
    city: doc.city,
    city_key: cityKey(doc.city),
    visible_market: market.visible,
    visible_public: everyone.visible,
    market_full: market.full,
    trl: organizer.trl,
    stage: organizer.stage,
    seeking_mask: seekingMask(organizer.seeking),
    funding_usd_minor: organizer.fundingUsdMinor,
    funding_bucket: bucketOf(FUNDING_BUCKETS, organizer.fundingUsdMinor),
    score: organizer.score,
    score_bucket: bucketOf(SCORE_BUCKETS, organizer.score),
    score_key: organizer.score ?? NO_SCORE,
    rank_in_field: organizer.rankInField,
    award_place: organizer.awardPlace,
    m_score: market.score,
    m_score_bucket: bucketOf(SCORE_BUCKETS, market.score),
    m_score_key: market.score ?? NO_SCORE,
    m_rank_in_field: market.rankInField,
    m_award_place: market.awardPlace,
    p_award_place: everyone.awardPlace,
    title: doc.title,
    summary: doc.summary,
    names: [doc.title.en, doc.title.ru].filter(Boolean).join(' / ').slice(0, 500),
    t_en: clip(doc.title.en),
    t_ru: clip(doc.title.ru),
    t_zh: zh(doc.title),
    s_en: clip(doc.summary.en),
    s_ru: clip(doc.summary.ru),
    s_zh: zh(doc.summary),
    d_en: clip(doc.description.en),
    d_ru: clip(doc.description.ru),
    d_zh: zh(doc.description),
    x_full: full.words,
    x_full_zh: `${full.han} ${full.tokens}`,
    x_card: card.words,
    x_card_zh: card.han,
    k_card: card.tokens,
    project_created_at: doc.createdAt.toISOString(),
    project_updated_at: doc.updatedAt.toISOString(),
  };
}

export type DocumentRow = ReturnType<typeof documentRow>;

const COLUMNS = [
  'project_id uuid',
  'competition_id uuid',
  'competition_year smallint',
  'field_code varchar',
  'status varchar',
  'city varchar',
  'city_key varchar',
  'visible_market boolean',
  'visible_public boolean',
  'market_full boolean',
  'trl smallint',
  'stage varchar',
  'seeking_mask smallint',
  'funding_usd_minor bigint',
  'funding_bucket smallint',
  'score float8',
  'score_bucket smallint',
  'score_key float8',
  'rank_in_field int',
  'award_place smallint',
  'm_score float8',
  'm_score_bucket smallint',
  'm_score_key float8',
  'm_rank_in_field int',
  'm_award_place smallint',
  'p_award_place smallint',
  'title jsonb',
  'summary jsonb',
  'names text',
  't_en text',
  't_ru text',
  't_zh text',
  's_en text',
  's_ru text',
  's_zh text',
  'd_en text',
  'd_ru text',
  'd_zh text',
  'x_full text',
  'x_full_zh text',
  'x_card text',
  'x_card_zh text',
  'k_card text',
  'project_created_at timestamptz',
  'project_updated_at timestamptz',
];

/** Texts that only feed the vectors. */
const TEXTS = new Set([
  't_en',
  't_ru',
  't_zh',
  's_en',
  's_ru',
  's_zh',
  'd_en',
  'd_ru',
  'd_zh',
  'x_full',
  'x_full_zh',
  'x_card',
  'x_card_zh',
  'k_card',
]);
/** Columns copied as they are from the input rows. */
const PLAIN = COLUMNS.map((c) => c.split(' ')[0]).filter((c) => !TEXTS.has(c));

const vector = (config: string, column: string, weight: string) =>
  `setweight(to_tsvector('${config}', coalesce(x.${column}, '')), '${weight}')`;

const TITLE = [
  vector('english', 't_en', 'A'),
  vector('russian', 't_ru', 'A'),
  vector('simple', 't_zh', 'A'),
].join(' || ');
const SUMMARY = [
  vector('english', 's_en', 'B'),
  vector('russian', 's_ru', 'B'),
  vector('simple', 's_zh', 'B'),
].join(' || ');

const FULL_TAIL = [
  vector('english', 'd_en', 'C'),
  vector('russian', 'd_ru', 'C'),
  vector('simple', 'd_zh', 'C'),
  vector('russian', 'x_full', 'D'),
  vector('simple', 'x_full_zh', 'D'),
].join(' || ');

const CARD_TAIL = [
  vector('russian', 'x_card', 'D'),
  vector('simple', 'x_card_zh', 'D'),
  vector('simple', 'k_card', 'D'),
].join(' || ');

/** One statement for a batch of rows: `$1` is the JSON array of DocumentRow. */
export const UPSERT_SQL = `
INSERT INTO project_search_documents (${PLAIN.join(', ')}, title_vector, summary_vector, document, market_document, public_document, indexed_at)
SELECT ${PLAIN.map((c) => `r.${c}`).join(', ')},
       r.title_vector,
       r.summary_vector,
       r.title_vector || r.summary_vector || r.full_tail,
       CASE WHEN r.visible_market
            THEN r.title_vector || r.summary_vector || CASE WHEN r.market_full THEN r.full_tail ELSE r.card_tail END END,
       CASE WHEN r.visible_public THEN r.title_vector || r.summary_vector || r.card_tail END,
       now()
  FROM (
    SELECT x.*, ${TITLE} AS title_vector, ${SUMMARY} AS summary_vector, ${FULL_TAIL} AS full_tail, ${CARD_TAIL} AS card_tail
      FROM jsonb_to_recordset($1::jsonb) AS x(${COLUMNS.join(', ')})
  ) r
ON CONFLICT (project_id) DO UPDATE SET
  ${[
    ...PLAIN.filter((c) => c !== 'project_id'),
    'title_vector',
    'summary_vector',
    'document',
    'market_document',
    'public_document',
    'indexed_at',
  ]
    .map((c) => `${c} = EXCLUDED.${c}`)
    .join(',\n  ')}`;
