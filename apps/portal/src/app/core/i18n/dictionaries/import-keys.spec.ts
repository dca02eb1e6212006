import { IMPORT_ROW_KEYS } from '@bridge/contracts';
import { en } from './en';
import { enLazy } from './en/lazy';
import { ru } from './ru';
import { zhCN } from './zh-CN';

type Tree = { readonly [key: string]: string | Tree };

function text(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const languages = { en: { ...en, ...enLazy }, 'zh-CN': zhCN, ru } as const;

describe('import report keys (IMPORT_ROW_KEYS)', () => {
  it.each(Object.entries(languages))('%s has a message for every key of the row-by-row report', (_l, sut) => {
    for (const key of Object.values(IMPORT_ROW_KEYS)) {
      expect({ key, known: !!text(sut as Tree, key)?.trim() }).toEqual({ key, known: true });
    }
  });
});
