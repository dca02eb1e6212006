import { ERROR_KEYS, LANDING_LIMITS } from '@bridge/contracts';
import type { LandingApplicationStatus } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { continueOrStartEngagement } from '../engagements/engagement-start';
import type { Viewer } from '../identity/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { RejectLandingApplicationInput } from './dtos/landing-application.inputs';
import { LandingApplicationEntity } from './entities/landing-application.entity';
import { parkOf } from './landing-access';
import { LandingApplicationsService, SeenApplication, moveApplication } from './landing-applications.service';
import { applicationNotice } from './landing-notices';
import { cleanText } from './offer-input';

/**
 * Moves of an application, each one conditional UPDATE on the statuses it may leave, inside a
 * transaction with its audit row and notification: the park shortlists, rejects (with a reason) or
 * invites; the start-up withdraws or accepts an invitation, which starts a LANDING engagement in
 * the same transaction.
 */
@Injectable()
export class LandingApplicationMoves {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: LandingApplicationsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async shortlist(viewer: Viewer, id: string): Promise<LandingApplicationEntity> {
    const { application } = await this.side(viewer, id, 'PARK');
    return this.dataSource.transaction((manager) =>
      moveApplication(manager, this.audit, viewer, application, ['SUBMITTED'], { status: 'SHORTLISTED' }),
    );
  }

  async reject(viewer: Viewer, input: RejectLandingApplicationInput): Promise<LandingApplicationEntity> {
    const rejectReason = cleanText('reason', input.reason, 1, LANDING_LIMITS.rejectReasonMaxLength);
    const { application } = await this.side(viewer, input.id, 'PARK');
    return this.dataSource.transaction(async (manager) => {
      const moved = await moveApplication(
        manager,
        this.audit,
        viewer,
        application,
        ['SUBMITTED', 'SHORTLISTED'],
        {
          status: 'REJECTED',
          rejectReason,
        },
      );
      await applicationNotice(this.notifications, manager, moved.startupOrganizationId, 'rejected', moved);
      return moved;
    });
  }

  async withdraw(viewer: Viewer, id: string): Promise<LandingApplicationEntity> {
    const { application } = await this.side(viewer, id, 'STARTUP');
    const from: LandingApplicationStatus[] = ['SUBMITTED', 'SHORTLISTED', 'INVITED'];
    return this.dataSource.transaction((manager) =>
      moveApplication(manager, this.audit, viewer, application, from, { status: 'WITHDRAWN' }),
    );
  }

  /** INVITED → ACCEPTED, and a LANDING engagement between the project and the park starts. */
  async accept(viewer: Viewer, id: string): Promise<LandingApplicationEntity> {
    const { application } = await this.side(viewer, id, 'STARTUP');
    return this.dataSource.transaction(async (manager) => {
      const moved = await moveApplication(manager, this.audit, viewer, application, ['INVITED'], {
        status: 'ACCEPTED',
      });
      const engagement = await continueOrStartEngagement(manager, {
        kind: 'LANDING',
        projectId: moved.projectId,
        startupOrganizationId: moved.startupOrganizationId,
        partnerOrganizationId: moved.parkOrganizationId,
        origin: 'LANDING_APPLICATION',
        actorUserId: viewer.user.id,
        actorOrganizationId: moved.startupOrganizationId,
      });
      await manager.update(LandingApplicationEntity, { id: moved.id }, { engagementId: engagement.id });
      await applicationNotice(this.notifications, manager, moved.parkOrganizationId, 'accepted', moved);
      return manager.findOneOrFail(LandingApplicationEntity, { where: { id: moved.id } });
    });
  }

  /** The application, if the viewer is on `side` (NOT_FOUND to outsiders, FORBIDDEN to the other side). */
  private async side(viewer: Viewer, id: string, side: 'STARTUP' | 'PARK'): Promise<SeenApplication> {
    const seen = await this.applications.get(viewer, id);
    if (seen.startupSide !== (side === 'STARTUP')) throw AppException.forbidden(ERROR_KEYS.forbidden);
    if (side === 'PARK') parkOf(viewer);
    return seen;
  }
}
