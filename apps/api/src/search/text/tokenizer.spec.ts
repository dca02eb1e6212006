import { lightStem, stemsMatch } from './stemmer';
import {
  chineseIndexTokens,
  hanBigrams,
  hanQueryTokens,
  normalizeText,
  stemText,
  tokenize,
} from './tokenizer';

describe('Chinese tokens', () => {
  it('indexes dictionary words and every bigram, so 2-character queries find longer compounds', () => {
    const sut = chineseIndexTokens('基于人工智能的农业机器人');
    expect(sut).toEqual(expect.arrayContaining(['农业', '人工', '智能', '机器', '器人', '能的', '的农']));
    expect(sut).toEqual(expect.arrayContaining(hanQueryTokens('机器')));
    expect(sut).toEqual(expect.arrayContaining(hanQueryTokens('人工智能')));
  });

  it('finds 食品 in 食品科技 and keeps single-character words', () => {
    expect(chineseIndexTokens('食品科技平台')).toEqual(expect.arrayContaining(hanQueryTokens('食品')));
    expect(chineseIndexTokens('机器人')).toContain('机器');
    expect(hanQueryTokens('人')).toEqual(['人']);
  });

  it('keeps Latin words inside Chinese text as words', () => {
    expect(chineseIndexTokens('AI驱动的无人机')).toEqual(expect.arrayContaining(['ai', '无人', '人机']));
  });

  it('makes bigrams of a run and de-duplicates query bigrams', () => {
    expect(hanBigrams('机器人')).toEqual(['机器', '器人']);
    expect(hanQueryTokens('哈哈哈')).toEqual(['哈哈']);
  });
});

describe('normalisation', () => {
  it('lower-cases, folds full-width letters, ё to е and Latin accents, and keeps й', () => {
    expect(normalizeText('ＡＩ Ёлка Café Йошкар-Ола')).toBe('ai елка cafe йошкар-ола');
  });

  it('splits text into words and Han runs', () => {
    expect(tokenize('Robots для 农业!').map((t) => [t.kind, t.text])).toEqual([
      ['word', 'robots'],
      ['word', 'для'],
      ['han', '农业'],
    ]);
  });
});

describe('light stemmer', () => {
  it.each([
    ['проект', 'проект'],
    ['проекты', 'проект'],
    ['проектов', 'проект'],
    ['проектами', 'проект'],
    ['робототехники', 'робототехник'],
    ['биотехнологии', 'биотехнолог'],
    ['биотехнология', 'биотехнолог'],
    ['robots', 'robot'],
    ['robot', 'robot'],
    ['farming', 'farm'],
    ['studies', 'studi'],
    ['analysis', 'analysis'],
    ['ai', 'ai'],
  ])('%s → %s', (word, stem) => {
    expect(lightStem(word)).toBe(stem);
  });

  it('matches text words to query words by stem prefix, and short stems only exactly', () => {
    expect(stemsMatch('robotic', 'robot')).toBe(true);
    expect(stemsMatch('robot', 'robotic')).toBe(true);
    expect(stemsMatch('rob', 'robotic')).toBe(false);
    expect(stemsMatch('aim', 'ai')).toBe(false);
    expect(stemsMatch('ai', 'ai')).toBe(true);
  });

  it('stems whole texts for engines that do not stem', () => {
    expect(stemText('Проекты роботов 机器人')).toBe('проект робот 机器人');
  });
});
