import { RankedProject, latestPublished, orderResults } from './results-order';

const fields = [
  { id: 'bio', position: 2 },
  { id: 'ai', position: 0 },
  { id: 'robots', position: 1 },
];

let sequence = 0;
function aFinalist(fieldId: string | null, result: RankedProject['result'] = {}): RankedProject {
  return {
    id: `p${++sequence}-${fieldId}`,
    fieldId,
    result: { awardPlace: null, rankInField: null, ...result },
  };
}

describe('orderResults', () => {
  it('puts the winners first, by place, then the other finalists per field in field order', () => {
    const third = aFinalist('ai', { awardPlace: 3, rankInField: 2 });
    const aiSecond = aFinalist('ai', { rankInField: 3 });
    const first = aFinalist('bio', { awardPlace: 1, rankInField: 1 });
    const robot = aFinalist('robots', { rankInField: 1 });
    const aiFirst = aFinalist('ai', { rankInField: 1 });
    const second = aFinalist('robots', { awardPlace: 2, rankInField: 2 });

    const sut = orderResults([third, aiSecond, first, robot, aiFirst, second], fields);

    expect(sut.winners).toEqual([first, second, third]);
    expect(sut.byField.map((group) => [group.field?.id, group.projects])).toEqual([
      ['ai', [aiFirst, aiSecond]],
      ['robots', [robot]],
    ]);
  });

  it('keeps the API order where ranks are hidden, and leaves empty fields out', () => {
    const a = aFinalist('bio');
    const b = aFinalist('bio');

    const sut = orderResults([a, b], fields);

    expect(sut.winners).toEqual([]);
    expect(sut.byField).toEqual([{ field: fields[0], projects: [a, b] }]);
  });

  it('lists finalists without a known field last', () => {
    const lost = aFinalist('gone');
    const none = aFinalist(null);
    const ai = aFinalist('ai');

    const sut = orderResults([lost, none, ai], fields);

    expect(sut.byField.map((group) => group.field?.id ?? null)).toEqual(['ai', null]);
    expect(sut.byField[1].projects).toEqual([lost, none]);
  });
});

describe('latestPublished', () => {
  it('picks the newest edition with published finalists', () => {
    const editions = [
      { id: '2026', finalistsPublishedAt: null },
      { id: '2025', finalistsPublishedAt: '2025-06-01T00:00:00Z' },
      { id: '2020', finalistsPublishedAt: '2020-06-01T00:00:00Z' },
    ];

    expect(latestPublished(editions)?.id).toBe('2025');
    expect(latestPublished([{ id: 'x', finalistsPublishedAt: null }])).toBeNull();
  });
});
