import { GraphQLClient } from './support/graphql-client';
import {
  ADVANCE,
  Edition,
  MY_ASSIGNMENTS,
  SAVE_SCORES,
  SET_CRITERIA,
  activeJudge,
  createEdition,
  submittedProject,
} from './support/edition';
import { TestApp } from './support/test-app';

const PROJECT_CARD = /* GraphQL */ `
  query Project($id: ID!) {
    project(id: $id) {
      id
      status
      title {
        en
      }
      description {
        en
      }
      contacts {
        email
      }
      result {
        score
        rankInField
        finalist
        awardPlace
      }
    }
  }
`;

/**
 * One edition from creation to published awards, over GraphQL: 3 fields × 3 projects, 4 judges
 * (one lenient), 2 finalists per field, 1 award place; with the checks of who may see what.
 */
describe('an edition from creation to published awards', () => {
  let sut: TestApp;
  let organizer: GraphQLClient;
  let edition: Edition;
  const projects: Array<{ client: GraphQLClient; projectId: string; field: string; quality: number }> = [];
  const judges: Array<{ client: GraphQLClient; judgeId: string; leniency: number }> = [];

  beforeAll(async () => {
    sut = await TestApp.start();
    organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
  });
  afterAll(() => sut?.close());

  const scoreAll = async (round: 'PRELIMINARY' | 'FINAL', criteria: Array<{ id: string }>) => {
    for (const judge of judges) {
      const { myAssignments } = await judge.client.data(MY_ASSIGNMENTS, { competitionId: edition.id, round });
      for (const assignment of myAssignments) {
        const project = projects.find((p) => p.projectId === assignment.projectId)!;
        const value = Math.max(0, Math.min(10, project.quality + judge.leniency));
        await judge.client.data(SAVE_SCORES, {
          input: {
            assignmentId: assignment.id,
            submit: true,
            scores: criteria.map((c) => ({ criterionId: c.id, value, comment: 'ok' })),
          },
        });
      }
    }
  };

  it('creates the edition with the 2020 defaults unless told otherwise', async () => {
    edition = await createEdition(organizer, {
      finalistTotal: 6,
      perFieldCap: 2,
      minReviews: 2,
      reviewsPerProject: 2,
      awardPlaces: 1,
      bootstrapRounds: 50,
    });
    const { competition } = await organizer.data(
      `query($id: ID!) { competition(id: $id) { stage settings { applicationTarget finalistTotal perFieldCap unfilledSlotRule normalizationMethod awardPlaces } fields { code name { zh en ru } } } }`,
      { id: edition.id },
    );
    expect(competition.stage).toBe('SETUP');
    expect(competition.settings).toEqual({
      applicationTarget: 120,
      finalistTotal: 6,
      perFieldCap: 2,
      unfilledSlotRule: 'REDISTRIBUTE',
      normalizationMethod: 'JUDGE_EFFECTS',
      awardPlaces: 1,
    });
    expect(competition.fields.map((f: { code: string }) => f.code)).toEqual(['AI', 'ROBOTICS', 'BIOTECH']);
    expect(competition.fields[1].name).toEqual({ zh: '机器人', en: 'Robotics', ru: 'Робототехника' });
  });

  it('hides an edition in set-up from everyone but organizers, and refuses applications before registration', async () => {
    const visitor = await sut
      .client()
      .error(`query($id: ID!) { competition(id: $id) { id } }`, { id: edition.id });
    expect(visitor.code).toBe('NOT_FOUND');
    const { client } = await sut.signedIn({ kind: 'STARTUP' });
    const early = await client.error(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      {
        input: { competitionId: edition.id },
      },
    );
    expect(early.code).toBe('NOT_FOUND');
  });

  it('opens registration; start-ups apply; judges join and criteria are set', async () => {
    await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
    const stale = await organizer.error(ADVANCE, { id: edition.id, from: 'SETUP' });
    expect(stale.code).toBe('CONFLICT');

    const qualities = [9, 7, 4];
    for (const field of ['AI', 'ROBOTICS', 'BIOTECH']) {
      for (const [i, quality] of qualities.entries()) {
        const p = await submittedProject(sut, edition, field, `${field} project ${i + 1}`);
        projects.push({ ...p, field, quality });
      }
    }
    for (const leniency of [0, 0, 0, 2]) {
      const judge = await activeJudge(sut, organizer, edition);
      judges.push({ ...judge, leniency });
    }
    const { setCriteria } = await organizer.data(SET_CRITERIA, {
      input: {
        competitionId: edition.id,
        round: 'PRELIMINARY',
        criteria: [
          { name: { en: 'Innovation', zh: '创新性', ru: 'Инновационность' }, weight: 2, maxScore: 10 },
          { name: { en: 'Team' }, weight: 1, maxScore: 10 },
        ],
      },
    });
    expect(setCriteria).toHaveLength(2);
  });

  it('assigns k judges per project and lets judges score only their own assignments', async () => {
    const tooEarly = await organizer.error(
      `mutation($input: RoundInput!) { autoAssign(input: $input) { created } }`,
      { input: { competitionId: edition.id, round: 'PRELIMINARY' } },
    );
    expect(tooEarly.code).toBe('CONFLICT');
    expect(tooEarly.key).toBe('errors.competition.wrongStage');

    await organizer.data(ADVANCE, { id: edition.id, from: 'REGISTRATION' });
    const { autoAssign } = await organizer.data(
      `mutation($input: RoundInput!) { autoAssign(input: $input) { created shortfallProjectIds } }`,
      { input: { competitionId: edition.id, round: 'PRELIMINARY' } },
    );
    expect(autoAssign).toEqual({ created: 18, shortfallProjectIds: [] });

    const { criteria } = await organizer.data(
      `query($id: ID!) { criteria(competitionId: $id, round: PRELIMINARY) { id } }`,
      {
        id: edition.id,
      },
    );
    const [first, second] = judges;
    const { myAssignments } = await first.client.data(MY_ASSIGNMENTS, {
      competitionId: edition.id,
      round: 'PRELIMINARY',
    });
    const { myAssignments: theirs } = await second.client.data(MY_ASSIGNMENTS, { competitionId: edition.id });
    expect(myAssignments.length).toBeGreaterThan(0);
    const foreign = theirs.find(
      (a: { id: string }) => !myAssignments.some((m: { id: string }) => m.id === a.id),
    );
    const refused = await first.client.error(SAVE_SCORES, {
      input: {
        assignmentId: foreign.id,
        submit: true,
        scores: criteria.map((c: { id: string }) => ({ criterionId: c.id, value: 5 })),
      },
    });
    expect(refused.code).toBe('NOT_FOUND');

    const outOfRange = await first.client.error(SAVE_SCORES, {
      input: {
        assignmentId: myAssignments[0].id,
        submit: true,
        scores: criteria.map((c: { id: string }) => ({ criterionId: c.id, value: 11 })),
      },
    });
    expect(outOfRange.code).toBe('BAD_USER_INPUT');
    expect(outOfRange.fields?.[0]).toMatchObject({ key: 'validation.range' });
    const incomplete = await first.client.error(SAVE_SCORES, {
      input: {
        assignmentId: myAssignments[0].id,
        submit: true,
        scores: [{ criterionId: criteria[0].id, value: 5 }],
      },
    });
    expect(incomplete.code).toBe('BAD_USER_INPUT');

    await scoreAll('PRELIMINARY', criteria);
  });

  it("keeps judges from others' scores until the round closes, and start-ups from theirs until publication", async () => {
    const [first] = judges;
    const { myAssignments } = await first.client.data(MY_ASSIGNMENTS, { competitionId: edition.id });
    const reviewed = myAssignments[0].projectId;
    // Their own scores come back with each assignment, in one request however long the list.
    const { myAssignments: withScores } = await first.client.data(
      `query($c: ID) { myAssignments(competitionId: $c) { id myScores { criterionId value comment } } }`,
      { c: edition.id },
    );
    expect(withScores.every((a: { myScores: unknown[] }) => a.myScores.length === 2)).toBe(true);
    const { reviews } = await first.client.data(
      `query($p: ID!) { reviews(projectId: $p, round: PRELIMINARY) { judgeId total } }`,
      { p: reviewed },
    );
    expect(reviews).toBeNull();
    const { reviews: all } = await organizer.data(
      `query($p: ID!) { reviews(projectId: $p, round: PRELIMINARY) { judgeId total } }`,
      { p: reviewed },
    );
    expect(all).toHaveLength(2);

    const notMine = projects.find(
      (p) => !myAssignments.some((a: { projectId: string }) => a.projectId === p.projectId),
    )!;
    const hidden = await first.client.error(PROJECT_CARD, { id: notMine.projectId });
    expect(hidden.code).toBe('NOT_FOUND');
    const { project: assigned } = await first.client.data(PROJECT_CARD, { id: reviewed });
    expect(assigned.description.en).toContain('long description');
    expect(assigned.contacts).toBeNull();
    expect(assigned.result).toBeNull();

    const own = projects[0];
    const { project } = await own.client.data(PROJECT_CARD, { id: own.projectId });
    expect(project.result).toBeNull();
    expect(project.contacts.email).toContain('@example.test');
    const { reviews: ownReviews } = await own.client.data(
      `query($p: ID!) { reviews(projectId: $p, round: PRELIMINARY) { total } }`,
      { p: own.projectId },
    );
    expect(ownReviews).toBeNull();
  });

  it('runs the selection with explanations, takes an override, refuses to publish an open round or a stale run, then publishes', async () => {
    const RUN = `mutation($input: RoundInput!) { runSelection(input: $input) { id stale outcomes { projectId selected reason rankInField quality finalistProbability explanation { key params } } judges { judgeId judgeName offset scale } fields { fieldId selected } } }`;
    const { runSelection: run } = await organizer.data(RUN, {
      input: { competitionId: edition.id, round: 'PRELIMINARY' },
    });
    expect(run.outcomes.filter((o: { selected: boolean }) => o.selected)).toHaveLength(6);
    expect(run.fields.map((f: { selected: number }) => f.selected)).toEqual([2, 2, 2]);
    expect(run.outcomes[0].explanation.length).toBeGreaterThan(0);
    const lenient = run.judges.find((j: { judgeId: string }) => j.judgeId === judges[3].judgeId);
    expect(lenient.offset).toBeGreaterThan(0);
    const weakest = projects.find((p) => p.quality === 4 && p.field === 'AI')!;
    expect(run.outcomes.find((o: { projectId: string }) => o.projectId === weakest.projectId).selected).toBe(
      false,
    );

    const PUBLISH = `mutation($input: PublishRunInput!) { publishSelection(input: $input) { stage } }`;
    const open = await organizer.error(PUBLISH, { input: { competitionId: edition.id, runId: run.id } });
    expect(open.key).toBe('errors.judging.roundOpen');

    await organizer.data(
      `mutation($input: RoundInput!) { closeRound(input: $input) { preliminaryClosed } }`,
      {
        input: { competitionId: edition.id, round: 'PRELIMINARY' },
      },
    );
    const noReason = await organizer.error(
      `mutation($input: OverrideInput!) { setSelectionOverride(input: $input) { id } }`,
      { input: { competitionId: edition.id, projectId: weakest.projectId, decision: 'INCLUDE', reason: '' } },
    );
    expect(noReason.code).toBe('BAD_USER_INPUT');
    await organizer.data(`mutation($input: OverrideInput!) { setSelectionOverride(input: $input) { id } }`, {
      input: {
        competitionId: edition.id,
        projectId: weakest.projectId,
        decision: 'INCLUDE',
        reason: 'Strategic fit with the host park',
      },
    });
    const stale = await organizer.error(PUBLISH, { input: { competitionId: edition.id, runId: run.id } });
    expect(stale.key).toBe('errors.judging.selectionStale');

    const { runSelection: rerun } = await organizer.data(RUN, {
      input: { competitionId: edition.id, round: 'PRELIMINARY' },
    });
    const included = rerun.outcomes.find((o: { projectId: string }) => o.projectId === weakest.projectId);
    expect(included).toMatchObject({ selected: true, reason: 'SELECTED_BY_OVERRIDE' });
    // The included project takes one of AI's two places: the field's second-best steps aside.
    const displaced = projects.find((p) => p.quality === 7 && p.field === 'AI')!;
    expect(
      rerun.outcomes.find((o: { projectId: string }) => o.projectId === displaced.projectId),
    ).toMatchObject({
      selected: false,
      reason: 'FIELD_CAP_REACHED',
    });
    const { publishSelection } = await organizer.data(PUBLISH, {
      input: { competitionId: edition.id, runId: rerun.id },
    });
    expect(publishSelection.stage).toBe('FINALISTS_ANNOUNCED');
    const again = await organizer.error(PUBLISH, { input: { competitionId: edition.id, runId: rerun.id } });
    expect(again.code).toBe('CONFLICT');
  });

  it('tells the start-ups and shows them their own result', async () => {
    const best = projects[0];
    const { project } = await best.client.data(PROJECT_CARD, { id: best.projectId });
    expect(project.status).toBe('FINALIST');
    expect(project.result).toMatchObject({ finalist: true, rankInField: 1 });
    expect(project.result.score).toBeGreaterThan(0);
    const { notifications } = await best.client.data(
      `{ notifications(first: 5) { edges { node { key link } } } }`,
    );
    expect(notifications.edges[0].node.key).toBe('notifications.selection.finalist');
    const rejected = projects.find((p) => p.quality === 4 && p.field === 'ROBOTICS')!;
    const { project: other } = await rejected.client.data(PROJECT_CARD, { id: rejected.projectId });
    expect(other.status).toBe('NOT_SELECTED');
  });

  it('scores the final, ranks it the same way and publishes the award places', async () => {
    const { setCriteria } = await organizer.data(SET_CRITERIA, {
      input: {
        competitionId: edition.id,
        round: 'FINAL',
        criteria: [{ name: { en: 'Pitch', ru: 'Питч' }, weight: 1, maxScore: 10 }],
      },
    });
    await organizer.data(ADVANCE, { id: edition.id, from: 'FINALISTS_ANNOUNCED' });
    const locked = await organizer.error(SET_CRITERIA, {
      input: {
        competitionId: edition.id,
        round: 'FINAL',
        criteria: [{ name: { en: 'Other' }, weight: 1, maxScore: 10 }],
      },
    });
    expect(locked.key).toBe('errors.competition.wrongStage');

    const { autoAssign } = await organizer.data(
      `mutation($input: RoundInput!) { autoAssign(input: $input) { created shortfallProjectIds } }`,
      { input: { competitionId: edition.id, round: 'FINAL' } },
    );
    expect(autoAssign.shortfallProjectIds).toEqual([]);
    await scoreAll('FINAL', setCriteria);
    await organizer.data(`mutation($input: RoundInput!) { closeRound(input: $input) { finalClosed } }`, {
      input: { competitionId: edition.id, round: 'FINAL' },
    });
    const { runSelection: final } = await organizer.data(
      `mutation($input: RoundInput!) { runSelection(input: $input) { id finalOutcomes { projectId rank place } } }`,
      { input: { competitionId: edition.id, round: 'FINAL' } },
    );
    expect(final.finalOutcomes).toHaveLength(6);
    const winner = final.finalOutcomes.find((o: { place: number | null }) => o.place === 1);
    expect(projects.find((p) => p.projectId === winner.projectId)?.quality).toBe(9);
    const { publishAwards } = await organizer.data(
      `mutation($input: PublishRunInput!) { publishAwards(input: $input) { stage awardsPublishedAt } }`,
      { input: { competitionId: edition.id, runId: final.id } },
    );
    expect(publishAwards.stage).toBe('AWARDS');
  });

  it('shows a visitor the published finalists and winners as public cards, nothing private', async () => {
    const { competition } = await sut
      .client()
      .data(
        `query($id: ID!) { competition(id: $id) { stage finalists { id status title { en } description { en } fundingAsk { amountMinor } contacts { email } result { score finalist awardPlace } field { code } } } }`,
        { id: edition.id },
      );
    expect(competition.finalists).toHaveLength(6);
    const [first] = competition.finalists;
    expect(first).toMatchObject({ status: 'AWARDED', description: null, fundingAsk: null, contacts: null });
    expect(first.result).toEqual({ score: null, finalist: true, awardPlace: 1 });
    expect(competition.finalists.filter((p: { status: string }) => p.status === 'AWARDED')).toHaveLength(1);
    const notSelected = projects.find((p) => p.quality === 4 && p.field === 'ROBOTICS')!;
    const hidden = await sut.client().error(PROJECT_CARD, { id: notSelected.projectId });
    expect(hidden.code).toBe('NOT_FOUND');
  });
});
