import { GraphQLClient } from './graphql-client';
import { TestApp, TestUser } from './test-app';

/** GraphQL documents and steps shared by the judging tests: an edition, start-ups, judges. */
export const CREATE_COMPETITION = /* GraphQL */ `
  mutation Create($input: CreateCompetitionInput!) {
    createCompetition(input: $input) {
      id
      stage
      fields {
        id
        code
      }
      settings {
        finalistTotal
        perFieldCap
      }
    }
  }
`;
export const ADVANCE = /* GraphQL */ `
  mutation Advance($id: ID!, $from: CompetitionStage!) {
    advanceCompetitionStage(input: { competitionId: $id, from: $from }) {
      id
      stage
    }
  }
`;
export const CREATE_PROJECT = /* GraphQL */ `
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      status
    }
  }
`;
export const SUBMIT_PROJECT = /* GraphQL */ `
  mutation Submit($id: ID!) {
    submitProject(projectId: $id) {
      id
      status
    }
  }
`;
export const INVITE_JUDGE = /* GraphQL */ `
  mutation Invite($input: InviteJudgeInput!) {
    inviteJudge(input: $input) {
      token
      judge {
        id
      }
    }
  }
`;
export const ACCEPT_JUDGE = /* GraphQL */ `
  mutation Accept($token: String!) {
    acceptJudgeInvitation(token: $token) {
      id
      status
    }
  }
`;
export const SET_CRITERIA = /* GraphQL */ `
  mutation SetCriteria($input: SetCriteriaInput!) {
    setCriteria(input: $input) {
      id
      weight
      maxScore
    }
  }
`;
export const MY_ASSIGNMENTS = /* GraphQL */ `
  query Mine($competitionId: ID, $round: JudgingRound) {
    myAssignments(competitionId: $competitionId, round: $round) {
      id
      projectId
      status
      round
    }
  }
`;
export const SAVE_SCORES = /* GraphQL */ `
  mutation Save($input: SaveScoresInput!) {
    saveScores(input: $input) {
      id
      status
      total
    }
  }
`;

export interface Edition {
  id: string;
  fields: Record<string, string>;
}

export async function createEdition(
  organizer: GraphQLClient,
  settings: Record<string, unknown> = {},
  year = 2020 + Math.floor(Math.random() * 70),
): Promise<Edition> {
  const { createCompetition } = await organizer.data(CREATE_COMPETITION, {
    input: {
      name: { en: `Test edition ${year}`, zh: `测试赛 ${year}` },
      year,
      editionNumber: Math.floor(Math.random() * 900) + 1,
      settings,
    },
  });
  return {
    id: createCompetition.id,
    fields: Object.fromEntries(
      createCompetition.fields.map((f: { id: string; code: string }) => [f.code, f.id]),
    ),
  };
}

/** A start-up (owner signed in) with a complete, submitted project in the given field. */
export async function submittedProject(app: TestApp, edition: Edition, fieldCode: string, title: string) {
  const { client, user } = await app.signedIn({ kind: 'STARTUP' });
  const { createProject } = await client.data(CREATE_PROJECT, {
    input: {
      competitionId: edition.id,
      fieldId: edition.fields[fieldCode],
      title: { en: title },
      summary: { en: `${title}: summary` },
      description: { en: `${title}: the long description`, ru: `${title}: описание` },
      trl: 5,
      stage: 'MVP',
      seeking: ['INVESTMENT'],
      city: 'Kazan',
      contactEmail: `founder-${Math.random().toString(36).slice(2)}@example.test`,
      fundingAskAmount: 50_000_000,
      fundingAskCurrency: 'RUB',
      visibilityConsent: true,
    },
  });
  await client.data(SUBMIT_PROJECT, { id: createProject.id });
  return { client, user, projectId: createProject.id as string };
}

/** A signed-in user who accepted a judge invitation for the edition. */
export async function activeJudge(
  app: TestApp,
  organizer: GraphQLClient,
  edition: Edition,
  spec: { affiliation?: string; organizationId?: string } = {},
): Promise<{ client: GraphQLClient; user: TestUser; judgeId: string }> {
  const user = await app.createUser(
    spec.organizationId ? { organizationId: spec.organizationId, role: 'MEMBER' } : { kind: null },
  );
  const { inviteJudge } = await organizer.data(INVITE_JUDGE, {
    input: {
      competitionId: edition.id,
      email: user.email,
      displayName: `Judge ${user.email}`,
      affiliation: spec.affiliation,
    },
  });
  const client = app.client();
  await app.signIn(client, user);
  await client.data(ACCEPT_JUDGE, { token: inviteJudge.token });
  return { client, user, judgeId: inviteJudge.judge.id };
}
