import { auth } from './auth';
import { common } from './common';
import { errors } from './errors';

/** English: the reference dictionary. Its shape is the type every other language must fill. */
export const en = { ...common, ...errors, ...auth } as const;

export const enAreas = { common, errors, auth } as const;
