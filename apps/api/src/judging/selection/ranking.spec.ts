import { buildProblem } from './problem';
import { QUALITY_TOLERANCE, TIE_BREAK_KEYS, rankProjects } from './ranking';
import { candidate, review } from './testing/factories';

const sut = rankProjects;

interface Row {
  id: string;
  quality: number;
  rawMean?: number;
  reviews?: number;
  submittedAt?: string;
  field?: string;
}

/** Ranks rows with the given qualities and raw means; returns the ids best first. */
function rank(rows: Row[]): string[] {
  const problem = buildProblem(
    rows.map((r) =>
      candidate(r.id, { fieldId: r.field ?? 'AI', submittedAt: r.submittedAt ?? '2020-05-01T00:00:00Z' }),
    ),
    rows.flatMap((r) => Array.from({ length: r.reviews ?? 1 }, (_, k) => review(r.id, `j${k}`, 50))),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const quality = Float64Array.from(problem.projectIds, (id) => byId.get(id)?.quality ?? NaN);
  const rawMean = Float64Array.from(problem.projectIds, (id) => byId.get(id)?.rawMean ?? 50);
  const { order } = sut(problem, { quality, rawMean }, new Uint8Array(rows.length).fill(1));
  return Array.from(order, (i) => problem.projectIds[i]);
}

describe('rankProjects (tie-break chain)', () => {
  it('states the tie-break order', () => {
    expect(TIE_BREAK_KEYS).toEqual([
      'selection.tieBreak.quality',
      'selection.tieBreak.rawMean',
      'selection.tieBreak.reviewCount',
      'selection.tieBreak.submittedAt',
      'selection.tieBreak.projectId',
    ]);
  });

  it('1. ranks higher quality first, whatever the later steps say', () => {
    expect(
      rank([
        { id: 'a', quality: 70, rawMean: 90, reviews: 5 },
        { id: 'b', quality: 70.001, rawMean: 10 },
      ]),
    ).toEqual(['b', 'a']);
  });

  it('2. breaks a quality tie (within the tolerance) by the higher raw mean', () => {
    const q = 71.2;
    expect(
      rank([
        { id: 'a', quality: q, rawMean: 70, reviews: 5 },
        { id: 'b', quality: q + QUALITY_TOLERANCE / 2, rawMean: 69 },
        { id: 'c', quality: q - QUALITY_TOLERANCE / 2, rawMean: 72 },
      ]),
    ).toEqual(['c', 'a', 'b']);
  });

  it('3. then by more reviews', () => {
    expect(
      rank([
        { id: 'a', quality: 60, reviews: 2 },
        { id: 'b', quality: 60, reviews: 3 },
      ]),
    ).toEqual(['b', 'a']);
  });

  it('4. then by the earlier submission', () => {
    expect(
      rank([
        { id: 'a', quality: 60, submittedAt: '2020-05-02T08:00:00+08:00' },
        { id: 'b', quality: 60, submittedAt: '2020-05-01T23:00:00Z' },
      ]),
    ).toEqual(['b', 'a']);
  });

  it('5. and finally by project id', () => {
    expect(
      rank([
        { id: 'b', quality: 60 },
        { id: 'a', quality: 60 },
        { id: 'B', quality: 60 },
      ]),
    ).toEqual(['B', 'a', 'b']);
  });

  it('numbers ranks overall and within each field, leaving ineligible projects unranked', () => {
    const problem = buildProblem(
      [
        candidate('a', { fieldId: 'AI' }),
        candidate('b', { fieldId: 'BIO' }),
        candidate('c', { fieldId: 'AI' }),
      ],
      [review('a', 'j', 80), review('b', 'j', 70), review('c', 'j', 60)],
    );
    const quality = Float64Array.of(80, 70, 60);

    const ranking = sut(problem, { quality, rawMean: quality }, Uint8Array.of(1, 1, 0));

    expect(Array.from(ranking.rankOverall)).toEqual([1, 2, 0]);
    expect(Array.from(ranking.rankInField)).toEqual([1, 1, 0]);
  });
});
