import { MyProject } from './project.types';
import { ProjectFormValue, formValueToContent, projectToFormValue } from './project-form';

function aProject(overrides: Partial<MyProject> = {}): MyProject {
  return {
    id: 'project-1',
    competitionId: 'edition-1',
    organizationId: 'org-1',
    organizationName: { en: 'NeuroSense' },
    status: 'DRAFT',
    title: { en: 'Seeing sensors', ru: 'Зрячие сенсоры' },
    summary: { ru: 'Кратко' },
    description: null,
    fieldId: 'field-ai',
    field: null,
    tags: ['vision'],
    trl: 5,
    stage: 'MVP',
    fundingAsk: { amountMinor: 150000050, currency: 'RUB', usdMinor: 1650001 },
    seeking: ['INVESTMENT'],
    teamSize: 7,
    foundedYear: 2021,
    city: 'Kazan',
    pitchDeckUrl: null,
    videoUrl: 'https://video.example/pitch',
    submittedAt: null,
    updatedAt: '2026-03-01T00:00:00Z',
    result: null,
    visibilityConsent: true,
    contacts: { email: 'team@neurosense.example', phone: null, messenger: null },
    ...overrides,
  };
}

describe('project form values', () => {
  it('shows the funding ask in major units and sends it back in minor units', () => {
    const value = projectToFormValue(aProject());

    expect(value.fundingAmount).toBe(1500000.5);
    expect(formValueToContent(value)).toMatchObject({
      fundingAskAmount: 150000050,
      fundingAskCurrency: 'RUB',
    });
  });

  it('converts a typed amount ×100, rounding away float noise', () => {
    const value: ProjectFormValue = { ...projectToFormValue(aProject()), fundingAmount: 1234.56 };

    expect(formValueToContent(value).fundingAskAmount).toBe(123456);
  });

  it('clears amount and currency together when no amount is given', () => {
    const value: ProjectFormValue = {
      ...projectToFormValue(aProject()),
      fundingAmount: null,
      fundingAskCurrency: 'USD',
    };

    expect(formValueToContent(value)).toMatchObject({ fundingAskAmount: null, fundingAskCurrency: null });
  });

  it('trims texts and sends empty ones as null', () => {
    const value = projectToFormValue(aProject());
    value.title = { zh: '  ', en: ' Seeing sensors ', ru: '' };
    value.city = '   ';
    value.tags = [' vision ', ' '];

    expect(formValueToContent(value)).toMatchObject({
      title: { zh: null, en: 'Seeing sensors', ru: null },
      city: null,
      tags: ['vision'],
      contactEmail: 'team@neurosense.example',
      description: { zh: null, en: null, ru: null },
    });
  });

  it('fills an empty draft with empty values', () => {
    const value = projectToFormValue(
      aProject({ title: {}, summary: {}, fundingAsk: null, tags: null, seeking: null, contacts: null }),
    );

    expect(value).toMatchObject({
      title: { zh: '', en: '', ru: '' },
      fundingAmount: null,
      fundingAskCurrency: null,
      tags: [],
      seeking: [],
      contactEmail: '',
    });
  });
});
