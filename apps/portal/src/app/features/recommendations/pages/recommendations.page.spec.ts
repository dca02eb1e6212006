import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MemoryStorage } from '../../../../testing/factories';
import { AppError } from '../../../core/errors';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import {
  MarketPreferences,
  PreferenceEdition,
  Recommendation,
  RecommendationsApi,
} from '../data/recommendations.api';
import { RecommendationsPage } from './recommendations.page';

const EDITIONS: PreferenceEdition[] = [
  {
    id: 'edition-2026',
    year: 2026,
    editionNumber: 11,
    fields: [
      {
        id: 'f1',
        code: 'AI',
        position: 0,
        name: { en: 'Artificial intelligence', ru: 'Искусственный интеллект', zh: '人工智能' },
      },
      {
        id: 'f2',
        code: 'ROBOTICS',
        position: 1,
        name: { en: 'Robotics', ru: 'Робототехника', zh: '机器人' },
      },
    ],
  },
];

function somePreferences(overrides: Partial<MarketPreferences> = {}): MarketPreferences {
  return {
    fieldCodes: ['AI'],
    stages: [],
    trlMin: 4,
    trlMax: null,
    ticketMinUsd: 10_000_000,
    ticketMaxUsd: 50_000_000,
    offers: ['INVESTMENT'],
    cities: [],
    updatedAt: '2026-11-20T08:00:00Z',
    ...overrides,
  };
}

function aRecommendation(fit: number, overrides: Partial<Recommendation['hit']> = {}): Recommendation {
  return {
    fit,
    reasons: [
      { key: 'recommendations.reason.field', met: true, params: { field: 'AI' } },
      {
        key: 'recommendations.reason.ticket',
        met: false,
        params: { amount: 90_000_000, min: 10_000_000, max: 50_000_000 },
      },
      { key: 'recommendations.reason.finalist', met: true, params: {} },
    ],
    hit: {
      projectId: `project-${fit}`,
      competitionId: 'edition-2026',
      language: 'en',
      fallback: false,
      title: [{ text: 'AgroVision', highlighted: false }],
      summary: [{ text: 'Crop disease detection from drone images', highlighted: false }],
      fieldCode: 'AI',
      status: 'FINALIST',
      awardPlace: null,
      score: 88.5,
      city: 'Harbin',
      trl: 6,
      stage: 'MVP',
      ...overrides,
    },
  };
}

describe('RecommendationsPage', () => {
  let api: { preferences: jest.Mock; setPreferences: jest.Mock; recommendations: jest.Mock };
  let i18n: I18nService;
  let fixture: ComponentFixture<RecommendationsPage>;
  let element: HTMLElement;

  const byTestId = (id: string) => element.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  const all = (id: string) => [...element.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

  async function render(preferences: MarketPreferences | null, recommendations: Recommendation[] = []) {
    api.preferences.mockResolvedValue({ preferences, editions: EDITIONS });
    api.recommendations.mockResolvedValue(recommendations);
    fixture = TestBed.createComponent(RecommendationsPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function type(testId: string, value: string): void {
    const input = byTestId(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }

  async function save(): Promise<void> {
    byTestId('pref-save')!.click();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    api = { preferences: jest.fn(), setPreferences: jest.fn(), recommendations: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: RecommendationsApi, useValue: api },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    i18n = TestBed.inject(I18nService);
    await i18n.setLocale('en');
  });

  it('asks for preferences before recommending anything', async () => {
    await render(null);

    expect(text(byTestId('recommendations-set-preferences'))).toContain('Tell Bridge what you look for');
    expect(api.recommendations).not.toHaveBeenCalled();
  });

  it('shows the recommended projects with their fit and the reasons, met or not', async () => {
    await render(somePreferences(), [aRecommendation(73)]);

    const [card] = all('recommendation');
    expect(text(card.querySelector('[data-testid="recommendation-link"]'))).toBe('AgroVision');
    expect(card.querySelector('[data-testid="recommendation-link"]')?.getAttribute('href')).toBe(
      '/projects/project-73',
    );
    const fit = card.querySelector('[data-testid="recommendation-fit"]')!;
    expect(fit.getAttribute('aria-valuenow')).toBe('73');
    expect(fit.getAttribute('aria-label')).toBe('Fit with your preferences: 73 percent');
    expect(text(card.querySelector('[data-testid="recommendation-field"]'))).toBe('Artificial intelligence');
    const reasons = [...card.querySelectorAll('[data-testid="recommendation-reason"]')];
    expect(reasons.map((reason) => [reason.getAttribute('data-met'), text(reason)])).toEqual([
      ['true', '✓Matches: field Artificial intelligence'],
      ['false', '✗Does not match: asks $900,000 (your range $100,000–$500,000)'],
      ['true', '✓Matches: finalist'],
    ]);

    await i18n.setLocale('zh-CN');
    await fixture.whenStable();

    expect(text(card.querySelector('[data-testid="recommendation-reason"]'))).toBe('✓符合: 领域：人工智能');
  });

  it('says when nothing fits yet', async () => {
    await render(somePreferences(), []);

    expect(text(byTestId('recommendations-none'))).toContain('No project fits yet');
  });

  it('saves the preferences with tickets in cents, then recommends again', async () => {
    await render(null);
    api.setPreferences.mockImplementation(async (input) => ({ ...input, updatedAt: '2026-11-27T08:00:00Z' }));
    api.recommendations.mockResolvedValue([aRecommendation(90)]);

    type('pref-trl-min', '3');
    type('pref-trl-max', '7');
    type('pref-ticket-min', '250000');
    type('pref-cities', 'Harbin, 哈尔滨');
    await save();

    expect(api.setPreferences).toHaveBeenCalledWith({
      fieldCodes: [],
      stages: [],
      trlMin: 3,
      trlMax: 7,
      ticketMinUsd: 25_000_000,
      ticketMaxUsd: null,
      offers: [],
      cities: ['Harbin', '哈尔滨'],
    });
    expect(all('recommendation')).toHaveLength(1);
  });

  it('says what is wrong with a range before sending it', async () => {
    await render(somePreferences());

    type('pref-trl-min', '8');
    type('pref-trl-max', '2');
    type('pref-ticket-min', '-5');
    await save();

    expect(api.setPreferences).not.toHaveBeenCalled();
    expect(text(byTestId('pref-trl-max-error'))).toBe('The upper end must not be below the lower end.');
    expect(text(byTestId('pref-ticket-min-error'))).toBe('Enter zero or more.');
  });

  it('shows the server’s refusal beside the field', async () => {
    await render(somePreferences());
    api.setPreferences.mockRejectedValue(
      new AppError('BAD_USER_INPUT', 'errors.validation', {}, [
        { field: 'cities', key: 'validation.maxLength', params: { max: 20 } },
      ]),
    );

    await save();

    expect(text(element.querySelector('mat-error'))).toBe('Enter at most 20 characters.');
  });

  it('offers a retry when recommendations cannot be loaded', async () => {
    api.preferences.mockResolvedValue({ preferences: somePreferences(), editions: EDITIONS });
    api.recommendations.mockRejectedValueOnce(new AppError('NETWORK', null));
    fixture = TestBed.createComponent(RecommendationsPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();

    expect(text(byTestId('recommendations-error'))).toContain('Recommendations could not be loaded');

    api.recommendations.mockResolvedValue([aRecommendation(60)]);
    (byTestId('recommendations-error')!.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();

    expect(all('recommendation')).toHaveLength(1);
  });
});
