import { Browser, BrowserContext, Page } from 'playwright-core';
import { ApiClient, DEMO_PASSWORD, eventually } from './support/api';
import { launchBrowser, newContext, screenshot } from './support/browser';

const testId = (id: string) => `[data-testid="${id}"]`;

/**
 * The investor's discovery path on the demo data: search in Chinese, narrow by field and TRL, open
 * a project, shortlist it with a note, save the search; the search's URL, opened afresh, shows the
 * same results.
 */
describe('search, shortlist and saved search', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const investor = new ApiClient();
  const stamp = Date.now().toString(36);
  const listName = `机器人候选 ${stamp}`;
  const searchName = `机器人 TRL≥4 ${stamp}`;
  let searchUrl = '';
  let hitIds: string[] = [];
  let openedProjectId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, 'zh-CN');
    page = await context.newPage();
    await investor.signIn('investor@bridge.demo', DEMO_PASSWORD);
    await page.goto('/sign-in');
    await page.fill(testId('email'), 'investor@bridge.demo');
    await page.fill(testId('password'), DEMO_PASSWORD);
    await page.click(testId('submit'));
    await page.waitForURL('**/dashboard');
    await page.click(testId('lang-zh-CN'));
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  const visibleHitIds = async (p: Page) => {
    await p.locator(testId('search-hit')).first().waitFor();
    return p
      .locator(testId('search-hit'))
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-project-id') ?? ''));
  };

  it('searches in Chinese and narrows by field and TRL, keeping it all in the URL', async () => {
    await page.click(testId('nav-search'));
    await page.waitForURL('**/search**');
    await page.fill(testId('search-box'), '机器人');
    await page.press(testId('search-box'), 'Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '机器人');
    const all = await visibleHitIds(page);
    expect(all.length).toBeGreaterThan(0);
    const totalBefore = Number((await page.textContent(testId('search-total')))?.replace(/\D/g, ''));

    await page.check(testId('facet-FIELD-ROBOTICS'));
    await page.waitForURL((url) => url.searchParams.getAll('field').includes('ROBOTICS'));
    await page.fill(testId('trl-min'), '4');
    await page.press(testId('trl-min'), 'Enter');
    await page.waitForURL((url) => url.searchParams.get('trlMin') === '4');
    // What the API says of the same search; the page settles on exactly its hits, in its order.
    const { search } = await investor.gql(
      `query($input: SearchInput!) { search(input: $input) { total hits { projectId fieldCode trl } } }`,
      { input: { text: '机器人', fieldCodes: ['ROBOTICS'], trlMin: 4, first: 20 } },
    );
    expect(search.total).toBeGreaterThan(0);
    expect(search.total).toBeLessThan(totalBefore);
    for (const hit of search.hits) {
      expect(hit.fieldCode).toBe('ROBOTICS');
      expect(hit.trl).toBeGreaterThanOrEqual(4);
    }
    const expected = search.hits.map((h: { projectId: string }) => h.projectId);
    const shown = await eventually(
      async () => ({
        total: Number((await page.textContent(testId('search-total')))?.replace(/\D/g, '')),
        ids: await visibleHitIds(page),
      }),
      (r) => r.total === search.total && JSON.stringify(r.ids) === JSON.stringify(expected),
    );
    expect(shown).toEqual({ total: search.total, ids: expected });
    hitIds = expected;
    searchUrl = page.url();
    await screenshot(page, 'search-zh-CN');
  });

  it('opens a project and adds it to a new shortlist with a note', async () => {
    const first = page.locator(testId('search-hit')).first();
    openedProjectId = (await first.getAttribute('data-project-id')) ?? '';
    await first.locator(testId('search-hit-title')).click();
    await page.waitForURL(`**/projects/${openedProjectId}`);

    await page.click(`${testId('add-to-shortlist')}[data-project-id="${openedProjectId}"]`);
    // The organisation's lists load first; with none yet, the new-list form is already open.
    await page
      .locator(`${testId('shortlist-new-name')}, ${testId('shortlist-new')}`)
      .first()
      .waitFor();
    const newName = page.locator(testId('shortlist-new-name'));
    if (!(await newName.isVisible())) await page.click(testId('shortlist-new'));
    await newName.fill(listName);
    await page.click(testId('shortlist-create'));
    await page.locator(testId('shortlist-select')).waitFor();
    await eventually(
      async () => page.locator(`${testId('shortlist-select')} option:checked`).textContent(),
      (text) => !!text?.includes(listName),
    );
    await page.fill(testId('shortlist-note'), '团队很强，安排下周通话');
    await page.fill(testId('shortlist-tags'), '机器人, 优先');
    await page.click(testId('shortlist-submit'));
    await page.locator(testId('shortlist-form')).waitFor({ state: 'detached' });

    const { shortlists } = await investor.gql(`{ shortlists { name items { projectId note tags } } }`);
    const list = shortlists.find((l: { name: string }) => l.name === listName);
    expect(list.items).toEqual([
      { projectId: openedProjectId, note: '团队很强，安排下周通话', tags: ['机器人', '优先'] },
    ]);
    await screenshot(page, 'project-shortlisted-zh-CN');
  });

  it('goes back to the same results and saves the search', async () => {
    await page.goBack();
    await page.waitForFunction((url) => location.href === url, searchUrl);
    expect(await visibleHitIds(page)).toEqual(hitIds);

    await page.click(testId('save-search'));
    await page.fill(testId('save-search-name'), searchName);
    await page.click(testId('save-search-submit'));
    await page.locator(testId('save-search-name')).waitFor({ state: 'detached' });

    const { savedSearches } = await investor.gql(`{ savedSearches { name input alertsEnabled mine } }`);
    const saved = savedSearches.find((s: { name: string }) => s.name === searchName);
    expect(saved).toMatchObject({ alertsEnabled: true, mine: true });
    expect(saved.input).toMatchObject({ text: '机器人', fieldCodes: ['ROBOTICS'], trlMin: 4 });
  });

  it('reproduces the results from the URL alone, and from the saved search', async () => {
    const fresh = await context.newPage();
    await fresh.goto(searchUrl);
    const reproduced = await visibleHitIds(fresh).catch(async (error) => {
      await screenshot(fresh, 'search-from-url-failed');
      throw error;
    });
    expect(reproduced).toEqual(hitIds);
    expect(await fresh.inputValue(testId('search-box'))).toBe('机器人');
    expect(await fresh.isChecked(testId('facet-FIELD-ROBOTICS'))).toBe(true);

    await fresh.goto('/saved-searches');
    const row = fresh.locator(testId('saved-search'), { hasText: searchName });
    await row.locator(testId('saved-search-open')).click();
    await fresh.waitForURL('**/search**');
    expect(await visibleHitIds(fresh)).toEqual(hitIds);
    await screenshot(fresh, 'saved-search-opened-zh-CN');
    await fresh.close();
  });
});
