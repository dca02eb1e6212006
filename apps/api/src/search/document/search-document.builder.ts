import type { Currency, LocalizedText, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import { CONTENT_LANGUAGES, usdEquivalentMinor } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProjectSearchDoc } from '../search.types';
import { TAXONOMY, Taxonomy } from '../taxonomy/taxonomy';

interface ProjectRow {
  id: string;
  competition_id: string;
  year: number;
  field_code: string | null;
  status: ProjectStatus;
  visibility_consent: boolean;
  finalists_published: boolean;
  awards_published: boolean;
  title: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  tags: string[];
  trl: number | null;
  stage: ProjectStage | null;
  seeking: SeekingKind[];
  funding_ask_amount: string | null;
  funding_ask_currency: Currency | null;
  city: string | null;
  published_score: string | null;
  published_rank_in_field: number | null;
  award_place: number | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT p.id, p.competition_id, c.year, f.code AS field_code, p.status, p.visibility_consent,
         c.finalists_published_at IS NOT NULL AS finalists_published,
         c.awards_published_at IS NOT NULL AS awards_published,
         p.title, p.summary, p.description, p.tags, p.trl, p.stage, p.seeking,
         p.funding_ask_amount, p.funding_ask_currency, p.city,
         p.published_score, p.published_rank_in_field, p.award_place, p.created_at, p.updated_at
    FROM projects p
    JOIN competitions c ON c.id = p.competition_id
    LEFT JOIN competition_fields f ON f.id = p.field_id`;

const texts = (text: LocalizedText | null | undefined) => CONTENT_LANGUAGES.map((l) => text?.[l] ?? null);

/**
 * Builds search documents from the database — the one place that knows how a project becomes a
 * document. Reads through the manager it is given (inside the worker's transaction, or the reindex
 * command's), so on PGlite it never needs a second connection.
 */
@Injectable()
export class SearchDocumentBuilder {
  private readonly taxonomy: Taxonomy = TAXONOMY;

  /** Documents of the given projects; `absent` lists those that must leave the index (gone or drafts). */
  async build(
    manager: EntityManager,
    projectIds: string[],
  ): Promise<{ docs: ProjectSearchDoc[]; absent: string[] }> {
    if (!projectIds.length) return { docs: [], absent: [] };
    const rows: ProjectRow[] = await manager.query(`${SELECT} WHERE p.id = ANY($1::uuid[])`, [projectIds]);
    const docs = rows.filter((r) => r.status !== 'DRAFT').map((r) => this.toDoc(r));
    const present = new Set(docs.map((d) => d.projectId));
    return { docs, absent: projectIds.filter((id) => !present.has(id)) };
  }

  /** One page of every indexable project, in id order (reindex). */
  async page(manager: EntityManager, afterId: string | null, limit: number): Promise<ProjectSearchDoc[]> {
    const rows: ProjectRow[] = await manager.query(
      `${SELECT} WHERE p.status <> 'DRAFT' AND ($1::uuid IS NULL OR p.id > $1::uuid) ORDER BY p.id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => this.toDoc(r));
  }

  async countIndexable(manager: EntityManager): Promise<number> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM projects WHERE status <> 'DRAFT'`);
    return n;
  }

  toDoc(row: ProjectRow): ProjectSearchDoc {
    const card = [...texts(row.title), ...texts(row.summary)];
    const cardConcepts = [
      ...new Set([...this.taxonomy.fieldConcepts(row.field_code), ...this.taxonomy.conceptsIn(card)]),
    ];
    const profile = this.taxonomy.conceptsIn([...texts(row.description), ...(row.tags ?? [])]);
    const amount = row.funding_ask_amount === null ? null : Number(row.funding_ask_amount);
    return {
      projectId: row.id,
      competitionId: row.competition_id,
      competitionYear: row.year,
      fieldCode: row.field_code,
      status: row.status,
      consent: row.visibility_consent,
      finalistsPublished: row.finalists_published,
      awardsPublished: row.awards_published,
      title: row.title ?? {},
      summary: row.summary ?? {},
      description: row.description ?? {},
      tags: row.tags ?? [],
      cardConcepts,
      concepts: [...new Set([...cardConcepts, ...profile])],
      trl: row.trl,
      stage: row.stage,
      seeking: row.seeking ?? [],
      fundingUsdMinor:
        amount !== null && row.funding_ask_currency
          ? usdEquivalentMinor(amount, row.funding_ask_currency)
          : null,
      city: row.city,
      score: row.published_score === null ? null : Number(row.published_score),
      rankInField: row.published_rank_in_field,
      awardPlace: row.award_place,
      createdAt: new Date(row.created_at),
      updatedAt: new Date(row.updated_at),
    };
  }
}
