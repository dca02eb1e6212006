import type { DataSource } from 'typeorm';

/**
 * The engagements feature records the company a landing registered in columns of `engagements`.
 * The outcome report lists them when the schema has them, and leaves them out otherwise; this
 * reads which of the known column names exist (once per process).
 */
export interface RegisteredCompanyColumns {
  /** Extra select list (`, e.x AS company_name, …`) or ''. */
  select: string;
}

/** The engagements feature's names first (registered_company_name, registration_number, registered_on). */
const CANDIDATES = {
  company_name: ['registered_company_name', 'company_name'],
  company_number: ['registered_company_number', 'company_registration_number', 'registration_number'],
  company_on: ['registered_company_on', 'company_registered_on', 'registered_on', 'registration_date'],
} as const;

export async function engagementColumnsOf(dataSource: DataSource): Promise<RegisteredCompanyColumns> {
  const rows: Array<{ column_name: string }> = await dataSource.query(
    `SELECT column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = 'engagements'`,
  );
  const present = new Set(rows.map((row) => row.column_name));
  const select = Object.entries(CANDIDATES)
    .map(([alias, names]) => {
      const column = names.find((name) => present.has(name));
      return column ? `, e.${column}::text AS ${alias}` : '';
    })
    .join('');
  return { select };
}
