import type { Locale } from '@bridge/contracts';
import { engagements as enEngagements } from '../../../core/i18n/dictionaries/en/engagements';
import { outcomes as enOutcomes } from '../../../core/i18n/dictionaries/en/outcomes';
import { engagements as ruEngagements } from '../../../core/i18n/dictionaries/ru/engagements';
import { outcomes as ruOutcomes } from '../../../core/i18n/dictionaries/ru/outcomes';
import { engagements as zhEngagements } from '../../../core/i18n/dictionaries/zh-CN/engagements';
import { outcomes as zhOutcomes } from '../../../core/i18n/dictionaries/zh-CN/outcomes';
import type { OutcomeEngagement, Outcomes } from './outcomes.api';
import {
  BREAKDOWN_STEPS,
  STEPS,
  Step,
  formatRate,
  funnelRows,
  measuredStages,
  stepValue,
} from './outcomes-chart';

/**
 * The one-page outcome report is written in the language it is asked in (`?lang=zh|ru`, default
 * zh), whatever the UI language: its texts come straight from that language's dictionary areas.
 */
export type ReportLanguage = 'zh' | 'ru' | 'en';

const TEXTS = {
  zh: { locale: 'zh-CN' as Locale, outcomes: zhOutcomes.outcomes, engagements: zhEngagements.engagements },
  ru: { locale: 'ru' as Locale, outcomes: ruOutcomes.outcomes, engagements: ruEngagements.engagements },
  en: { locale: 'en' as Locale, outcomes: enOutcomes.outcomes, engagements: enEngagements.engagements },
};

export function reportLanguage(value: string | null | undefined): ReportLanguage {
  return value === 'ru' || value === 'en' ? value : 'zh';
}

export function reportTexts(lang: ReportLanguage) {
  return TEXTS[lang];
}

export interface ReportModel {
  funnel: Array<{ step: Step; label: string; value: number; conversion: string }>;
  fields: Array<{ key: string; label: string; values: number[] }>;
  fieldSteps: Array<{ step: Step; label: string }>;
  stages: Array<{ label: string; days: string; samples: number }>;
  landed: Array<{ id: string; project: string; park: string; company: string; number: string; date: string }>;
  definitions: string[];
}

type Text = (
  value: { zh?: string | null; en?: string | null; ru?: string | null } | null | undefined,
) => string;

/** Everything the report prints, as strings in the report's language. */
export function reportModel(
  outcomes: Outcomes,
  landed: OutcomeEngagement[],
  lang: ReportLanguage,
  text: Text,
): ReportModel {
  const { locale, outcomes: o, engagements: e } = TEXTS[lang];
  const step = (s: Step) => o.step[s];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const day = (iso: string | null | undefined) =>
    iso
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso))
      : '';
  const fieldSteps: Step[] = ['applications', ...BREAKDOWN_STEPS];
  return {
    funnel: funnelRows(outcomes.funnel).map((row) => ({
      step: row.step,
      label: step(row.step),
      value: row.value,
      conversion: row.conversion
        ? o.rate
            .replace('{rate}', formatRate(row.conversion.rate, locale, o.noRate))
            .replace('{from}', step(row.conversion.from))
        : '',
    })),
    fieldSteps: fieldSteps.map((s) => ({ step: s, label: step(s) })),
    fields: outcomes.byField.map((b) => ({
      key: b.key,
      label: text(b.label) || b.key,
      values: fieldSteps.map((s) => stepValue(b.funnel, s)),
    })),
    stages: measuredStages(outcomes.stageTimes).map((s) => ({
      label: `${e.kind[s.kind as keyof typeof e.kind]} · ${e.stage[s.stage as keyof typeof e.stage] ?? s.stage}`,
      days: o.days.replace('{days}', number.format(s.medianDays ?? 0)),
      samples: s.samples,
    })),
    landed: landed.map((row) => ({
      id: row.engagementId,
      project: text(row.projectTitle),
      park: text(row.partnerName),
      company: row.registeredCompany?.name ?? '',
      number: row.registeredCompany?.registrationNumber ?? '',
      date: day(row.registeredCompany?.registeredOn ?? row.stageEnteredAt),
    })),
    definitions: [...STEPS.map((s) => o.definition[s]), o.definition.rates],
  };
}
