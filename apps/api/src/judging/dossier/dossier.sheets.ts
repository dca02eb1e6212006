import { resolveText } from '@bridge/contracts';
import type { LocalizedText } from '@bridge/contracts';
import type { FairnessDossier } from './dossier.model';
import { SUMMARY_LABELS, Translated } from './dossier.labels';

/** The dossier as sheets (one table each), with headers in the reader's language: the files are written from these. */

export const DOSSIER_SHEETS = [
  'summary',
  'assignments',
  'scores',
  'judges',
  'recusals',
  'overrides',
  'runs',
  'results',
] as const;
export type DossierSheetKey = (typeof DOSSIER_SHEETS)[number];

export const DOSSIER_LANGUAGES = ['en', 'zh', 'ru'] as const;
export type DossierLanguage = (typeof DOSSIER_LANGUAGES)[number];

export type Cell = string | number | boolean | Date | null;
export type ColumnKind = 'text' | 'id' | 'number' | 'date' | 'boolean';

export interface SheetColumn {
  key: string;
  header: string;
  kind: ColumnKind;
  /** Width in characters, for the XLSX. */
  width: number;
}

/** A sheet the writers turn into XLSX or CSV; `key` names it (the dossier's keys, or another export's). */
export interface Sheet<K extends string = string> {
  key: K;
  name: string;
  columns: SheetColumn[];
  rows: Cell[][];
}

/** A row by column key; only the sheet's columns are read from it. */
type Row = Record<string, unknown>;
interface ColumnSpec {
  key: string;
  header: Translated;
  kind: ColumnKind;
  width?: number;
}
interface SheetSpec {
  name: Translated;
  columns: ColumnSpec[];
  rows: (
    dossier: FairnessDossier,
    text: (value: LocalizedText | null | undefined) => string,
    lang: DossierLanguage,
  ) => Row[];
}

const t = (en: string, zh: string, ru: string): Translated => ({ en, zh, ru });
const c = (key: string, header: Translated, kind: ColumnKind = 'text', width?: number): ColumnSpec => ({
  key,
  header,
  kind,
  width,
});

const ROUND = c('round', t('Round', '轮次', 'Тур'), 'text', 12);
const JUDGE_ID = c('judgeId', t('Judge ID', '评委编号', 'ID эксперта'), 'id');
const JUDGE = c('judgeName', t('Judge', '评委', 'Эксперт'), 'text', 22);
const PROJECT_ID = c('projectId', t('Project ID', '项目编号', 'ID проекта'), 'id');
const PROJECT = c('project', t('Project', '项目', 'Проект'), 'text', 48);
const FIELD = c('fieldCode', t('Field', '领域', 'Направление'), 'text', 10);
const RUN_ID = c('runId', t('Run ID', '运行编号', 'ID расчёта'), 'id');

