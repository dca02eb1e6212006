import { GraphQLClient } from './graphql-client';
import { TestApp, TestUser } from './test-app';

/** GraphQL documents and helpers of the engagement specs. */
export const ENGAGEMENT = `id kind stage stages terminal projectId projectTitle { en } origin introductionId side version
  stageEnteredAt registeredCompany { name registrationNumber registeredOn }
  startup { id } partner { id }
  events { fromStage toStage note actorName createdAt }
  milestones { id title dueOn done doneAt }`;
export const START = `mutation S($input: StartEngagementInput!) { startEngagement(input: $input) { ${ENGAGEMENT} } }`;
export const MOVE = `mutation M($input: MoveEngagementInput!) { moveEngagement(input: $input) { ${ENGAGEMENT} } }`;
export const ONE = `query One($id: ID!) { engagement(id: $id) { ${ENGAGEMENT} } }`;
export const LIST = `query L($kind: EngagementKind, $stage: String, $competitionId: ID) {
  engagements(kind: $kind, stage: $stage, competitionId: $competitionId, first: 50) { totalCount edges { node { id kind stage side } } } }`;
export const ADD_MILESTONE = `mutation A($input: AddMilestoneInput!) { addMilestone(input: $input) { id title dueOn done doneAt } }`;
export const UPDATE_MILESTONE = `mutation U($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id title dueOn done doneAt } }`;
export const REMOVE_MILESTONE = `mutation R($id: ID!) { removeMilestone(id: $id) }`;

export interface Party {
  client: GraphQLClient;
  user: TestUser;
}

export interface EngagementView {
  id: string;
  stage: string;
  version: number;
  side: string;
  terminal: boolean;
  stages: string[];
  registeredCompany: { name: string; registrationNumber: string; registeredOn: string } | null;
  events: Array<{ fromStage: string | null; toStage: string; note: string | null; actorName: string | null }>;
  milestones: Array<{ id: string; title: string; dueOn: string; done: boolean }>;
}

export async function started(
  client: GraphQLClient,
  input: Record<string, unknown>,
): Promise<EngagementView> {
  return (await client.data(START, { input })).startEngagement;
}

export async function moved(client: GraphQLClient, input: Record<string, unknown>): Promise<EngagementView> {
  return (await client.data(MOVE, { input })).moveEngagement;
}

/** Notifications of `key` a user received about one engagement. */
export async function notices(
  sut: TestApp,
  userId: string,
  key: string,
  engagementId: string,
): Promise<number> {
  const [{ n }] = await sut.dataSource.query(
    `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND key = $2 AND params->>'engagementId' = $3`,
    [userId, key, engagementId],
  );
  return n as number;
}

/** A date `days` from today (UTC), YYYY-MM-DD. */
export const dayFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
