import { IMPORT_ROW_KEYS } from '@bridge/contracts';
import type { ImportRowError } from './import.types';

/** Content languages of the per-language columns, in the order the columns are documented. */
export const IMPORT_LANGUAGES = ['en', 'ru', 'zh'] as const;
export type ImportLanguage = (typeof IMPORT_LANGUAGES)[number];

const LOCALIZED_BASES = ['startup_name', 'title', 'summary', 'description'] as const;
type LocalizedBase = (typeof LOCALIZED_BASES)[number];
type LocalizedColumn = `${LocalizedBase}_${ImportLanguage}`;

const SINGLE_COLUMNS = [
  'application_id',
  'startup_name',
  'field',
  'trl',
  'stage',
  'funding_amount',
  'currency',
  'seeking',
  'team_size',
  'founded_year',
  'city',
  'contact_email',
  'contact_phone',
  'pitch_deck_url',
  'video_url',
  'tags',
] as const;

/** A column Bridge reads, by its canonical (English, snake_case) name. */
export type ImportColumn = (typeof SINGLE_COLUMNS)[number] | LocalizedColumn;

/** Header texts accepted for each column, in English, Russian and Chinese (compared normalised). */
const SINGLE_ALIASES: Record<(typeof SINGLE_COLUMNS)[number], string[]> = {
  application_id: [
    'application id',
    'application',
    'application no',
    'application number',
    'app id',
    'id',
    'id заявки',
    'номер заявки',
    'заявка',
    '№ заявки',
    '申请编号',
    '申请号',
    '申请id',
    '编号',
  ],
  startup_name: [],
  field: [
    'field',
    'track',
    'category',
    'direction',
    'направление',
    'трек',
    'область',
    'секция',
    '领域',
    '赛道',
    '方向',
    '类别',
  ],
  trl: [
    'trl',
    'technology readiness level',
    'урт',
    'угт',
    'уровень готовности технологии',
    'уровень готовности',
    '技术成熟度',
    '技术就绪水平',
    '技术成熟度等级',
  ],
  stage: [
    'stage',
    'project stage',
    'development stage',
    'стадия',
    'стадия проекта',
    'стадия развития',
    'этап',
    '阶段',
    '项目阶段',
    '发展阶段',
  ],
  funding_amount: [
    'funding amount',
    'funding',
    'funding ask',
    'investment needed',
    'investment amount',
    'amount',
    'сумма',
    'сумма инвестиций',
    'требуемые инвестиции',
    'необходимые инвестиции',
    'запрашиваемая сумма',
    'объём инвестиций',
    '融资金额',
    '所需资金',
    '融资需求',
    '资金需求',
  ],
  currency: ['currency', 'валюта', '货币', '币种'],
  seeking: [
    'seeking',
    'looking for',
    'needs',
    'что ищет',
    'ищем',
    'потребности',
    'запрос',
    '寻求',
    '需求',
    '合作需求',
  ],
  team_size: [
    'team size',
    'team',
    'размер команды',
    'численность команды',
    'команда',
    '团队规模',
    '团队人数',
  ],
  founded_year: [
    'founded year',
    'founded',
    'year founded',
    'founding year',
    'year of foundation',
    'год основания',
    'год создания',
    '成立年份',
    '成立时间',
    '成立年',
  ],
  city: ['city', 'город', '城市', '所在城市'],
  contact_email: [
    'contact email',
    'email',
    'e-mail',
    'contact e-mail',
    'электронная почта',
    'почта',
    'email контакта',
    'контактный email',
    'контактный e-mail',
    '邮箱',
    '电子邮件',
    '电子邮箱',
    '联系邮箱',
  ],
  contact_phone: [
    'contact phone',
    'phone',
    'telephone',
    'телефон',
    'контактный телефон',
    '电话',
    '联系电话',
    '手机',
  ],
  pitch_deck_url: [
    'pitch deck url',
    'pitch deck',
    'deck',
    'presentation',
    'presentation url',
    'презентация',
    'ссылка на презентацию',
    'питч-дек',
    '路演材料',
    '路演链接',
    '商业计划书',
    '演示文稿',
  ],
  video_url: ['video url', 'video', 'видео', 'ссылка на видео', '视频', '视频链接'],
  tags: ['tags', 'keywords', 'теги', 'ключевые слова', '标签', '关键词'],
};

/** Names of the per-language columns; a header is a name with a language marker, e.g. `Название (рус.)`. */
const LOCALIZED_ALIASES: Record<LocalizedBase, string[]> = {
  startup_name: [
    'startup name',
    'startup',
    'company',
    'company name',
    'стартап',
    'название стартапа',
    'компания',
    'название компании',
    '初创公司',
    '初创企业',
    '公司名称',
    '企业名称',
  ],
  title: [
    'title',
    'project title',
    'project name',
    'название',
    'название проекта',
    'наименование проекта',
    'заголовок',
    '标题',
    '项目名称',
    '项目标题',
  ],
  summary: [
    'summary',
    'short description',
    'abstract',
    'краткое описание',
    'аннотация',
    'резюме',
    '摘要',
    '简介',
    '项目简介',
  ],
  description: [
    'description',
    'full description',
    'details',
    'описание',
    'полное описание',
    'подробное описание',
    '描述',
    '详细描述',
    '项目描述',
    '项目介绍',
  ],
};

