/**
 * Finalist selection of the China–Russia Innovation and Entrepreneurship Competition: a pure module
 * (no I/O, no framework, no randomness other than a seeded PRNG). Same input, same output: candidates
 * and scores are re-indexed in id order first, so their order never matters.
 *
 * Decisions where the issue is silent:
 * - Scores of projects that are not candidates are ignored; judges are those who scored a candidate.
 *   Several scores by one judge for one project all count as reviews. Malformed input (duplicate or
 *   empty project ids, unparsable submittedAt, non-finite totals, invalid settings, an override for an
 *   unknown project, two overrides for one project, an override without a written reason) throws
 *   SelectionInputError.
 * - Eligibility: reviewCount >= max(1, minReviews); a project without reviews is never ranked. Below
 *   it a project is flagged (belowMinReviews), unranked, never auto-selected (BELOW_MIN_REVIEWS), but
 *   its reviews still inform the judges' effects and its quality is still reported.
 * - Fields: F = distinct fields among all candidates (eligible or not); share = min(cap, ⌊total/F⌋).
 *   See quota-pick.ts for the pick: shares first, the structural remainder (total − Σ shares) always
 *   goes to the best remaining projects in fields below the cap, then — under REDISTRIBUTE only — the
 *   share slots that fields could not fill. Remainder picks are reason SELECTED (explained as
 *   'remainder'), redistributed ones SELECTED_REDISTRIBUTED.
 * - Not-selected reasons, in this order: EXCLUDED_BY_OVERRIDE, BELOW_MIN_REVIEWS, FIELD_CAP_REACHED
 *   (its field holds perFieldCap finalists), TOTAL_REACHED (all finalistTotal places taken),
 *   FIELD_SHARE_REACHED (its field's share is taken and the remaining places were left empty or went
 *   to better-ranked projects).
 * - Overrides: EXCLUDE removes a project from the pick (it keeps its rank: ranks describe scores and
 *   other projects are not renumbered). INCLUDE selects a project first, even below minReviews; it
 *   counts toward its field and the total and may take its field above the cap — and, if there are
 *   more INCLUDEs than places, the selection above the total; the explanation says so. Automatic picks
 *   never exceed either.
 * - fields[].eligible counts ranked, non-excluded projects; fields[].unfilled = max(0, share −
 *   selected in the field): share slots the field did not use (given away under REDISTRIBUTE, empty
 *   under LEAVE_EMPTY).
 * - Tie-break (result.tieBreak): quality (higher first; within 1e-9 equal), raw mean (same), more
 *   reviews, earlier submittedAt, projectId ascending by UTF-16 code units. Every project gets a
 *   distinct rank.
 * - JUDGE_EFFECTS (normalization/judge-effects.ts): offsets are relative to the fitted mean μ, scales
 *   relative to 1; quality = μ + (q − μ) on the score scale. One pseudo-observation of ridge each.
 *   ZSCORE: offset = judge mean − global mean, scale = judge sd / global sd (0 and 1 when left raw).
 *   RAW: offset 0, scale 1 for every judge (nothing is adjusted); converged true, iterations 0 for both.
 * - Bootstrap (bootstrap.ts): one seeded mulberry32 stream for all rounds; every JUDGE_EFFECTS refit
 *   starts from the full-data solution (at most 60 sweeps, tolerance 1e-5). finalistProbability is the exact count / rounds (not rounded; the
 *   explanation rounds to 2 decimals); INCLUDEd projects get 1, excluded and below-minReviews ones 0.
 *   nearTie: 0.2 <= p <= 0.8.
 * - Explanations: translation keys with params, all listed in EXPLANATION_KEYS (explain.ts); the
 *   field param is the field id, the method param the method name; quality and raw mean rounded to 1
 *   decimal, probability to 2.
 * - rankFinal: same normalisation, eligibility and tie-break, no fields; places 1..awardPlaces go to
 *   ranks 1..awardPlaces; projects listed by rank, unranked last by id.
 */
export * from './selection.types';
export { runSelection } from './run-selection';
export { rankFinal } from './rank-final';
export { EXPLANATION_KEYS, NEAR_TIE_HIGH, NEAR_TIE_LOW } from './explain';
export type { ExplanationKey, ExplanationKeySpec } from './explain';
export { TIE_BREAK_KEYS, QUALITY_TOLERANCE, compareRanked, rankProjects } from './ranking';
export type { Ranking, RankingInput } from './ranking';
export * from './normalization';
export * from './problem';
export * from './quota-pick';
export * from './bootstrap';
export * from './prng';
export { validateSettings, validateFinalSettings, eligibility } from './settings';
