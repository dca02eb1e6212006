import { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiClient, DEMO_PASSWORD, eventually } from './support/api';
import { launchBrowser, newContext, screenshot } from './support/browser';

const testId = (id: string) => `[data-testid="${id}"]`;

/**
 * Two people at once, each in their own browser context: an investor requests an introduction to a
 * new start-up's project; the start-up sees the notification arrive live, accepts; both see each
 * other's contacts and exchange a message; the investor proposes a meeting and the start-up picks a
 * time, shown in Beijing and Moscow time.
 */
describe('matchmaking: introduction, contacts, conversation and meeting', () => {
  let browser: Browser;
  let investorContext: BrowserContext;
  let startupContext: BrowserContext;
  let investor: Page;
  let startup: Page;
  const stamp = Date.now().toString(36);
  const founderEmail = `founder-${stamp}@startup.example`;
  const founderPassword = 'startup-password-1';
  const startupContact = `deals-${stamp}@startup.example`;
  let projectId = '';
  let introId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    // A new start-up with a submitted, consenting project in the edition open for applications.
    const founder = new ApiClient();
    const { signUp } = await founder.gql(
      `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } activeOrganization { id } } }`,
      {
        input: {
          email: founderEmail,
          password: founderPassword,
          displayName: 'Irina Volkova',
          locale: 'EN',
          organizationName: `Tomsk Bioreactors ${stamp}`,
          organizationKind: 'STARTUP',
        },
      },
    );
    await founder.gql(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`,
      {
        input: { organizationId: signUp.activeOrganization.id, contactEmail: startupContact },
      },
    );
    const { competitions } = await founder.gql(`{ competitions { id stage fields { id code } } }`);
    const open = competitions.find((c: { stage: string }) => c.stage === 'REGISTRATION');
    const { createProject } = await founder.gql(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      {
        input: {
          competitionId: open.id,
          fieldId: open.fields.find((f: { code: string }) => f.code === 'BIOTECH').id,
          title: {
            en: `Continuous bioreactor for plant protein ${stamp}`,
            ru: 'Биореактор для растительного белка',
          },
          summary: { en: 'Plant protein at half the cost of fermentation tanks.' },
          trl: 6,
          stage: 'MVP',
          seeking: ['INVESTMENT', 'LANDING'],
          city: 'Tomsk',
          contactEmail: startupContact,
          fundingAskAmount: 80_000_000,
          fundingAskCurrency: 'RUB',
          visibilityConsent: true,
        },
      },
    );
    projectId = createProject.id;
    await founder.gql(`mutation($id: ID!) { submitProject(projectId: $id) { id } }`, { id: projectId });

    investorContext = await newContext(browser);
    startupContext = await newContext(browser);
    investor = await investorContext.newPage();
    startup = await startupContext.newPage();
    await signIn(investor, 'investor@bridge.demo', DEMO_PASSWORD);
    await signIn(startup, founderEmail, founderPassword);
  });
  afterAll(async () => {
    await investorContext?.close();
    await startupContext?.close();
    await browser?.close();
  });

  it('lets the investor request an introduction; the start-up sees it arrive live', async () => {
    await startup.goto('/dashboard');
    const bell = startup.locator(testId('notification-bell'));
    await bell.waitFor();
    const unreadBefore = unreadOf(await bell.getAttribute('aria-label'));

    await investor.goto(`/projects/${projectId}`);
    await investor.click(`${testId('request-intro')}[data-project-id="${projectId}"]`);
    await investor.check(testId('intro-purpose-INVESTMENT'));
    await investor.fill(
      testId('intro-message'),
      'We invest in food-tech at seed and Series A and would like to discuss your bioreactor pilot.',
    );
    await investor.click(testId('intro-submit'));
    await investor.locator(`${testId('intro-status')}[data-status="PENDING"]`).waitFor();

    // No reload: the subscription pushes the notification and the count.
    await startup.waitForFunction(
      ([selector, before]) => {
        const label = document.querySelector(selector)?.getAttribute('aria-label') ?? '';
        const n = Number(/(\d+)/.exec(label)?.[1] ?? 0);
        return n > before;
      },
      [testId('notification-bell'), unreadBefore] as const,
      { timeout: 15_000 },
    );
    await screenshot(startup, 'matchmaking-live-notification');
  });

  it('lets the start-up accept; each side then sees the other’s contacts', async () => {
    await startup.goto('/introductions/inbox');
    const item = startup.locator(testId('intro-item')).first();
    await item.waitFor();
    introId = (await item.getAttribute('data-intro-id')) ?? '';
    expect(await item.locator(testId('contacts-email')).count()).toBe(0);
    await item.locator(testId('intro-accept')).click();
    await startup.locator(`${testId('intro-item')}[data-status="ACCEPTED"]`).waitFor();
    const investorContact = startup.locator(`${testId('intro-item')} ${testId('contacts-email')}`).first();
    await investorContact.waitFor();
    expect(await investorContact.textContent()).toContain('@silkroad-ventures.bridge.demo');
    await screenshot(startup, 'matchmaking-accepted-startup');

    await investor.goto('/introductions/sent');
    const sent = investor.locator(`${testId('intro-item')}[data-intro-id="${introId}"]`);
    await sent.locator(testId('contacts-email')).waitFor();
    expect(await sent.locator(testId('contacts-email')).textContent()).toContain(startupContact);
  });

  it('opens a conversation where both exchange messages', async () => {
    await investor
      .locator(`${testId('intro-item')}[data-intro-id="${introId}"] ${testId('conversation-link')}`)
      .click();
    await investor.waitForURL('**/conversations/**');
    const conversationUrl = new URL(investor.url()).pathname;
    await investor.fill(testId('message-input'), 'Thank you! Could you share the pilot data before we meet?');
    await investor.click(testId('message-send'));
    await investor.locator(`${testId('message')}[data-mine="true"]`).waitFor();

    await startup.goto(conversationUrl);
    const theirs = startup.locator(`${testId('message')}[data-mine="false"]`);
    await theirs.first().waitFor();
    expect(await theirs.first().textContent()).toContain('pilot data');
    await startup.fill(testId('message-input'), 'Of course — the report is attached below.');
    await startup.click(testId('message-send'));
    await startup.locator(`${testId('message')}[data-mine="true"]`).waitFor();

    await investor.reload();
    const reply = await eventually(
      async () => investor.locator(`${testId('message')}[data-mine="false"]`).allTextContents(),
      (texts) => texts.some((t) => t.includes('report is attached')),
    );
    expect(reply.join(' ')).toContain('report is attached');
  });

  it('lets the investor propose meeting times and the start-up pick one, in Beijing and Moscow time', async () => {
    await investor.click(testId('meeting-propose'));
    const inAWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await investor.fill(testId('meeting-slot-date-0'), inAWeek);
    await investor.fill(testId('meeting-slot-time-0'), '10:00');
    await investor.click(testId('meeting-add-slot'));
    await investor.fill(testId('meeting-slot-date-1'), inAWeek);
    await investor.fill(testId('meeting-slot-time-1'), '14:30');
    await investor.click(testId('meeting-submit'));
    await investor.locator(`${testId('meeting')}[data-status="PROPOSED"]`).waitFor();
    // The proposer cannot pick a time of their own proposal.
    expect(await investor.locator(testId('meeting-pick')).count()).toBe(0);

    await startup.reload();
    const pick = startup.locator(testId('meeting-pick')).first();
    await pick.waitFor();
    const startsAt = await pick.getAttribute('data-starts-at');
    await pick.click();
    const chosen = startup.locator(testId('meeting-chosen'));
    await chosen.waitFor();
    expect(await chosen.getAttribute('data-starts-at')).toBe(startsAt);
    const beijing = await chosen.locator(testId('meeting-time-beijing')).textContent();
    const moscow = await chosen.locator(testId('meeting-time-moscow')).textContent();
    // Beijing is five hours ahead of Moscow all year.
    const start = new Date(startsAt ?? '');
    const hhmm = (zone: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(start);
    expect(beijing).toContain(hhmm('Asia/Shanghai'));
    expect(moscow).toContain(hhmm('Europe/Moscow'));
    expect(await chosen.locator(testId('meeting-ics')).getAttribute('href')).toMatch(
      /\/meetings\/.+\/invite\.ics$/,
    );
    await screenshot(startup, 'matchmaking-meeting-confirmed');

    await investor.reload();
    await investor.locator(`${testId('meeting')}[data-status="CONFIRMED"]`).waitFor();
  });
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.fill(testId('email'), email);
  await page.fill(testId('password'), password);
  await page.click(testId('submit'));
  await page.waitForURL('**/dashboard');
}

function unreadOf(label: string | null): number {
  return Number(/(\d+)/.exec(label ?? '')?.[1] ?? 0);
}
