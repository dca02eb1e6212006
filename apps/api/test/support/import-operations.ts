/** GraphQL documents and file factories of the import tests. */

export const IMPORT_JOB = /* GraphQL */ `
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      status
      fileName
      format
      totalRows
      processedRows
      progress
      counts {
        new
        update
        unchanged
        invalid
      }
      errorCount
      errors {
        row
        column
        key
        params
      }
      ignoredColumns
      sample {
        row
        externalKey
        action
        startupName {
          en
          ru
          zh
        }
        title {
          en
        }
        fieldCode
        trl
      }
      failureKey
      committedAt
    }
  }
`;
export const COMMIT = /* GraphQL */ `
  mutation Commit($id: ID!) {
    commitImport(id: $id) {
      id
      status
      committedAt
      counts {
        new
        update
        unchanged
        invalid
      }
    }
  }
`;
export const IMPORT_JOBS = /* GraphQL */ `
  query Jobs($competitionId: ID!, $first: Int) {
    importJobs(competitionId: $competitionId, first: $first) {
      totalCount
      edges {
        node {
          id
          fileName
          status
        }
      }
    }
  }
`;
export const PROJECTS = /* GraphQL */ `
  query Projects($competitionId: ID!) {
    competitionProjects(competitionId: $competitionId, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          organizationId
          trl
          title {
            en
            ru
            zh
          }
          organizationName {
            en
            ru
            zh
          }
          contacts {
            email
          }
        }
      }
    }
  }
`;

export type Application = Record<string, string>;

/** A complete trilingual application; `n` makes it unique, overrides change single cells. */
export function anApplication(n: number, overrides: Application = {}): Application {
  return {
    application_id: `APP-${n}`,
    startup_name: `Стартап ${n}`,
    field: ['AI', 'ROBOTICS', 'BIOTECH'][n % 3],
    title_en: `Project ${n}`,
    title_ru: `Проект ${n}`,
    title_zh: `项目 ${n}`,
    summary_en: `What project ${n} does.`,
    summary_ru: `Что делает проект ${n}.`,
    summary_zh: `项目 ${n} 的简介。`,
    trl: String(1 + (n % 9)),
    stage: 'MVP',
    funding_amount: '5000000',
    currency: 'RUB',
    seeking: 'INVESTMENT; LANDING',
    team_size: '5',
    founded_year: '2020',
    city: 'Kazan',
    contact_email: `founder${n}@example.test`,
    contact_phone: '+7 900 000 00 00',
    pitch_deck_url: `https://example.test/deck/${n}.pdf`,
    tags: 'ai, vision',
    ...overrides,
  };
}

export function toCsv(rows: Application[], separator = ','): string {
  const header = Object.keys(rows[0]);
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  return [header, ...rows.map((row) => header.map((column) => row[column] ?? ''))]
    .map((cells) => cells.map(quote).join(separator))
    .join('\r\n');
}

export const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
