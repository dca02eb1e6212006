import { EXPLANATION_KEYS } from './explain';
import { runSelection } from './run-selection';
import { SelectionInputError } from './selection.types';
import { editionFromRows, harshJudgeEdition, settings } from './testing/factories';

const sut = runSelection;

const selectedIds = (result: ReturnType<typeof runSelection>) =>
  result.projects
    .filter((p) => p.selected)
    .map((p) => p.projectId)
    .sort();

/** Two fields of eight projects each, one review per project; AI's k-th project scores 90 − k. */
function twoFields() {
  return editionFromRows([
    ...Array.from({ length: 8 }, (_, k) => ({ id: `ai${k}`, field: 'AI', totals: [90 - k, 90 - k] })),
    ...Array.from({ length: 8 }, (_, k) => ({ id: `bio${k}`, field: 'BIO', totals: [80.5 - k, 80.5 - k] })),
  ]);
}

/** Field B has one project for a share of two. */
const shortField = [
  { id: 'a1', field: 'A', totals: [90] },
  { id: 'a2', field: 'A', totals: [89] },
  { id: 'a3', field: 'A', totals: [88] },
  { id: 'b1', field: 'B', totals: [50] },
];

describe('runSelection', () => {
  it('picks different finalists from raw averages than from normalised scores when a harsh judge reviewed the best project', () => {
    const { candidates, scores } = harshJudgeEdition();
    const pickThree = { finalistTotal: 3, perFieldCap: 3 };

    const raw = sut(candidates, scores, settings({ ...pickThree, method: 'RAW' }));
    const judgeEffects = sut(candidates, scores, settings({ ...pickThree, method: 'JUDGE_EFFECTS' }));
    const zscore = sut(candidates, scores, settings({ ...pickThree, method: 'ZSCORE' }));

    expect(selectedIds(raw)).toEqual(['good1', 'good2', 'good3']);
    expect(selectedIds(judgeEffects)).toContain('star');
    expect(judgeEffects.projects[0].projectId).toBe('star');
    expect(selectedIds(zscore)).toContain('star');
    const harsh = judgeEffects.judges.find((j) => j.judgeId === 'harsh');
    expect(harsh?.offset).toBeLessThan(-10);
  });

  it('flags projects below the minimum number of reviews instead of ranking them', () => {
    const { candidates, scores } = editionFromRows([
      { id: 'lonely', totals: [99] },
      { id: 'a', totals: [70, 72] },
      { id: 'b', totals: [60, 62] },
    ]);

    const result = sut(candidates, scores, settings({ minReviews: 2, method: 'RAW' }));

    const lonely = result.projects.find((p) => p.projectId === 'lonely');
    expect(lonely).toMatchObject({
      belowMinReviews: true,
      selected: false,
      reason: 'BELOW_MIN_REVIEWS',
      rankInField: null,
      rankOverall: null,
      quality: 99,
      reviewCount: 1,
    });
    expect(lonely?.explanation[0]).toEqual({
      key: 'selection.explain.belowMinReviews',
      params: { reviewCount: 1, minReviews: 2 },
    });
    expect(result.projects.map((p) => p.projectId)).toEqual(['a', 'b', 'lonely']);
  });

  it('never ranks a project without reviews, even with minReviews 0', () => {
    const { candidates, scores } = editionFromRows([
      { id: 'a', totals: [70] },
      { id: 'none', totals: [] },
    ]);

    const result = sut(candidates, scores, settings({ minReviews: 0 }));

    expect(result.projects[1]).toMatchObject({
      projectId: 'none',
      quality: null,
      rawMean: null,
      reason: 'BELOW_MIN_REVIEWS',
    });
  });

  it('explains a project left out by its field cap', () => {
    const { candidates, scores } = twoFields();

    const result = sut(candidates, scores, settings({ method: 'RAW', finalistTotal: 12 }));

    const seventh = result.projects.find((p) => p.projectId === 'ai6');
    expect(seventh?.reason).toBe('FIELD_CAP_REACHED');
    expect(seventh?.explanation).toEqual([
      {
        key: 'selection.explain.rank',
        params: { rankInField: 7, field: 'AI', rankOverall: 7, quality: 84, method: 'RAW' },
      },
      { key: 'selection.explain.reviews', params: { reviewCount: 2, rawMean: 84 } },
      { key: 'selection.explain.notSelected.fieldCap', params: { field: 'AI', cap: 6, lastRank: 6 } },
    ]);
    const first = result.projects[0];
    expect(first.explanation.at(-1)).toEqual({
      key: 'selection.explain.selected.share',
      params: { field: 'AI', share: 6, rankInField: 1 },
    });
  });

  it('says why a project is left out when the total or only the field share is reached', () => {
    const { candidates, scores } = twoFields();

    const total = sut(candidates, scores, settings({ method: 'RAW', finalistTotal: 5, perFieldCap: 6 }));
    const short = editionFromRows(shortField);
    const leaveEmpty = sut(
      short.candidates,
      short.scores,
      settings({ method: 'RAW', finalistTotal: 4, perFieldCap: 3 }),
    );

    // 5 over 2 fields: shares of 2, one remainder slot (to ai2), then the total is reached
    expect(total.projects.find((p) => p.projectId === 'ai3')?.reason).toBe('TOTAL_REACHED');
    expect(total.projects.find((p) => p.projectId === 'ai2')?.reason).toBe('SELECTED');
    expect(total.projects.find((p) => p.projectId === 'ai2')?.explanation.at(-1)?.key).toBe(
      'selection.explain.selected.remainder',
    );
    // A's share of 2 is taken, B's missing slot stays empty: a3 is below the cap but has no place
    expect(leaveEmpty.projects.find((p) => p.projectId === 'a3')).toMatchObject({
      reason: 'FIELD_SHARE_REACHED',
    });
    expect(leaveEmpty.fields).toEqual([
      { fieldId: 'A', share: 2, selected: 2, eligible: 3, unfilled: 0 },
      { fieldId: 'B', share: 2, selected: 1, eligible: 1, unfilled: 1 },
    ]);
  });

  it('marks slots given away by REDISTRIBUTE', () => {
    const { candidates, scores } = editionFromRows(shortField);

    const result = sut(
      candidates,
      scores,
      settings({ method: 'RAW', finalistTotal: 4, perFieldCap: 3, unfilledSlotRule: 'REDISTRIBUTE' }),
    );

    expect(result.projects.find((p) => p.projectId === 'a3')).toMatchObject({
      selected: true,
      reason: 'SELECTED_REDISTRIBUTED',
      explanation: expect.arrayContaining([
        { key: 'selection.explain.selected.redistributed', params: { unfilled: 1 } },
      ]),
    });
  });

  it('applies INCLUDE and EXCLUDE overrides with their written reasons', () => {
    const { candidates, scores } = twoFields();
    const overrides = [
      { projectId: 'ai0', decision: 'EXCLUDE' as const, reason: 'Conflict of interest found' },
      { projectId: 'ai7', decision: 'INCLUDE' as const, reason: '  Strategic partner pick ' },
      { projectId: 'bio7', decision: 'INCLUDE' as const, reason: 'Jury request' },
    ];

    const result = sut(
      candidates,
      scores,
      settings({ method: 'RAW', finalistTotal: 12, perFieldCap: 6 }),
      overrides,
    );

    const excluded = result.projects.find((p) => p.projectId === 'ai0');
    expect(excluded).toMatchObject({ selected: false, reason: 'EXCLUDED_BY_OVERRIDE', rankOverall: 1 });
    expect(excluded?.explanation.at(-1)).toEqual({
      key: 'selection.explain.excluded',
      params: { reason: 'Conflict of interest found' },
    });
    const included = result.projects.find((p) => p.projectId === 'ai7');
    expect(included).toMatchObject({ selected: true, reason: 'SELECTED_BY_OVERRIDE' });
    expect(included?.explanation.at(-1)).toEqual({
      key: 'selection.explain.selected.override',
      params: { reason: 'Strategic partner pick' },
    });
    expect(selectedIds(result)).toEqual(
      ['ai1', 'ai2', 'ai3', 'ai4', 'ai5', 'ai7', 'bio0', 'bio1', 'bio2', 'bio3', 'bio4', 'bio7'].sort(),
    );
  });

  it('says so when an INCLUDE takes a field above its cap', () => {
    const { candidates, scores } = twoFields();
    const overrides = ['ai5', 'ai6', 'ai7'].map((projectId) => ({
      projectId,
      decision: 'INCLUDE' as const,
      reason: 'r',
    }));

    const result = sut(
      candidates,
      scores,
      settings({ method: 'RAW', finalistTotal: 4, perFieldCap: 2 }),
      overrides,
    );

    expect(result.fields.find((f) => f.fieldId === 'AI')?.selected).toBe(3);
    expect(result.projects.find((p) => p.projectId === 'ai6')?.explanation).toContainEqual({
      key: 'selection.explain.override.aboveCap',
      params: { field: 'AI', cap: 2, selectedInField: 3 },
    });
    expect(selectedIds(result)).toEqual(['ai5', 'ai6', 'ai7', 'bio0']);
  });

  it.each(['JUDGE_EFFECTS', 'ZSCORE', 'RAW'] as const)(
    'is deterministic: the same scores give the same result (%s)',
    (method) => {
      const { candidates, scores } = harshJudgeEdition();
      const options = settings({ method, finalistTotal: 3, bootstrapRounds: 50, seed: 9 });

      const first = sut(candidates, scores, options);
      const second = sut(candidates, scores, options);

      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    },
  );

  it('rejects malformed input', () => {
    const { candidates, scores } = twoFields();
    const reject = (run: () => unknown) => expect(run).toThrow(SelectionInputError);

    reject(() => sut([...candidates, candidates[0]], scores, settings()));
    reject(() => sut(candidates, [...scores, { projectId: 'ai0', judgeId: 'x', total: NaN }], settings()));
    reject(() => sut(candidates, scores, settings({ finalistTotal: -1 })));
    reject(() => sut(candidates, scores, settings({ perFieldCap: 1.5 })));
    reject(() =>
      sut(candidates, scores, settings(), [{ projectId: 'nope', decision: 'INCLUDE', reason: 'r' }]),
    );
    reject(() =>
      sut(candidates, scores, settings(), [{ projectId: 'ai0', decision: 'INCLUDE', reason: ' ' }]),
    );
    reject(() =>
      sut(candidates, scores, settings(), [
        { projectId: 'ai0', decision: 'INCLUDE', reason: 'r' },
        { projectId: 'ai0', decision: 'EXCLUDE', reason: 'r' },
      ]),
    );
    reject(() => sut([{ projectId: 'x', fieldId: 'AI', submittedAt: 'yesterday' }], [], settings()));
  });

  it('ignores scores of projects that are not candidates', () => {
    const { candidates, scores } = twoFields();

    const result = sut(
      candidates,
      [...scores, { projectId: 'ghost', judgeId: 'z', total: 100 }],
      settings({ method: 'RAW' }),
    );

    expect(result.judges.map((j) => j.judgeId)).toEqual(['j000', 'j001']);
    expect(result.projects).toHaveLength(16);
  });

  it('states the tie-break, sorts judges by id and uses only documented explanation keys and params', () => {
    const { candidates, scores } = harshJudgeEdition();

    const result = sut(candidates, scores, settings({ bootstrapRounds: 20, finalistTotal: 3 }));

    expect(result.tieBreak[0]).toBe('selection.tieBreak.quality');
    expect(result.judges.map((j) => j.judgeId)).toEqual(['harsh', 'n1', 'n2', 'n3']);
    const specs: Record<string, { params: readonly string[] }> = EXPLANATION_KEYS;
    for (const part of result.projects.flatMap((p) => p.explanation)) {
      expect(Object.keys(specs)).toContain(part.key);
      expect(Object.keys(part.params).sort()).toEqual([...specs[part.key].params].sort());
    }
  });
});