const LANGUAGE_MARKERS: Record<ImportLanguage, string[]> = {
  en: ['en', 'eng', 'english', 'англ', 'английский', 'на английском', 'англ яз', '英文', '英语'],
  ru: ['ru', 'rus', 'russian', 'рус', 'русский', 'на русском', 'рус яз', '俄文', '俄语'],
  zh: ['zh', 'cn', 'chinese', 'кит', 'китайский', 'на китайском', 'кит яз', '中文', '汉语'],
};

/** Case, width, punctuation and `ё` do not matter in a header: `Title (EN)*` reads as `title en`. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[*_\-–—/\\.:,;()[\]{}"'«»“”‘’]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const hasCjk = (text: string) => /\p{Script=Han}/u.test(text);

function buildAliasIndex(): Map<string, ImportColumn> {
  const index = new Map<string, ImportColumn>();
  const add = (alias: string, column: ImportColumn) => {
    const key = normalizeHeader(alias);
    const existing = index.get(key);
    if (existing && existing !== column) {
      throw new Error(`Header alias "${alias}" names ${existing} and ${column}`);
    }
    index.set(key, column);
  };
  for (const column of SINGLE_COLUMNS) {
    add(column, column);
    for (const alias of SINGLE_ALIASES[column]) add(alias, column);
  }
  for (const base of LOCALIZED_BASES) {
    const names = [base, ...LOCALIZED_ALIASES[base]];
    if (base === 'startup_name') for (const name of names) add(name, 'startup_name');
    for (const language of IMPORT_LANGUAGES) {
      const column: LocalizedColumn = `${base}_${language}`;
      for (const name of names) {
        for (const marker of LANGUAGE_MARKERS[language]) {
          add(`${name} ${marker}`, column);
          add(`${marker} ${name}`, column);
          if (hasCjk(name) || hasCjk(marker)) {
            add(`${name}${marker}`, column);
            add(`${marker}${name}`, column);
          }
        }
      }
    }
  }
  return index;
}

const ALIAS_INDEX = buildAliasIndex();

/** The column a header cell names, or null when Bridge does not read it. */
export function columnOf(header: string): ImportColumn | null {
  return ALIAS_INDEX.get(normalizeHeader(header)) ?? null;
}

/** Columns every file must have: one of the alternatives of each group. */
export const REQUIRED_COLUMN_GROUPS: ReadonlyArray<readonly ImportColumn[]> = [
  ['startup_name', 'startup_name_en', 'startup_name_ru', 'startup_name_zh'],
  ['field'],
  ['title_en', 'title_ru', 'title_zh'],
  ['summary_en', 'summary_ru', 'summary_zh'],
  ['contact_email'],
];

export interface HeaderMapping {
  /** For each cell of the header row, the column it names (null: ignored). */
  columns: Array<ImportColumn | null>;
  present: ReadonlySet<ImportColumn>;
  /** Non-empty header cells Bridge does not read (shown in the preview, not an error). */
  ignored: string[];
  errors: ImportRowError[];
}

/** Maps the header row (spreadsheet row `row`) to columns; missing and repeated columns are errors. */
export function mapHeaders(cells: readonly string[], row = 1): HeaderMapping {
  const columns: Array<ImportColumn | null> = [];
  const present = new Set<ImportColumn>();
  const ignored: string[] = [];
  const errors: ImportRowError[] = [];
  cells.forEach((cell) => {
    const header = cell.trim();
    const column = header ? columnOf(header) : null;
    if (!column) {
      if (header) ignored.push(header);
      columns.push(null);
      return;
    }
    if (present.has(column)) {
      errors.push({ row, column, key: IMPORT_ROW_KEYS.duplicateColumn, params: { column, header } });
      columns.push(null);
      return;
    }
    present.add(column);
    columns.push(column);
  });
  for (const group of REQUIRED_COLUMN_GROUPS) {
    if (!group.some((column) => present.has(column))) {
      errors.push({
        row,
        column: group[0],
        key: IMPORT_ROW_KEYS.missingColumn,
        params: { column: group.join('|') },
      });
    }
  }
  return { columns, present, ignored, errors };
}

/** A data row as column → trimmed text (absent and empty cells are left out). */
export type ImportRecord = Partial<Record<ImportColumn, string>>;

export function recordOf(
  cells: readonly string[],
  columns: ReadonlyArray<ImportColumn | null>,
): ImportRecord {
  const record: ImportRecord = {};
  columns.forEach((column, index) => {
    const value = column ? cells[index]?.trim() : '';
    if (column && value) record[column] = value;
  });
  return record;
}
