import { EXPLANATION_KEYS, TIE_BREAK_KEYS } from '@bridge/contracts';
import { selection as en } from './en/selection';
import { selection as ru } from './ru/selection';
import { selection as zhCN } from './zh-CN/selection';

type Tree = { readonly [key: string]: string | Tree };

function text(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const languages = { en, 'zh-CN': zhCN, ru } as const;

describe('selection explanation keys (EXPLANATION_KEYS, TIE_BREAK_KEYS)', () => {
  it.each(Object.entries(languages))(
    '%s has a message for every explanation key with its parameters',
    (_l, sut) => {
      for (const [key, spec] of Object.entries(EXPLANATION_KEYS)) {
        const message = text(sut, key);
        expect({ key, known: message !== undefined }).toEqual({ key, known: true });
        expect({ key, placeholders: placeholders(message ?? '') }).toEqual({
          key,
          placeholders: [...spec.params].sort(),
        });
      }
    },
  );

  it.each(Object.entries(languages))('%s names every tie-break', (_l, sut) => {
    for (const key of TIE_BREAK_KEYS) {
      expect({ key, known: !!text(sut, key)?.trim() }).toEqual({ key, known: true });
    }
  });

  it('keeps the English templates of the contracts', () => {
    for (const [key, spec] of Object.entries(EXPLANATION_KEYS)) {
      expect({ key, text: text(en, key) }).toEqual({ key, text: spec.en });
    }
  });
});
