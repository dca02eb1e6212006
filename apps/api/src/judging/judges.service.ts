import { ERROR_KEYS } from '@bridge/contracts';
import { Injectable, OnModuleInit } from '@nestjs/common';
import type { Response } from 'express';
import type { Capability } from '@bridge/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { isUniqueViolation } from '../common/errors/database-errors';
import { CompetitionsService, actor } from '../competitions/competitions.service';
import { CompetitionEntity } from '../competitions/entities/competition.entity';
import { assertStage } from '../competitions/stage-guard';
import { AuthService } from '../identity/auth.service';
import { CapabilityRegistry, CapabilitySource } from '../identity/capability-registry';
import { SessionEntity } from '../identity/entities/session.entity';
import { PasswordService } from '../identity/password.service';
import { SessionService } from '../identity/session.service';
import { hashToken, newToken, normalizeEmail } from '../identity/token';
import type { BridgeRequest, Viewer } from '../identity/viewer';
import { isOrganizer } from '../identity/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { DeclareConflictInput, InviteJudgeInput, JudgeSignUpInput } from './dtos/judging.inputs';
import { RoundProgressDto } from './dtos/judging.dto';
import { JudgeConflictEntity } from './entities/judge-conflict.entity';
import { JudgeEntity } from './entities/judge.entity';

