import { OVERRIDE_EXCLUDE, OVERRIDE_INCLUDE } from './problem';
import {
  PICK_NONE,
  PICK_OVERRIDE,
  PICK_REDISTRIBUTED,
  PICK_REMAINDER,
  PICK_SHARE,
  QuotaInput,
  fieldShare,
  quotaPick,
} from './quota-pick';
import { UnfilledSlotRule } from './selection.types';

const sut = quotaPick;

interface Edition {
  fields: string[];
  /** the field of each eligible project, best first; project index = position */
  ranked: string[];
  finalistTotal?: number;
  perFieldCap?: number;
  rule?: UnfilledSlotRule;
  overrides?: Record<number, 'INCLUDE' | 'EXCLUDE'>;
}

function quota(e: Edition): QuotaInput {
  const override = new Int8Array(e.ranked.length);
  for (const [p, d] of Object.entries(e.overrides ?? {})) {
    override[Number(p)] = d === 'INCLUDE' ? OVERRIDE_INCLUDE : OVERRIDE_EXCLUDE;
  }
  return {
    fieldCount: e.fields.length,
    projectField: Int32Array.from(e.ranked, (f) => e.fields.indexOf(f)),
    order: Int32Array.from(e.ranked, (_, i) => i),
    override,
    finalistTotal: e.finalistTotal ?? 18,
    perFieldCap: e.perFieldCap ?? 6,
    rule: e.rule ?? 'LEAVE_EMPTY',
  };
}

const repeat = (field: string, n: number) => Array.from({ length: n }, () => field);
const picked = (pick: Uint8Array) => Array.from(pick.keys()).filter((i) => pick[i] !== PICK_NONE);
const perField = (e: Edition, pick: Uint8Array) =>
  Object.fromEntries(e.fields.map((f) => [f, picked(pick).filter((i) => e.ranked[i] === f).length]));

