import { IMPORT_ROW_KEYS, VALIDATION_KEYS } from '@bridge/contracts';
import type { LocalizedText } from '@bridge/contracts';
import { isEmail, isURL } from 'class-validator';
import { IMPORT_LANGUAGES, ImportColumn, ImportRecord } from './import-columns';
import { MAX_KEY_LENGTH, stableKey } from './import-key';
import type { ImportRow, ImportRowError, ImportedContent } from './import.types';
import {
  isPhone,
  languageOf,
  normalizeEmail,
  normalizeWord,
  parseAmountMinor,
  parseCurrency,
  parseInteger,
  parseSeeking,
  parseStage,
  parseYear,
  splitList,
  withScheme,
} from './import-values';

export interface FieldChoice {
  id: string;
  code: string;
  name: LocalizedText;
}

export interface ValidationContext {
  fields: readonly FieldChoice[];
  /** Founding years run from 1950 to this year. */
  currentYear: number;
}

/** The same limits as the GraphQL project input (dtos/project.inputs.ts). */
const MAX = {
  name: 200,
  title: 200,
  longText: 5000,
  city: 120,
  phone: 60,
  email: 254,
  url: 500,
  tag: 40,
  tags: 20,
  teamSize: 100_000,
  trl: 9,
  amountMinor: 1e13,
};
const URL_OPTIONS = { protocols: ['https', 'http'], require_protocol: true };

/** Finds a field by its code or its name in any language, ignoring case and width. */
export function fieldIndex(fields: readonly FieldChoice[]): Map<string, FieldChoice> {
  const index = new Map<string, FieldChoice>();
  for (const field of fields) {
    for (const name of [field.name.en, field.name.ru, field.name.zh]) {
      if (name) index.set(normalizeWord(name), field);
    }
  }
  for (const field of fields) index.set(normalizeWord(field.code), field);
  return index;
}

