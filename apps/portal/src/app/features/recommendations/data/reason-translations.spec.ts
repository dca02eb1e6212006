import { FIT_REASON_KEYS } from '@bridge/contracts';
import { recommendations as en } from '../../../core/i18n/dictionaries/en/recommendations';
import { recommendations as ru } from '../../../core/i18n/dictionaries/ru/recommendations';
import { recommendations as zhCN } from '../../../core/i18n/dictionaries/zh-CN/recommendations';

type Tree = { readonly [key: string]: string | Tree };

function text(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const languages = { en, 'zh-CN': zhCN, ru } as const;

describe('recommendation reason keys (FIT_REASON_KEYS)', () => {
  it.each(Object.entries(languages))(
    '%s has a message for every reason key with its parameters',
    (_l, sut) => {
      for (const [key, spec] of Object.entries(FIT_REASON_KEYS)) {
        const message = text(sut, key);
        expect({ key, known: message !== undefined }).toEqual({ key, known: true });
        expect({ key, placeholders: placeholders(message ?? '') }).toEqual({
          key,
          placeholders: [...spec.params].sort(),
        });
      }
    },
  );

  it('keeps the English templates of the contracts', () => {
    for (const [key, spec] of Object.entries(FIT_REASON_KEYS)) {
      expect({ key, text: text(en, key) }).toEqual({ key, text: spec.en });
    }
  });
});
