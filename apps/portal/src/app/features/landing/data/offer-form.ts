import {
  CONTENT_LANGUAGES,
  ContentLanguage,
  LANDING_LIMITS,
  LandingServiceCode,
  LocalizedText,
  ProjectStage,
  hasAnyLanguage,
} from '@bridge/contracts';
import { centsToUsd, usdToCents } from '../../recommendations/data/ticket';
import { minorToYuan, yuanToMinor } from './money';
import type { OfferView, SpaceType } from './landing.types';

/** The trilingual text parts of an offer. */
export const OFFER_TEXT_FIELDS = [
  'title',
  'description',
  'taxIncentives',
  'talentSupport',
  'housingSupport',
  'servicesNote',
] as const;
export type OfferTextField = (typeof OFFER_TEXT_FIELDS)[number];

/** The most years of rent subsidies an offer lists. */
export const SUBSIDY_YEARS_MAX = LANDING_LIMITS.maxSubsidyYears;
export const TITLE_MAX_LENGTH = 200;
export const TEXT_MAX_LENGTH = 4000;

/** The editor's state: numbers as typed (strings), texts per language. */
export interface OfferFormValue {
  texts: Record<OfferTextField, Record<ContentLanguage, string>>;
  city: string;
  spaceSqm: string;
  spaceType: SpaceType | '';
  rentFreeMonths: string;
  /** Yuan per m² per month, one per year of the stay. */
  subsidies: string[];
  services: LandingServiceCode[];
  cashGrantCny: string;
  targetFieldCodes: string[];
  /** yyyy-mm-dd. */
  deadline: string;
  maxCompanyAgeYears: string;
  stages: ProjectStage[];
  trlMin: string;
  trlMax: string;
  fundingUsdMin: string;
  fundingUsdMax: string;
  ruleFieldCodes: string[];
}

/** A problem of one form field: the field (for `offer-field-<name>`) and a translation key suffix. */
export interface OfferProblem {
  field: string;
  problem: 'required' | 'positive' | 'integer' | 'range' | 'order' | 'tooLong' | 'past';
}

const emptyTexts = (): Record<ContentLanguage, string> => ({ zh: '', en: '', ru: '' });

export function emptyOfferForm(): OfferFormValue {
  return {
    texts: Object.fromEntries(OFFER_TEXT_FIELDS.map((f) => [f, emptyTexts()])) as OfferFormValue['texts'],
    city: '',
    spaceSqm: '',
    spaceType: '',
    rentFreeMonths: '',
    subsidies: [],
    services: [],
    cashGrantCny: '',
    targetFieldCodes: [],
    deadline: '',
    maxCompanyAgeYears: '',
    stages: [],
    trlMin: '',
    trlMax: '',
    fundingUsdMin: '',
    fundingUsdMax: '',
    ruleFieldCodes: [],
  };
}

/** yyyy-mm-dd of an instant in this browser's zone. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const str = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);
const fromText = (text: LocalizedText | null | undefined): Record<ContentLanguage, string> => ({
  zh: text?.zh ?? '',
  en: text?.en ?? '',
  ru: text?.ru ?? '',
});

/** The form for an existing offer. */
export function offerToForm(offer: OfferView): OfferFormValue {
  return {
    texts: {
      title: fromText(offer.title),
      description: fromText(offer.description),
      taxIncentives: fromText(offer.taxIncentives),
      talentSupport: fromText(offer.talentSupport),
      housingSupport: fromText(offer.housingSupport),
      servicesNote: fromText(offer.servicesNote),
    },
    city: offer.city ?? '',
    spaceSqm: str(offer.spaceSqm),
    spaceType: (offer.spaceType as SpaceType | null) ?? '',
    rentFreeMonths: str(offer.rentFreeMonths),
    subsidies: offer.rentSubsidyPerSqmMonthByYear.map((fen) => String(fen / 100)),
    services: [...offer.services] as LandingServiceCode[],
    cashGrantCny: str(minorToYuan(offer.cashGrantCnyMinor)),
    targetFieldCodes: [...(offer.targetFieldCodes ?? [])],
    deadline: offer.deadline ? localDay(offer.deadline) : '',
    maxCompanyAgeYears: str(offer.rules.maxCompanyAgeYears),
    stages: [...((offer.rules.stages ?? []) as ProjectStage[])],
    trlMin: str(offer.rules.trlMin),
    trlMax: str(offer.rules.trlMax),
    fundingUsdMin: str(centsToUsd(offer.rules.fundingUsdMin)),
    fundingUsdMax: str(centsToUsd(offer.rules.fundingUsdMax)),
    ruleFieldCodes: [...(offer.rules.fieldCodes ?? [])],
  };
}

const parse = (value: string): number | null => {
  const text = value.replace(/[\s\u00a0,]/g, '');
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : Number.NaN;
};

