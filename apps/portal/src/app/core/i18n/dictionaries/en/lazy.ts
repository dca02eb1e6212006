import { auth } from './auth';
import { pages } from './pages';
import { account } from './account';
import { organization } from './organization';
import { competitionApplications } from './competition-applications';
import { competitionJudging } from './competition-judging';
import { competitionsAdmin } from './competitions-admin';
import { conversations } from './conversations';
import { engagements } from './engagements';
import { landing } from './landing';
import { introductions } from './introductions';
import { judging } from './judging';
import { notifications } from './notifications';
import { projects } from './projects';
import { recommendations } from './recommendations';
import { results } from './results';
import { savedSearches } from './saved-searches';
import { search } from './search';
import { selection } from './selection';
import { shortlists } from './shortlists';
import { outcomes } from './outcomes';

/**
 * English areas of the feature screens. They load with the first dictionary (see ../index.ts), so
 * they stay out of the initial bundle; their keys are part of every dictionary's type all the same.
 */
export const enLazy = {
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
} as const;

export const enLazyAreas = {
  auth,
  pages,
  organization,
  account,
  judging,
  projects,
  notifications,
  results,
  competitionsAdmin,
  competitionApplications,
  competitionJudging,
  selection,
  shortlists,
  savedSearches,
  recommendations,
  search,
  introductions,
  conversations,
  landing,
  engagements,
  outcomes,
} as const;
