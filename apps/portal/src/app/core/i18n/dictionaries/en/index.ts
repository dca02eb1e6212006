import { common } from './common';
import { errors } from './errors';

/** English: the reference dictionary. Its shape is the type every other language must fill. */
export const en = { ...common, ...errors } as const;

export const enAreas = { common, errors } as const;
