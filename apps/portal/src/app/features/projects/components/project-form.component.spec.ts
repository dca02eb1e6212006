import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MemoryStorage } from '../../../../testing/factories';
import { AppError } from '../../../core/errors';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { ProjectContent } from '../data/project-form';
import { MyProject } from '../data/project.types';
import { ProjectFormComponent } from './project-form.component';

function aProject(overrides: Partial<MyProject> = {}): MyProject {
  return {
    id: 'project-1',
    competitionId: 'edition-1',
    organizationId: 'org-1',
    organizationName: { en: 'AgroVision' },
    status: 'DRAFT',
    title: { en: 'Greenhouse robots' },
    summary: {},
    description: null,
    fieldId: null,
    field: null,
    tags: [],
    trl: null,
    stage: null,
    fundingAsk: null,
    seeking: [],
    teamSize: null,
    foundedYear: null,
    city: null,
    pitchDeckUrl: null,
    videoUrl: null,
    submittedAt: null,
    updatedAt: '2026-03-01T00:00:00Z',
    result: null,
    visibilityConsent: false,
    contacts: null,
    ...overrides,
  };
}

describe('ProjectFormComponent', () => {
  let fixture: ComponentFixture<ProjectFormComponent>;
  let element: HTMLElement;
  let saved: ProjectContent[];

  const byTestId = (testId: string) => element.querySelector(`[data-testid="${testId}"]`) as HTMLElement;

  function type(testId: string, value: string): void {
    const input = byTestId(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: LOCALE_STORAGE, useValue: new MemoryStorage() }],
    });
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(ProjectFormComponent);
    fixture.componentRef.setInput('project', aProject());
    fixture.componentRef.setInput('canSubmit', true);
    saved = [];
    fixture.componentInstance.save.subscribe((content) => saved.push(content));
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('sends the funding ask in minor units', async () => {
    type('fundingAmount', '2500000.75');
    await fixture.whenStable();

    byTestId('save-project').click();
    await fixture.whenStable();
    expect(saved).toEqual([]);
    expect(element.textContent).toContain('This field is required.');

    fixture.componentInstance['form'].controls.fundingAskCurrency.setValue('CNY');
    byTestId('save-project').click();
    await fixture.whenStable();

    expect(saved[0]).toMatchObject({ fundingAskAmount: 250000075, fundingAskCurrency: 'CNY' });
  });

  it("shows the server's list of what is missing next to the fields, and still saves a draft", async () => {
    fixture.componentRef.setInput(
      'error',
      new AppError('BAD_USER_INPUT', 'errors.validation', {}, [
        { field: 'summary', key: 'validation.anyLanguage', params: {} },
        { field: 'city', key: 'validation.required', params: {} },
      ]),
    );
    await fixture.whenStable();

    expect(byTestId('summary-error').textContent).toContain('Fill in at least one language.');
    expect([...element.querySelectorAll('mat-error')].map((e) => e.textContent?.trim())).toContain(
      'This field is required.',
    );

    byTestId('save-project').click();
    await fixture.whenStable();

    expect(saved).toHaveLength(1);
  });
});
