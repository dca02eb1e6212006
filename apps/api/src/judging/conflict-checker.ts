import type { LocalizedText } from '@bridge/contracts';
import { EntityManager } from 'typeorm';
import { ConflictReason, JudgeConflictProfile, ProjectConflictProfile, conflictReasons } from './conflicts';
import { JudgeConflictEntity } from './entities/judge-conflict.entity';
import { JudgeEntity } from './entities/judge.entity';

export type ConflictChecker = (judgeId: string, projectId: string) => ConflictReason[];

/** Loads what conflict detection needs for these judges and projects, in four queries. */
export async function loadConflictChecker(
  manager: EntityManager,
  judges: JudgeEntity[],
  projectIds: string[],
): Promise<ConflictChecker> {
  const judgeIds = judges.map((j) => j.id);
  const userIds = judges.map((j) => j.userId).filter((id): id is string => !!id);
  // One after the other: the manager may be a transaction's single connection.
  const declared = judgeIds.length
    ? await manager.find(JudgeConflictEntity, { where: judgeIds.map((judgeId) => ({ judgeId })) })
    : [];
  const judgeMemberships = userIds.length
    ? await (manager.query(
        'SELECT user_id, organization_id FROM memberships WHERE user_id = ANY($1::uuid[])',
        [userIds],
      ) as Promise<Array<{ user_id: string; organization_id: string }>>)
    : [];
  const projects = projectIds.length
    ? await (manager.query(
        `SELECT p.id, p.organization_id, o.name, p.contact_email FROM projects p
             JOIN organizations o ON o.id = p.organization_id WHERE p.id = ANY($1::uuid[])`,
        [projectIds],
      ) as Promise<
        Array<{ id: string; organization_id: string; name: LocalizedText; contact_email: string | null }>
      >)
    : [];
  const people = projectIds.length
    ? await (manager.query(
        `SELECT p.id AS project_id, u.display_name FROM projects p
             JOIN memberships m ON m.organization_id = p.organization_id JOIN users u ON u.id = m.user_id
            WHERE p.id = ANY($1::uuid[])`,
        [projectIds],
      ) as Promise<Array<{ project_id: string; display_name: string }>>)
    : [];

  const judgeProfiles = new Map<string, JudgeConflictProfile>();
  for (const judge of judges) {
    const own = declared.filter((d) => d.judgeId === judge.id);
    judgeProfiles.set(judge.id, {
      judgeId: judge.id,
      memberOf: new Set(
        judgeMemberships.filter((m) => m.user_id === judge.userId).map((m) => m.organization_id),
      ),
      affiliation: judge.affiliation,
      declaredOrganizations: new Set(own.map((d) => d.organizationId).filter((id): id is string => !!id)),
      declaredProjects: new Set(own.map((d) => d.projectId).filter((id): id is string => !!id)),
      declaredPeople: own.map((d) => d.personName).filter((n): n is string => !!n),
    });
  }
  const projectProfiles = new Map<string, ProjectConflictProfile>();
  for (const p of projects) {
    projectProfiles.set(p.id, {
      projectId: p.id,
      organizationId: p.organization_id,
      organizationNames: [p.name.zh, p.name.en, p.name.ru].filter((n): n is string => !!n),
      people: [
        ...people.filter((x) => x.project_id === p.id).map((x) => x.display_name),
        ...(p.contact_email ? [p.contact_email.split('@')[0].replace(/[._-]+/g, ' ')] : []),
      ],
    });
  }
  return (judgeId, projectId) => {
    const judge = judgeProfiles.get(judgeId);
    const project = projectProfiles.get(projectId);
    return judge && project ? conflictReasons(judge, project) : [];
  };
}