describe('quotaPick', () => {
  it('gives every field an equal share: 6 each with the 2020 defaults', () => {
    const e: Edition = {
      fields: ['AI', 'BIO', 'ROB'],
      ranked: [...repeat('AI', 20), ...repeat('BIO', 20), ...repeat('ROB', 20)],
    };

    const result = sut(quota(e));

    expect(result.share).toBe(6);
    expect(perField(e, result.pick)).toEqual({ AI: 6, BIO: 6, ROB: 6 });
    expect(picked(result.pick)).toEqual([0, 1, 2, 3, 4, 5, 20, 21, 22, 23, 24, 25, 40, 41, 42, 43, 44, 45]);
  });

  it('never takes a field above the cap, however strong it is', () => {
    const e: Edition = {
      fields: ['AI', 'BIO'],
      ranked: [...repeat('AI', 30), ...repeat('BIO', 3)],
      rule: 'REDISTRIBUTE',
    };

    const result = sut(quota(e));

    expect(perField(e, result.pick)).toEqual({ AI: 6, BIO: 3 });
    expect(result.totalSelected).toBe(9);
  });

  it('gives the remainder of an uneven division to the best remaining projects, under both rules', () => {
    for (const rule of ['LEAVE_EMPTY', 'REDISTRIBUTE'] as const) {
      const e: Edition = {
        fields: ['AI', 'BIO', 'ROB'],
        ranked: [...repeat('AI', 5), ...repeat('BIO', 5), ...repeat('ROB', 5)],
        finalistTotal: 10,
        rule,
      };

      const result = sut(quota(e));

      expect(result.share).toBe(3);
      expect(perField(e, result.pick)).toEqual({ AI: 4, BIO: 3, ROB: 3 });
      expect(result.pick[3]).toBe(PICK_REMAINDER);
    }
  });

  it('LEAVE_EMPTY leaves the slots of a field with too few eligible projects empty', () => {
    const e: Edition = {
      fields: ['AI', 'BIO', 'ROB'],
      ranked: [...repeat('AI', 10), ...repeat('BIO', 10), 'ROB', 'ROB'],
      perFieldCap: 8,
    };

    const result = sut(quota(e));

    expect(perField(e, result.pick)).toEqual({ AI: 6, BIO: 6, ROB: 2 });
    expect(result.totalSelected).toBe(14);
  });

  it('REDISTRIBUTE gives those slots to the best remaining projects of fields below the cap', () => {
    const e: Edition = {
      fields: ['AI', 'BIO', 'ROB'],
      ranked: ['AI', 'BIO', 'AI', 'ROB', ...repeat('AI', 8), ...repeat('BIO', 8)],
      perFieldCap: 8,
      rule: 'REDISTRIBUTE',
    };

    const result = sut(quota(e));

    expect(perField(e, result.pick)).toEqual({ AI: 8, BIO: 8, ROB: 1 });
    expect(result.totalSelected).toBe(17);
    expect(Array.from(result.pick).filter((k) => k === PICK_REDISTRIBUTED)).toHaveLength(4);
  });

  it('REDISTRIBUTE cannot fill slots when every other field is at its cap', () => {
    const e: Edition = {
      fields: ['AI', 'BIO', 'ROB'],
      ranked: [...repeat('AI', 10), ...repeat('BIO', 10), 'ROB'],
      rule: 'REDISTRIBUTE',
    };

    const result = sut(quota(e));

    expect(perField(e, result.pick)).toEqual({ AI: 6, BIO: 6, ROB: 1 });
  });

  it('with fewer places than fields, gives them to the best projects overall', () => {
    const e: Edition = {
      fields: ['AI', 'BIO', 'ROB'],
      ranked: ['BIO', 'BIO', 'AI', 'ROB'],
      finalistTotal: 2,
    };

    const result = sut(quota(e));

    expect(result.share).toBe(0);
    expect(picked(result.pick)).toEqual([0, 1]);
  });

  it('selects INCLUDE overrides first, counting them toward their field, and skips EXCLUDE overrides', () => {
    const e: Edition = {
      fields: ['AI', 'BIO'],
      ranked: [...repeat('AI', 8), ...repeat('BIO', 8)],
      finalistTotal: 12,
      overrides: { 0: 'EXCLUDE', 6: 'INCLUDE', 7: 'INCLUDE' },
    };

    const result = sut(quota(e));

    expect(result.pick[0]).toBe(PICK_NONE);
    expect(result.pick[6]).toBe(PICK_OVERRIDE);
    expect(result.pick[1]).toBe(PICK_SHARE);
    expect(perField(e, result.pick)).toEqual({ AI: 6, BIO: 6 });
    expect(result.totalSelected).toBe(12);
  });

  it('lets INCLUDE overrides take a field above its cap, while automatic picks stay within it', () => {
    const e: Edition = {
      fields: ['AI', 'BIO'],
      ranked: [...repeat('AI', 8), ...repeat('BIO', 8)],
      finalistTotal: 6,
      perFieldCap: 3,
      rule: 'REDISTRIBUTE',
      overrides: { 5: 'INCLUDE', 6: 'INCLUDE', 7: 'INCLUDE', 4: 'INCLUDE' },
    };

    const result = sut(quota(e));

    expect(perField(e, result.pick)).toEqual({ AI: 4, BIO: 2 });
    expect(picked(result.pick)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('counts INCLUDE overrides toward the total', () => {
    const e: Edition = {
      fields: ['AI', 'BIO'],
      ranked: [...repeat('AI', 8), ...repeat('BIO', 8)],
      finalistTotal: 4,
      perFieldCap: 4,
      overrides: { 10: 'INCLUDE', 11: 'INCLUDE', 12: 'INCLUDE' },
    };

    const result = sut(quota(e));

    expect(picked(result.pick)).toEqual([0, 10, 11, 12]);
  });

  it('computes the share as min(cap, ⌊total / fields⌋)', () => {
    expect(fieldShare(18, 6, 3)).toBe(6);
    expect(fieldShare(24, 8, 4)).toBe(6);
    expect(fieldShare(9, 6, 3)).toBe(3);
    expect(fieldShare(18, 4, 3)).toBe(4);
    expect(fieldShare(18, 6, 0)).toBe(0);
  });
});