const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 79)}…` : value);

/** Reads one row's cells, collecting an error for each problem instead of stopping at the first. */
class RowReader {
  readonly errors: ImportRowError[] = [];

  constructor(
    private readonly record: ImportRecord,
    private readonly row: number,
  ) {}

  fail(column: string, key: ImportRowError['key'], params: ImportRowError['params'] = {}): null {
    this.errors.push({ row: this.row, column, key, params });
    return null;
  }

  raw(column: ImportColumn): string | undefined {
    return this.record[column];
  }

  text(column: ImportColumn, max: number): string | null {
    const value = this.record[column];
    if (!value) return null;
    if (value.length > max) return this.fail(column, VALIDATION_KEYS.maxLength, { max });
    return value;
  }

  localized(base: 'title' | 'summary' | 'description', max: number): LocalizedText {
    const result: LocalizedText = {};
    for (const language of IMPORT_LANGUAGES) {
      const value = this.text(`${base}_${language}`, max);
      if (value) result[language] = value;
    }
    return result;
  }

  integer(column: ImportColumn, min: number, max: number, parse = parseInteger): number | null {
    const value = this.record[column];
    if (!value) return null;
    const number = parse(value);
    if (number === undefined) return this.fail(column, VALIDATION_KEYS.invalid, { value: shown(value) });
    if (number < min || number > max) {
      return this.fail(column, VALIDATION_KEYS.range, { min, max, value: number });
    }
    return number;
  }

  url(column: ImportColumn): string | null {
    const value = this.text(column, MAX.url);
    if (!value) return null;
    const url = withScheme(value);
    if (!isURL(url, URL_OPTIONS) || url.length > MAX.url) {
      return this.fail(column, VALIDATION_KEYS.url, { value: shown(value) });
    }
    return url;
  }
}

export interface RowResult {
  /** The normalised row, or null when it has errors. */
  row: ImportRow | null;
  errors: ImportRowError[];
}

/** Validates and normalises one data row (`row`: its spreadsheet row number). Pure. */
export function validateRow(
  record: ImportRecord,
  row: number,
  context: ValidationContext,
  fields: Map<string, FieldChoice> = fieldIndex(context.fields),
): RowResult {
  const r = new RowReader(record, row);

  const startupName = readStartupName(r);
  const keyName =
    r.raw('startup_name') ?? r.raw('startup_name_en') ?? r.raw('startup_name_ru') ?? r.raw('startup_name_zh');
  const applicationId = r.text('application_id', MAX_KEY_LENGTH);

  const fieldText = r.raw('field');
  const field = fieldText ? fields.get(normalizeWord(fieldText)) : undefined;
  if (!fieldText) r.fail('field', VALIDATION_KEYS.required);
  else if (!field) {
    r.fail('field', VALIDATION_KEYS.oneOf, {
      value: shown(fieldText),
      allowed: context.fields.map((f) => f.code).join(', '),
    });
  }

  const title = r.localized('title', MAX.title);
  if (!Object.keys(title).length && !hasError(r, 'title')) r.fail('title', VALIDATION_KEYS.anyLanguage);
  const summary = r.localized('summary', MAX.longText);
  if (!Object.keys(summary).length && !hasError(r, 'summary')) r.fail('summary', VALIDATION_KEYS.anyLanguage);
  const description = r.localized('description', MAX.longText);

  const contactEmail = readEmail(r);

  const phone = r.text('contact_phone', MAX.phone);
  if (phone && !isPhone(phone)) r.fail('contact_phone', VALIDATION_KEYS.invalid, { value: shown(phone) });

  const content: ImportedContent = {
    fieldId: field?.id ?? null,
    title,
    summary,
    description,
    tags: readTags(r),
    trl: r.integer('trl', 1, MAX.trl),
    stage: readChoice(r, 'stage', parseStage, 'IDEA, PROTOTYPE, MVP, EARLY_REVENUE, GROWTH, SCALING'),
    ...readFunding(r),
    seeking: readSeeking(r),
    teamSize: r.integer('team_size', 1, MAX.teamSize),
    foundedYear: r.integer('founded_year', 1950, context.currentYear, parseYear),
    city: r.text('city', MAX.city),
    contactEmail,
    contactPhone: phone,
    pitchDeckUrl: r.url('pitch_deck_url'),
    videoUrl: r.url('video_url'),
  };
  if (r.errors.length || !field || !contactEmail || !keyName) return { row: null, errors: r.errors };
  return {
    row: {
      row,
      key: stableKey({ applicationId, contactEmail, startupName: keyName }),
      startupName,
      fieldCode: field.code,
      content,
    },
    errors: [],
  };
}

/** The contact e-mail, required and valid, in lower case. */
function readEmail(r: RowReader): string | null {
  const text = r.raw('contact_email');
  if (!text) return r.fail('contact_email', VALIDATION_KEYS.required);
  if (text.length > MAX.email) return r.fail('contact_email', VALIDATION_KEYS.maxLength, { max: MAX.email });
  const email = normalizeEmail(text);
  if (!isEmail(email)) return r.fail('contact_email', VALIDATION_KEYS.email, { value: shown(text) });
  return email;
}

const hasError = (r: RowReader, base: string) => r.errors.some((e) => e.column?.startsWith(`${base}_`));

/** `startup_name` goes to the language of its script; `startup_name_en|ru|zh` name it in that language. */
function readStartupName(r: RowReader): LocalizedText {
  const name: LocalizedText = {};
  const plain = r.text('startup_name', MAX.name);
  if (plain) name[languageOf(plain)] = plain;
  for (const language of IMPORT_LANGUAGES) {
    const value = r.text(`startup_name_${language}`, MAX.name);
    if (value) name[language] = value;
  }
  const anyCell = ['startup_name', 'startup_name_en', 'startup_name_ru', 'startup_name_zh'] as const;
  if (!anyCell.some((column) => r.raw(column))) r.fail('startup_name', VALIDATION_KEYS.required);
  return name;
}

function readChoice<T>(
  r: RowReader,
  column: ImportColumn,
  parse: (text: string) => T | undefined,
  allowed: string,
) {
  const text = r.raw(column);
  if (!text) return null;
  const value = parse(text);
  if (value === undefined) return r.fail(column, VALIDATION_KEYS.oneOf, { value: shown(text), allowed });
  return value;
}

/** Amount (major units) and currency come together: either both or neither. */
function readFunding(r: RowReader): Pick<ImportedContent, 'fundingAskAmount' | 'fundingAskCurrency'> {
  const amountText = r.raw('funding_amount');
  let amount: number | null = null;
  if (amountText) {
    const minor = parseAmountMinor(amountText);
    if (minor === undefined) r.fail('funding_amount', VALIDATION_KEYS.invalid, { value: shown(amountText) });
    else if (minor > MAX.amountMinor) {
      r.fail('funding_amount', VALIDATION_KEYS.range, {
        min: 0,
        max: MAX.amountMinor / 100,
        value: shown(amountText),
      });
    } else amount = minor;
  }
  const currency = readChoice(r, 'currency', parseCurrency, 'CNY, RUB, USD');
  if (amountText && !r.raw('currency')) r.fail('currency', VALIDATION_KEYS.required);
  if (!amountText && r.raw('currency')) r.fail('funding_amount', VALIDATION_KEYS.required);
  return { fundingAskAmount: amount, fundingAskCurrency: amount === null ? null : currency };
}

function readSeeking(r: RowReader): ImportedContent['seeking'] {
  const text = r.raw('seeking');
  if (!text) return [];
  const { kinds, unknown } = parseSeeking(text);
  if (unknown.length) {
    r.fail('seeking', VALIDATION_KEYS.oneOf, {
      value: shown(unknown.join(', ')),
      allowed: 'INVESTMENT, RD_PARTNER, CUSTOMERS, LANDING',
    });
  }
  return kinds;
}

function readTags(r: RowReader): string[] {
  const text = r.raw('tags');
  if (!text) return [];
  const tags = [...new Set(splitList(text))];
  const long = tags.find((tag) => tag.length > MAX.tag);
  if (long) r.fail('tags', VALIDATION_KEYS.maxLength, { max: MAX.tag, value: shown(long) });
  if (tags.length > MAX.tags) {
    r.fail('tags', VALIDATION_KEYS.range, { min: 0, max: MAX.tags, value: tags.length });
  }
  return tags;
}

/** Remembers the first row of each stable key: a later row with the same key is an error. */
export class DuplicateKeys {
  private readonly firstRow = new Map<string, number>();

  check(row: ImportRow, record: ImportRecord): ImportRowError | null {
    const first = this.firstRow.get(row.key);
    if (first === undefined) {
      this.firstRow.set(row.key, row.row);
      return null;
    }
    const column = record.application_id ? 'application_id' : 'contact_email';
    return {
      row: row.row,
      column,
      key: IMPORT_ROW_KEYS.duplicateKey,
      params: { firstRow: first, key: row.key },
    };
  }
}
