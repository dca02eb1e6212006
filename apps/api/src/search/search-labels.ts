import type { LocalizedText } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const TTL_MS = 60_000;
type Kind = 'EDITION' | 'FIELD' | 'CITY';

/**
 * Names of facet values (editions, fields, cities), kept for a minute: most searches need no
 * extra query for them. Only ids the facets returned are looked up, and only public names.
 */
@Injectable()
export class SearchLabels {
  private readonly cache = new Map<string, { label: LocalizedText; at: number }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async labels(kind: Kind, values: string[]): Promise<Map<string, LocalizedText>> {
    const now = Date.now();
    const result = new Map<string, LocalizedText>();
    const missing: string[] = [];
    for (const value of values) {
      const hit = this.cache.get(`${kind}:${value}`);
      if (hit && now - hit.at < TTL_MS) result.set(value, hit.label);
      else missing.push(value);
    }
    if (missing.length) {
      for (const [value, label] of await this.load(kind, missing)) {
        this.cache.set(`${kind}:${value}`, { label, at: now });
        result.set(value, label);
      }
      if (this.cache.size > 10_000) this.cache.clear();
    }
    return result;
  }

  private async load(kind: Kind, values: string[]): Promise<Array<[string, LocalizedText]>> {
    if (kind === 'EDITION') {
      const rows: Array<{ id: string; name: LocalizedText; year: number }> = await this.dataSource.query(
        'SELECT id, name, year FROM competitions WHERE id = ANY($1::uuid[])',
        [values],
      );
      return rows.map((r) => [r.id, withYear(r.name, r.year)]);
    }
    if (kind === 'FIELD') {
      // A code names the same field in every edition: the latest edition's name.
      const rows: Array<{ code: string; name: LocalizedText }> = await this.dataSource.query(
        `SELECT DISTINCT ON (f.code) f.code, f.name FROM competition_fields f
           JOIN competitions c ON c.id = f.competition_id
          WHERE f.code = ANY($1::text[]) ORDER BY f.code, c.year DESC, c.edition_number DESC`,
        [values],
      );
      return rows.map((r) => [r.code, r.name]);
    }
    const rows: Array<{ city_key: string; city: string }> = await this.dataSource.query(
      `SELECT city_key, min(city) AS city FROM project_search_documents WHERE city_key = ANY($1::text[]) GROUP BY city_key`,
      [values],
    );
    return rows.map((r) => [r.city_key, { zh: r.city, en: r.city, ru: r.city }]);
  }
}

function withYear(name: LocalizedText, year: number): LocalizedText {
  const label: LocalizedText = {};
  for (const lang of ['zh', 'en', 'ru'] as const) {
    const text = name?.[lang];
    if (text) label[lang] = text.includes(String(year)) ? text : `${text} (${year})`;
  }
  return label;
}
