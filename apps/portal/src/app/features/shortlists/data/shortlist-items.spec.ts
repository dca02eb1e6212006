import { editsDiffer, formatTags, itemEdits, parseTags, shortlistExportUrl } from './shortlist-items';

describe('shortlist items', () => {
  it('links the downloads in the UI language', () => {
    expect(shortlistExportUrl('list-1', 'csv', 'zh-CN')).toBe('/shortlists/list-1/export.csv?lang=zh');
    expect(shortlistExportUrl('list-1', 'xlsx', 'ru')).toBe('/shortlists/list-1/export.xlsx?lang=ru');
  });

  it('reads tags as typed: commas of any script, trimmed, without empties or repeats', () => {
    expect(parseTags(' due diligence,  pilot ，Pilot、 ; 农业  科技 ,')).toEqual([
      'due diligence',
      'pilot',
      '农业 科技',
    ]);
    expect(formatTags(['a', 'b c'])).toBe('a, b c');
    expect(parseTags(formatTags(['a', 'b c']))).toEqual(['a', 'b c']);
  });

  it('saves nothing when a blur changed nothing', () => {
    const saved = { note: 'Call in May', tags: ['pilot'] };

    expect(editsDiffer(saved, itemEdits(' Call in May ', 'pilot, '))).toBe(false);
    expect(editsDiffer(saved, itemEdits('Call in June', 'pilot'))).toBe(true);
    expect(editsDiffer(saved, itemEdits('Call in May', 'pilot, AI'))).toBe(true);
  });

  it('clears an emptied note as null', () => {
    expect(itemEdits('   ', '')).toEqual({ note: null, tags: [] });
    expect(editsDiffer({ note: null, tags: [] }, itemEdits('', ''))).toBe(false);
  });
});
