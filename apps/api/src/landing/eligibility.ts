import { usdEquivalentMinor } from '@bridge/contracts';
import type { Currency, EligibilityRuleKey, ProjectStage } from '@bridge/contracts';

/** The eligibility rules of an offer; a rule left empty (null, or an empty list) is not checked. */
export interface EligibilityRules {
  /** At most this many whole years since the company was founded. */
  maxCompanyAgeYears?: number | null;
  stages?: readonly ProjectStage[] | null;
  trlMin?: number | null;
  trlMax?: number | null;
  /** Bounds of the funding ask's USD equivalent, in cents. */
  fundingUsdMin?: number | null;
  fundingUsdMax?: number | null;
  fieldCodes?: readonly string[] | null;
}

/** What eligibility reads of a project (any of it may be missing). */
export interface EligibilityProject {
  foundedYear: number | null;
  stage: ProjectStage | null;
  trl: number | null;
  fundingAskAmount: number | null;
  fundingAskCurrency: Currency | null;
  fieldCode: string | null;
}

export type RuleParams = Record<string, string | number | null | Array<string>>;

export interface RuleResult {
  key: EligibilityRuleKey;
  /** null: unknown, the project lacks the value the rule needs. */
  met: boolean | null;
  /** What the rule asks and what the project has (`actual`), for the portal's explanation. */
  params: RuleParams;
}

export interface Eligibility {
  /** Every rule met; a rule that cannot be decided (unknown) does not count as met. */
  eligible: boolean;
  rules: RuleResult[];
}

const set = (value: number | null | undefined): value is number => typeof value === 'number';

/** `min ≤ value ≤ max` with either bound open; null when the value is unknown. */
function within(value: number | null, min: number | null | undefined, max: number | null | undefined) {
  if (value === null) return null;
  return (!set(min) || value >= min) && (!set(max) || value <= max);
}

/**
 * Checks a project against an offer's rules, rule by rule, in ELIGIBILITY_RULE_KEYS order. Company
 * age counts whole calendar years (`now`'s year minus the founding year); the funding ask compares
 * its USD equivalent at the shared reference rates.
 */
export function eligibilityOf(
  project: EligibilityProject,
  rules: EligibilityRules,
  now: Date = new Date(),
): Eligibility {
  const results: RuleResult[] = [];
  if (set(rules.maxCompanyAgeYears)) {
    const age = project.foundedYear === null ? null : now.getUTCFullYear() - project.foundedYear;
    results.push({
      key: 'COMPANY_AGE',
      met: age === null ? null : age <= rules.maxCompanyAgeYears,
      params: { max: rules.maxCompanyAgeYears, actual: age },
    });
  }
  if (rules.stages?.length) {
    results.push({
      key: 'STAGE',
      met: project.stage === null ? null : rules.stages.includes(project.stage),
      params: { allowed: [...rules.stages], actual: project.stage },
    });
  }
  if (set(rules.trlMin) || set(rules.trlMax)) {
    results.push({
      key: 'TRL',
      met: within(project.trl, rules.trlMin, rules.trlMax),
      params: { min: rules.trlMin ?? null, max: rules.trlMax ?? null, actual: project.trl },
    });
  }
  if (set(rules.fundingUsdMin) || set(rules.fundingUsdMax)) {
    const usd =
      project.fundingAskAmount === null || project.fundingAskCurrency === null
        ? null
        : usdEquivalentMinor(project.fundingAskAmount, project.fundingAskCurrency);
    results.push({
      key: 'FUNDING_ASK',
      met: within(usd, rules.fundingUsdMin, rules.fundingUsdMax),
      params: { min: rules.fundingUsdMin ?? null, max: rules.fundingUsdMax ?? null, actual: usd },
    });
  }
  if (rules.fieldCodes?.length) {
    results.push({
      key: 'FIELD',
      met: project.fieldCode === null ? null : rules.fieldCodes.includes(project.fieldCode),
      params: { allowed: [...rules.fieldCodes], actual: project.fieldCode },
    });
  }
  return { eligible: results.every((r) => r.met === true), rules: results };
}
