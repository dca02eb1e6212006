import type { EntityManager } from 'typeorm';
import type { SearchOutboxOp } from './search-outbox.entity';

/**
 * What writers call, inside their own transaction, when they change what search shows: the rows
 * commit (or roll back) with the change, and the worker rebuilds those projects' documents from
 * the database afterwards. Static: plain functions with a manager (imports, the demo seed) call it
 * as easily as services.
 */
export class SearchOutbox {
  /** The given projects changed (created, edited, submitted, withdrawn, scored, deleted…). */
  static async enqueue(
    manager: EntityManager,
    projectIds: readonly string[],
    op: SearchOutboxOp = 'UPSERT',
  ): Promise<void> {
    const ids = [...new Set(projectIds)];
    if (!ids.length) return;
    await manager.query('INSERT INTO search_outbox (project_id, op) SELECT unnest($1::uuid[]), $2', [
      ids,
      op,
    ]);
  }

  /**
   * Every project of an edition changed (its results were published, its fields renamed): one
   * statement, however many projects.
   */
  static async enqueueCompetition(manager: EntityManager, competitionId: string): Promise<void> {
    await manager.query(
      `INSERT INTO search_outbox (project_id, op)
       SELECT id, 'UPSERT' FROM projects WHERE competition_id = $1 AND status <> 'DRAFT'`,
      [competitionId],
    );
  }
}
