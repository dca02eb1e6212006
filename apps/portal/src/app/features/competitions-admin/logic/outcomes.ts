/** Sorting and filtering of selection outcomes (the outcomes table). */

export interface OutcomeLike {
  projectId: string;
  rankOverall?: number | null;
  rankInField?: number | null;
  quality?: number | null;
  rawMean?: number | null;
  reviewCount: number;
  finalistProbability?: number | null;
  selected: boolean;
  nearTie: boolean;
}

export interface OutcomeFilter {
  text: string;
  onlySelected: boolean;
  onlyNearTies: boolean;
}

/**
 * The value a column sorts by. Unranked projects (too few reviews) come after every ranked one in
 * ascending order; missing numbers sort as the lowest.
 */
export function outcomeSortValue(
  row: OutcomeLike & { title: string; field: string },
  column: string,
): number | string {
  switch (column) {
    case 'rank':
      return row.rankOverall ?? Number.MAX_SAFE_INTEGER;
    case 'rankInField':
      return row.rankInField ?? Number.MAX_SAFE_INTEGER;
    case 'quality':
      return row.quality ?? Number.NEGATIVE_INFINITY;
    case 'rawMean':
      return row.rawMean ?? Number.NEGATIVE_INFINITY;
    case 'reviews':
      return row.reviewCount;
    case 'probability':
      return row.finalistProbability ?? Number.NEGATIVE_INFINITY;
    case 'decision':
      return row.selected ? 0 : 1;
    case 'field':
      return row.field.toLocaleLowerCase();
    default:
      return row.title.toLocaleLowerCase();
  }
}

export function matchesOutcomeFilter(
  row: OutcomeLike & { title: string; startup: string; field: string },
  filter: OutcomeFilter,
): boolean {
  if (filter.onlySelected && !row.selected) return false;
  if (filter.onlyNearTies && !row.nearTie) return false;
  const text = filter.text.trim().toLocaleLowerCase();
  return !text || `${row.title} ${row.startup} ${row.field}`.toLocaleLowerCase().includes(text);
}
