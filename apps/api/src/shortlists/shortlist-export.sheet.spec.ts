import { API_PATHS } from '../bootstrap';
import { writeCsv } from '../judging/dossier/dossier.writers';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import { ProjectEntity } from '../projects/entities/project.entity';
import type { ProjectAccess } from '../projects/project-access';
import { ShortlistItemEntity } from './entities/shortlist-item.entity';
import { attachment } from './shortlist-export.controller';
import { visibleResult } from '../projects/project-access';
import { ShortlistExportRow, shortlistSheet } from './shortlist-export.sheet';

const ADDED_AT = new Date('2026-05-04T09:30:00Z');

function aProject(overrides: Partial<ProjectEntity> = {}): ProjectEntity {
  return Object.assign(new ProjectEntity(), {
    id: 'p1',
    status: 'FINALIST',
    title: { en: 'AgroVision', ru: 'АгроВижн' },
    trl: 6,
    stage: 'MVP',
    seeking: ['INVESTMENT', 'LANDING'],
    city: 'Kazan',
    fundingAskAmount: 50_000_000,
    fundingAskCurrency: 'RUB',
    publishedScore: 87.25,
    publishedRankInField: 2,
    awardPlace: 1,
    fieldId: 'f1',
    ...overrides,
  });
}

function anEdition(overrides: Partial<CompetitionEntity> = {}): CompetitionEntity {
  return Object.assign(new CompetitionEntity(), {
    finalistsPublishedAt: new Date('2026-04-01T00:00:00Z'),
    awardsPublishedAt: new Date('2026-04-20T00:00:00Z'),
    ...overrides,
  });
}

function aRow(
  access: ProjectAccess | null,
  overrides: Partial<ShortlistItemEntity> = {},
): ShortlistExportRow {
  const item = Object.assign(new ShortlistItemEntity(), {
    id: 'i1',
    projectId: 'p1',
    note: '=HYPERLINK("http://evil")',
    tags: ['robotics', 'seed'],
    projectTitle: { en: 'AgroVision (as added)' },
    addedAt: ADDED_AT,
    ...overrides,
  });
  return {
    item,
    project: access ? { project: aProject(), access, competition: anEdition() } : null,
    fieldName: access ? { en: 'Robotics', zh: '机器人' } : null,
    addedByName: 'Anna Petrova',
  };
}

const url = (id: string) => `https://bridge.example/projects/${id}`;
const byHeader = (sheet: ReturnType<typeof shortlistSheet>, row = 0) =>
  Object.fromEntries(sheet.columns.map((c, i) => [c.key, sheet.rows[row]?.[i]]));

describe('shortlistSheet', () => {
  it('writes what the market sees of a consenting project, with the note, tags and who added it', () => {
    const sut = shortlistSheet([aRow('MARKET')], 'en', url);
    expect(byHeader(sut)).toEqual({
      title: 'AgroVision',
      field: 'Robotics',
      status: 'FINALIST',
      awardPlace: 1,
      score: 87.25,
      rankInField: 2,
      trl: 6,
      stage: 'MVP',
      seeking: 'INVESTMENT, LANDING',
      city: 'Kazan',
      fundingAsk: '500000.00 RUB',
      note: '=HYPERLINK("http://evil")',
      tags: 'robotics, seed',
      addedAt: ADDED_AT,
      addedBy: 'Anna Petrova',
      link: 'https://bridge.example/projects/p1',
    });
  });

  it('gives the card only (no score, TRL or funding) when the project is seen as a public card', () => {
    const row = byHeader(shortlistSheet([aRow('PUBLIC')], 'en', url));
    expect(row).toMatchObject({ title: 'AgroVision', status: 'FINALIST', awardPlace: 1, city: 'Kazan' });
    expect(row).toMatchObject({ score: null, rankInField: null, trl: null, stage: null, fundingAsk: null });
  });

  it('keeps the title last seen and nothing else of a project that is no longer visible', () => {
    const row = byHeader(shortlistSheet([aRow(null)], 'en', url));
    expect(row).toMatchObject({
      title: 'AgroVision (as added)',
      field: null,
      status: null,
      city: null,
      score: null,
    });
    expect(row).toMatchObject({ note: '=HYPERLINK("http://evil")', addedBy: 'Anna Petrova' });
  });

  it('writes headers and titles in the reader’s language, falling back to en, ru, zh', () => {
    const ru = shortlistSheet([aRow('MARKET')], 'ru', url);
    expect(ru.columns[0]?.header).toBe('Проект');
    expect(byHeader(ru)).toMatchObject({ title: 'АгроВижн', field: 'Robotics' });
    const zh = shortlistSheet([aRow('MARKET')], 'zh', url);
    expect(zh.name).toBe('项目清单');
    expect(byHeader(zh)).toMatchObject({ title: 'AgroVision', field: '机器人' });
  });

  it('neutralises formulas in the CSV through the dossier writer', () => {
    const csv = writeCsv(shortlistSheet([aRow('MARKET')], 'en', url));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });
});

describe('visibleResult', () => {
  it('shows nothing before the finalists are published, except to organizers', () => {
    const edition = anEdition({ finalistsPublishedAt: null, awardsPublishedAt: null });
    expect(visibleResult(aProject(), 'MARKET', edition)).toBeNull();
    expect(visibleResult(aProject(), 'ORGANIZER', edition)).toMatchObject({ score: 87.25, awardPlace: 1 });
  });

  it('hides the award until awards are published, and judges see no results at all', () => {
    const edition = anEdition({ awardsPublishedAt: null });
    expect(visibleResult(aProject(), 'MARKET', edition)).toEqual({
      score: 87.25,
      rankInField: 2,
      awardPlace: null,
    });
    expect(visibleResult(aProject(), 'JUDGE', anEdition())).toBeNull();
  });
});

describe('shortlist downloads', () => {
  it('are answered by the API, not the portal', () => {
    expect(API_PATHS.test('/shortlists/abc/export.csv')).toBe(true);
    expect(API_PATHS.test('/shortlists/abc/export.xlsx')).toBe(true);
    expect(API_PATHS.test('/shortlists/abc')).toBe(false);
    expect(API_PATHS.test('/shortlists')).toBe(false);
  });

  it('are named after the list, in ASCII and in any script', () => {
    expect(attachment('Robotics (seed) 2026', 'csv')).toBe(
      `attachment; filename="bridge-shortlist-Robotics-seed-2026.csv"; filename*=UTF-8''bridge-shortlist-Robotics%20%28seed%29%202026.csv`,
    );
    expect(attachment('机器人"; x', 'xlsx')).toMatch(
      /^attachment; filename="bridge-shortlist-x\.xlsx"; filename\*=UTF-8''/,
    );
  });
});
