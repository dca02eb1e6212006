/** What ordering the published results needs of a project. */
export interface RankedProject {
  id: string;
  fieldId?: string | null;
  result?: { awardPlace?: number | null; rankInField?: number | null } | null;
}

export interface OrderedField<F, P> {
  /** null: projects without a field (or of a field no longer listed). */
  field: F | null;
  projects: P[];
}

export interface OrderedResults<F, P> {
  /** Award winners by place (1, 2, 3 …). */
  winners: P[];
  /** The other finalists per field, in the edition's field order, each by rank in field. */
  byField: OrderedField<F, P>[];
}

const byRank = (a: RankedProject, b: RankedProject) =>
  (a.result?.rankInField ?? Number.MAX_SAFE_INTEGER) - (b.result?.rankInField ?? Number.MAX_SAFE_INTEGER);

/**
 * Winners first (by award place), then the finalists per field. Where a visitor cannot see ranks the
 * API's order is kept (it lists by rank in field). Fields without finalists are left out.
 */
export function orderResults<F extends { id: string; position: number }, P extends RankedProject>(
  finalists: readonly P[],
  fields: readonly F[],
): OrderedResults<F, P> {
  const winners = finalists
    .filter((project) => !!project.result?.awardPlace)
    .sort((a, b) => (a.result?.awardPlace ?? 0) - (b.result?.awardPlace ?? 0));
  const others = finalists.filter((project) => !project.result?.awardPlace);
  const sortedFields = [...fields].sort((a, b) => a.position - b.position);
  const known = new Set(sortedFields.map((field) => field.id));
  const byField: OrderedField<F, P>[] = sortedFields
    .map((field) => ({
      field,
      projects: others.filter((project) => project.fieldId === field.id).sort(byRank),
    }))
    .filter((group) => group.projects.length > 0);
  const unfiled = others.filter((project) => !project.fieldId || !known.has(project.fieldId)).sort(byRank);
  if (unfiled.length) byField.push({ field: null, projects: unfiled });
  return { winners, byField };
}

/** The newest edition whose finalists are published (editions come newest first); null if none. */
export function latestPublished<E extends { finalistsPublishedAt?: string | null }>(
  editions: readonly E[],
): E | null {
  return editions.find((edition) => !!edition.finalistsPublishedAt) ?? null;
}
