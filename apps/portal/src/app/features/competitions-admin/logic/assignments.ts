import type { JudgingRound, ProjectStatus } from '@bridge/contracts';
import type { AssignmentStatus } from '../../../core/graphql/lazy/generated';

interface AssignmentLike {
  id: string;
  judgeId: string;
  projectId: string;
  status: AssignmentStatus;
}

/** Projects a round judges: applications in the preliminary round, finalists in the final. */
export const ROUND_STATUSES: Readonly<Record<JudgingRound, readonly ProjectStatus[]>> = {
  PRELIMINARY: ['SUBMITTED', 'FINALIST', 'NOT_SELECTED', 'AWARDED'],
  FINAL: ['FINALIST', 'AWARDED'],
};

export interface JudgeLoad {
  judgeId: string;
  assigned: number;
  submitted: number;
  abstained: number;
  open: number;
}

/** Per judge: how many projects they have, submitted, abstained from and still open. */
export function judgeLoads(judgeIds: readonly string[], assignments: readonly AssignmentLike[]): JudgeLoad[] {
  return judgeIds.map((judgeId) => {
    const own = assignments.filter((assignment) => assignment.judgeId === judgeId);
    const count = (status: AssignmentStatus) =>
      own.filter((assignment) => assignment.status === status).length;
    return {
      judgeId,
      assigned: own.length,
      submitted: count('SUBMITTED'),
      abstained: count('ABSTAINED'),
      open: count('ASSIGNED'),
    };
  });
}

export interface ProjectAssignments<A extends AssignmentLike> {
  projectId: string;
  assignments: A[];
}

/**
 * Per project of the round: its assignments. Projects of the round without any come too (they need
 * judges), as do projects that still have assignments but left the round (e.g. withdrawn).
 */
export function projectAssignments<A extends AssignmentLike>(
  roundProjectIds: readonly string[],
  assignments: readonly A[],
): ProjectAssignments<A>[] {
  const byProject = new Map<string, A[]>(roundProjectIds.map((id) => [id, []]));
  for (const assignment of assignments) {
    const list = byProject.get(assignment.projectId) ?? [];
    list.push(assignment);
    byProject.set(assignment.projectId, list);
  }
  return [...byProject].map(([projectId, list]) => ({ projectId, assignments: list }));
}
