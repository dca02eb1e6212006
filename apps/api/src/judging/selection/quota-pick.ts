/**
 * The finalist pick under the total and per-field caps.
 *
 * F = number of distinct fields among the candidates; each field's share = min(cap, ⌊total / F⌋).
 * 0. INCLUDE overrides are selected first (they count toward their field and the total and may
 *    exceed the cap); EXCLUDE overrides never are.
 * 1. Shares: walking the overall ranking, each field takes its best eligible projects up to its share
 *    (and never beyond the total).
 * 2. Extra slots: the remainder total − Σ shares (e.g. 10 over 3 fields leaves 1) always goes to the
 *    best remaining eligible projects overall whose field is below the cap. Under REDISTRIBUTE, the
 *    slots of shares a field could not fill (too few eligible projects) follow the same way; under
 *    LEAVE_EMPTY they stay empty. Remainder slots are handed out before redistributed ones.
 * Automatic picks never take a field above the cap nor the selection above the total.
 */
import { OVERRIDE_EXCLUDE, OVERRIDE_INCLUDE } from './problem';
import { UnfilledSlotRule } from './selection.types';

export const PICK_NONE = 0;
export const PICK_SHARE = 1;
export const PICK_REMAINDER = 2;
export const PICK_REDISTRIBUTED = 3;
export const PICK_OVERRIDE = 4;

export interface QuotaInput {
  fieldCount: number;
  /** field index per project */
  projectField: Int32Array;
  /** eligible projects, best first (may contain excluded ones: they are skipped) */
  order: Int32Array;
  /** +1 include, −1 exclude, 0 none, per project */
  override: Int8Array;
  finalistTotal: number;
  perFieldCap: number;
  rule: UnfilledSlotRule;
}

export interface QuotaResult {
  /** PICK_* per project */
  pick: Uint8Array;
  share: number;
  /** selected per field */
  fieldSelected: Int32Array;
  totalSelected: number;
}

export function fieldShare(finalistTotal: number, perFieldCap: number, fieldCount: number): number {
  return fieldCount > 0 ? Math.min(perFieldCap, Math.floor(finalistTotal / fieldCount)) : 0;
}

export function quotaPick(input: QuotaInput): QuotaResult {
  const { fieldCount, projectField, order, override, finalistTotal, perFieldCap, rule } = input;
  const pick = new Uint8Array(projectField.length);
  const fieldSelected = new Int32Array(fieldCount);
  const share = fieldShare(finalistTotal, perFieldCap, fieldCount);
  let total = 0;

  for (let p = 0; p < override.length; p++) {
    if (override[p] === OVERRIDE_INCLUDE) {
      pick[p] = PICK_OVERRIDE;
      fieldSelected[projectField[p]]++;
      total++;
    }
  }

  for (let k = 0; k < order.length && total < finalistTotal; k++) {
    const p = order[k];
    if (pick[p] !== PICK_NONE || override[p] === OVERRIDE_EXCLUDE) continue;
    const f = projectField[p];
    if (fieldSelected[f] < share) {
      pick[p] = PICK_SHARE;
      fieldSelected[f]++;
      total++;
    }
  }

  const remainder = finalistTotal - share * fieldCount;
  let shortfall = 0;
  if (rule === 'REDISTRIBUTE') {
    for (let f = 0; f < fieldCount; f++) shortfall += Math.max(0, share - fieldSelected[f]);
  }
  const extra = Math.min(finalistTotal - total, remainder + shortfall);
  let given = 0;
  for (let k = 0; k < order.length && given < extra; k++) {
    const p = order[k];
    if (pick[p] !== PICK_NONE || override[p] === OVERRIDE_EXCLUDE) continue;
    const f = projectField[p];
    if (fieldSelected[f] < perFieldCap) {
      pick[p] = given < remainder ? PICK_REMAINDER : PICK_REDISTRIBUTED;
      fieldSelected[f]++;
      total++;
      given++;
    }
  }

  return { pick, share, fieldSelected, totalSelected: total };
}
