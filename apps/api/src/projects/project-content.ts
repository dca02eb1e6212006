import { hasAnyLanguage } from '@bridge/contracts';
import type { FieldError } from '@bridge/contracts';
import { cleanLocalizedText } from '../common/graphql/localized-text.dto';
import { ProjectContentInput } from './dtos/project.inputs';
import { ProjectEntity } from './entities/project.entity';

/** The entity changes an input asks for: texts trimmed, empty strings as null, tags de-duplicated. */
export function contentChanges(input: ProjectContentInput): Partial<ProjectEntity> {
  const changes: Partial<ProjectEntity> = {};
  for (const key of ['title', 'summary', 'description'] as const) {
    const value = input[key];
    if (value !== undefined) changes[key] = cleanLocalizedText(value);
  }
  if (input.tags !== undefined) changes.tags = [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))];
  if (input.seeking !== undefined) changes.seeking = [...new Set(input.seeking)];
  for (const key of [
    'fieldId',
    'trl',
    'stage',
    'fundingAskAmount',
    'fundingAskCurrency',
    'teamSize',
    'foundedYear',
  ] as const) {
    if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
  }
  for (const key of [
    'city',
    'pitchDeckUrl',
    'videoUrl',
    'contactEmail',
    'contactPhone',
    'contactMessenger',
  ] as const) {
    if (input[key] !== undefined) changes[key] = input[key]?.trim() || null;
  }
  if (input.visibilityConsent !== undefined) changes.visibilityConsent = input.visibilityConsent;
  return changes;
}

/** What a project must have before it can be submitted; each gap is a field error. */
export function submissionGaps(project: ProjectEntity): FieldError[] {
  const gaps: FieldError[] = [];
  const required = (field: string) => gaps.push({ field, key: 'validation.required' });
  if (!hasAnyLanguage(project.title)) gaps.push({ field: 'title', key: 'validation.anyLanguage' });
  if (!hasAnyLanguage(project.summary)) gaps.push({ field: 'summary', key: 'validation.anyLanguage' });
  if (!project.fieldId) required('fieldId');
  if (project.trl === null) required('trl');
  if (!project.stage) required('stage');
  if (!project.seeking.length) required('seeking');
  if (!project.city) required('city');
  if (!project.contactEmail) required('contactEmail');
  if ((project.fundingAskAmount === null) !== (project.fundingAskCurrency === null))
    required('fundingAskCurrency');
  return gaps;
}
