/**
 * Conflicts of interest between a judge and a project: what the judge declared, and what Bridge can
 * see for itself (the judge belongs to the project's organisation; the declared affiliation names it).
 * A conflicted judge is never assigned, automatically or by hand.
 */
export type ConflictReason =
  'DECLARED_ORGANIZATION' | 'DECLARED_PROJECT' | 'DECLARED_PERSON' | 'SAME_ORGANIZATION' | 'AFFILIATION';

export interface JudgeConflictProfile {
  judgeId: string;
  /** Organisations the judge's user is a member of. */
  memberOf: ReadonlySet<string>;
  affiliation: string | null;
  declaredOrganizations: ReadonlySet<string>;
  declaredProjects: ReadonlySet<string>;
  declaredPeople: readonly string[];
}

export interface ProjectConflictProfile {
  projectId: string;
  organizationId: string;
  /** The organisation's names in every language. */
  organizationNames: readonly string[];
  /** Names of the people on the project: the organisation's members, the contact e-mail's owner. */
  people: readonly string[];
}

/** Lower-case letters and digits only (any script), so "Agro-Vision  Robotics" matches "agrovision robotics". */
export function normalizeName(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesMatch(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (x.length < 3 || y.length < 3) return false;
  return x === y || (x.length >= 5 && y.includes(x)) || (y.length >= 5 && x.includes(y));
}

export function conflictReasons(
  judge: JudgeConflictProfile,
  project: ProjectConflictProfile,
): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  if (judge.declaredOrganizations.has(project.organizationId)) reasons.push('DECLARED_ORGANIZATION');
  if (judge.declaredProjects.has(project.projectId)) reasons.push('DECLARED_PROJECT');
  if (judge.declaredPeople.some((person) => project.people.some((p) => namesMatch(person, p)))) {
    reasons.push('DECLARED_PERSON');
  }
  if (judge.memberOf.has(project.organizationId)) reasons.push('SAME_ORGANIZATION');
  const affiliation = judge.affiliation;
  if (affiliation && project.organizationNames.some((name) => namesMatch(affiliation, name))) {
    reasons.push('AFFILIATION');
  }
  return reasons;
}
