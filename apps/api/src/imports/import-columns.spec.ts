import { columnOf, mapHeaders, normalizeHeader, recordOf } from './import-columns';

describe('header mapping', () => {
  it('normalises case, width, punctuation and ё', () => {
    expect(normalizeHeader('  Title (EN)* ')).toBe('title en');
    expect(normalizeHeader('标题（英文）')).toBe('标题 英文');
    expect(normalizeHeader('Ёмкость_рынка')).toBe('емкость рынка');
  });

  it.each([
    ['application_id', 'application_id'],
    ['ID заявки', 'application_id'],
    ['申请编号', 'application_id'],
    ['startup_name', 'startup_name'],
    ['Стартап', 'startup_name'],
    ['初创公司', 'startup_name'],
    ['Startup name (RU)', 'startup_name_ru'],
    ['公司名称（英文）', 'startup_name_en'],
    ['Field', 'field'],
    ['Направление', 'field'],
    ['领域', 'field'],
    ['title_en', 'title_en'],
    ['Название (англ.)', 'title_en'],
    ['Название проекта (рус.)', 'title_ru'],
    ['标题（中文）', 'title_zh'],
    ['中文标题', 'title_zh'],
    ['Summary (ZH)', 'summary_zh'],
    ['Краткое описание (кит.)', 'summary_zh'],
    ['项目简介（俄文）', 'summary_ru'],
    ['description_ru', 'description_ru'],
    ['Описание (на английском)', 'description_en'],
    ['TRL', 'trl'],
    ['УГТ', 'trl'],
    ['技术成熟度', 'trl'],
    ['Стадия', 'stage'],
    ['阶段', 'stage'],
    ['funding_amount', 'funding_amount'],
    ['Сумма инвестиций', 'funding_amount'],
    ['融资金额', 'funding_amount'],
    ['Валюта', 'currency'],
    ['币种', 'currency'],
    ['Что ищет', 'seeking'],
    ['寻求', 'seeking'],
    ['Размер команды', 'team_size'],
    ['团队规模', 'team_size'],
    ['Год основания', 'founded_year'],
    ['成立年份', 'founded_year'],
    ['Город', 'city'],
    ['城市', 'city'],
    ['E-mail', 'contact_email'],
    ['Электронная почта', 'contact_email'],
    ['联系邮箱', 'contact_email'],
    ['Телефон', 'contact_phone'],
    ['联系电话', 'contact_phone'],
    ['Pitch deck', 'pitch_deck_url'],
    ['Ссылка на презентацию', 'pitch_deck_url'],
    ['视频链接', 'video_url'],
    ['Ключевые слова', 'tags'],
    ['标签', 'tags'],
  ])('%s → %s', (header, column) => {
    expect(columnOf(header)).toBe(column);
  });

  it('does not read unknown headers', () => {
    expect(columnOf('Favourite colour')).toBeNull();
    expect(columnOf('title')).toBeNull(); // per-language columns need a language
  });

  it('maps a trilingual header row and lists the ignored cells', () => {
    const sut = mapHeaders([
      'ID заявки',
      '初创公司',
      'Field',
      'Название (рус.)',
      'summary_en',
      'E-mail',
      'Notes',
      '',
    ]);
    expect(sut.columns).toEqual([
      'application_id',
      'startup_name',
      'field',
      'title_ru',
      'summary_en',
      'contact_email',
      null,
      null,
    ]);
    expect(sut.ignored).toEqual(['Notes']);
    expect(sut.errors).toEqual([]);
  });

  it('reports missing required columns and repeated ones at the header row', () => {
    const sut = mapHeaders(['startup_name', 'Стартап', 'title_en'], 3);
    expect(sut.errors).toEqual([
      {
        row: 3,
        column: 'startup_name',
        key: 'import.duplicateColumn',
        params: { column: 'startup_name', header: 'Стартап' },
      },
      { row: 3, column: 'field', key: 'import.missingColumn', params: { column: 'field' } },
      {
        row: 3,
        column: 'summary_en',
        key: 'import.missingColumn',
        params: { column: 'summary_en|summary_ru|summary_zh' },
      },
      { row: 3, column: 'contact_email', key: 'import.missingColumn', params: { column: 'contact_email' } },
    ]);
  });

  it('turns a row into trimmed values of the mapped columns', () => {
    const { columns } = mapHeaders(['startup_name', 'Notes', 'trl']);
    expect(recordOf(['  Acme ', 'ignored', ''], columns)).toEqual({ startup_name: 'Acme' });
  });
});
