import { chatMessageState, composerKeyAction, introMessageState, toAttachments } from './message-rules';

describe('introMessageState', () => {
  it('asks for 20 to 4,000 characters, not counting surrounding spaces', () => {
    expect(introMessageState('  too short  ')).toMatchObject({ length: 9, tooShort: true, valid: false });
    expect(introMessageState(`  ${'a'.repeat(20)}  `)).toMatchObject({ length: 20, valid: true });
    expect(introMessageState('a'.repeat(4000))).toMatchObject({ valid: true, max: 4000 });
    expect(introMessageState('a'.repeat(4001))).toMatchObject({ tooLong: true, valid: false });
  });

  it('counts Chinese characters one each', () => {
    expect(introMessageState('我们希望与贵公司讨论在哈尔滨的试点合作项目谢谢').valid).toBe(true);
  });
});

describe('chatMessageState', () => {
  it('refuses a blank message and one over 8,000 characters', () => {
    expect(chatMessageState(' \n ').valid).toBe(false);
    expect(chatMessageState('ok').valid).toBe(true);
    expect(chatMessageState('a'.repeat(8001)).tooLong).toBe(true);
  });
});

describe('toAttachments', () => {
  it('keeps filled links, trimmed, the label defaulting to the address', () => {
    expect(
      toAttachments([
        { url: ' https://example.com/deck.pdf ', label: ' Deck ' },
        { url: '', label: '' },
        { url: 'https://example.com/a', label: '' },
      ]),
    ).toEqual([
      { url: 'https://example.com/deck.pdf', label: 'Deck' },
      { url: 'https://example.com/a', label: 'https://example.com/a' },
    ]);
  });

  it('refuses anything but http(s) links', () => {
    expect(toAttachments([{ url: 'javascript:alert(1)', label: 'x' }])).toBeNull();
    expect(toAttachments([{ url: 'deck.pdf', label: 'x' }])).toBeNull();
  });
});

describe('composerKeyAction', () => {
  it('sends on Enter, types a new line on Shift+Enter and while composing', () => {
    expect(composerKeyAction({ key: 'Enter', shiftKey: false, isComposing: false })).toBe('send');
    expect(composerKeyAction({ key: 'Enter', shiftKey: true, isComposing: false })).toBe('type');
    expect(composerKeyAction({ key: 'Enter', shiftKey: false, isComposing: true })).toBe('type');
    expect(composerKeyAction({ key: 'a', shiftKey: false, isComposing: false })).toBe('type');
  });
});
