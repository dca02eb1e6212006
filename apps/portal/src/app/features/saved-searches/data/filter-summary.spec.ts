import { TestBed } from '@angular/core/testing';
import { Locale } from '@bridge/contracts';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { SummaryContext, readFilters, summarizeSearch } from './filter-summary';

const EDITION_2026 = '1b7e0c52-3f1a-4c59-9d1e-2a6f4b8c9d01';
const EDITION_GONE = '9f3d2a10-7b4c-4e8a-b1c2-d3e4f5a6b7c8';

const FIELDS: Record<string, Record<Locale, string>> = {
  AI: { en: 'Artificial intelligence', ru: 'Искусственный интеллект', 'zh-CN': '人工智能' },
  ROBOTICS: { en: 'Robotics', ru: 'Робототехника', 'zh-CN': '机器人' },
};

describe('saved search summary', () => {
  let i18n: I18nService;
  const context = (locale: Locale): SummaryContext => ({
    t: (key, params) => i18n.t(key, params),
    locale,
    fieldName: (code) => FIELDS[code]?.[locale] ?? code,
    editionName: (id) => (id === EDITION_2026 ? '2026' : null),
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [{ provide: LOCALE_STORAGE, useValue: new MemoryStorage() }],
    });
    i18n = TestBed.inject(I18nService);
  });

  it('says what a search looks for, filter by filter (English)', async () => {
    await i18n.setLocale('en');

    const sut = summarizeSearch(
      {
        text: ' robot arm ',
        fieldCodes: ['AI', 'ROBOTICS'],
        competitionIds: [EDITION_2026, EDITION_GONE],
        statuses: ['FINALIST'],
        awardPlaces: [1],
        trlMin: 4,
        trlMax: 7,
        stages: ['MVP'],
        seeking: ['INVESTMENT'],
        fundingUsdMin: 10_000_000,
        scoreMax: 90,
        cities: ['0123456789abcdef', 'fedcba9876543210'],
        sort: 'SCORE',
        first: 20,
      },
      context('en'),
    );

    expect(sut).toEqual([
      '“robot arm”',
      'Fields: Artificial intelligence or Robotics',
      'Editions: 2026 or another edition',
      'Status: Finalist',
      'Awards: place 1',
      'TRL 4–7',
      'Stage: Minimum viable product',
      'Seeking: Investment',
      'Funding ask from $100,000',
      'Score up to 90',
      'Cities: 2',
      'Best score first',
    ]);
  });

  it('follows the UI language', async () => {
    await i18n.setLocale('ru');

    expect(summarizeSearch({ fieldCodes: ['AI'], trlMax: 5 }, context('ru'))).toEqual([
      'Направления: Искусственный интеллект',
      'УГТ до 5',
    ]);

    await i18n.setLocale('zh-CN');

    expect(summarizeSearch({ text: '机器人', trlMin: 3 }, context('zh-CN'))).toEqual([
      '关键词：“机器人”',
      '技术成熟度不低于 3',
    ]);
  });

  it('says "all projects" for a search without filters', async () => {
    await i18n.setLocale('en');

    expect(summarizeSearch({ sort: 'RELEVANCE', first: 20 }, context('en'))).toEqual(['All projects']);
    expect(summarizeSearch(null, context('en'))).toEqual(['All projects']);
  });

  it('reads the input as the search page reads the link it opens: malformed values dropped, never raw', () => {
    expect(
      readFilters({
        text: '  robot  ',
        statuses: ['FINALIST', 'NOPE', 3],
        trlMin: 'four',
        stages: 'MVP',
        awardPlaces: [1, 'x', 2.5],
        unknown: true,
      }),
    ).toMatchObject({
      text: 'robot',
      statuses: ['FINALIST'],
      trlMin: null,
      stages: ['MVP'],
      awardPlaces: [1],
    });
  });
});
