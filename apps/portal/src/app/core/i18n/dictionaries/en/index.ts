import { account } from './account';
import { auth } from './auth';
import { common } from './common';
import { errors } from './errors';
import { organization } from './organization';
import { pages } from './pages';

/** English: the reference dictionary. Its shape is the type every other language must fill. */
export const en = { ...common, ...errors, ...auth, ...pages, ...organization, ...account } as const;

export const enAreas = { common, errors, auth, pages, organization, account } as const;
