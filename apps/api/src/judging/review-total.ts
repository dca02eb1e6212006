/** A review's total on a 0–100 scale: each criterion's share of its maximum, weighted. */
export function reviewTotal(
  criteria: ReadonlyArray<{ id: string; weight: number; maxScore: number }>,
  values: ReadonlyMap<string, number>,
): number {
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    const value = values.get(c.id);
    if (value === undefined) throw new Error(`missing score for criterion ${c.id}`);
    weighted += c.weight * (value / c.maxScore);
    weights += c.weight;
  }
  return weights > 0 ? Math.round((weighted / weights) * 100 * 1000) / 1000 : 0;
}