@Injectable()
export class JudgesService implements OnModuleInit, CapabilitySource {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly competitions: CompetitionsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly capabilities: CapabilityRegistry,
    private readonly auth: AuthService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
  ) {}

  onModuleInit(): void {
    this.capabilities.register(this);
  }

  /** Active judges of any edition may use the judging screens. */
  async capabilitiesOf(userId: string): Promise<Capability[]> {
    const active = await this.dataSource
      .getRepository(JudgeEntity)
      .exists({ where: { userId, status: 'ACTIVE' } });
    return active ? ['JUDGE'] : [];
  }

  /**
   * A judge without a Bridge account creates one from the invitation link: the account gets the
   * invited e-mail, the judge role becomes active, and the browser is signed in — in one transaction.
   */
  async signUpAsJudge(input: JudgeSignUpInput, req: BridgeRequest, res: Response): Promise<SessionEntity> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const judge = await manager.findOne(JudgeEntity, {
          where: { tokenHash: hashToken(input.token) },
          lock: { mode: 'pessimistic_write' },
        });
        if (!judge || judge.status !== 'INVITED')
          throw AppException.badInput(ERROR_KEYS.judgeInvitationInvalid);
        const user = await this.auth.insertUser(
          manager,
          { email: judge.email, displayName: input.displayName, locale: input.locale },
          passwordHash,
        );
        await manager.update(
          JudgeEntity,
          { id: judge.id },
          { status: 'ACTIVE', userId: user.id, tokenHash: null },
        );
        await this.audit.record(
          manager,
          { userId: user.id },
          { action: 'judge.signed_up', entityType: 'judge', entityId: judge.id },
        );
        return this.sessions.start(manager, user.id, req, res);
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email')) throw AppException.conflict(ERROR_KEYS.emailTaken);
      throw error;
    }
  }

  async invite(viewer: Viewer, input: InviteJudgeInput): Promise<{ judge: JudgeEntity; token: string }> {
    const token = newToken();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const competition = await this.competitions.lock(manager, input.competitionId);
        assertStage(competition, 'MANAGE_JUDGES');
        const judge = await manager.save(
          manager.create(JudgeEntity, {
            competitionId: competition.id,
            email: normalizeEmail(input.email),
            displayName: input.displayName.trim(),
            affiliation: input.affiliation?.trim() || null,
            loadLimit: input.loadLimit ?? null,
            tokenHash: hashToken(token),
            status: 'INVITED',
          }),
        );
        await this.audit.record(manager, actor(viewer), {
          action: 'judge.invited',
          entityType: 'judge',
          entityId: judge.id,
          after: { email: judge.email, competitionId: competition.id },
        });
        return { judge, token };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_judges_competition_email'))
        throw AppException.conflict(ERROR_KEYS.alreadyJudge);
      throw error;
    }
  }

  async preview(token: string) {
    const judge = await this.dataSource.getRepository(JudgeEntity).findOne({
      where: { tokenHash: hashToken(token), status: 'INVITED' },
      relations: { competition: true },
    });
    if (!judge?.competition) return null;
    return { competitionName: judge.competition.name, email: judge.email, displayName: judge.displayName };
  }

  /** The signed-in user accepts a judge invitation sent to their e-mail; exactly once. */
  async accept(viewer: Viewer, token: string): Promise<JudgeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const judge = await manager.findOne(JudgeEntity, { where: { tokenHash: hashToken(token) } });
      if (!judge || judge.status !== 'INVITED')
        throw AppException.badInput(ERROR_KEYS.judgeInvitationInvalid);
      if (judge.email !== viewer.user.email) throw AppException.forbidden(ERROR_KEYS.invitationEmailMismatch);
      const result = await manager.update(
        JudgeEntity,
        { id: judge.id, status: 'INVITED' },
        { status: 'ACTIVE', userId: viewer.user.id, tokenHash: null },
      );
      if (!result.affected) throw AppException.badInput(ERROR_KEYS.judgeInvitationInvalid);
      await this.audit.record(manager, actor(viewer), {
        action: 'judge.accepted',
        entityType: 'judge',
        entityId: judge.id,
      });
      return manager.findOneOrFail(JudgeEntity, { where: { id: judge.id } });
    });
  }

  /** Removes a judge; their unfinished assignments go, submitted reviews stay for the record. */
  async remove(viewer: Viewer, judgeId: string): Promise<JudgeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const judge = await manager.findOne(JudgeEntity, {
        where: { id: judgeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!judge) throw AppException.notFound('judge');
      await manager.update(JudgeEntity, { id: judgeId }, { status: 'REMOVED', tokenHash: null });
      await manager.query(`DELETE FROM assignments WHERE judge_id = $1 AND status = 'ASSIGNED'`, [judgeId]);
      await this.audit.record(manager, actor(viewer), {
        action: 'judge.removed',
        entityType: 'judge',
        entityId: judgeId,
        before: { status: judge.status },
        after: { status: 'REMOVED' },
      });
      return manager.findOneOrFail(JudgeEntity, { where: { id: judgeId } });
    });
  }

  list(competitionId: string): Promise<JudgeEntity[]> {
    return this.dataSource
      .getRepository(JudgeEntity)
      .find({ where: { competitionId, status: In(['INVITED', 'ACTIVE']) }, order: { createdAt: 'ASC' } });
  }

  /** Assigned / submitted / abstained per judge and round. */
  async progress(judgeIds: string[]): Promise<Map<string, RoundProgressDto[]>> {
    const rows: Array<{ judge_id: string; round: 'PRELIMINARY' | 'FINAL'; status: string; n: number }> =
      judgeIds.length
        ? await this.dataSource.query(
            `SELECT judge_id, round, status, count(*)::int AS n FROM assignments
            WHERE judge_id = ANY($1::uuid[]) GROUP BY judge_id, round, status`,
            [judgeIds],
          )
        : [];
    const map = new Map<string, RoundProgressDto[]>();
    for (const row of rows) {
      const list = map.get(row.judge_id) ?? [];
      let entry = list.find((p) => p.round === row.round);
      if (!entry) {
        entry = { round: row.round, assigned: 0, submitted: 0, abstained: 0 };
        list.push(entry);
      }
      entry.assigned += row.n;
      if (row.status === 'SUBMITTED') entry.submitted += row.n;
      if (row.status === 'ABSTAINED') entry.abstained += row.n;
      map.set(row.judge_id, list);
    }
    return map;
  }

  /** Sends the judge an in-app reminder of their open assignments. */
  async remind(viewer: Viewer, judgeId: string): Promise<JudgeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const judge = await manager.findOne(JudgeEntity, { where: { id: judgeId } });
      if (!judge || judge.status === 'REMOVED') throw AppException.notFound('judge');
      const competition = await manager.findOneOrFail(CompetitionEntity, {
        where: { id: judge.competitionId },
      });
      const [{ open }] = await manager.query(
        `SELECT count(*)::int AS open FROM assignments WHERE judge_id = $1 AND status = 'ASSIGNED'`,
        [judgeId],
      );
      if (judge.userId) {
        await this.notifications.notify(manager, [judge.userId], {
          kind: 'judging.reminder',
          key: 'notifications.judging.reminder',
          params: {
            open,
            competition: competition.name.en ?? competition.name.zh ?? competition.name.ru ?? '',
          },
          link: '/assignments',
        });
      }
      await manager.update(JudgeEntity, { id: judgeId }, { lastRemindedAt: new Date() });
      return manager.findOneOrFail(JudgeEntity, { where: { id: judgeId } });
    });
  }

  /** The viewer's own active judge roles. */
  mine(viewer: Viewer): Promise<JudgeEntity[]> {
    return this.dataSource
      .getRepository(JudgeEntity)
      .find({ where: { userId: viewer.user.id, status: 'ACTIVE' }, order: { createdAt: 'DESC' } });
  }

  /** The judge row, if the viewer is that judge (or an organizer). */
  async ownJudge(viewer: Viewer, judgeId: string): Promise<JudgeEntity> {
    const judge = await this.dataSource.getRepository(JudgeEntity).findOne({ where: { id: judgeId } });
    if (!judge || (judge.userId !== viewer.user.id && !isOrganizer(viewer)))
      throw AppException.notFound('judge');
    return judge;
  }

  async declareConflict(viewer: Viewer, input: DeclareConflictInput): Promise<JudgeConflictEntity> {
    const judge = await this.ownJudge(viewer, input.judgeId);
    const target = {
      ORGANIZATION: input.organizationId,
      PROJECT: input.projectId,
      PERSON: input.personName?.trim(),
    };
    if (!target[input.kind]) {
      const field = { ORGANIZATION: 'organizationId', PROJECT: 'projectId', PERSON: 'personName' }[
        input.kind
      ];
      throw AppException.invalid([{ field, key: 'validation.required' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const conflict = await manager.save(
        manager.create(JudgeConflictEntity, {
          judgeId: judge.id,
          kind: input.kind,
          organizationId: input.kind === 'ORGANIZATION' ? (input.organizationId ?? null) : null,
          projectId: input.kind === 'PROJECT' ? (input.projectId ?? null) : null,
          personName: input.kind === 'PERSON' ? (input.personName?.trim() ?? null) : null,
          note: input.note?.trim() || null,
        }),
      );
      // A new conflict undoes any open assignment it touches.
      await manager.query(
        `DELETE FROM assignments a USING projects p
          WHERE a.project_id = p.id AND a.judge_id = $1 AND a.status = 'ASSIGNED'
            AND (p.id = $2 OR p.organization_id = $3)`,
        [judge.id, conflict.projectId, conflict.organizationId],
      );
      await this.audit.record(manager, actor(viewer), {
        action: 'judge.conflict_declared',
        entityType: 'judge',
        entityId: judge.id,
        after: {
          kind: conflict.kind,
          organizationId: conflict.organizationId,
          projectId: conflict.projectId,
        },
      });
      return conflict;
    });
  }

  async removeConflict(viewer: Viewer, conflictId: string): Promise<boolean> {
    const conflict = await this.dataSource
      .getRepository(JudgeConflictEntity)
      .findOne({ where: { id: conflictId } });
    if (!conflict) throw AppException.notFound('conflict');
    await this.ownJudge(viewer, conflict.judgeId);
    await this.dataSource.getRepository(JudgeConflictEntity).delete({ id: conflictId });
    return true;
  }

  conflictsOf(judgeIds: string[]): Promise<JudgeConflictEntity[]> {
    return this.dataSource
      .getRepository(JudgeConflictEntity)
      .find({ where: { judgeId: In(judgeIds) }, order: { createdAt: 'ASC' } });
  }
}
