import type { Dictionary } from '../dictionary.types';
import { account } from './account';
import { auth } from './auth';
import { common } from './common';
import { errors } from './errors';
import { organization } from './organization';
import { pages } from './pages';

/** Russian. */
export const ru: Dictionary = { ...common, ...errors, ...auth, ...pages, ...organization, ...account };
