import type { IntroductionPurpose } from '@bridge/contracts';
import { Injectable, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { JsonLogger } from '../../common/logging/json-logger';
import { AppConfig } from '../../config/app-config';
import { NotificationsService } from '../../notifications/notifications.service';
import { namesOf, noticeTo } from './introduction-notices';
import { introductionSettings } from './introduction-settings';

/** Requests expired per statement (the job loops until none is left). */
const BATCH = 200;

/** Narrows an expiry to one (requester, project, purpose): a new request replaces an overdue one. */
export interface ExpiryScope {
  requesterOrganizationId: string;
  projectId: string;
  purpose: IntroductionPurpose;
}

interface ExpiredRow {
  id: string;
  purpose: IntroductionPurpose;
  project_id: string;
  requester_organization_id: string;
  startup_organization_id: string;
}

/**
 * Moves overdue PENDING requests to EXPIRED and tells the requester, once: the move is a
 * conditional update (`status = 'PENDING' AND expires_at <= now()`), so of two processes (or the job
 * and an answer) exactly one changes a row, and only the one that changed it notifies. No lease is
 * needed. Answers refuse an overdue request on their own (their update requires `expires_at > now()`).
 */
@Injectable()
export class IntroductionExpiry implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<unknown> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    @Optional() config?: AppConfig,
    @Optional() private readonly logger?: JsonLogger,
  ) {
    this.intervalMs = config ? introductionSettings(config.env).expiryIntervalMs : 0;
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.current) return;
      const run = this.run().catch((error) =>
        this.logger?.pino.error({ err: error }, 'introduction expiry failed'),
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

  /** Expires everything overdue now; returns how many requests this run expired. */
  async run(): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.dataSource.transaction((manager) => this.expire(manager));
      total += expired;
      if (expired < BATCH) return total;
    }
  }

  /** Expires (at most a batch of) overdue requests inside the caller's transaction, with their notices. */
  async expire(manager: EntityManager, scope?: ExpiryScope): Promise<number> {
    const params: unknown[] = [BATCH];
    let narrow = '';
    if (scope) {
      params.push(scope.requesterOrganizationId, scope.projectId, scope.purpose);
      narrow = 'AND requester_organization_id = $2 AND project_id = $3 AND purpose = $4';
    }
    const rows: ExpiredRow[] = await manager.query(
      `WITH expired AS (
         UPDATE introductions i SET status = 'EXPIRED', answered_at = now(), answered_by_id = NULL, updated_at = now()
          WHERE i.id IN (SELECT id FROM introductions
                          WHERE status = 'PENDING' AND expires_at <= now() ${narrow}
                          ORDER BY expires_at LIMIT $1)
            AND i.status = 'PENDING' AND i.expires_at <= now()
        RETURNING i.id, i.purpose, i.project_id, i.requester_organization_id, i.startup_organization_id
       ) SELECT * FROM expired`,
      params,
    );
    for (const row of rows) {
      const introduction = {
        id: row.id,
        purpose: row.purpose,
        declineReason: null,
        projectId: row.project_id,
        requesterOrganizationId: row.requester_organization_id,
        startupOrganizationId: row.startup_organization_id,
      };
      const names = await namesOf(manager, introduction);
      await this.audit.record(
        manager,
        { userId: null, organizationId: null },
        {
          action: 'introduction.expired',
          entityType: 'introduction',
          entityId: row.id,
          before: { status: 'PENDING' },
          after: { status: 'EXPIRED' },
        },
      );
      await noticeTo(this.notifications, manager, row.requester_organization_id, 'expired', introduction, {
        project: names.project,
        organization: names.startup,
      });
    }
    return rows.length;
  }
}
