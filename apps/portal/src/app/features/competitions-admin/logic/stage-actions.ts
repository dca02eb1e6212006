import {
  COMPETITION_STAGES,
  CompetitionStage,
  JudgingRound,
  MANUAL_STAGE_STEPS,
  STAGE_ACTIONS,
  StageAction,
  stageAllows,
} from '@bridge/contracts';

/** Every action of the stage machine, in the order of STAGE_ACTIONS. */
export const STAGE_ACTION_NAMES = Object.keys(STAGE_ACTIONS) as StageAction[];

/**
 * Why a button is disabled, in the order the API checks: the stage first (errors.competition.wrongStage),
 * then the round and the run (errors.judging.roundOpen / roundClosed / noSelection / selectionStale).
 */
export type Blocker =
  | { kind: 'stage'; action: StageAction; stage: CompetitionStage; allowedIn: readonly CompetitionStage[] }
  | { kind: 'roundOpen' }
  | { kind: 'roundClosed' }
  | { kind: 'noRun' }
  | { kind: 'stale' };

/** Null when `action` is allowed in `stage`; else the stages that allow it. */
export function actionBlocker(stage: CompetitionStage, action: StageAction): Blocker | null {
  if (stageAllows(stage, action)) return null;
  return { kind: 'stage', action, stage, allowedIn: STAGE_ACTIONS[action] };
}

/** How an edition leaves `stage`: by hand, by publishing a round's results, or not at all. */
export type NextStep =
  | { kind: 'manual'; to: CompetitionStage }
  | { kind: 'publish'; to: CompetitionStage; round: JudgingRound }
  | { kind: 'last' };

export function nextStep(stage: CompetitionStage): NextStep {
  const manual = MANUAL_STAGE_STEPS.find(([from]) => from === stage);
  if (manual) return { kind: 'manual', to: manual[1] };
  const index = COMPETITION_STAGES.indexOf(stage);
  const to = COMPETITION_STAGES[index + 1];
  if (!to) return { kind: 'last' };
  return { kind: 'publish', to, round: stage === 'FINAL' ? 'FINAL' : 'PRELIMINARY' };
}

/** What moving from one stage to another opens and closes. */
export function stageChange(
  from: CompetitionStage,
  to: CompetitionStage,
): { gained: StageAction[]; lost: StageAction[] } {
  return {
    gained: STAGE_ACTION_NAMES.filter((action) => stageAllows(to, action) && !stageAllows(from, action)),
    lost: STAGE_ACTION_NAMES.filter((action) => stageAllows(from, action) && !stageAllows(to, action)),
  };
}

/** Whether each stage of the timeline is done, the current one or still to come. */
export function stageProgress(
  current: CompetitionStage,
  stage: CompetitionStage,
): 'done' | 'current' | 'todo' {
  const diff = COMPETITION_STAGES.indexOf(stage) - COMPETITION_STAGES.indexOf(current);
  return diff < 0 ? 'done' : diff === 0 ? 'current' : 'todo';
}

export interface RoundState {
  stage: CompetitionStage;
  round: JudgingRound;
  /** The edition's preliminaryClosed / finalClosed. */
  closed: boolean;
  run: { stale: boolean } | null;
}

const RUN_ACTION: Readonly<Record<JudgingRound, StageAction>> = {
  PRELIMINARY: 'RUN_SELECTION',
  FINAL: 'RUN_FINAL_RANKING',
};
const ASSIGN_ACTION: Readonly<Record<JudgingRound, StageAction>> = {
  PRELIMINARY: 'ASSIGN_PRELIMINARY',
  FINAL: 'ASSIGN_FINAL',
};
const CRITERIA_ACTION: Readonly<Record<JudgingRound, StageAction>> = {
  PRELIMINARY: 'EDIT_PRELIMINARY_CRITERIA',
  FINAL: 'EDIT_FINAL_CRITERIA',
};

export function assignBlocker(stage: CompetitionStage, round: JudgingRound): Blocker | null {
  return actionBlocker(stage, ASSIGN_ACTION[round]);
}

export function criteriaBlocker(stage: CompetitionStage, round: JudgingRound): Blocker | null {
  return actionBlocker(stage, CRITERIA_ACTION[round]);
}

/** Running the selection (or the final ranking): only in its stage. */
export function runBlocker(stage: CompetitionStage, round: JudgingRound): Blocker | null {
  return actionBlocker(stage, RUN_ACTION[round]);
}

/** Closing a round: in its stage, once. */
export function closeRoundBlocker(state: Omit<RoundState, 'run'>): Blocker | null {
  return (
    actionBlocker(state.stage, RUN_ACTION[state.round]) ?? (state.closed ? { kind: 'roundClosed' } : null)
  );
}

/** Publishing a run: in its stage, the round closed, a run calculated and still current. */
export function publishBlocker(state: RoundState): Blocker | null {
  const stage = actionBlocker(state.stage, RUN_ACTION[state.round]);
  if (stage) return stage;
  if (!state.closed) return { kind: 'roundOpen' };
  if (!state.run) return { kind: 'noRun' };
  return state.run.stale ? { kind: 'stale' } : null;
}
