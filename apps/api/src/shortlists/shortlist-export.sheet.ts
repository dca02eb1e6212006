import { resolveText } from '@bridge/contracts';
import type { LocalizedText } from '@bridge/contracts';
import type { CompetitionEntity } from '../competitions/entities/competition.entity';
import type { Translated } from '../judging/dossier/dossier.labels';
import type { Cell, ColumnKind, DossierLanguage, Sheet } from '../judging/dossier/dossier.sheets';
import type { ProjectEntity } from '../projects/entities/project.entity';
import type { ProjectAccess } from '../projects/project-access';
import { seesFullProfile, visibleResult } from '../projects/project-access';
import type { ShortlistItemEntity } from './entities/shortlist-item.entity';

/** One item of the list with what the viewer may see of its project (null: no longer visible). */
export interface ShortlistExportRow {
  item: ShortlistItemEntity;
  project: { project: ProjectEntity; access: ProjectAccess; competition: CompetitionEntity } | null;
  fieldName: LocalizedText | null;
  addedByName: string | null;
}

/** The sheet the dossier's writers (XLSX, CSV) write: they read its name, columns and rows only. */
export type ShortlistSheet = Sheet<'shortlist'>;

const t = (en: string, zh: string, ru: string): Translated => ({ en, zh, ru });

const COLUMNS: Array<{ key: string; header: Translated; kind: ColumnKind; width: number }> = [
  { key: 'title', header: t('Project', '项目', 'Проект'), kind: 'text', width: 48 },
  { key: 'field', header: t('Field', '领域', 'Направление'), kind: 'text', width: 20 },
  { key: 'status', header: t('Status', '状态', 'Статус'), kind: 'text', width: 14 },
  { key: 'awardPlace', header: t('Award place', '获奖名次', 'Призовое место'), kind: 'number', width: 10 },
  { key: 'score', header: t('Score', '得分', 'Балл'), kind: 'number', width: 10 },
  {
    key: 'rankInField',
    header: t('Rank in field', '领域内排名', 'Место в направлении'),
    kind: 'number',
    width: 10,
  },
  { key: 'trl', header: t('TRL', '技术成熟度（TRL）', 'УГТ (TRL)'), kind: 'number', width: 8 },
  { key: 'stage', header: t('Stage', '阶段', 'Стадия'), kind: 'text', width: 12 },
  { key: 'seeking', header: t('Seeking', '寻求', 'Ищет'), kind: 'text', width: 24 },
  { key: 'city', header: t('City', '城市', 'Город'), kind: 'text', width: 16 },
  {
    key: 'fundingAsk',
    header: t('Funding ask', '融资需求', 'Запрос финансирования'),
    kind: 'text',
    width: 18,
  },
  { key: 'note', header: t('Note', '备注', 'Заметка'), kind: 'text', width: 60 },
  { key: 'tags', header: t('Tags', '标签', 'Теги'), kind: 'text', width: 30 },
  { key: 'addedAt', header: t('Added at', '添加时间', 'Добавлено'), kind: 'date', width: 20 },
  { key: 'addedBy', header: t('Added by', '添加人', 'Кто добавил'), kind: 'text', width: 22 },
  { key: 'link', header: t('Project link', '项目链接', 'Ссылка на проект'), kind: 'text', width: 50 },
];

const LOCALE_OF = { zh: 'zh-CN', en: 'en', ru: 'ru' } as const;

/** "5000000.00 RUB" from minor units. */
function money(amountMinor: number | null, currency: string | null): string | null {
  return amountMinor === null || !currency ? null : `${(amountMinor / 100).toFixed(2)} ${currency}`;
}

/**
 * A shortlist as one sheet in the reader's language (titles fall back to en, ru, zh): what the
 * viewer may see of each project — nothing but the title last seen once it is no longer visible —
 * with the organisation's notes and tags. Enumerations (status, stage, seeking) stay as codes.
 */
export function shortlistSheet(
  rows: ShortlistExportRow[],
  lang: DossierLanguage,
  projectUrl: (projectId: string) => string,
): ShortlistSheet {
  const text = (value: LocalizedText | null | undefined) => resolveText(value, LOCALE_OF[lang])?.text ?? '';
  return {
    key: 'shortlist',
    name: t('Shortlist', '项目清单', 'Список проектов')[lang],
    columns: COLUMNS.map((c) => ({ key: c.key, header: c.header[lang], kind: c.kind, width: c.width })),
    rows: rows.map(({ item, project: visible, fieldName, addedByName }) => {
      const p = visible?.project;
      const full = visible ? seesFullProfile(visible.access) : false;
      const result = visible ? visibleResult(visible.project, visible.access, visible.competition) : null;
      const values: Record<string, Cell> = {
        title: text(p?.title ?? item.projectTitle),
        field: fieldName ? text(fieldName) : null,
        status: p?.status ?? null,
        awardPlace: result?.awardPlace ?? null,
        score: result?.score ?? null,
        rankInField: result?.rankInField ?? null,
        trl: full ? (p?.trl ?? null) : null,
        stage: full ? (p?.stage ?? null) : null,
        seeking: full && p?.seeking.length ? p.seeking.join(', ') : null,
        city: p?.city ?? null,
        fundingAsk: full && p ? money(p.fundingAskAmount, p.fundingAskCurrency) : null,
        note: item.note,
        tags: item.tags.length ? item.tags.join(', ') : null,
        addedAt: item.addedAt,
        addedBy: addedByName,
        link: projectUrl(item.projectId),
      };
      return COLUMNS.map((c) => values[c.key] ?? null);
    }),
  };
}
