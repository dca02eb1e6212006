import { Browser, Page } from 'playwright-core';
import { ApiClient, DEMO_PASSWORD, eventually } from './support/api';
import { launchBrowser, newContext, screenshot } from './support/browser';

const testId = (id: string) => `[data-testid="${id}"]`;

/**
 * A small edition is set up through the API (3 start-ups in 3 fields, the demo judge, criteria,
 * assignments). Then, in the browser: the judge scores an assignment; the organizer runs the
 * selection, reads an explanation, overrides one result with a reason and publishes; a visitor sees
 * the results.
 */
describe('judging to published results', () => {
  let browser: Browser;
  const organizer = new ApiClient();
  const judge = new ApiClient();
  let competitionId: string;
  const projects: Array<{ id: string; field: string; title: string; titleRu: string }> = [];
  let criteria: Array<{ id: string }>;
  let included: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    await organizer.signIn('organizer@bridge.demo', DEMO_PASSWORD);
    const year = 2030 + Math.floor(Math.random() * 60);
    const { createCompetition } = await organizer.gql(
      `mutation($input: CreateCompetitionInput!) { createCompetition(input: $input) { id fields { id code } } }`,
      {
        input: {
          name: {
            en: `Browser test edition ${year}`,
            zh: `浏览器测试 ${year}`,
            ru: `Тестовый конкурс ${year}`,
          },
          year,
          editionNumber: 50,
          settings: {
            finalistTotal: 3,
            perFieldCap: 1,
            minReviews: 1,
            reviewsPerProject: 1,
            bootstrapRounds: 50,
          },
        },
      },
    );
    competitionId = createCompetition.id;
    await advance('SETUP');
    for (const [i, field] of createCompetition.fields.entries() as IterableIterator<
      [number, { id: string; code: string }]
    >) {
      for (const n of [1, 2]) {
        const startup = new ApiClient();
        const email = `e2e-${field.code.toLowerCase()}-${n}-${Date.now()}@startup.example`;
        await startup.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
          input: {
            email,
            password: 'startup-password-1',
            displayName: `Founder ${i}${n}`,
            locale: 'EN',
            organizationName: `${field.code} Startup ${n}`,
            organizationKind: 'STARTUP',
          },
        });
        const title = `${field.code} project ${n}`;
        const { createProject } = await startup.gql(
          `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
          {
            input: {
              competitionId,
              fieldId: field.id,
              title: { en: title, ru: `Проект ${field.code} ${n}` },
              summary: { en: `${title} summary` },
              trl: 5,
              stage: 'MVP',
              seeking: ['INVESTMENT'],
              city: 'Tomsk',
              contactEmail: email,
              visibilityConsent: true,
            },
          },
        );
        await startup.gql(`mutation($id: ID!) { submitProject(projectId: $id) { id } }`, {
          id: createProject.id,
        });
        projects.push({
          id: createProject.id,
          field: field.code,
          title,
          titleRu: `Проект ${field.code} ${n}`,
        });
      }
    }
    const { inviteJudge } = await organizer.gql(
      `mutation($input: InviteJudgeInput!) { inviteJudge(input: $input) { token } }`,
      { input: { competitionId, email: 'judge@bridge.demo', displayName: 'Elena Sokolova' } },
    );
    await judge.signIn('judge@bridge.demo', DEMO_PASSWORD);
    await judge.gql(`mutation($t: String!) { acceptJudgeInvitation(token: $t) { id } }`, {
      t: inviteJudge.token,
    });
    ({ setCriteria: criteria } = await organizer.gql(
      `mutation($input: SetCriteriaInput!) { setCriteria(input: $input) { id } }`,
      {
        input: {
          competitionId,
          round: 'PRELIMINARY',
          criteria: [
            { name: { en: 'Innovation', zh: '创新性', ru: 'Инновационность' }, weight: 2, maxScore: 10 },
            { name: { en: 'Team', zh: '团队', ru: 'Команда' }, weight: 1, maxScore: 10 },
          ],
        },
      },
    ));
    await advance('REGISTRATION');
    await organizer.gql(`mutation($input: RoundInput!) { autoAssign(input: $input) { created } }`, {
      input: { competitionId, round: 'PRELIMINARY' },
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function advance(from: string) {
    await organizer.gql(
      `mutation($id: ID!, $from: CompetitionStage!) { advanceCompetitionStage(input: { competitionId: $id, from: $from }) { stage } }`,
      {
        id: competitionId,
        from,
      },
    );
  }

  async function signInPage(email: string): Promise<Page> {
    const context = await newContext(browser, 'en-US');
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.fill(testId('email'), email);
    await page.fill(testId('password'), DEMO_PASSWORD);
    await page.click(testId('submit'));
    await page.waitForURL('**/dashboard');
    return page;
  }

  it('lets the judge open an assignment, score it and submit', async () => {
    const { myAssignments } = await judge.gql(
      `query($c: ID) { myAssignments(competitionId: $c, round: PRELIMINARY) { id projectId status } }`,
      { c: competitionId },
    );
    expect(myAssignments).toHaveLength(6);
    const first = myAssignments[0];
    const page = await signInPage('judge@bridge.demo');
    await page.goto('/assignments');
    await page.click(testId(`open-assignment-${first.id}`));
    await page.waitForSelector(testId('scorecard-title'));
    // The demo judge's profile language is Russian: the portal follows it after sign-in.
    const project = projects.find((p) => p.id === first.projectId)!;
    expect(await page.textContent(testId('scorecard-title'))).toContain(project.titleRu);
    await page.fill(testId('score-0'), '9');
    await page.fill(testId('score-1'), '8');
    await page.waitForFunction(
      (sel) => /86[.,]7/.test(document.querySelector(sel)?.textContent ?? ''),
      testId('total-value'),
    );
    await screenshot(page, 'judge-scorecard');
    await page.click(testId('submit-scores'));
    const submitted = await eventually(
      async () => {
        const { myAssignments: now } = await judge.gql(
          `query($c: ID) { myAssignments(competitionId: $c, round: PRELIMINARY) { id status total } }`,
          { c: competitionId },
        );
        return now.find((a: { id: string }) => a.id === first.id);
      },
      (a) => a?.status === 'SUBMITTED',
    );
    expect(submitted).toMatchObject({ status: 'SUBMITTED', total: 86.667 });
    await page.context().close();

    // The other assignments are scored through the API: distinct totals, so the order is clear.
    for (const [i, a] of myAssignments.slice(1).entries()) {
      await judge.gql(`mutation($input: SaveScoresInput!) { saveScores(input: $input) { id } }`, {
        input: {
          assignmentId: a.id,
          submit: true,
          scores: criteria.map((c) => ({ criterionId: c.id, value: 8 - i })),
        },
      });
    }
    await organizer.gql(`mutation($input: RoundInput!) { closeRound(input: $input) { preliminaryClosed } }`, {
      input: { competitionId, round: 'PRELIMINARY' },
    });
  });

  it('lets the organizer run the selection, read an explanation, override with a reason and publish', async () => {
    const page = await signInPage('organizer@bridge.demo');
    // The demo organizer reads Chinese; this test reads the explanation in English.
    await page.click(testId('lang-en'));
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goto(`/admin/competitions/${competitionId}/selection`);
    await page.click(testId('run-selection'));
    const notSelected = async () => {
      const { selectionRun } = await organizer.gql(
        `query($c: ID!) { selectionRun(competitionId: $c, round: PRELIMINARY) { outcomes { projectId selected } } }`,
        { c: competitionId },
      );
      return selectionRun?.outcomes.find((o: { selected: boolean }) => !o.selected)?.projectId as
        string | undefined;
    };
    const target = (await eventually(notSelected, (id) => !!id))!;
    expect(target).toBeDefined();
    included = target;

    await page.click(testId(`explain-${target}`));
    const explanation = await page.textContent(testId(`explanation-${target}`));
    expect(explanation).toMatch(/rank 2 in/i);
    expect(explanation).toMatch(/not selected/i);
    await screenshot(page, 'organizer-selection-explanation');

    await page.click(testId(`override-${target}`));
    await page.click(`${testId('override-include')} input`);
    await page.fill(testId('override-reason'), 'Strong fit with the host science park');
    await page.click(testId('override-save'));
    await page.waitForSelector(testId('selection-stale'));
    await page.click(testId('run-selection'));
    const outcome = await eventually(
      async () => {
        const { selectionRun } = await organizer.gql(
          `query($c: ID!) { selectionRun(competitionId: $c, round: PRELIMINARY) { stale outcomes { projectId selected reason } } }`,
          { c: competitionId },
        );
        return selectionRun.outcomes.find((o: { projectId: string }) => o.projectId === target);
      },
      (o) => o?.reason === 'SELECTED_BY_OVERRIDE',
    );
    expect(outcome).toMatchObject({ selected: true, reason: 'SELECTED_BY_OVERRIDE' });
    await page.waitForSelector(`${testId('publish-selection')}:not([disabled])`);
    await page.click(testId('publish-selection'));
    await page.click(testId('confirm-ok'));
    const stage = await eventually(
      async () =>
        (await organizer.gql(`query($c: ID!) { competition(id: $c) { stage } }`, { c: competitionId }))
          .competition.stage,
      (s) => s === 'FINALISTS_ANNOUNCED',
    );
    expect(stage).toBe('FINALISTS_ANNOUNCED');
    await screenshot(page, 'organizer-selection-published');
    await page.context().close();
  });

  it('shows a visitor the published finalists', async () => {
    const context = await newContext(browser, 'ru-RU');
    const page = await context.newPage();
    await page.goto(`/editions/${competitionId}/results`);
    await page.waitForSelector(testId('edition-results'));
    const text = (await page.textContent(testId('edition-results'))) ?? '';
    // Three finalists (one per field): the included project took its field's place. Titles are
    // shown in Russian where the start-up wrote them so.
    expect(await page.locator('[data-testid^="finalist-card-"]').count()).toBe(3);
    await page.waitForSelector(testId(`finalist-card-${included}`));
    expect(text).toContain('Проект');
    await screenshot(page, 'visitor-results-ru');
    await context.close();
  });
});
