import { Taxonomy } from './taxonomy';
import { CONCEPTS, FIELD_CONCEPTS } from './taxonomy.data';

describe('Taxonomy', () => {
  const sut = new Taxonomy();

  it('has about forty concepts, each named in Chinese, English and Russian', () => {
    expect(CONCEPTS.length).toBeGreaterThanOrEqual(40);
    for (const concept of CONCEPTS) {
      expect(concept.zh.length && concept.en.length && concept.ru.length).toBeTruthy();
    }
    expect(new Set(CONCEPTS.map((c) => c.id)).size).toBe(CONCEPTS.length);
    for (const ids of Object.values(FIELD_CONCEPTS))
      for (const id of ids) expect(sut.concepts.has(id)).toBe(true);
  });

  it('finds the same concept in any language and grammatical form', () => {
    expect(sut.conceptsIn(['机器人仓储系统'])).toEqual(expect.arrayContaining(['robotics', 'logistics']));
    expect(sut.conceptsIn(['Системы робототехники'])).toContain('robotics');
    expect(sut.conceptsIn(['Robotics for warehouses'])).toContain('robotics');
    expect(sut.conceptsIn(['нейронные сети', 'Neural networks'])).toEqual(['neural-networks']);
    expect(sut.conceptsIn(['компьютерное зрение'])).toEqual(['computer-vision']);
    expect(sut.conceptsIn(['食品科技'])).toEqual(['food-tech']);
    expect(sut.conceptsIn(['фудтех и сельское хозяйство'])).toEqual(['food-tech', 'agriculture']);
  });

  it('prefers the longest name', () => {
    expect(sut.splitHan('服务机器人')).toEqual([{ text: '服务机器人', concepts: ['service-robots'] }]);
    expect(sut.splitHan('人工智能农业机器人').map((p) => p.text)).toEqual(['人工智能', '农业', '机器人']);
    expect(sut.splitHan('的机器人和')).toEqual([
      { text: '的', concepts: [] },
      { text: '机器人', concepts: ['robotics'] },
      { text: '和', concepts: [] },
    ]);
  });

  it('does not find concepts in words that only start like a name', () => {
    expect(sut.conceptsIn(['aim for the air'])).toEqual([]);
  });

  it('makes Meilisearch synonyms linking every name of a concept', () => {
    const synonyms = sut.synonyms();
    expect(synonyms['机器人']).toEqual(expect.arrayContaining(['robotics', 'робототехника']));
    expect(synonyms['artificial intelligence']).toEqual(
      expect.arrayContaining(['人工智能', 'искусственный интеллект', 'ai']),
    );
  });

  it('gives each concept a letters-only token for PostgreSQL', () => {
    expect(sut.tokensOf(['computer-vision'])).toEqual(['taxoncomputervision']);
    expect(sut.fieldConcepts('BIOTECH')).toEqual(['biotech', 'food-tech']);
    expect(sut.fieldConcepts('UNKNOWN')).toEqual([]);
  });
});
