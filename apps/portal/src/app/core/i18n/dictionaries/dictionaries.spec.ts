import { ERROR_KEYS, VALIDATION_KEYS } from '@bridge/contracts';
import { en } from './en';
import { enLazy } from './en/lazy';
import { ru } from './ru';
import { zhCN } from './zh-CN';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [child, text] of leaves(value, path)) result.set(child, text);
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const reference = leaves({ ...en, ...enLazy });
const translations = { 'zh-CN': leaves(zhCN), ru: leaves(ru) };

describe('dictionaries', () => {
  it.each(Object.entries(translations))('%s has exactly the keys English has', (_locale, sut) => {
    expect([...sut.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.entries(translations))('%s has no empty text and the same placeholders', (_locale, sut) => {
    for (const [key, english] of reference) {
      const text = sut.get(key) ?? '';
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(english) });
    }
  });

  it.each(Object.entries(translations))('%s is a real translation, not an English copy', (_locale, sut) => {
    const copied = [...reference].filter(
      ([key, english]) => sut.get(key) === english && /[a-z]{4}/i.test(english),
    );
    // Only the product name may stay the same in every language.
    expect(copied.map(([key]) => key)).toEqual(['app.name']);
  });

  it('has a message for every error and validation key the API sends', () => {
    for (const key of [...Object.values(ERROR_KEYS), ...Object.values(VALIDATION_KEYS)]) {
      expect({ key, known: reference.has(key) }).toEqual({ key, known: true });
    }
  });
});
