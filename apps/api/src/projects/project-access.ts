import type { CompetitionEntity } from '../competitions/entities/competition.entity';
import type { Viewer } from '../identity/viewer';
import { isOrganizer, membershipIn } from '../identity/viewer';
import type { ProjectEntity } from './entities/project.entity';

/**
 * How much of a project a viewer sees (DESIGN.md §4), from most to least:
 * TEAM (its own members) and ORGANIZER see everything, contacts included; JUDGE (assigned, any
 * round) and MARKET (verified investors/parks/partners, when the start-up consented) see the full
 * profile but no contacts; PUBLIC (anyone, once finalists are published) sees the card only.
 * Drafts never leave the team; withdrawn projects stay with the team and organizers.
 */
export type ProjectAccess = 'TEAM' | 'ORGANIZER' | 'JUDGE' | 'MARKET' | 'PUBLIC';

const MARKET_STATUSES = new Set(['SUBMITTED', 'FINALIST', 'NOT_SELECTED', 'AWARDED']);
const PUBLIC_STATUSES = new Set(['FINALIST', 'AWARDED']);

export function projectAccess(
  viewer: Viewer | null,
  project: Pick<ProjectEntity, 'organizationId' | 'status' | 'visibilityConsent'>,
  competition: Pick<CompetitionEntity, 'finalistsPublishedAt'>,
  isAssignedJudge: boolean,
): ProjectAccess | null {
  if (membershipIn(viewer, project.organizationId)) return 'TEAM';
  if (project.status === 'DRAFT') return null;
  if (isOrganizer(viewer)) return 'ORGANIZER';
  if (project.status === 'WITHDRAWN') return null;
  if (isAssignedJudge) return 'JUDGE';
  if (
    viewer?.capabilities.has('MARKET') &&
    project.visibilityConsent &&
    MARKET_STATUSES.has(project.status)
  ) {
    return 'MARKET';
  }
  if (competition.finalistsPublishedAt && PUBLIC_STATUSES.has(project.status)) return 'PUBLIC';
  return null;
}

export const seesFullProfile = (access: ProjectAccess) => access !== 'PUBLIC';
export const seesContacts = (access: ProjectAccess) => access === 'TEAM' || access === 'ORGANIZER';

/**
 * The published results a viewer sees of a project (the `Project.result` field, the shortlist
 * export): judges see none; others nothing before publication (organizers excepted); scores for the
 * team, organizers and the market; the award once awards are published.
 */
export function visibleResult(
  project: Pick<ProjectEntity, 'publishedScore' | 'publishedRankInField' | 'awardPlace'>,
  access: ProjectAccess,
  competition: Pick<CompetitionEntity, 'finalistsPublishedAt' | 'awardsPublishedAt'>,
) {
  const published = !!competition.finalistsPublishedAt;
  if (access === 'JUDGE' || (!published && access !== 'ORGANIZER')) return null;
  const seesScore = access === 'ORGANIZER' || access === 'TEAM' || access === 'MARKET';
  return {
    score: seesScore ? project.publishedScore : null,
    rankInField: seesScore ? project.publishedRankInField : null,
    awardPlace: competition.awardsPublishedAt || access === 'ORGANIZER' ? project.awardPlace : null,
  };
}
