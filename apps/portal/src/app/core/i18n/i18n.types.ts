/** The shape of a dictionary: the same nested keys as `T`, every leaf a string. */
export type DeepStringRecord<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : DeepStringRecord<T[K]>;
};

/** Dotted paths of every leaf of a nested string record: `{ a: { b: 'x' } }` → `'a.b'`. */
export type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}`;
}[keyof T & string];

/** Values for `{param}` placeholders. */
export type TranslationParams = Readonly<Record<string, string | number>>;
