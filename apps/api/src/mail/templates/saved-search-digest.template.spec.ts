import type { Locale } from '@bridge/contracts';
import { SavedSearchDigestParams, savedSearchDigest } from './saved-search-digest.template';

function params(overrides: Partial<SavedSearchDigestParams> = {}): SavedSearchDigestParams {
  return {
    userName: 'Ирина <script>',
    count: 2,
    manageUrl: 'https://bridge.example/search/saved',
    searches: [
      {
        name: 'Robots & AI',
        url: 'https://bridge.example/search?saved=1',
        projects: [
          { title: '机器人视觉', url: 'https://bridge.example/projects/a' },
          { title: 'AgroVision <b>', url: 'https://bridge.example/projects/b' },
        ],
        more: 0,
      },
    ],
    ...overrides,
  };
}

describe('savedSearchDigest', () => {
  it.each<[Locale, RegExp]>([
    ['en', /^Bridge: 2 new projects match your saved searches$/],
    ['zh-CN', /^Bridge：2 个新项目符合您保存的搜索$/],
    ['ru', /^Bridge: новых проектов по вашим сохранённым поискам — 2$/],
  ])('writes the subject and texts in %s', (locale, subject) => {
    const sut = savedSearchDigest(params(), locale);

    expect(sut.subject).toMatch(subject);
    expect(sut.html).toContain(`<html lang="${locale}">`);
    expect(sut.text).toContain('https://bridge.example/projects/a');
  });

  it('lists every search with its projects and links, in text and HTML', () => {
    const sut = savedSearchDigest(params(), 'en');

    expect(sut.text).toContain('Robots & AI — Open the search: https://bridge.example/search?saved=1');
    expect(sut.text).toContain('  • 机器人视觉\n    https://bridge.example/projects/a');
    expect(sut.html).toContain('<a href="https://bridge.example/projects/a">机器人视觉</a>');
    expect(sut.html).toContain('href="https://bridge.example/search/saved"');
  });

  it('escapes every value in the HTML', () => {
    const sut = savedSearchDigest(params(), 'ru');

    expect(sut.html).toContain('Ирина &lt;script&gt;');
    expect(sut.html).toContain('Robots &amp; AI');
    expect(sut.html).toContain('AgroVision &lt;b&gt;');
    expect(sut.html).not.toContain('<script>');
    expect(sut.html).not.toContain('<b>');
  });

  it('counts the projects not listed and never links to anything but http(s)', () => {
    const sut = savedSearchDigest(
      params({
        searches: [
          {
            name: 'All',
            url: 'javascript:alert(1)',
            projects: [{ title: 'X', url: 'https://x.example' }],
            more: 7,
          },
        ],
      }),
      'zh-CN',
    );

    expect(sut.text).toContain('另有 7 个');
    expect(sut.html).toContain('<li>另有 7 个</li>');
    expect(sut.html).not.toContain('javascript:');
  });
});
