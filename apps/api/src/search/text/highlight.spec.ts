import { analyzeQuery } from '../query/query-analyzer';
import { boundedDistance, highlight, highlightExcerpt } from './highlight';

const terms = (query: string) => analyzeQuery(query)?.highlight ?? null;
const marked = (segments: Array<{ text: string; highlighted: boolean }>) =>
  segments.filter((s) => s.highlighted).map((s) => s.text);

describe('highlight', () => {
  it('marks stemmed matches and keeps every character of the text', () => {
    const sut = highlight('Проекты роботов для складов', terms('проектов'));
    expect(marked(sut)).toEqual(['Проекты']);
    expect(sut.map((s) => s.text).join('')).toBe('Проекты роботов для складов');
  });

  it('marks Chinese substrings and names of the concepts a query names, in every language', () => {
    expect(marked(highlight('农业机器人平台', terms('机器')))).toEqual(['机器']);
    expect(marked(highlight('Робототехника для ферм', terms('机器人')))).toEqual(['Робототехника']);
    expect(marked(highlight('Smart robotics lab', terms('робототехника')))).toEqual(['robotics']);
  });

  it('marks names written with a typo in the query', () => {
    expect(marked(highlight('AgroVision smart farm', terms('agrovison')))).toEqual(['AgroVision']);
  });

  it('returns markup-looking text as plain text, never as HTML', () => {
    const sut = highlight('<script>robot</script>', terms('robot'));
    expect(sut.map((s) => s.text).join('')).toBe('<script>robot</script>');
    expect(marked(sut)).toEqual(['robot']);
  });

  it('returns the whole text unmarked without a query', () => {
    expect(highlight('Robots', null)).toEqual([{ text: 'Robots', highlighted: false }]);
  });

  it('cuts long texts around the first match', () => {
    const text = `${'lorem ipsum '.repeat(50)}robot arms ${'dolor sit '.repeat(50)}`;
    const sut = highlightExcerpt(text, terms('robot'), 100);
    const joined = sut.map((s) => s.text).join('');
    expect(joined.startsWith('…')).toBe(true);
    expect(joined.endsWith('…')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(102);
    expect(marked(sut)).toEqual(['robot']);
  });

  it('computes bounded edit distances', () => {
    expect(boundedDistance('agrovison', 'agrovision', 2)).toBe(1);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3);
  });
});
