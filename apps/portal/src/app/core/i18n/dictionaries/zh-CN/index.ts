import type { Dictionary } from '../dictionary.types';
import { account } from './account';
import { auth } from './auth';
import { common } from './common';
import { competitionApplications } from './competition-applications';
import { competitionJudging } from './competition-judging';
import { competitionsAdmin } from './competitions-admin';
import { conversations } from './conversations';
import { engagements } from './engagements';
import { landing } from './landing';
import { introductions } from './introductions';
import { errors } from './errors';
import { judging } from './judging';
import { notifications } from './notifications';
import { organization } from './organization';
import { pages } from './pages';
import { projects } from './projects';
import { recommendations } from './recommendations';
import { results } from './results';
import { savedSearches } from './saved-searches';
import { search } from './search';
import { selection } from './selection';
import { shortlists } from './shortlists';
import { outcomes } from './outcomes';

/** Simplified Chinese (zh-CN). */
export const zhCN: Dictionary = {
  ...common,
  ...errors,
  ...auth,
  ...pages,
  ...organization,
  ...account,
  ...judging,
  ...projects,
  ...notifications,
  ...results,
  ...competitionsAdmin,
  ...competitionApplications,
  ...competitionJudging,
  ...selection,
  ...shortlists,
  ...savedSearches,
  ...recommendations,
  ...search,
  ...introductions,
  ...conversations,
  ...landing,
  ...engagements,
  ...outcomes,
};
