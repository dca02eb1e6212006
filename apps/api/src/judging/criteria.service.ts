import { hasAnyLanguage } from '@bridge/contracts';
import type { JudgingRound } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { cleanLocalizedText } from '../common/graphql/localized-text.dto';
import { CompetitionsService, actor } from '../competitions/competitions.service';
import { assertStage } from '../competitions/stage-guard';
import type { Viewer } from '../identity/viewer';
import { CriterionInput } from './dtos/judging.inputs';
import { CriterionEntity } from './entities/criterion.entity';

@Injectable()
export class CriteriaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly competitions: CompetitionsService,
    private readonly audit: AuditService,
  ) {}

  list(competitionId: string, round: JudgingRound): Promise<CriterionEntity[]> {
    return this.dataSource
      .getRepository(CriterionEntity)
      .find({ where: { competitionId, round }, order: { position: 'ASC' } });
  }

  /** Replaces a round's criteria before its judging starts. */
  async set(viewer: Viewer, competitionId: string, round: JudgingRound, criteria: CriterionInput[]) {
    criteria.forEach((c, i) => {
      if (!hasAnyLanguage(cleanLocalizedText(c.name))) {
        throw AppException.invalid([{ field: `criteria.${i}.name`, key: 'validation.anyLanguage' }]);
      }
    });
    return this.dataSource.transaction(async (manager) => {
      const competition = await this.competitions.lock(manager, competitionId);
      assertStage(competition, round === 'PRELIMINARY' ? 'EDIT_PRELIMINARY_CRITERIA' : 'EDIT_FINAL_CRITERIA');
      const existing = await manager.find(CriterionEntity, { where: { competitionId, round } });
      const keep = new Set(criteria.filter((c) => c.id).map((c) => c.id));
      if (criteria.some((c) => c.id && !existing.some((e) => e.id === c.id)))
        throw AppException.notFound('criterion');
      const removed = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
      if (removed.length) await manager.delete(CriterionEntity, { id: In(removed) });
      for (const [position, c] of criteria.entries()) {
        const values = {
          name: cleanLocalizedText(c.name),
          description: cleanLocalizedText(c.description ?? {}),
          weight: c.weight,
          maxScore: c.maxScore,
          position,
        };
        if (c.id) await manager.update(CriterionEntity, { id: c.id }, values);
        else await manager.insert(CriterionEntity, { competitionId, round, ...values });
      }
      await this.audit.record(manager, actor(viewer), {
        action: 'criteria.set',
        entityType: 'competition',
        entityId: competitionId,
        before: { round, criteria: existing.map((e) => ({ name: e.name, weight: e.weight })) },
        after: { round, criteria: criteria.map((c) => ({ name: c.name, weight: c.weight })) },
      });
      return manager.find(CriterionEntity, { where: { competitionId, round }, order: { position: 'ASC' } });
    });
  }
}