const SPECS: Record<DossierSheetKey, SheetSpec> = {
  summary: {
    name: t('Summary', '概要', 'Сводка'),
    columns: [
      c('item', t('Item', '项目', 'Показатель'), 'text', 40),
      c('value', t('Value', '值', 'Значение'), 'text', 70),
    ],
    rows: (d, text, lang) => summaryRows(d, text, lang),
  },
  assignments: {
    name: t('Assignments', '评审分配', 'Назначения'),
    columns: [
      ROUND,
      c('assignmentId', t('Assignment ID', '分配编号', 'ID назначения'), 'id'),
      JUDGE_ID,
      JUDGE,
      PROJECT_ID,
      PROJECT,
      FIELD,
      c('status', t('Status', '状态', 'Статус'), 'text', 12),
      c('source', t('Source', '来源', 'Источник'), 'text', 9),
      c('total', t('Total (0–100)', '总分（0–100）', 'Итог (0–100)'), 'number', 12),
      c('abstainReason', t('Abstention reason', '回避理由', 'Причина самоотвода'), 'text', 40),
      c('createdAt', t('Assigned at (UTC)', '分配时间（UTC）', 'Назначено (UTC)'), 'date'),
      c('submittedAt', t('Submitted at (UTC)', '提交时间（UTC）', 'Отправлено (UTC)'), 'date'),
    ],
    rows: (d, text) => d.assignments.map((a) => ({ ...a, project: text(a.projectTitle) })),
  },
  scores: {
    name: t('Scores', '评分', 'Оценки'),
    columns: [
      ROUND,
      c('assignmentId', t('Assignment ID', '分配编号', 'ID назначения'), 'id'),
      JUDGE_ID,
      JUDGE,
      c('judgeOffset', t('Judge offset', '评委宽严偏移', 'Сдвиг эксперта'), 'number', 12),
      c('judgeScale', t('Judge scale', '评委尺度', 'Масштаб эксперта'), 'number', 12),
      PROJECT_ID,
      PROJECT,
      FIELD,
      c('criterionId', t('Criterion ID', '评分标准编号', 'ID критерия'), 'id'),
      c('criterion', t('Criterion', '评分标准', 'Критерий'), 'text', 22),
      c('weight', t('Weight', '权重', 'Вес'), 'number', 8),
      c('maxScore', t('Max score', '满分', 'Макс. балл'), 'number', 9),
      c('value', t('Score', '得分', 'Балл'), 'number', 8),
      c('comment', t('Comment', '评语', 'Комментарий'), 'text', 40),
      c('total', t('Review total (0–100)', '评审总分（0–100）', 'Итог оценки (0–100)'), 'number', 12),
      c('assignmentStatus', t('Review status', '评审状态', 'Статус оценки'), 'text', 12),
      c('submittedAt', t('Submitted at (UTC)', '提交时间（UTC）', 'Отправлено (UTC)'), 'date'),
    ],
    rows: (d, text) =>
      d.scores.map((s) => ({ ...s, project: text(s.projectTitle), criterion: text(s.criterionName) })),
  },
  judges: {
    name: t('Judges', '评委', 'Эксперты'),
    columns: [
      ROUND,
      JUDGE_ID,
      c('name', t('Judge', '评委', 'Эксперт'), 'text', 22),
      c('email', t('E-mail', '邮箱', 'Эл. почта'), 'text', 26),
      c('affiliation', t('Affiliation', '单位', 'Место работы'), 'text', 36),
      c('status', t('Status', '状态', 'Статус'), 'text', 10),
      c('assigned', t('Assigned', '分配数', 'Назначено'), 'number', 10),
      c('submitted', t('Submitted', '已提交', 'Отправлено'), 'number', 10),
      c('abstained', t('Abstained', '回避数', 'Самоотводы'), 'number', 10),
      c('meanTotal', t('Mean raw total', '原始平均分', 'Средний исходный итог'), 'number', 12),
      c('scoreCount', t('Scores in the fit', '参与拟合的评分数', 'Оценок в модели'), 'number', 10),
      c('offset', t('Offset (leniency)', '偏移（宽严度）', 'Сдвиг (мягкость)'), 'number', 12),
      c('scale', t('Scale (spread)', '尺度（离散度）', 'Масштаб (разброс)'), 'number', 12),
      c('leftRaw', t('Left raw', '未标准化', 'Без нормализации'), 'boolean', 10),
      RUN_ID,
    ],
    rows: (d) => d.judges.map((j) => ({ ...j })),
  },
  recusals: {
    name: t('Recusals', '回避', 'Самоотводы'),
    columns: [
      c('kind', t('Kind', '类型', 'Вид'), 'text', 18),
      ROUND,
      JUDGE_ID,
      JUDGE,
      PROJECT_ID,
      PROJECT,
      c('organization', t('Organisation', '机构', 'Организация'), 'text', 24),
      c('personName', t('Person', '人员', 'Лицо'), 'text', 18),
      c('reasons', t('Reasons', '原因代码', 'Основания'), 'text', 22),
      c('note', t('Reason or note', '理由或说明', 'Причина или пояснение'), 'text', 44),
      c('assigned', t('Assigned anyway', '仍被分配', 'Назначен, несмотря на конфликт'), 'boolean', 10),
      c('at', t('Date (UTC)', '日期（UTC）', 'Дата (UTC)'), 'date'),
    ],
    rows: (d, text) =>
      d.recusals.map((r) => ({
        ...r,
        project: r.projectTitle ? text(r.projectTitle) : null,
        organization: r.organizationName ? text(r.organizationName) : null,
        reasons: r.reasons.join(', '),
      })),
  },
  overrides: {
    name: t('Overrides', '人工调整', 'Решения оргкомитета'),
    columns: [
      PROJECT_ID,
      PROJECT,
      FIELD,
      c('decision', t('Decision', '决定', 'Решение'), 'text', 10),
      c('reason', t('Reason', '理由', 'Обоснование'), 'text', 60),
      c('createdBy', t('Decided by', '决定人', 'Кто принял'), 'text', 30),
      c('createdAt', t('Decided at (UTC)', '决定时间（UTC）', 'Когда (UTC)'), 'date'),
      c(
        'outcomeReason',
        t('Outcome in the latest run', '最新运行中的结果', 'Итог последнего расчёта'),
        'text',
        24,
      ),
      c('applied', t('Applied', '已生效', 'Применено'), 'boolean', 10),
    ],
    rows: (d, text) => d.overrides.map((o) => ({ ...o, project: text(o.projectTitle) })),
  },
  runs: {
    name: t('Runs', '运行记录', 'Расчёты'),
    columns: [
      RUN_ID,
      ROUND,
      c('method', t('Method', '方法', 'Метод'), 'text', 14),
      c('status', t('Status', '状态', 'Статус'), 'text', 12),
      c(
        'inputHash',
        t('Input hash (SHA-256)', '输入哈希（SHA-256）', 'Хеш входных данных (SHA-256)'),
        'text',
        66,
      ),
      c('createdAt', t('Run at (UTC)', '运行时间（UTC）', 'Рассчитано (UTC)'), 'date'),
      c('createdBy', t('Run by', '运行人', 'Кто запустил'), 'text', 30),
      c('publishedAt', t('Published at (UTC)', '公布时间（UTC）', 'Опубликовано (UTC)'), 'date'),
      c('candidates', t('Candidates', '候选项目数', 'Кандидатов'), 'number', 10),
      c('reviews', t('Reviews', '评审数', 'Оценок'), 'number', 10),
      c('converged', t('Converged', '已收敛', 'Сходимость'), 'boolean', 10),
      c('iterations', t('Iterations', '迭代次数', 'Итераций'), 'number', 10),
      c('settings', t('Settings', '参数', 'Параметры'), 'text', 60),
    ],
    rows: (d) => d.runs.map((r) => ({ ...r })),
  },
  results: {
    name: t('Results', '结果', 'Итоги'),
    columns: [
      ROUND,
      RUN_ID,
      PROJECT_ID,
      PROJECT,
      FIELD,
      c('projectStatus', t('Project status', '项目状态', 'Статус проекта'), 'text', 14),
      c('reviewCount', t('Reviews', '评审数', 'Оценок'), 'number', 8),
      c('rawMean', t('Raw mean', '原始均分', 'Исходное среднее'), 'number', 10),
      c('quality', t('Normalised score', '标准化得分', 'Нормализованный балл'), 'number', 12),
      c('rankInField', t('Rank in field', '领域内排名', 'Место в направлении'), 'number', 10),
      c('rank', t('Overall rank', '总排名', 'Общее место'), 'number', 10),
      c('selected', t('Selected', '入选', 'Отобран'), 'boolean', 9),
      c('reason', t('Reason', '原因', 'Основание'), 'text', 24),
      c(
        'finalistProbability',
        t('Finalist probability', '入围概率', 'Вероятность выхода в финал'),
        'number',
        12,
      ),
      c('nearTie', t('Near tie', '接近并列', 'Почти равные'), 'boolean', 9),
      c('place', t('Award place', '获奖名次', 'Призовое место'), 'number', 10),
    ],
    rows: (d, text) => d.results.map((r) => ({ ...r, project: text(r.projectTitle) })),
  },
};

