import { CURRENCIES, PROJECT_STAGES, SEEKING_KINDS } from '@bridge/contracts';
import type { Currency, LocalizedText, ProjectStage, SeekingKind } from '@bridge/contracts';
import type { ImportLanguage } from './import-columns';

/**
 * Readers of single cell values, as people type them in en/ru/zh spreadsheets. Each returns the
 * value, or undefined when the text is not one (the caller reports the error).
 */

/** Lower case, NFKC (full-width → ASCII), `ё` → `е`, `_`/`-` as spaces: `Early_Revenue` reads as `early revenue`. */
export function normalizeWord(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[_\-–—.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function lookup<T extends string>(codes: readonly T[], aliases: Record<T, string[]>): Map<string, T> {
  const index = new Map<string, T>();
  for (const code of codes) {
    index.set(normalizeWord(code), code);
    for (const alias of aliases[code]) index.set(normalizeWord(alias), code);
  }
  return index;
}

const STAGES = lookup<ProjectStage>(PROJECT_STAGES, {
  IDEA: ['idea', 'идея', '创意', '想法', '概念'],
  PROTOTYPE: ['prototype', 'прототип', '原型', '样机'],
  MVP: ['minimum viable product', 'мвп', 'минимально жизнеспособный продукт', '最小可行产品'],
  EARLY_REVENUE: [
    'early revenue',
    'first revenue',
    'первая выручка',
    'ранняя выручка',
    'первые продажи',
    '早期收入',
    '初期收入',
  ],
  GROWTH: ['growth', 'рост', '成长', '增长', '成长期'],
  SCALING: ['scaling', 'scale', 'scale up', 'масштабирование', '规模化', '扩张'],
});

const SEEKING = lookup<SeekingKind>(SEEKING_KINDS, {
  INVESTMENT: [
    'investment',
    'investments',
    'investor',
    'investors',
    'инвестиции',
    'инвестор',
    'инвесторы',
    '投资',
    '融资',
  ],
  RD_PARTNER: [
    'r&d partner',
    'rd partner',
    'r&d',
    'rd',
    'research partner',
    'ниокр',
    'партнер по ниокр',
    'партнер ниокр',
    '研发合作',
    '研发伙伴',
    '研发',
  ],
  CUSTOMERS: [
    'customers',
    'customer',
    'clients',
    'pilot',
    'pilot customers',
    'клиенты',
    'заказчики',
    'пилот',
    '客户',
    '试点客户',
  ],
  LANDING: ['landing', 'soft landing', 'приземление', 'локализация', 'выход в китай', '落地', '入驻'],
});

const CURRENCY = lookup<Currency>(CURRENCIES, {
  CNY: ['rmb', 'yuan', '¥', '元', '人民币', 'юань', 'юани', 'юаней'],
  RUB: ['rur', '₽', 'руб', 'рубль', 'рубли', 'рублей', '卢布'],
  USD: ['$', 'us$', 'dollar', 'dollars', 'доллар', 'доллары', 'долларов', '美元'],
});

export const parseStage = (text: string): ProjectStage | undefined => STAGES.get(normalizeWord(text));
export const parseCurrency = (text: string): Currency | undefined => CURRENCY.get(normalizeWord(text));

/** Splits a list cell on `,` `;` and their Chinese forms `，` `；` `、`, dropping empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[,;，；、\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** `INVESTMENT; LANDING`, `инвестиции, приземление`, `投资、落地` → kinds (repeats dropped); undefined if one is unknown. */
export function parseSeeking(text: string): { kinds: SeekingKind[]; unknown: string[] } {
  const kinds = new Set<SeekingKind>();
  const unknown: string[] = [];
  for (const item of splitList(text)) {
    const kind = SEEKING.get(normalizeWord(item));
    if (kind) kinds.add(kind);
    else unknown.push(item);
  }
  return { kinds: [...kinds], unknown };
}

/** A whole number, allowing `5.0` from spreadsheets and a `TRL`/`УГТ` prefix. */
export function parseInteger(text: string): number | undefined {
  const cleaned = text
    .normalize('NFKC')
    .replace(/^(trl|урт|угт)\s*/i, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+(\.0+)?$/.test(cleaned)) return undefined;
  const value = Number.parseInt(cleaned, 10);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A year, also from a date cell (`2019-03-01`). */
export function parseYear(text: string): number | undefined {
  const date = /^(\d{4})-\d{2}-\d{2}$/.exec(text.trim());
  return date ? Number(date[1]) : parseInteger(text);
}

/**
 * An amount in major units → minor units. Accepts `5000000`, `5 000 000`, `5,000,000.50` (English
 * grouping), `5.000.000,50` and `5000000,5` (Russian decimal comma); at most two decimals. Groups of
 * exactly three digits after `,` or `.` are thousands: `5.000` is five thousand, not five.
 */
export function parseAmountMinor(text: string): number | undefined {
  let s = text.normalize('NFKC').replace(/[\s\u00a0\u202f'’_]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return undefined;
  const [whole, fraction = ''] = s.split('.');
  const minor = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** The language a name is written in, by its script: Han → zh, Cyrillic → ru, otherwise en. */
export function languageOf(text: string): ImportLanguage {
  if (/\p{Script=Han}/u.test(text)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  return 'en';
}

/** `example.org/deck.pdf` → `https://example.org/deck.pdf`; a URL with a scheme is kept as typed. */
export function withScheme(text: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
}

/** Trimmed, normalised e-mail address: the key of a contact. */
export function normalizeEmail(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** A phone number: digits with `+ ( ) - .` and spaces, at least five digits. */
export function isPhone(text: string): boolean {
  return /^[+\d\s().\-–]+$/.test(text) && (text.match(/\d/g)?.length ?? 0) >= 5;
}

export function filledLanguages(text: LocalizedText): ImportLanguage[] {
  return (['en', 'ru', 'zh'] as const).filter((language) => !!text[language]);
}
