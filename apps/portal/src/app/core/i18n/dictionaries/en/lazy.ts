import { competitionApplications } from './competition-applications';
import { competitionJudging } from './competition-judging';
import { competitionsAdmin } from './competitions-admin';
import { judging } from './judging';
import { notifications } from './notifications';
import { projects } from './projects';
import { results } from './results';
import { selection } from './selection';

/**
 * English areas of the feature screens. They load with the first dictionary (see ../index.ts), so
 * they stay out of the initial bundle; their keys are part of every dictionary's type all the same.
 */
export const enLazy = {
  ...judging,
  ...projects,
  ...notifications,
  ...results,
  ...competitionsAdmin,
  ...competitionApplications,
  ...competitionJudging,
  ...selection,
} as const;

export const enLazyAreas = {
  judging,
  projects,
  notifications,
  results,
  competitionsAdmin,
  competitionApplications,
  competitionJudging,
  selection,
} as const;
