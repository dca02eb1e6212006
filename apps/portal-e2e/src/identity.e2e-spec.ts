import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, screenshot } from './support/browser';

const testId = (id: string) => `[data-testid="${id}"]`;

/**
 * A start-up signs up, signs out and in again, and switches the shell to 中文, Русский and back;
 * the choice is remembered across a reload. Screenshots of the shell in each language.
 */
describe('start-up sign-up and the trilingual shell', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const email = `e2e-${Date.now()}@agro.example`;
  const password = 'greenhouse-robot-2026';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, 'en-US');
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('signs up a start-up and lands on its dashboard with the start-up navigation', async () => {
    await page.goto('/sign-up');
    await page.click(testId('kind-STARTUP'));
    await page.fill(testId('organizationName'), 'Siberian Greenhouse Robotics');
    await page.fill(testId('displayName'), 'Olga Smirnova');
    await page.fill(testId('email'), email);
    await page.fill(testId('password'), password);
    await page.click(testId('submit'));
    await page.waitForURL('**/dashboard');
    await page.waitForSelector(testId('app-shell'));
    await expectVisible(page, 'nav-project');
    await expectVisible(page, 'nav-members');
    expect(await page.locator(testId('nav-market')).count()).toBe(0);
    expect(await page.locator(testId('nav-admin-organizations')).count()).toBe(0);
  });

  it('refuses a wrong password with a message, then signs in again', async () => {
    await page.click(testId('user-menu'));
    await page.click(testId('sign-out'));
    await page.goto('/sign-in');
    await page.fill(testId('email'), email);
    await page.fill(testId('password'), 'not-the-password');
    await page.click(testId('submit'));
    const error = page.locator(testId('form-error'));
    await error.waitFor();
    expect((await error.textContent())?.trim().length).toBeGreaterThan(5);

    await page.fill(testId('password'), password);
    await page.click(testId('submit'));
    await page.waitForURL('**/dashboard');
    await expectVisible(page, 'nav-project');
  });

  it('switches to 中文, to Русский and back to English, remembering the choice', async () => {
    const english = await navText(page);
    expect(english).toMatch(/[A-Za-z]/);
    await screenshot(page, 'shell-en');

    await page.click(testId('lang-zh-CN'));
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    const chinese = await navText(page);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(chinese).not.toEqual(english);
    await screenshot(page, 'shell-zh-CN');

    await page.click(testId('lang-ru'));
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    expect(await navText(page)).toMatch(/[\u0400-\u04ff]/);
    await screenshot(page, 'shell-ru');

    await page.reload();
    await page.waitForSelector(testId('app-shell'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await navText(page)).toMatch(/[\u0400-\u04ff]/);

    await page.click(testId('lang-en'));
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await navText(page)).toEqual(english);
  });
});

async function expectVisible(page: Page, id: string) {
  await page.locator(testId(id)).first().waitFor({ state: 'visible' });
}

/** The navigation's text: what a user reads to find their way. */
async function navText(page: Page): Promise<string> {
  await page.locator(testId('nav-dashboard')).first().waitFor();
  const texts = await page.locator('[data-testid^="nav-"]').allTextContents();
  return texts
    .map((t) => t.trim())
    .filter(Boolean)
    .join(' | ');
}
