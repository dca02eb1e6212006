import type { Dictionary } from '../dictionary.types';
import { account } from './account';
import { auth } from './auth';
import { common } from './common';
import { errors } from './errors';
import { organization } from './organization';
import { pages } from './pages';

/** Simplified Chinese (zh-CN). */
export const zhCN: Dictionary = { ...common, ...errors, ...auth, ...pages, ...organization, ...account };
