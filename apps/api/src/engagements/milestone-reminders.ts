import { Injectable, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JsonLogger } from '../common/logging/json-logger';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { engagementNotice } from './engagement-notices';
import { TERMINAL_STAGES_SQL } from './engagements.service';
import type { EngagementEntity } from './entities/engagement.entity';

/** Milestones reminded per statement (the job loops until none is left). */
const BATCH = 200;

interface DueRow {
  id: string;
  title: string;
  due_on: string;
  engagement_id: string;
  kind: EngagementEntity['kind'];
  project_id: string;
  startup_organization_id: string;
  partner_organization_id: string;
}

/**
 * Reminds both parties' members of each milestone that is due within a day (UTC) or overdue and
 * not done, of an engagement not at a terminal stage — once: `reminded_at` is set by a conditional
 * update (`reminded_at IS NULL`), so of two runs (or replicas) exactly one takes a milestone, and
 * only that one notifies, in the same transaction. Interval: ENGAGEMENT_REMINDER_INTERVAL_MS.
 */
@Injectable()
export class MilestoneReminders implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<unknown> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    @Optional() config?: AppConfig,
    @Optional() private readonly logger?: JsonLogger,
  ) {
    this.intervalMs = config?.env.ENGAGEMENT_REMINDER_INTERVAL_MS ?? 0;
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.current) return;
      const run = this.run().catch((error) =>
        this.logger?.pino.error({ err: error }, 'milestone reminders failed'),
      );
      this.current = run.finally(() => (this.current = null));
    }, this.intervalMs);
    this.timer.unref?.();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.current?.catch(() => undefined);
  }

  /** Sends every reminder due now; returns how many milestones this run reminded. */
  async run(): Promise<number> {
    let total = 0;
    for (;;) {
      const reminded = await this.dataSource.transaction((manager) => this.remind(manager));
      total += reminded;
      if (reminded < BATCH) return total;
    }
  }

  private async remind(manager: EntityManager): Promise<number> {
    const due = `m.done_at IS NULL AND m.reminded_at IS NULL
      AND m.due_on <= ((now() AT TIME ZONE 'UTC') + interval '1 day')::date`;
    const rows: DueRow[] = await manager.query(
      `WITH reminded AS (
         UPDATE engagement_milestones m SET reminded_at = now()
           FROM engagements e
          WHERE m.id IN (SELECT m.id FROM engagement_milestones m
                           JOIN engagements e ON e.id = m.engagement_id
                          WHERE ${due} AND e.stage NOT IN ${TERMINAL_STAGES_SQL}
                          ORDER BY m.due_on, m.id LIMIT $1)
            AND e.id = m.engagement_id AND ${due}
        RETURNING m.id, m.title, to_char(m.due_on, 'YYYY-MM-DD') AS due_on, m.engagement_id, e.kind, e.project_id,
                  e.startup_organization_id, e.partner_organization_id
       ) SELECT * FROM reminded`,
      [BATCH],
    );
    for (const row of rows) {
      const engagement = {
        id: row.engagement_id,
        kind: row.kind,
        projectId: row.project_id,
        startupOrganizationId: row.startup_organization_id,
        partnerOrganizationId: row.partner_organization_id,
      };
      await engagementNotice(
        this.notifications,
        manager,
        engagement,
        [row.startup_organization_id, row.partner_organization_id],
        'notifications.milestone.due',
        null,
        { milestone: row.title, dueOn: row.due_on, milestoneId: row.id },
      );
    }
    return rows.length;
  }
}
