import type { ContentLanguage, Currency, LocalizedText, ProjectStage, SeekingKind } from '@bridge/contracts';
import type { UpdateProjectInput } from '../../../core/graphql/lazy/generated';
import { fromMinorUnits, toMinorUnits } from './money';
import { MyProject } from './project.types';

export type LanguageTexts = Record<ContentLanguage, string>;

/** The project form's value: texts per language, the funding ask in major units. */
export interface ProjectFormValue {
  title: LanguageTexts;
  summary: LanguageTexts;
  description: LanguageTexts;
  fieldId: string | null;
  tags: string[];
  trl: number | null;
  stage: ProjectStage | null;
  fundingAmount: number | null;
  fundingAskCurrency: Currency | null;
  seeking: SeekingKind[];
  teamSize: number | null;
  foundedYear: number | null;
  city: string;
  pitchDeckUrl: string;
  videoUrl: string;
  contactEmail: string;
  contactPhone: string;
  contactMessenger: string;
  visibilityConsent: boolean;
}

/** What the form sends: every content field of UpdateProjectInput (the page adds the project id). */
export type ProjectContent = Omit<UpdateProjectInput, 'projectId'>;

/** The server's field names where the form's controls are named differently. */
export const SERVER_FIELD_CONTROLS: Readonly<Record<string, string>> = { fundingAskAmount: 'fundingAmount' };

export function projectToFormValue(project: MyProject): ProjectFormValue {
  return {
    title: texts(project.title),
    summary: texts(project.summary),
    description: texts(project.description),
    fieldId: project.fieldId ?? null,
    tags: [...(project.tags ?? [])],
    trl: project.trl ?? null,
    stage: project.stage ?? null,
    fundingAmount: fromMinorUnits(project.fundingAsk?.amountMinor),
    fundingAskCurrency: project.fundingAsk?.currency ?? null,
    seeking: [...(project.seeking ?? [])],
    teamSize: project.teamSize ?? null,
    foundedYear: project.foundedYear ?? null,
    city: project.city ?? '',
    pitchDeckUrl: project.pitchDeckUrl ?? '',
    videoUrl: project.videoUrl ?? '',
    contactEmail: project.contacts?.email ?? '',
    contactPhone: project.contacts?.phone ?? '',
    contactMessenger: project.contacts?.messenger ?? '',
    visibilityConsent: project.visibilityConsent ?? false,
  };
}

/**
 * The update to send for a form value: texts trimmed (empty = cleared), the funding ask converted to
 * minor units (×100) — both amount and currency cleared when no amount is given.
 */
export function formValueToContent(value: ProjectFormValue): ProjectContent {
  const amount = toMinorUnits(value.fundingAmount);
  return {
    title: localized(value.title),
    summary: localized(value.summary),
    description: localized(value.description),
    fieldId: value.fieldId,
    tags: value.tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0),
    trl: value.trl,
    stage: value.stage,
    fundingAskAmount: amount,
    fundingAskCurrency: amount === null ? null : value.fundingAskCurrency,
    seeking: value.seeking,
    teamSize: value.teamSize,
    foundedYear: value.foundedYear,
    city: orNull(value.city),
    pitchDeckUrl: orNull(value.pitchDeckUrl),
    videoUrl: orNull(value.videoUrl),
    contactEmail: orNull(value.contactEmail),
    contactPhone: orNull(value.contactPhone),
    contactMessenger: orNull(value.contactMessenger),
    visibilityConsent: value.visibilityConsent,
  };
}

function texts(value: LocalizedText | null | undefined): LanguageTexts {
  return { zh: value?.zh ?? '', en: value?.en ?? '', ru: value?.ru ?? '' };
}

function localized(value: LanguageTexts): LocalizedText {
  return { zh: orNull(value.zh), en: orNull(value.en), ru: orNull(value.ru) };
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