/** Every problem of the form, in the order of the form; empty when it may be saved. */
export function offerProblems(form: OfferFormValue, today: string): OfferProblem[] {
  const problems: OfferProblem[] = [];
  const add = (field: string, problem: OfferProblem['problem']) => problems.push({ field, problem });
  const title = form.texts.title;
  if (!hasAnyLanguage(title)) add('title', 'required');
  if (CONTENT_LANGUAGES.some((l) => title[l].trim().length > TITLE_MAX_LENGTH)) add('title', 'tooLong');
  for (const field of OFFER_TEXT_FIELDS.filter((f) => f !== 'title')) {
    if (CONTENT_LANGUAGES.some((l) => form.texts[field][l].trim().length > TEXT_MAX_LENGTH))
      add(field, 'tooLong');
  }
  const number = (
    field: string,
    value: string,
    options: { integer?: boolean; min?: number; max?: number },
  ) => {
    const n = parse(value);
    if (n === null) return null;
    if (Number.isNaN(n) || n < (options.min ?? 0)) add(field, 'positive');
    else if (options.integer && !Number.isInteger(n)) add(field, 'integer');
    else if (options.max !== undefined && n > options.max) add(field, 'range');
    else return n;
    return null;
  };
  if (form.city.trim().length > LANDING_LIMITS.cityMaxLength) add('city', 'tooLong');
  number('spaceSqm', form.spaceSqm, { integer: true, min: 1, max: LANDING_LIMITS.maxSpaceSqm });
  number('rentFreeMonths', form.rentFreeMonths, { integer: true, max: LANDING_LIMITS.maxRentFreeMonths });
  form.subsidies.forEach((value, index) => {
    if (parse(value) === null) add(`subsidy-${index}`, 'required');
    else number(`subsidy-${index}`, value, {});
  });
  number('cashGrantCny', form.cashGrantCny, {});
  if (form.deadline && form.deadline < today) add('deadline', 'past');
  number('maxCompanyAgeYears', form.maxCompanyAgeYears, {
    integer: true,
    min: 1,
    max: LANDING_LIMITS.maxCompanyAgeYears,
  });
  const trlMin = number('trlMin', form.trlMin, { integer: true, min: 1, max: 9 });
  const trlMax = number('trlMax', form.trlMax, { integer: true, min: 1, max: 9 });
  if (trlMin !== null && trlMax !== null && trlMin > trlMax) add('trlMax', 'order');
  const fundingMin = number('fundingUsdMin', form.fundingUsdMin, {});
  const fundingMax = number('fundingUsdMax', form.fundingUsdMax, {});
  if (fundingMin !== null && fundingMax !== null && fundingMin > fundingMax) add('fundingUsdMax', 'order');
  return problems;
}

const textOrNull = (text: Record<ContentLanguage, string>): LocalizedText | null => {
  const value = { zh: text.zh.trim() || null, en: text.en.trim() || null, ru: text.ru.trim() || null };
  return hasAnyLanguage(value) ? value : null;
};
const numberOrNull = (value: string): number | null => {
  const n = parse(value);
  return n === null || Number.isNaN(n) ? null : n;
};

/** The offer's fields as createLandingOffer / updateLandingOffer take them (a valid form). */
export function formToInput(form: OfferFormValue) {
  return {
    title: textOrNull(form.texts.title) ?? {},
    description: textOrNull(form.texts.description),
    taxIncentives: textOrNull(form.texts.taxIncentives),
    talentSupport: textOrNull(form.texts.talentSupport),
    housingSupport: textOrNull(form.texts.housingSupport),
    services: [...form.services],
    servicesNote: textOrNull(form.texts.servicesNote),
    city: form.city.trim() || null,
    spaceSqm: numberOrNull(form.spaceSqm),
    spaceType: form.spaceType || null,
    rentFreeMonths: numberOrNull(form.rentFreeMonths),
    rentSubsidyPerSqmMonthByYear: form.subsidies.map((value) => yuanToMinor(value) ?? 0),
    cashGrantCnyMinor: yuanToMinor(form.cashGrantCny),
    targetFieldCodes: [...form.targetFieldCodes],
    // The end of the chosen day in the park's browser.
    deadline: form.deadline ? new Date(`${form.deadline}T23:59:59`).toISOString() : null,
    rules: {
      maxCompanyAgeYears: numberOrNull(form.maxCompanyAgeYears),
      stages: [...form.stages],
      trlMin: numberOrNull(form.trlMin),
      trlMax: numberOrNull(form.trlMax),
      fundingUsdMin: usdToCents(form.fundingUsdMin),
      fundingUsdMax: usdToCents(form.fundingUsdMax),
      fieldCodes: [...form.ruleFieldCodes],
    },
  };
}
