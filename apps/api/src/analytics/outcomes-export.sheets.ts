import { resolveText } from '@bridge/contracts';
import type { LocalizedText } from '@bridge/contracts';
import type { Translated } from '../judging/dossier/dossier.labels';
import type { Cell, ColumnKind, DossierLanguage, Sheet } from '../judging/dossier/dossier.sheets';
import { Breakdown, FUNNEL_STEPS, Funnel, FunnelStep } from './outcomes.funnel';
import type { OutcomeEngagement, Outcomes } from './outcomes.service';

/** The outcome exports as sheets the dossier's writers (XLSX, CSV) write, headers in the reader's language. */

export const OUTCOME_SHEETS = ['funnel', 'fields', 'parks', 'stages', 'engagements'] as const;
export type OutcomeSheetKey = (typeof OUTCOME_SHEETS)[number];

const t = (en: string, zh: string, ru: string): Translated => ({ en, zh, ru });
const LOCALE_OF = { zh: 'zh-CN', en: 'en', ru: 'ru' } as const;

export const STEP_LABELS: Record<FunnelStep, Translated> = {
  applications: t('Applications', '申报项目', 'Заявки'),
  finalists: t('Finalists', '决赛项目', 'Финалисты'),
  requested: t('Introductions requested', '对接请求', 'Запрошено знакомств'),
  accepted: t('Introductions accepted', '已接受对接', 'Принято знакомств'),
  engagements: t('Engagements', '合作进程', 'Сделки'),
  landed: t('Companies landed', '落地企业', 'Зарегистрировано компаний'),
  invested: t('Investments closed', '完成投资', 'Закрыто инвестиций'),
  rd: t('R&D agreements', '研发合作协议', 'Соглашения о НИОКР'),
};

interface Column {
  key: string;
  header: Translated;
  kind: ColumnKind;
  width: number;
}
const col = (key: string, header: Translated, kind: ColumnKind = 'text', width = 14): Column => ({
  key,
  header,
  kind,
  width,
});

function sheet(
  key: OutcomeSheetKey,
  name: Translated,
  columns: Column[],
  rows: Array<Record<string, Cell>>,
  lang: DossierLanguage,
): Sheet<OutcomeSheetKey> {
  return {
    key,
    name: name[lang],
    columns: columns.map((c) => ({ key: c.key, header: c.header[lang], kind: c.kind, width: c.width })),
    rows: rows.map((row) => columns.map((c) => row[c.key] ?? null)),
  };
}

const STEP_COLUMNS = FUNNEL_STEPS.map((step) => col(step, STEP_LABELS[step], 'number', 12));

function funnelSheet(funnel: Funnel, lang: DossierLanguage) {
  const rows = FUNNEL_STEPS.map((step) => {
    const conversion = funnel.conversion.find((c) => c.to === step);
    return {
      step: STEP_LABELS[step][lang],
      count: funnel[step],
      from: conversion ? STEP_LABELS[conversion.from][lang] : null,
      rate: conversion?.rate ?? null,
    };
  });
  return sheet(
    'funnel',
    t('Funnel', '转化漏斗', 'Воронка'),
    [
      col('step', t('Step', '环节', 'Этап'), 'text', 28),
      col('count', t('Count', '数量', 'Количество'), 'number', 12),
      col('from', t('Conversion from', '转化自', 'Конверсия из'), 'text', 28),
      col('rate', t('Conversion rate', '转化率', 'Конверсия'), 'number', 14),
    ],
    rows,
    lang,
  );
}

function breakdownSheet(
  key: 'fields' | 'parks',
  items: Breakdown[],
  text: (v: LocalizedText | null) => string,
  lang: DossierLanguage,
) {
  const name =
    key === 'fields' ? t('By field', '按领域', 'По направлениям') : t('By park', '按园区', 'По паркам');
  const first =
    key === 'fields'
      ? [
          col('key', t('Field code', '领域代码', 'Код направления'), 'text', 12),
          col('label', t('Field', '领域', 'Направление'), 'text', 24),
        ]
      : [
          col('key', t('Park ID', '园区编号', 'ID парка'), 'id', 38),
          col('label', t('Park', '园区', 'Парк'), 'text', 36),
        ];
  return sheet(
    key,
    name,
    [...first, ...STEP_COLUMNS],
    items.map((b) => ({ key: b.key, label: text(b.label), ...pick(b.funnel) })),
    lang,
  );
}

function pick(funnel: Funnel): Record<string, Cell> {
  return Object.fromEntries(FUNNEL_STEPS.map((step) => [step, funnel[step]]));
}

/** The summary sheets of an outcomes export, in order: funnel, fields, parks, stage times. */
export function outcomeSheets(outcomes: Outcomes, lang: DossierLanguage): Sheet<OutcomeSheetKey>[] {
  const text = (value: LocalizedText | null) => resolveText(value, LOCALE_OF[lang])?.text ?? '';
  return [
    funnelSheet(outcomes.funnel, lang),
    breakdownSheet('fields', outcomes.byField, text, lang),
    breakdownSheet('parks', outcomes.byPark, text, lang),
    sheet(
      'stages',
      t('Time in stage', '各阶段用时', 'Время на этапах'),
      [
        col('kind', t('Engagement kind', '合作类型', 'Тип сделки'), 'text', 16),
        col('stage', t('Stage', '阶段', 'Этап'), 'text', 20),
        col('medianDays', t('Median days', '中位天数', 'Медиана, дней'), 'number', 12),
        col('samples', t('Samples', '样本数', 'Наблюдений'), 'number', 10),
      ],
      outcomes.stageTimes.map((s) => ({ ...s })),
      lang,
    ),
  ];
}

/** Engagements as organizers see them: stages and dates, never notes or messages. */
export function engagementsSheet(rows: OutcomeEngagement[], lang: DossierLanguage): Sheet<OutcomeSheetKey> {
  const text = (value: LocalizedText | null) => resolveText(value, LOCALE_OF[lang])?.text ?? '';
  return sheet(
    'engagements',
    t('Engagements', '合作进程', 'Сделки'),
    [
      col('id', t('Engagement ID', '合作编号', 'ID сделки'), 'id', 38),
      col('project', t('Project', '项目', 'Проект'), 'text', 44),
      col('fieldCode', t('Field', '领域', 'Направление'), 'text', 10),
      col('partner', t('Partner', '合作方', 'Партнёр'), 'text', 32),
      col('kind', t('Kind', '类型', 'Тип'), 'text', 16),
      col('stage', t('Stage', '阶段', 'Этап'), 'text', 20),
      col('stageEnteredAt', t('Stage since (UTC)', '进入阶段时间（UTC）', 'На этапе с (UTC)'), 'date', 20),
      col('startedAt', t('Started (UTC)', '开始时间（UTC）', 'Начата (UTC)'), 'date', 20),
      col('company', t('Registered company', '注册企业', 'Зарегистрированная компания'), 'text', 32),
      col('registrationNumber', t('Registration number', '注册号', 'Регистрационный номер'), 'text', 20),
      col('registeredOn', t('Registered on', '注册日期', 'Дата регистрации'), 'text', 12),
    ],
    rows.map((e) => ({
      id: e.id,
      project: text(e.projectTitle),
      fieldCode: e.fieldCode,
      partner: text(e.partnerName),
      kind: e.kind,
      stage: e.stage,
      stageEnteredAt: e.stageEnteredAt,
      startedAt: e.createdAt,
      company: e.registeredCompany?.name ?? null,
      registrationNumber: e.registeredCompany?.registrationNumber ?? null,
      registeredOn: e.registeredCompany?.registeredOn ?? null,
    })),
    lang,
  );
}
