import type { EngagementKind, LocalizedText } from '@bridge/contracts';
import { ENGAGEMENT_KINDS, ENGAGEMENT_STAGES } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { Connection, decodeCursor, toConnection } from '../common/pagination/connection';
import { actor } from '../competitions/competitions.service';
import type { Viewer } from '../identity/viewer';
import { engagementColumnsOf, RegisteredCompanyColumns } from './outcomes.columns';
import type { OutcomeEngagementsArgs } from './dtos/outcomes.args';
import {
  Breakdown,
  Funnel,
  FunnelCounts,
  FunnelStep,
  addCounts,
  emptyCounts,
  funnelOf,
} from './outcomes.funnel';
import {
  FUNNEL_BY_FIELD_SQL,
  FUNNEL_BY_PARK_SQL,
  INVESTED_SQL,
  LANDED_SQL,
  RD_AGREEMENT_SQL,
  STAGE_TIMES_SQL,
} from './outcomes.sql';

export interface StageTime {
  kind: EngagementKind;
  stage: string;
  medianDays: number | null;
  samples: number;
}

export interface Outcomes {
  funnel: Funnel;
  byField: Breakdown[];
  byPark: Breakdown[];
  stageTimes: StageTime[];
}

export interface OutcomeEngagement {
  id: string;
  createdAt: Date;
  projectId: string;
  projectTitle: LocalizedText;
  fieldCode: string | null;
  partnerName: LocalizedText;
  kind: EngagementKind;
  stage: string;
  stageEnteredAt: Date;
  registeredCompany: {
    name: string | null;
    registrationNumber: string | null;
    registeredOn: string | null;
  } | null;
}

const STEP_FILTER: Partial<Record<FunnelStep, string>> = {
  landed: LANDED_SQL,
  invested: INVESTED_SQL,
  rd: RD_AGREEMENT_SQL,
};

type CountRow = Record<FunnelStep, number>;

/**
 * The outcomes of editions for organizers (DESIGN.md §4: stages and dates, never messages or
 * notes): the funnel from applications to landings, investments and R&D agreements, per field and
 * per park, and the median time spent in each engagement stage. Read in one REPEATABLE READ
 * transaction so the figures describe one moment.
 */
@Injectable()
export class OutcomesService {
  private columns: Promise<RegisteredCompanyColumns> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async outcomes(competitionId: string | null): Promise<Outcomes> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await this.assertCompetition(manager, competitionId);
      const fieldRows: Array<
        CountRow & { field_code: string | null; field_name: LocalizedText | null; position: number | null }
      > = await manager.query(FUNNEL_BY_FIELD_SQL, [competitionId]);
      const parkRows: Array<CountRow & { park_id: string; park_name: LocalizedText }> = await manager.query(
        FUNNEL_BY_PARK_SQL,
        [competitionId],
      );
      const stageRows: Array<{
        kind: EngagementKind;
        stage: string;
        median_days: number | string | null;
        samples: number;
      }> = await manager.query(STAGE_TIMES_SQL, [competitionId]);

