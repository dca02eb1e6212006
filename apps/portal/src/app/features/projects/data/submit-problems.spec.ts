import { AppError, AppFieldError } from '../../../core/errors';
import { submitProblems } from './submit-problems';

function validationError(...fields: AppFieldError[]): AppError {
  return new AppError('BAD_USER_INPUT', 'errors.validation', {}, fields);
}

const missing = (field: string, key = 'validation.required'): AppFieldError => ({ field, key, params: {} });

describe('submitProblems', () => {
  it('lists what the submission lacks with the label of each field, in the form’s order', () => {
    const sut = submitProblems(
      validationError(
        missing('contactEmail'),
        missing('title', 'validation.anyLanguage'),
        missing('city'),
        missing('fieldId'),
        missing('summary', 'validation.anyLanguage'),
        missing('seeking'),
      ),
    );

    expect(sut.map((problem) => [problem.label, problem.key])).toEqual([
      ['myProject.form.title', 'validation.anyLanguage'],
      ['myProject.form.summary', 'validation.anyLanguage'],
      ['myProject.form.field', 'validation.required'],
      ['myProject.form.seeking', 'validation.required'],
      ['myProject.form.city', 'validation.required'],
      ['myProject.form.contactEmail', 'validation.required'],
    ]);
  });

  it('names the language of a text part and keeps the parameters', () => {
    const [sut] = submitProblems(
      validationError({ field: 'description.ru', key: 'validation.maxLength', params: { max: 5000 } }),
    );

    expect(sut).toEqual({
      field: 'description.ru',
      label: 'myProject.form.description',
      language: 'ru',
      key: 'validation.maxLength',
      params: { max: 5000 },
    });
  });

  it('leaves out fields the form does not have, and is empty without an error', () => {
    expect(submitProblems(validationError(missing('projectId', 'validation.invalid')))).toEqual([]);
    expect(submitProblems(null)).toEqual([]);
  });
});
