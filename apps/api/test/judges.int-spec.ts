import { GraphQLClient } from './support/graphql-client';
import { ADVANCE, INVITE_JUDGE, activeJudge, createEdition, submittedProject } from './support/edition';
import { TestApp } from './support/test-app';

const SIGN_UP_AS_JUDGE = /* GraphQL */ `
  mutation ($input: JudgeSignUpInput!) {
    signUpAsJudge(input: $input) {
      user {
        email
      }
      capabilities
      isJudge
    }
  }
`;
const AUTO_ASSIGN = `mutation($input: RoundInput!) { autoAssign(input: $input) { created shortfallProjectIds } }`;
const ASSIGN = `mutation($input: AssignJudgeInput!) { assignJudge(input: $input) { id } }`;
const ASSIGNMENTS = `query($id: ID!) { assignments(competitionId: $id, round: PRELIMINARY) { judgeId projectId } }`;

describe('judges', () => {
  let sut: TestApp;
  let organizer: GraphQLClient;

  beforeAll(async () => {
    sut = await TestApp.start();
    organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
  });
  afterAll(() => sut?.close());

  it('lets an invited judge create an account from the link, once, and gives them the judging screens', async () => {
    const edition = await createEdition(organizer);
    const { inviteJudge } = await organizer.data(INVITE_JUDGE, {
      input: { competitionId: edition.id, email: 'New.Judge@Example.test', displayName: 'Anna Kuznetsova' },
    });
    const { judgeInvitationPreview } = await sut
      .client()
      .data(
        `query($t: String!) { judgeInvitationPreview(token: $t) { email displayName competitionName { en } } }`,
        {
          t: inviteJudge.token,
        },
      );
    expect(judgeInvitationPreview).toMatchObject({
      email: 'new.judge@example.test',
      displayName: 'Anna Kuznetsova',
    });

    const browser = sut.client();
    const input = {
      token: inviteJudge.token,
      password: 'judge-password-1',
      displayName: 'Anna K.',
      locale: 'RU',
    };
    const { signUpAsJudge } = await browser.data(SIGN_UP_AS_JUDGE, { input });
    expect(signUpAsJudge).toMatchObject({
      user: { email: 'new.judge@example.test' },
      capabilities: ['JUDGE'],
      isJudge: true,
    });
    const { me } = await browser.data('{ me { capabilities } }');
    expect(me.capabilities).toEqual(['JUDGE']);

    const again = await sut.client().error(SIGN_UP_AS_JUDGE, { input });
    expect(again.key).toBe('errors.judging.invitationInvalid');
    const duplicate = await organizer.error(INVITE_JUDGE, {
      input: { competitionId: edition.id, email: 'new.judge@example.test', displayName: 'Again' },
    });
    expect(duplicate.key).toBe('errors.judging.alreadyJudge');
  });

  it('never assigns a conflicted judge, automatically or by hand', async () => {
    const edition = await createEdition(organizer, { reviewsPerProject: 3, minReviews: 1 });
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    const a = await submittedProject(sut, edition, 'AI', 'Neural farm');
    const b = await submittedProject(sut, edition, 'ROBOTICS', 'Warehouse arm');
    const c = await submittedProject(sut, edition, 'BIOTECH', 'Plant protein');
    // Conflicts of every kind: declared organisation, same organisation, affiliation naming the start-up.
    const declaring = await activeJudge(sut, organizer, edition);
    await declaring.client.data(
      `mutation($input: DeclareConflictInput!) { declareConflict(input: $input) { id } }`,
      {
        input: {
          judgeId: declaring.judgeId,
          kind: 'ORGANIZATION',
          organizationId: a.user.organizationId,
          note: 'I advise them',
        },
      },
    );
    const colleague = await activeJudge(sut, organizer, edition, {
      organizationId: b.user.organizationId ?? undefined,
    });
    const { project: cProject } = await organizer.data(
      `query($id: ID!) { project(id: $id) { organizationName { en } } }`,
      {
        id: c.projectId,
      },
    );
    const affiliated = await activeJudge(sut, organizer, edition, {
      affiliation: `${cProject.organizationName.en}, advisor`,
    });
    const neutral = await activeJudge(sut, organizer, edition);

    const { detectedConflicts } = await organizer.data(
      `query($id: ID!) { detectedConflicts(competitionId: $id, round: PRELIMINARY) { judgeId projectId reasons } }`,
      { id: edition.id },
    );
    expect(detectedConflicts).toEqual(
      expect.arrayContaining([
        { judgeId: declaring.judgeId, projectId: a.projectId, reasons: ['DECLARED_ORGANIZATION'] },
        { judgeId: colleague.judgeId, projectId: b.projectId, reasons: ['SAME_ORGANIZATION'] },
        { judgeId: affiliated.judgeId, projectId: c.projectId, reasons: ['AFFILIATION'] },
      ]),
    );

    await organizer.data(ADVANCE, { id: edition.id, from: 'REGISTRATION' });
    await organizer.data(AUTO_ASSIGN, { input: { competitionId: edition.id, round: 'PRELIMINARY' } });
    const { assignments } = await organizer.data(ASSIGNMENTS, { id: edition.id });
    const pairs = assignments.map(
      (x: { judgeId: string; projectId: string }) => `${x.judgeId}/${x.projectId}`,
    );
    expect(pairs).not.toContain(`${declaring.judgeId}/${a.projectId}`);
    expect(pairs).not.toContain(`${colleague.judgeId}/${b.projectId}`);
    expect(pairs).not.toContain(`${affiliated.judgeId}/${c.projectId}`);
    expect(pairs).toContain(`${neutral.judgeId}/${a.projectId}`);
    expect(assignments).toHaveLength(9);

    const manual = await organizer.error(ASSIGN, {
      input: {
        competitionId: edition.id,
        round: 'PRELIMINARY',
        judgeId: colleague.judgeId,
        projectId: b.projectId,
      },
    });
    expect(manual.code).toBe('CONFLICT');
    expect(manual.key).toBe('errors.judging.conflictOfInterest');
  });

  it("keeps the judge list and other judges' work from judges and start-ups", async () => {
    const edition = await createEdition(organizer);
    const judge = await activeJudge(sut, organizer, edition);
    expect(
      (await judge.client.error(`query($id: ID!) { judges(competitionId: $id) { id } }`, { id: edition.id }))
        .code,
    ).toBe('FORBIDDEN');
    expect((await judge.client.error(ASSIGNMENTS, { id: edition.id })).code).toBe('FORBIDDEN');
    const { client: startup } = await sut.signedIn({ kind: 'STARTUP' });
    expect((await startup.error(ASSIGNMENTS, { id: edition.id })).code).toBe('FORBIDDEN');
  });

  it('reminds a judge with an in-app notification', async () => {
    const edition = await createEdition(organizer);
    const judge = await activeJudge(sut, organizer, edition);
    await organizer.data(`mutation($id: ID!) { remindJudge(judgeId: $id) { lastRemindedAt } }`, {
      id: judge.judgeId,
    });
    const { notifications, unreadNotificationCount } = await judge.client.data(
      `{ unreadNotificationCount notifications(first: 5) { edges { node { key params } } } }`,
    );
    expect(unreadNotificationCount).toBe(1);
    expect(notifications.edges[0].node.key).toBe('notifications.judging.reminder');
  });
});
