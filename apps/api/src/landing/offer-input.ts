import { LANDING_LIMITS, LANDING_SERVICE_CODES, VALIDATION_KEYS, hasAnyLanguage } from '@bridge/contracts';
import type { FieldError, LandingServiceCode, LocalizedText } from '@bridge/contracts';
import { cleanLocalizedText } from '../common/graphql/localized-text.dto';
import { AppException } from '../common/errors/app.exception';
import type { EligibilityRules } from './eligibility';
import type { LandingOfferEntity } from './entities/landing-offer.entity';
import type { EligibilityRulesInput, LandingOfferFields } from './dtos/landing-offer.inputs';

/** The editable parts of an offer (what create and update write). */
export type OfferFields = Pick<
  LandingOfferEntity,
  | 'title'
  | 'description'
  | 'city'
  | 'spaceSqm'
  | 'spaceType'
  | 'rentFreeMonths'
  | 'rentSubsidyPerSqmMonthByYear'
  | 'cashGrantCnyMinor'
  | 'taxIncentives'
  | 'talentSupport'
  | 'housingSupport'
  | 'services'
  | 'servicesNote'
  | 'targetFieldCodes'
  | 'deadline'
  | 'rules'
>;

const FIELD_CODE = /^[A-Z0-9_]{1,32}$/;
const SERVICES = new Set<string>(LANDING_SERVICE_CODES);

/**
 * Cleans what a park typed for an offer — texts trimmed (an empty text is none), codes upper-cased
 * and without repeats — over the offer as it is (`base`, for updates), and checks what needs more
 * than one field: a title in some language, at most `maxSubsidyYears` subsidy years, known service
 * codes, well-formed field codes, min ≤ max, a deadline in the future. Collects one field error per
 * problem so the editor can mark every field at once.
 */
export function cleanOfferInput(
  input: LandingOfferFields & { title?: LocalizedText | null },
  base: OfferFields | null,
  now: Date = new Date(),
): OfferFields {
  const errors: FieldError[] = [];
  const pick = <K extends keyof OfferFields>(
    key: K,
    clean: (v: unknown) => OfferFields[K],
  ): OfferFields[K] => {
    const value = (input as Record<string, unknown>)[key];
    return value === undefined && base ? base[key] : clean(value ?? null);
  };
  const text = (value: unknown): LocalizedText | null => {
    if (!value) return null;
    const clean = cleanLocalizedText(value as LocalizedText);
    return hasAnyLanguage(clean) ? clean : null;
  };
  const codes = (field: string, value: unknown): string[] => {
    const list = [...new Set(((value as string[] | null) ?? []).map((c) => c.trim().toUpperCase()))];
    if (list.length > LANDING_LIMITS.maxFieldCodes)
      errors.push({ field, key: VALIDATION_KEYS.maxItems, params: { max: LANDING_LIMITS.maxFieldCodes } });
    else if (list.some((c) => !FIELD_CODE.test(c))) errors.push({ field, key: VALIDATION_KEYS.invalid });
    return list;
  };

  const title = pick('title', (v) => text(v) ?? {});
  if (!hasAnyLanguage(title)) errors.push({ field: 'title', key: VALIDATION_KEYS.anyLanguage });
  const city = pick('city', (v) => ((v as string | null)?.trim() || null) as string | null);
  if (city && city.length > LANDING_LIMITS.cityMaxLength)
    errors.push({
      field: 'city',
      key: VALIDATION_KEYS.maxLength,
      params: { max: LANDING_LIMITS.cityMaxLength },
    });
  const subsidy = pick('rentSubsidyPerSqmMonthByYear', (v) =>
    ((v as number[] | null) ?? []).map((n) => Math.round(n)),
  );
  if (subsidy.length > LANDING_LIMITS.maxSubsidyYears) {
    errors.push({
      field: 'rentSubsidyPerSqmMonthByYear',
      key: VALIDATION_KEYS.maxItems,
      params: { max: LANDING_LIMITS.maxSubsidyYears },
    });
  }
  const services = pick(
    'services',
    (v) => [...new Set((v as string[] | null) ?? [])] as LandingServiceCode[],
  );
  if (services.some((s) => !SERVICES.has(s))) errors.push({ field: 'services', key: VALIDATION_KEYS.oneOf });
  const deadline = pick('deadline', (v) => (v as Date | null) ?? null);
  if (input.deadline && input.deadline.getTime() <= now.getTime())
    errors.push({ field: 'deadline', key: VALIDATION_KEYS.invalid });

  const fields: OfferFields = {
    title,
    description: pick('description', text),
    city,
    spaceSqm: pick('spaceSqm', (v) => (v as number | null) ?? null),
    spaceType: pick('spaceType', (v) => (v as OfferFields['spaceType']) ?? null),
    rentFreeMonths: pick('rentFreeMonths', (v) => (v as number | null) ?? null),
    rentSubsidyPerSqmMonthByYear: subsidy,
    cashGrantCnyMinor: pick('cashGrantCnyMinor', (v) => (v as number | null) ?? null),
    taxIncentives: pick('taxIncentives', text),
    talentSupport: pick('talentSupport', text),
    housingSupport: pick('housingSupport', text),
    services,
    servicesNote: pick('servicesNote', text),
    targetFieldCodes: pick('targetFieldCodes', (v) => codes('targetFieldCodes', v)),
    deadline,
    rules: pick('rules', (v) => cleanRules(v as EligibilityRulesInput | null, errors, codes)),
  };
  if (errors.length) throw AppException.invalid(errors);
  return fields;
}

function cleanRules(
  input: EligibilityRulesInput | null,
  errors: FieldError[],
  codes: (field: string, value: unknown) => string[],
): EligibilityRules {
  if (!input) return {};
  const rules: EligibilityRules = {};
  if (input.maxCompanyAgeYears != null) rules.maxCompanyAgeYears = input.maxCompanyAgeYears;
  if (input.stages?.length) rules.stages = [...new Set(input.stages)];
  if (input.trlMin != null) rules.trlMin = input.trlMin;
  if (input.trlMax != null) rules.trlMax = input.trlMax;
  if (input.fundingUsdMin != null) rules.fundingUsdMin = input.fundingUsdMin;
  if (input.fundingUsdMax != null) rules.fundingUsdMax = input.fundingUsdMax;
  const fieldCodes = codes('rules.fieldCodes', input.fieldCodes);
  if (fieldCodes.length) rules.fieldCodes = fieldCodes;
  if (rules.trlMin != null && rules.trlMax != null && rules.trlMin > rules.trlMax)
    errors.push({ field: 'rules.trlMax', key: VALIDATION_KEYS.range, params: { min: rules.trlMin, max: 9 } });
  if (rules.fundingUsdMin != null && rules.fundingUsdMax != null && rules.fundingUsdMin > rules.fundingUsdMax)
    errors.push({
      field: 'rules.fundingUsdMax',
      key: VALIDATION_KEYS.range,
      params: { min: rules.fundingUsdMin },
    });
  return rules;
}

/** Trims a message and checks its length (field errors under `field`). */
export function cleanText(field: string, value: string, min: number, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw AppException.invalid([{ field, key: VALIDATION_KEYS.required }]);
  if (text.length < min)
    throw AppException.invalid([{ field, key: VALIDATION_KEYS.minLength, params: { min } }]);
  if (text.length > max)
    throw AppException.invalid([{ field, key: VALIDATION_KEYS.maxLength, params: { max } }]);
  return text;
}
