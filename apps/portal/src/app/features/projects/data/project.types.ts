import type {
  MyProjectFieldsFragment,
  ProjectProfileFieldsFragment,
} from '../../../core/graphql/lazy/generated';

/** A project as the viewer may see it (fields they may not see are null). */
export type ProjectProfile = ProjectProfileFieldsFragment;
/** The start-up's own project, contacts and consent included. */
export type MyProject = MyProjectFieldsFragment;
export type ProjectResult = NonNullable<ProjectProfile['result']>;
