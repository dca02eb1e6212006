import { TestBed } from '@angular/core/testing';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { anOffer } from '../testing/factories';
import { CompareContext, compareTable, parseCompareIds, toggleSelection } from './compare';

describe('comparison table', () => {
  let i18n: I18nService;
  const context = (): CompareContext => ({
    t: (key, params) => i18n.t(key, params),
    locale: 'en',
    date: (iso) => iso.slice(0, 10),
  });

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: LOCALE_STORAGE, useValue: new MemoryStorage() }],
    });
    i18n = TestBed.inject(I18nService);
    await i18n.setLocale('en');
  });

  it('has one column per offer and the rows a start-up compares, in order', () => {
    const sut = compareTable([anOffer({ id: 'a' }), anOffer({ id: 'b' })], context());

    expect(sut.columns.map((c) => c.id)).toEqual(['a', 'b']);
    expect(sut.rows.map((r) => r.key)).toEqual([
      'space',
      'rentFreeMonths',
      'subsidies',
      'cashGrant',
      'taxIncentives',
      'talentSupport',
      'housingSupport',
      'services',
      'deadline',
      'valueCny',
      'part:RENT_FREE',
      'part:CASH_GRANT',
      'valueUsd',
    ]);
    for (const row of sut.rows) expect(row.cells).toHaveLength(2);
  });

  it('formats each aspect in the UI language and marks the highest three-year value', () => {
    const rich = anOffer({
      id: 'rich',
      threeYearValue: {
        cnyMinor: 300_000_000,
        usdMinor: 41_500_000,
        breakdown: [{ key: 'CASH_GRANT', cnyMinor: 300_000_000 }],
      },
    });
    const poor = anOffer({
      id: 'poor',
      spaceSqm: null,
      rentFreeMonths: null,
      rentSubsidyPerSqmMonthByYear: [],
      cashGrantCnyMinor: null,
      taxIncentives: null,
      services: [],
      deadline: null,
      threeYearValue: { cnyMinor: 0, usdMinor: 0, breakdown: [] },
    });

    const sut = compareTable([poor, rich], context());
    const cells = (key: string) => sut.rows.find((r) => r.key === key)!;

    expect(cells('space').cells).toEqual(['—', '120 m² office']);
    expect(cells('subsidies').cells).toEqual(['—', 'year 1: CN¥40 · year 2: CN¥30']);
    expect(cells('cashGrant').cells).toEqual(['—', 'CN¥500,000']);
    expect(cells('services').cells).toEqual(['—', 'Legal advice, Visas and residence permits']);
    expect(cells('deadline').cells).toEqual(['—', '2027-03-31']);
    expect(cells('valueCny')).toMatchObject({ cells: ['CN¥0', 'CN¥3,000,000'], best: 1 });
    expect(cells('valueUsd')).toMatchObject({ cells: ['$0', '$415,000'], best: 1 });
    expect(cells('part:CASH_GRANT')).toMatchObject({
      label: 'cash grant',
      part: true,
      cells: ['—', 'CN¥3,000,000'],
    });
  });

  it('marks no best value on a tie', () => {
    const sut = compareTable([anOffer(), anOffer()], context());

    expect(sut.rows.find((r) => r.key === 'valueUsd')?.best).toBeNull();
  });

  it('reads ?ids= as at most three distinct ids and selects at most three', () => {
    expect(parseCompareIds(' a, b,a,,c,d ')).toEqual(['a', 'b', 'c']);
    expect(parseCompareIds(null)).toEqual([]);
    expect(toggleSelection(['a', 'b', 'c'], 'd')).toEqual(['a', 'b', 'c']);
    expect(toggleSelection(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
    expect(toggleSelection(['a', 'b'], 'a')).toEqual(['b']);
  });
});
