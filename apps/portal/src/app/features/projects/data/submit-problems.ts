import type { AppError } from '../../../core/errors';
import type { TranslationKey } from '../../../core/i18n';

/** One thing the server says is missing or wrong, for the summary above the form. */
export interface SubmitProblem {
  /** The server's field, e.g. 'title', 'summary.en', 'fieldId'. */
  field: string;
  /** The label of the form field at fault. */
  label: TranslationKey;
  /** The language of a text field's part, when the error is about one language. */
  language: 'zh' | 'en' | 'ru' | null;
  key: string;
  params: Readonly<Record<string, string | number>>;
}

/** Form labels of the server's field names (UpdateProjectInput and the submission check). */
const FIELD_LABELS: Readonly<Record<string, TranslationKey>> = {
  title: 'myProject.form.title',
  summary: 'myProject.form.summary',
  description: 'myProject.form.description',
  fieldId: 'myProject.form.field',
  tags: 'myProject.form.tags',
  trl: 'myProject.form.trl',
  stage: 'myProject.form.stage',
  fundingAskAmount: 'myProject.form.fundingAmount',
  fundingAskCurrency: 'myProject.form.fundingCurrency',
  seeking: 'myProject.form.seeking',
  teamSize: 'myProject.form.teamSize',
  foundedYear: 'myProject.form.foundedYear',
  city: 'myProject.form.city',
  pitchDeckUrl: 'myProject.form.pitchDeckUrl',
  videoUrl: 'myProject.form.videoUrl',
  contactEmail: 'myProject.form.contactEmail',
  contactPhone: 'myProject.form.contactPhone',
  contactMessenger: 'myProject.form.contactMessenger',
  visibilityConsent: 'myProject.form.visibilityConsent',
};

/**
 * The field errors of a failed save or submission, in the form's order, each with the label of its
 * field — for the summary that lists what is missing. Fields the form does not know are left out
 * (the error message of the whole form covers them).
 */
export function submitProblems(error: AppError | null): SubmitProblem[] {
  if (!error) return [];
  const order = Object.keys(FIELD_LABELS);
  return error.fields
    .map((fieldError): SubmitProblem | null => {
      const [base, part] = fieldError.field.split('.');
      const label = FIELD_LABELS[base];
      if (!label) return null;
      const language = part === 'zh' || part === 'en' || part === 'ru' ? part : null;
      return { field: fieldError.field, label, language, key: fieldError.key, params: fieldError.params };
    })
    .filter((problem): problem is SubmitProblem => problem !== null)
    .sort((a, b) => order.indexOf(a.field.split('.')[0]) - order.indexOf(b.field.split('.')[0]));
}
