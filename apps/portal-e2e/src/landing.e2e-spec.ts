import { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiClient, DEMO_PASSWORD, eventually } from './support/api';
import { launchBrowser, newContext, screenshot } from './support/browser';

const testId = (id: string) => `[data-testid="${id}"]`;

/**
 * A science park posts a landing offer; a new start-up finds it among the offers it qualifies for,
 * compares it with another and applies; the park invites; the start-up accepts; the LANDING
 * engagement moves to COMPANY_REGISTERED; the organizer's funnel shows one more landing, in Chinese
 * and in Russian.
 */
describe('landing: offer, eligibility, comparison, application, invitation, registered company', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let park: Page;
  let startup: Page;
  let organizer: Page;
  const organizerApi = new ApiClient();
  const stamp = Date.now().toString(36);
  const offerTitle = `Harbin robotics landing ${stamp}`;
  const founderEmail = `landing-${stamp}@startup.example`;
  const founderPassword = 'startup-password-1';
  let competitionId = '';
  let projectId = '';
  let offerId = '';
  let landedBefore = 0;

  const landed = async () =>
    (
      await organizerApi.gql(`query($id: ID) { outcomes(competitionId: $id) { funnel { landed } } }`, {
        id: competitionId,
      })
    ).outcomes.funnel.landed as number;

  beforeAll(async () => {
    browser = await launchBrowser();
    await organizerApi.signIn('organizer@bridge.demo', DEMO_PASSWORD);
    const founder = new ApiClient();
    await founder.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`, {
      input: {
        email: founderEmail,
        password: founderPassword,
        displayName: 'Pavel Orlov',
        locale: 'EN',
        organizationName: `Ural Grippers ${stamp}`,
        organizationKind: 'STARTUP',
      },
    });
    const { competitions } = await founder.gql(`{ competitions { id stage fields { id code } } }`);
    const open = competitions.find((c: { stage: string }) => c.stage === 'REGISTRATION');
    competitionId = open.id;
    const { createProject } = await founder.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      {
        input: {
          competitionId,
          fieldId: open.fields.find((f: { code: string }) => f.code === 'ROBOTICS').id,
          title: {
            en: `Soft grippers for fruit packing ${stamp}`,
            ru: 'Мягкие захваты для упаковки фруктов',
          },
          summary: { en: 'Soft robotic grippers that pack fruit without bruising.' },
          trl: 6,
          stage: 'MVP',
          seeking: ['LANDING'],
          city: 'Yekaterinburg',
          contactEmail: founderEmail,
          fundingAskAmount: 30_000_000,
          fundingAskCurrency: 'RUB',
          visibilityConsent: true,
        },
      },
    );
    projectId = createProject.id;
    await founder.gql(`mutation($id: ID!) { submitProject(projectId: $id) { id } }`, { id: projectId });
    landedBefore = await landed();

    for (const _ of [1, 2, 3]) contexts.push(await newContext(browser));
    [park, startup, organizer] = await Promise.all(contexts.map((c) => c.newPage()));
    await signIn(park, 'park@bridge.demo', DEMO_PASSWORD);
    await signIn(startup, founderEmail, founderPassword);
    await signIn(organizer, 'organizer@bridge.demo', DEMO_PASSWORD);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('lets the park write and open a structured offer', async () => {
    await park.goto('/landing/offers');
    await park.click(testId('offer-new'));
    // The text tabs open on the UI language (the demo park's own): fill the title there.
    await park.locator('[data-testid^="offer-field-title-"]').first().fill(offerTitle);
    await park.fill(testId('offer-field-city'), 'Harbin');
    await park.fill(testId('offer-field-spaceSqm'), '200');
    await park.fill(testId('offer-field-rentFreeMonths'), '6');
    await park.fill(testId('offer-field-cashGrantCny'), '500000');
    await park.fill(
      testId('offer-field-deadline'),
      new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    );
    await park.click(testId('offer-subsidy-add'));
    await park.fill(testId('offer-field-subsidy-0'), '30');
    await park.check(testId('offer-field-target-ROBOTICS'));
    await park.fill(testId('offer-field-trlMin'), '4');
    await park.fill(testId('offer-field-trlMax'), '9');
    await park.check(testId('offer-field-rule-field-ROBOTICS'));
    await park.click(testId('offer-open'));
    await park.locator(`${testId('offer-status')}[data-status="OPEN"]`).waitFor();
    offerId = /\/landing\/offers\/([^/?#]+)/.exec(park.url())?.[1] ?? '';
    expect(offerId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the start-up the offer among those it qualifies for; it compares two and applies', async () => {
    await startup.goto('/landing/find');
    const card = startup.locator(`${testId('offer-card')}[data-offer-id="${offerId}"]`);
    await card.waitFor();
    await card.locator(testId('offer-eligible')).waitFor();
    const rules = await card
      .locator(testId('offer-rule'))
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-key'), el.getAttribute('data-met')]));
    expect(rules).toEqual(
      expect.arrayContaining([
        ['TRL', 'true'],
        ['FIELD', 'true'],
      ]),
    );
    // Eligible offers come first.
    const eligibleFlags = await startup
      .locator(testId('offer-card'))
      .evaluateAll((cards) => cards.map((card) => !!card.querySelector('[data-testid="offer-eligible"]')));
    expect(eligibleFlags).toEqual([...eligibleFlags].sort((a, b) => Number(b) - Number(a)));

    await card.locator(testId('offer-select')).check();
    const other = startup.locator(`${testId('offer-card')}:not([data-offer-id="${offerId}"])`).first();
    await other.locator(testId('offer-select')).check();
    await startup.click(testId('offers-compare'));
    await startup.locator(testId('compare-table')).waitFor();
    const values = startup.locator(testId('compare-value-usd'));
    expect(await values.count()).toBeGreaterThanOrEqual(2);
    expect(
      await startup.locator(`${testId('compare-value-usd')}[data-offer-id="${offerId}"]`).textContent(),
    ).toMatch(/\$\s?[\d,]+/);
    await screenshot(startup, 'landing-compare');

    await startup.goto('/landing/find');
    await startup.locator(`${testId('offer-apply')}[data-offer-id="${offerId}"]`).click();
    await startup.fill(
      testId('apply-message'),
      'We would like to set up our gripper line and a small lab in your robotics cluster next spring.',
    );
    await startup.click(testId('apply-submit'));
    await startup
      .locator(`${testId('my-applications')} ${testId('application')}[data-status="SUBMITTED"]`)
      .waitFor();
  });

  it('lets the park invite the applicant, and the start-up accept: a LANDING engagement starts', async () => {
    await park.goto(`/landing/offers/${offerId}/applications`);
    const application = park.locator(`${testId('application')}[data-status="SUBMITTED"]`).first();
    await application.locator(testId('application-invite')).click();
    await park.fill(
      testId('invite-message'),
      'Welcome — we offer you 200 m² with six months rent-free in Harbin.',
    );
    await park.click(testId('invite-submit'));
    await park.locator(`${testId('application')}[data-status="INVITED"]`).waitFor();

    await startup.goto('/landing/find');
    const invited = startup.locator(
      `${testId('my-applications')} ${testId('application')}[data-status="INVITED"]`,
    );
    await invited.locator(testId('invitation-accept')).click();
    const accepted = startup.locator(
      `${testId('my-applications')} ${testId('application')}[data-status="ACCEPTED"]`,
    );
    await accepted.locator(testId('application-engagement')).click();
    await startup.waitForURL('**/engagements/**');
    await startup.locator(`${testId('engagement-stage')}[data-stage="INTEREST"]`).waitFor();
  });

  it('moves the engagement to COMPANY_REGISTERED with the registered company', async () => {
    await startup.click(testId('engagement-move'));
    await startup.selectOption(testId('move-to'), 'COMPANY_REGISTERED');
    await startup.fill(testId('move-note'), 'Registered in the Harbin free-trade zone.');
    await startup.fill(testId('move-company-name'), 'Ural Grippers (Harbin) Co., Ltd.');
    await startup.fill(testId('move-company-number'), '91230199MA1234567X');
    await startup.fill(testId('move-company-date'), new Date().toISOString().slice(0, 10));
    await startup.click(testId('move-submit'));
    await startup.locator(`${testId('engagement-stage')}[data-stage="COMPANY_REGISTERED"]`).waitFor();
    expect(await startup.locator(testId('engagement-company')).textContent()).toContain('91230199MA1234567X');
    await screenshot(startup, 'landing-engagement-registered');
  });

  it("shows one more landing in the organizer's funnel, in Chinese and in Russian", async () => {
    const after = await eventually(landed, (n) => n === landedBefore + 1);
    expect(after).toBe(landedBefore + 1);

    await organizer.click(testId('lang-zh-CN'));
    await organizer.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await organizer.goto(`/outcomes?edition=${competitionId}`);
    const value = organizer.locator(testId('funnel-value-landed'));
    await value.waitFor();
    expect(Number((await value.textContent())?.replace(/\D/g, ''))).toBe(landedBefore + 1);
    await organizer.locator(testId('funnel-chart')).waitFor();
    await screenshot(organizer, 'outcomes-dashboard-zh-CN');

    await organizer.click(testId('lang-ru'));
    await organizer.waitForFunction(() => document.documentElement.lang === 'ru');
    await organizer.locator(testId('funnel-chart')).waitFor();
    expect(await organizer.locator('main').textContent()).toMatch(/[\u0400-\u04ff]/);
    await screenshot(organizer, 'outcomes-dashboard-ru');
  });
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.fill(testId('email'), email);
  await page.fill(testId('password'), password);
  await page.click(testId('submit'));
  await page.waitForURL('**/dashboard');
}
