import { MAX_GROUPS, analyzeQuery } from './query-analyzer';

describe('analyzeQuery', () => {
  it('returns null when nothing is searchable', () => {
    expect(analyzeQuery('  !!! ')).toBeNull();
  });

  it('makes one group per word, drops stop words unless they are all there is', () => {
    const sut = analyzeQuery('the robots for farms');
    expect(sut?.groups.map((g) => g.words)).toEqual([['robots'], ['farms']]);
    expect(analyzeQuery('the')?.groups.map((g) => g.words)).toEqual([['the']]);
  });

  it('expands a word naming a concept to the concept (found in every language)', () => {
    const [group] = analyzeQuery('робототехника')?.groups ?? [];
    expect(group.concepts).toEqual(['robotics']);
    expect(group.fuzzy).toBeNull();
  });

  it('keeps multi-word names together', () => {
    const sut = analyzeQuery('computer vision drones');
    expect(sut?.groups.map((g) => [g.words, g.concepts])).toEqual([
      [['computer', 'vision'], ['computer-vision']],
      [['drones'], ['drones']],
    ]);
  });

  it('cuts Chinese at concept names and searches the rest by bigrams', () => {
    const sut = analyzeQuery('机器人和智能温室');
    expect(sut?.groups.map((g) => [g.hanText, g.han, g.concepts])).toEqual([
      ['机器人', ['机器', '器人'], ['robotics']],
      ['智能', ['智能'], []],
      ['温室', ['温室'], ['greenhouses']],
    ]);
  });

  it('marks long Latin and Cyrillic words for typo matching', () => {
    expect(analyzeQuery('agrovison')?.groups[0].fuzzy).toBe('agrovison');
    expect(analyzeQuery('нейросканр')?.groups[0].fuzzy).toBe('нейросканр');
    expect(analyzeQuery('ai')?.groups[0].fuzzy).toBeNull();
  });

  it('collects highlight terms: stems, Chinese text and concept names', () => {
    const sut = analyzeQuery('роботы 食品');
    expect(sut?.highlight.stems).toEqual(expect.arrayContaining(['робот', 'robotic']));
    expect(sut?.highlight.han).toEqual(expect.arrayContaining(['食品', '机器人']));
  });

  it('caps the number of groups', () => {
    const sut = analyzeQuery(Array.from({ length: 30 }, (_, i) => `word${i}`).join(' '));
    expect(sut?.groups).toHaveLength(MAX_GROUPS);
  });
});
