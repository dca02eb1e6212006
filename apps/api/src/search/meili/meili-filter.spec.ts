import { NOTHING, buildFilter, facetAttribute, inList, inRange, quote } from './meili-filter';

/** Reads a quoted literal back the way Meilisearch's filter parser does (\\ and \" escapes). */
function unquote(literal: string): { value: string; rest: string } {
  expect(literal[0]).toBe('"');
  let value = '';
  for (let i = 1; i < literal.length; i++) {
    const c = literal[i];
    if (c === '\\') {
      value += literal[i + 1];
      i += 1;
    } else if (c === '"') {
      return { value, rest: literal.slice(i + 1) };
    } else {
      value += c;
    }
  }
  throw new Error('unterminated literal');
}

describe('Meilisearch filters', () => {
  it.each([
    'Kazan',
    'x" OR visibleMarket = false OR "',
    'ends with a backslash \\',
    '\\" AND status = DRAFT',
    "it's (quoted) [IN] TO NOT EXISTS",
    'line\nbreak\u0000nul',
  ])('quotes %j into one literal that cannot escape', (hostile) => {
    const sut = quote(hostile);
    const { value, rest } = unquote(sut);
    expect(rest).toBe('');
    // eslint-disable-next-line no-control-regex -- control characters are dropped
    expect(value).toBe(hostile.replace(/[\u0000-\u001f\u007f]/g, ''));
  });

  it('writes numbers as numbers and refuses non-finite ones', () => {
    expect(quote(3)).toBe('3');
    expect(() => quote(Number.NaN)).toThrow();
    expect(() => inRange('trl', { min: Infinity })).toThrow();
  });

  it('builds lists and ranges, and an impossible condition for attributes the audience cannot see', () => {
    expect(inList('fieldCode', ['AI', 'ROBOTICS'])).toBe('fieldCode IN ["AI", "ROBOTICS"]');
    expect(inRange('m_trl', { min: 3, max: 6 })).toBe('m_trl >= 3 AND m_trl <= 6');
    expect(inRange('m_trl', {})).toBeNull();
    expect(inList(null, ['INVESTMENT'])).toBe(NOTHING);
    expect(inRange(null, { min: 3 })).toBe(NOTHING);
  });

  it('puts visibility first and every filter after it, and leaves one filter out for its facet', () => {
    const filters = { fieldCodes: ['AI'], trl: { min: 4 }, cityKeys: ['0123456789abcdef'] };
    expect(buildFilter(filters, 'MARKET')).toEqual([
      'visibleMarket = true',
      '(fieldCode IN ["AI"])',
      '(m_trl >= 4)',
      '(cityKey IN ["0123456789abcdef"])',
    ]);
    expect(buildFilter(filters, 'PUBLIC', 'TRL')).toEqual([
      'visiblePublic = true',
      '(fieldCode IN ["AI"])',
      '(cityKey IN ["0123456789abcdef"])',
    ]);
    expect(buildFilter({}, 'ORGANIZER')).toEqual([]);
  });

  it('never gives visitors the attributes of scores or of the full profile', () => {
    for (const facet of ['TRL', 'STAGE', 'SEEKING', 'FUNDING', 'SCORE'] as const) {
      expect(facetAttribute(facet, 'PUBLIC')).toBeNull();
    }
    expect(facetAttribute('SCORE', 'MARKET')).toBe('m_scoreBucket');
    expect(buildFilter({ score: { min: 50 } }, 'PUBLIC')).toEqual(['visiblePublic = true', `(${NOTHING})`]);
  });
});
