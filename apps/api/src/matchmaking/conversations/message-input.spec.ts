import { AppException } from '../../common/errors/app.exception';
import { cleanMessage, isWebUrl } from './message-input';

const fieldsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as AppException).fields.map((f) => `${f.field}:${f.key}`);
  }
  throw new Error('expected a validation error');
};

describe('cleanMessage', () => {
  it('trims the body and labels, and drops empty labels', () => {
    const sut = cleanMessage({
      body: '  Hello  ',
      attachments: [
        { url: ' https://example.com/deck.pdf ', label: '  Deck ' },
        { url: 'http://example.com', label: '  ' },
      ],
    });
    expect(sut).toEqual({
      body: 'Hello',
      attachments: [
        { url: 'https://example.com/deck.pdf', label: 'Deck' },
        { url: 'http://example.com', label: null },
      ],
    });
  });

  it('refuses an empty or too long body', () => {
    expect(fieldsOf(() => cleanMessage({ body: '   ' }))).toEqual(['body:validation.required']);
    expect(fieldsOf(() => cleanMessage({ body: 'x'.repeat(8001) }))).toEqual(['body:validation.maxLength']);
    expect(cleanMessage({ body: 'x'.repeat(8000) }).body).toHaveLength(8000);
  });

  it('accepts only http and https links', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc/passwd',
      'ftp://x.org',
      'nope',
    ])
      expect(isWebUrl(url)).toBe(false);
    expect(
      fieldsOf(() => cleanMessage({ body: 'See', attachments: [{ url: 'javascript:alert(1)' }] })),
    ).toEqual(['attachments.0.url:validation.url']);
  });

  it('bounds the number of attachments, URL and label lengths', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ url: `https://example.com/${i}` }));
    expect(fieldsOf(() => cleanMessage({ body: 'x', attachments: six }))).toEqual([
      'attachments:validation.maxItems',
    ]);
    const long = { url: `https://example.com/${'a'.repeat(2000)}`, label: 'l'.repeat(201) };
    expect(fieldsOf(() => cleanMessage({ body: 'x', attachments: [long] }))).toEqual([
      'attachments.0.url:validation.maxLength',
      'attachments.0.label:validation.maxLength',
    ]);
  });
});