      const total = emptyCounts();
      const fields = new Map<
        string,
        { label: LocalizedText | null; position: number; counts: FunnelCounts }
      >();
      for (const row of fieldRows) {
        addCounts(total, row);
        if (!row.field_code) continue;
        // Across editions, fields are merged by code (AI of 2020 and AI of 2026 are one line).
        const field = fields.get(row.field_code) ?? {
          label: row.field_name,
          position: row.position ?? 0,
          counts: emptyCounts(),
        };
        addCounts(field.counts, row);
        fields.set(row.field_code, field);
      }
      const byField = [...fields.entries()]
        .sort(([a, x], [b, y]) => x.position - y.position || a.localeCompare(b))
        .map(([key, field]) => ({ key, label: field.label, funnel: funnelOf(competitionId, field.counts) }));
      const byPark = parkRows
        .map((row) => ({
          key: row.park_id,
          label: row.park_name,
          funnel: funnelOf(competitionId, addCounts(emptyCounts(), row)),
        }))
        .sort((a, b) => b.funnel.engagements - a.funnel.engagements || a.key.localeCompare(b.key));
      return { funnel: funnelOf(competitionId, total), byField, byPark, stageTimes: stageTimes(stageRows) };
    });
  }

  /** The engagements behind a chart segment, newest first: stages and dates only. */
  async engagements(args: OutcomeEngagementsArgs): Promise<Connection<OutcomeEngagement>> {
    const competitionId = args.competitionId ?? null;
    await this.assertCompetition(this.dataSource.manager, competitionId);
    const company = await this.registeredCompanyColumns();
    const params: unknown[] = [
      competitionId,
      args.fieldCode ?? null,
      args.parkId ?? null,
      args.kind ?? null,
      args.stage ?? null,
    ];
    const stepFilter = (args.step && STEP_FILTER[args.step]) || 'TRUE';
    const where = `
      ($1::uuid IS NULL OR p.competition_id = $1::uuid)
      AND ($2::text IS NULL OR f.code = $2::text)
      AND ($3::uuid IS NULL OR e.partner_organization_id = $3::uuid)
      AND ($4::text IS NULL OR e.kind = $4::text)
      AND ($5::text IS NULL OR e.stage = $5::text)
      AND ${stepFilter}`;
    const from = `
      FROM engagements e
      JOIN projects p ON p.id = e.project_id
      LEFT JOIN competition_fields f ON f.id = p.field_id
      JOIN organizations o ON o.id = e.partner_organization_id`;
    const cursor = decodeCursor(args.after);
    const pageParams = [...params, cursor?.createdAt ?? null, cursor?.id ?? null, args.first + 1];
    const created = `date_trunc('milliseconds', e.created_at)`;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.id, ${created} AS created_at, e.project_id, p.title AS project_title, f.code AS field_code,
              o.name AS partner_name, e.kind, e.stage, e.stage_entered_at${company.select}
       ${from}
       WHERE ${where}
         AND ($6::timestamptz IS NULL OR (${created}, e.id) < ($6::timestamptz, $7::uuid))
       ORDER BY ${created} DESC, e.id DESC
       LIMIT $8`,
      pageParams,
    );
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n ${from} WHERE ${where}`, params);
    const page = rows.map((row) => ({
      ...toEngagement(row),
      createdAt: new Date(row['created_at'] as string),
    }));
    return toConnection(page, args.first, n, (row) => row);
  }

  /** Leaves a trace of who took the outcomes out of Bridge, and in which form. */
  async recordExport(viewer: Viewer, competitionId: string | null, format: string, sheet: string | null) {
    await this.audit.record(this.dataSource.manager, actor(viewer), {
      action: 'outcomes.exported',
      entityType: competitionId ? 'competition' : 'outcomes',
      entityId: competitionId ?? 'all-editions',
      after: { format, sheet },
    });
  }

  async competitionLabel(
    competitionId: string | null,
  ): Promise<{ year: number; editionNumber: number } | null> {
    if (!competitionId) return null;
    const [row] = await this.dataSource.query(`SELECT year, edition_number FROM competitions WHERE id = $1`, [
      competitionId,
    ]);
    return row ? { year: row.year, editionNumber: row.edition_number } : null;
  }

  private async assertCompetition(manager: EntityManager, competitionId: string | null) {
    if (!competitionId) return;
    const [row] = await manager.query(`SELECT 1 FROM competitions WHERE id = $1`, [competitionId]);
    if (!row) throw AppException.notFound('competition');
  }

  /** The registered-company columns of engagements, when the schema has them. */
  private registeredCompanyColumns(): Promise<RegisteredCompanyColumns> {
    this.columns ??= engagementColumnsOf(this.dataSource).catch((error) => {
      this.columns = null;
      throw error;
    });
    return this.columns;
  }
}

function toEngagement(row: Record<string, unknown>): Omit<OutcomeEngagement, 'createdAt'> {
  const hasCompany =
    row['company_name'] != null || row['company_number'] != null || row['company_on'] != null;
  const on = row['company_on'];
  return {
    id: row['id'] as string,
    projectId: row['project_id'] as string,
    projectTitle: row['project_title'] as LocalizedText,
    fieldCode: (row['field_code'] as string | null) ?? null,
    partnerName: row['partner_name'] as LocalizedText,
    kind: row['kind'] as EngagementKind,
    stage: row['stage'] as string,
    stageEnteredAt: new Date(row['stage_entered_at'] as string),
    registeredCompany: hasCompany
      ? {
          name: (row['company_name'] as string | null) ?? null,
          registrationNumber: (row['company_number'] as string | null) ?? null,
          registeredOn: on == null ? null : String(on).slice(0, 10),
        }
      : null,
  };
}

/** Every stage of every kind, in pipeline order, with its median (null without samples). */
function stageTimes(
  rows: Array<{ kind: EngagementKind; stage: string; median_days: number | string | null; samples: number }>,
): StageTime[] {
  const found = new Map(rows.map((row) => [`${row.kind}:${row.stage}`, row]));
  return ENGAGEMENT_KINDS.flatMap((kind) =>
    ENGAGEMENT_STAGES[kind].map((stage) => {
      const row = found.get(`${kind}:${stage}`);
      const median = row?.median_days;
      return {
        kind,
        stage,
        medianDays: median == null ? null : Math.round(Number(median) * 10) / 10,
        samples: row?.samples ?? 0,
      };
    }),
  );
}