const WIDTHS: Record<ColumnKind, number> = { text: 20, id: 38, number: 10, date: 20, boolean: 9 };
const LOCALES = { en: 'en', zh: 'zh-CN', ru: 'ru' } as const;

export function buildSheet(
  dossier: FairnessDossier,
  key: DossierSheetKey,
  lang: DossierLanguage = 'en',
): Sheet<DossierSheetKey> {
  const spec = SPECS[key];
  const text = (value: LocalizedText | null | undefined) => resolveText(value, LOCALES[lang])?.text ?? '';
  const rows = spec.rows(dossier, text, lang);
  return {
    key,
    name: spec.name[lang],
    columns: spec.columns.map((col) => ({
      key: col.key,
      header: col.header[lang],
      kind: col.kind,
      width: col.width ?? WIDTHS[col.kind],
    })),
    rows: rows.map((row) => spec.columns.map((col) => toCell(row[col.key]))),
  };
}

function toCell(value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof Date
  ) {
    return value;
  }
  return JSON.stringify(value);
}

export function buildSheets(
  dossier: FairnessDossier,
  lang: DossierLanguage = 'en',
): Array<Sheet<DossierSheetKey>> {
  return DOSSIER_SHEETS.map((key) => buildSheet(dossier, key, lang));
}

function summaryRows(
  d: FairnessDossier,
  text: (value: LocalizedText | null | undefined) => string,
  lang: DossierLanguage,
): Row[] {
  const label = (key: keyof typeof SUMMARY_LABELS) => SUMMARY_LABELS[key][lang];
  const edition = d.competition;
  const latest = (round: 'PRELIMINARY' | 'FINAL') => [...d.runs].reverse().find((r) => r.round === round);
  const preliminaryReviews = d.assignments.filter((a) => a.round === 'PRELIMINARY');
  const finalReviews = d.assignments.filter((a) => a.round === 'FINAL');
  const reviewed = (list: typeof d.assignments) =>
    `${list.length} (${list.filter((a) => a.status === 'SUBMITTED').length} / ${list.filter((a) => a.status === 'ABSTAINED').length})`;
  const rows: Array<[string, Cell]> = [
    ['edition', text(edition.name)],
    ['year', edition.year],
    ['editionNumber', edition.editionNumber],
    ['stage', edition.stage],
    ['method', edition.method],
    ['finalistTotal', edition.finalistTotal],
    ['perFieldCap', edition.perFieldCap],
    ['unfilledSlotRule', edition.unfilledSlotRule],
    ['minReviews', edition.minReviews],
    ['reviewsPerProject', edition.reviewsPerProject],
    ['judgeLoadLimit', edition.judgeLoadLimit],
    ['awardPlaces', edition.awardPlaces],
    ['bootstrapRounds', edition.bootstrapRounds],
    ['zscoreMinScores', edition.zscoreMinScores],
    ['projectsReviewed', new Set(preliminaryReviews.map((a) => a.projectId)).size],
    ['judges', new Set(d.assignments.map((a) => a.judgeId)).size],
    ['preliminaryReviews', reviewed(preliminaryReviews)],
    ['finalReviews', reviewed(finalReviews)],
    ['criterionScores', d.scores.length],
    ['abstentions', d.recusals.filter((r) => r.kind === 'ABSTENTION').length],
    ['declaredConflicts', d.recusals.filter((r) => r.kind === 'DECLARED_CONFLICT').length],
    ['detectedConflicts', d.recusals.filter((r) => r.kind === 'DETECTED_CONFLICT').length],
    ['overrides', d.overrides.length],
    ['preliminaryClosedAt', edition.preliminaryClosedAt],
    ['finalistsPublishedAt', edition.finalistsPublishedAt],
    ['finalClosedAt', edition.finalClosedAt],
    ['awardsPublishedAt', edition.awardsPublishedAt],
    ['latestPreliminaryRun', runLine(latest('PRELIMINARY'))],
    ['latestFinalRun', runLine(latest('FINAL'))],
    ...d.timeline.map((s): [string, Cell] => [
      `${label('stageDates')}: ${s.stage}`,
      s.endsOn && s.endsOn !== s.startsOn ? `${s.startsOn} – ${s.endsOn}` : s.startsOn,
    ]),
    ['generatedAt', d.generatedAt],
    ['generatedBy', d.generatedBy],
  ];
  return rows.map(([key, value]) => ({
    item: key in SUMMARY_LABELS ? label(key as keyof typeof SUMMARY_LABELS) : key,
    value,
  }));
}

function runLine(run: FairnessDossier['runs'][number] | undefined): string | null {
  return run ? `${run.runId} · ${run.status} · SHA-256 ${run.inputHash}` : null;
}
