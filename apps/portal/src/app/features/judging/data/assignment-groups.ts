import { JudgingRound, resolveText } from '@bridge/contracts';
import type { Locale } from '@bridge/contracts';
import type { JudgeAssignment, MyJudging } from './judging.api';
import { RoundState, roundState } from './scorecard';

export type AssignmentFilter = 'todo' | 'done' | 'all';

export interface RoundGroup {
  round: JudgingRound;
  state: RoundState;
  assigned: number;
  done: number;
  assignments: JudgeAssignment[];
}

export interface EditionGroup {
  competitionId: string;
  judgeId: string | null;
  name: MyJudging['myJudgeRoles'][number]['competitionName'] | null;
  rounds: RoundGroup[];
}

const ROUND_ORDER: readonly JudgingRound[] = ['FINAL', 'PRELIMINARY'];

export function isDone(assignment: Pick<JudgeAssignment, 'status'>): boolean {
  return assignment.status !== 'ASSIGNED';
}

/**
 * The judge's assignments by edition (as `myJudgeRoles` orders them, newest first) and round (the
 * final first), each round's to-do before its done, then by project title in the viewer's language.
 * Counts are of every assignment; `filter` only decides which are listed. Empty rounds are left out.
 */
export function groupAssignments(data: MyJudging, filter: AssignmentFilter, locale: Locale): EditionGroup[] {
  const competitions = new Map(data.competitions.map((competition) => [competition.id, competition]));
  const editionIds = [
    ...data.myJudgeRoles.map((role) => role.competitionId),
    ...data.myAssignments.map((assignment) => assignment.competitionId),
  ].filter((id, index, ids) => ids.indexOf(id) === index);
  const title = (assignment: JudgeAssignment) => resolveText(assignment.project.title, locale)?.text ?? '';

  return editionIds.flatMap((competitionId): EditionGroup[] => {
    const role = data.myJudgeRoles.find((candidate) => candidate.competitionId === competitionId) ?? null;
    const competition = competitions.get(competitionId);
    const rounds = ROUND_ORDER.flatMap((round): RoundGroup[] => {
      const all = data.myAssignments.filter((a) => a.competitionId === competitionId && a.round === round);
      if (!all.length) return [];
      const listed = all
        .filter((a) => filter === 'all' || (filter === 'done') === isDone(a))
        .sort((a, b) => Number(isDone(a)) - Number(isDone(b)) || title(a).localeCompare(title(b), locale));
      return [
        {
          round,
          state: competition ? roundState(competition, round) : 'notOpen',
          assigned: all.length,
          done: all.filter(isDone).length,
          assignments: listed,
        },
      ];
    });
    return rounds.length || role
      ? [{ competitionId, judgeId: role?.id ?? null, name: role?.competitionName ?? null, rounds }]
      : [];
  });
}
