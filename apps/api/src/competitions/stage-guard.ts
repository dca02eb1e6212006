import { ERROR_KEYS, StageAction, stageAllows } from '@bridge/contracts';
import { AppException } from '../common/errors/app.exception';
import { CompetitionEntity } from './entities/competition.entity';

/** Refuses an action outside the stages that allow it, with a clear, translated error. */
export function assertStage(competition: Pick<CompetitionEntity, 'stage'>, action: StageAction): void {
  if (!stageAllows(competition.stage, action)) {
    throw new AppException('CONFLICT', ERROR_KEYS.wrongStage, { stage: competition.stage, action });
  }
}
