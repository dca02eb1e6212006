import { EXPLANATION_KEYS, part, round1, round2 } from './explain';

describe('EXPLANATION_KEYS', () => {
  it('documents every key with an English template that uses each of its params', () => {
    const sut: Record<string, { params: readonly string[]; en: string }> = EXPLANATION_KEYS;

    for (const [key, spec] of Object.entries(sut)) {
      expect(key).toMatch(/^selection\.explain\./);
      const placeholders = [...spec.en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders).toEqual([...spec.params].sort());
    }
  });

  it('builds parts and rounds qualities to 1 decimal and probabilities to 2', () => {
    expect(part('selection.explain.probability', { p: round2(0.4349) })).toEqual({
      key: 'selection.explain.probability',
      params: { p: 0.43 },
    });
    expect(round1(71.249)).toBe(71.2);
    expect(round1(71.25)).toBe(71.3);
  });
});
