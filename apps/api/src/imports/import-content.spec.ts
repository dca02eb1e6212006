import type { ImportColumn } from './import-columns';
import { mergeContent, planRow, sameContent } from './import-content';
import type { ImportedContent } from './import.types';

function aContent(overrides: Partial<ImportedContent> = {}): ImportedContent {
  return {
    fieldId: 'f-ai',
    title: { en: 'Vision', ru: 'Зрение' },
    summary: { en: 'Counts cattle.' },
    description: {},
    tags: ['vision'],
    trl: 5,
    stage: 'MVP',
    fundingAskAmount: 100,
    fundingAskCurrency: 'RUB',
    seeking: ['INVESTMENT'],
    teamSize: 4,
    foundedYear: 2020,
    city: 'Kazan',
    contactEmail: 'a@example.test',
    contactPhone: null,
    pitchDeckUrl: null,
    videoUrl: null,
    ...overrides,
  };
}

const columns = (...names: ImportColumn[]) => new Set<ImportColumn>(names);
const ALL = columns(
  'field',
  'title_en',
  'title_ru',
  'title_zh',
  'summary_en',
  'trl',
  'stage',
  'funding_amount',
  'currency',
  'seeking',
  'team_size',
  'founded_year',
  'city',
  'contact_email',
  'tags',
);

describe('planRow', () => {
  it('is NEW without a stored project, UNCHANGED when nothing differs, UPDATE otherwise', () => {
    expect(planRow(undefined, aContent(), ALL).action).toBe('NEW');
    expect(planRow(aContent(), aContent(), ALL).action).toBe('UNCHANGED');
    const update = planRow(aContent(), aContent({ trl: 7 }), ALL);
    expect(update).toEqual({ action: 'UPDATE', content: aContent({ trl: 7 }) });
  });

  it('ignores the order of languages but not of tags', () => {
    const stored = aContent({ title: { ru: 'Зрение', en: 'Vision' } });
    expect(sameContent(stored, aContent())).toBe(true);
    expect(sameContent(aContent({ tags: ['a', 'b'] }), aContent({ tags: ['b', 'a'] }))).toBe(false);
  });
});

describe('mergeContent', () => {
  it('changes only what the file has columns for', () => {
    const stored = aContent({
      title: { en: 'Vision', ru: 'Зрение', zh: '视觉' },
      videoUrl: 'https://v.test',
    });
    const incoming = aContent({ title: { en: 'New vision' }, trl: 8, videoUrl: null, city: null });
    const sut = mergeContent(stored, incoming, columns('title_en', 'title_ru', 'trl'));
    // title_ru is present and empty: removed; title_zh is absent: kept.
    expect(sut.title).toEqual({ en: 'New vision', zh: '视觉' });
    expect(sut.trl).toBe(8);
    expect(sut.videoUrl).toBe('https://v.test');
    expect(sut.city).toBe('Kazan');
  });

  it('changes amount and currency together', () => {
    const sut = mergeContent(
      aContent(),
      aContent({ fundingAskAmount: null, fundingAskCurrency: null }),
      columns('currency'),
    );
    expect([sut.fundingAskAmount, sut.fundingAskCurrency]).toEqual([null, null]);
  });
});
