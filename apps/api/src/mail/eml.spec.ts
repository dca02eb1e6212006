import { OutgoingMail, encodeHeaderValue, formatAddress, formatDate, toEml } from './eml';

/** Decodes RFC 2047 encoded words (B encoding, UTF-8) the way a mail client does. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\r\n =\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/g, '\u0000$1\u0000')
    .split('\u0000')
    .map((part, i) => (i % 2 ? Buffer.from(part, 'base64') : Buffer.from(part, 'utf8')))
    .reduce((text, bytes) => Buffer.concat([text, bytes]), Buffer.alloc(0))
    .toString('utf8');
}

function header(eml: string, name: string): string {
  const head = eml.split('\r\n\r\n')[0] as string;
  const match = new RegExp(`^${name}: (.*(?:\\r\\n .*)*)`, 'm').exec(head);
  return match?.[1] ?? '';
}

function parts(eml: string): Array<{ type: string; body: string }> {
  const boundary = /boundary="([^"]+)"/.exec(eml)?.[1] as string;
  return eml
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head, body] = part.trim().split('\r\n\r\n') as [string, string];
      return {
        type: /Content-Type: ([^;]+)/.exec(head)?.[1] ?? '',
        body: Buffer.from(body.replace(/\r\n/g, ''), 'base64').toString('utf8'),
      };
    });
}

function mail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    from: 'Bridge <no-reply@bridge.example>',
    to: 'investor@example.test',
    subject: 'Three new projects',
    text: 'Hello\nWorld',
    html: '<p>Hello</p>',
    messageId: 'abc.123@bridge.example',
    date: new Date('2026-11-27T10:41:32Z'),
    ...overrides,
  };
}

describe('eml', () => {
  it.each([
    ['Chinese', 'Bridge：3 个新项目符合您保存的搜索「机器人与人工智能」，请查看每日摘要'],
    ['Russian', 'Bridge: новых проектов по вашим сохранённым поискам — 3 (робототехника, Казань)'],
    ['emoji and mixed scripts', 'Сводка 摘要 digest 🚀 — ещё'],
  ])('encodes a %s subject as RFC 2047 words that decode back, in lines of at most 76', (_, subject) => {
    const sut = toEml(mail({ subject }));

    const raw = header(sut, 'Subject');
    expect(raw).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeHeader(raw)).toBe(subject);
    for (const line of sut.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    for (const word of raw.match(/=\?[^?]+\?B\?[^?]*\?=/g) ?? []) expect(word.length).toBeLessThanOrEqual(75);
  });

  it('never splits a character between two encoded words', () => {
    const subject = '机'.repeat(40);

    const words = encodeHeaderValue(subject).split('\r\n ');

    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      const bytes = Buffer.from(/\?B\?(.*)\?=/.exec(word)?.[1] as string, 'base64');
      expect(bytes.toString('utf8')).toMatch(/^机+$/);
    }
  });

  it('leaves a plain ASCII subject readable', () => {
    expect(header(toEml(mail()), 'Subject')).toBe('Three new projects');
  });

  it('refuses header values with line breaks (no header injection)', () => {
    expect(() => toEml(mail({ subject: 'Hi\r\nBcc: victim@example.test' }))).toThrow();
    expect(() => toEml(mail({ to: 'a@example.test\nBcc: b@example.test' }))).toThrow();
  });

  it('writes From, To, Date, Message-ID and a text + html multipart/alternative body in UTF-8', () => {
    const sut = toEml(
      mail({
        text: 'Здравствуйте!\n新项目：机器人',
        html: '<p>Здравствуйте! 新项目</p>',
        from: 'Бридж <no-reply@bridge.example>',
      }),
    );

    expect(decodeHeader(header(sut, 'From'))).toBe('Бридж <no-reply@bridge.example>');
    expect(header(sut, 'To')).toBe('investor@example.test');
    expect(header(sut, 'Date')).toBe('Fri, 27 Nov 2026 10:41:32 +0000');
    expect(header(sut, 'Message-ID')).toBe('<abc.123@bridge.example>');
    expect(header(sut, 'MIME-Version')).toBe('1.0');
    expect(header(sut, 'Content-Type')).toMatch(/^multipart\/alternative;\s+boundary="/);
    expect(parts(sut)).toEqual([
      { type: 'text/plain', body: 'Здравствуйте!\r\n新项目：机器人' },
      { type: 'text/html', body: '<p>Здравствуйте! 新项目</p>' },
    ]);
    expect(sut).not.toMatch(/[^\r]\n/);
  });

  it('quotes display names with specials', () => {
    expect(formatAddress('Bridge, Inc. <a@b.example>')).toBe('"Bridge, Inc." <a@b.example>');
    expect(formatAddress('Bridge <a@b.example>')).toBe('Bridge <a@b.example>');
    expect(formatDate(new Date('2026-01-02T03:04:05Z'))).toBe('Fri, 02 Jan 2026 03:04:05 +0000');
  });
});
