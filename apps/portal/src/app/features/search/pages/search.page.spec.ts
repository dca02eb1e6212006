import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { BehaviorSubject, Observable, Subject, of } from 'rxjs';
import { FakeAuth, MemoryStorage, aViewer } from '../../../../testing/factories';
import { AuthService } from '../../../core/auth/auth.service';
import { SearchInput } from '../../../core/graphql/lazy/generated';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { SearchAnswer, SearchApi, SearchHit, SearchResult } from '../data/search.api';
import { SEARCH_DEBOUNCE_MS, SearchPage } from './search.page';

let sequence = 0;

function aHit(overrides: Partial<SearchHit> = {}): SearchHit {
  sequence += 1;
  return {
    projectId: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    competitionId: '00000000-0000-4000-8000-000000000001',
    title: [{ text: `Project ${sequence}`, highlighted: false }],
    summary: [{ text: 'A summary', highlighted: false }],
    language: 'en',
    fallback: false,
    status: 'FINALIST',
    fieldCode: 'AI',
    city: 'Harbin',
    trl: null,
    stage: null,
    seeking: null,
    fundingAskUsdMinor: null,
    score: null,
    rankInField: null,
    awardPlace: null,
    ...overrides,
  };
}

function aResult(hits: SearchHit[] = [aHit()], overrides: Partial<SearchResult> = {}): SearchResult {
  return {
    total: hits.length,
    degraded: false,
    engine: 'postgres',
    nextCursor: null,
    hits,
    facets: [
      {
        name: 'FIELD',
        values: [
          {
            value: 'AI',
            count: 3,
            selected: false,
            label: { en: 'Artificial intelligence', zh: null, ru: null },
          },
          { value: 'ROBOTICS', count: 2, selected: false, label: { en: 'Robotics', zh: null, ru: null } },
        ],
      },
      { name: 'TRL', values: [{ value: '4', count: 1, selected: false, label: null }] },
    ],
    ...overrides,
  };
}

const answer = (result: SearchResult): SearchAnswer => ({ result, loading: false, error: null });

class FakeSearchApi {
  readonly inputs: SearchInput[] = [];
  next: () => Observable<SearchAnswer> = () => of(answer(aResult()));
  readonly search = jest.fn((input: SearchInput) => {
    this.inputs.push(input);
    return this.next();
  });
  readonly more = jest.fn();
}

describe('SearchPage', () => {
  let api: FakeSearchApi;
  let auth: FakeAuth;

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
    return { harness, element: harness.routeNativeElement as HTMLElement, router: TestBed.inject(Router) };
  }

  beforeEach(async () => {
    api = new FakeSearchApi();
    auth = new FakeAuth();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'search', component: SearchPage }]),
        { provide: SearchApi, useValue: api },
        { provide: AuthService, useValue: auth },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
  });

  it('searches what the URL says and ignores garbage params', async () => {
    await open('/search?q=robots&field=AI&trlMin=abc&status=DRAFT&saved=42&sort=SCORE');

    expect(api.inputs.at(-1)).toEqual({ text: 'robots', fieldCodes: ['AI'], sort: 'SCORE', language: 'EN' });
  });

  it('puts a facet choice in the URL and runs that search', async () => {
    const { harness, element, router } = await open('/search?field=AI');
    const robotics = element.querySelector('[data-testid="facet-FIELD-ROBOTICS"]') as HTMLInputElement;
    const ai = element.querySelector('[data-testid="facet-FIELD-AI"]') as HTMLInputElement;

    expect(ai.checked).toBe(true);
    expect(robotics.checked).toBe(false);

    robotics.click();
    await harness.fixture.whenStable();

    expect(router.url).toBe('/search?field=AI&field=ROBOTICS');
    expect(api.inputs.at(-1)?.fieldCodes).toEqual(['AI', 'ROBOTICS']);

    (harness.routeNativeElement?.querySelector('[data-testid="facet-TRL-4"]') as HTMLInputElement).click();
    await harness.fixture.whenStable();

    expect(router.url).toBe('/search?field=AI&field=ROBOTICS&trlMin=4&trlMax=4');
  });

  it('marks a title shown in another language and highlights matches as text', async () => {
    api.next = () =>
      of(
        answer(
          aResult([
            aHit({
              title: [
                { text: 'Робот', highlighted: true },
                { text: ' <b>Харбин</b>', highlighted: false },
              ],
              language: 'ru',
              fallback: true,
            }),
            aHit({ title: [{ text: 'Drone', highlighted: false }] }),
          ]),
        ),
      );
    const { element } = await open('/search?q=robot');
    const [ru, en] = Array.from(element.querySelectorAll('[data-testid="search-hit"]'));

    expect(ru.querySelector('[data-testid="language-marker"]')?.textContent?.trim()).toBe('RU');
    expect(ru.querySelector('mark')?.textContent).toBe('Робот');
    expect(ru.querySelector('[data-testid="search-hit-title"]')?.textContent).toBe('Робот <b>Харбин</b>');
    expect(ru.querySelector('b')).toBeNull();
    expect(en.querySelector('[data-testid="language-marker"]')).toBeNull();
    expect(en.querySelector('[data-testid="search-hit-field"]')?.textContent).toBe('Artificial intelligence');
  });

  it('searches a pause after typing, and at once on Enter', async () => {
    const { harness, element, router } = await open('/search');
    const box = element.querySelector('[data-testid="search-box"]') as HTMLInputElement;

    box.value = 'drone';
    box.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
    expect(router.url).toBe('/search');

    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await harness.fixture.whenStable();
    expect(router.url).toBe('/search?q=drone');

    box.value = '机器人';
    box.dispatchEvent(new Event('input'));
    box.form?.dispatchEvent(new Event('submit', { cancelable: true }));
    await harness.fixture.whenStable();
    expect(router.url).toBe(`/search?q=${encodeURIComponent('机器人')}`);
    expect(api.inputs.at(-1)?.text).toBe('机器人');
  });

  it('keeps the previous results while the next search loads', async () => {
    const first = aHit({ title: [{ text: 'Old result', highlighted: false }] });
    const pending = new Subject<SearchAnswer>();
    api.next = () => new BehaviorSubject(answer(aResult([first])));
    const { harness, element, router } = await open('/search?q=old');

    api.next = () => pending;
    await router.navigateByUrl('/search?q=new');
    await harness.fixture.whenStable();

    expect(element.querySelector('[data-testid="search-hit-title"]')?.textContent).toBe('Old result');
    expect(element.querySelector('.search__hits--stale')).not.toBeNull();

    pending.next(answer(aResult([], { total: 0 })));
    await harness.fixture.whenStable();

    expect(element.querySelector('[data-testid="search-hit"]')).toBeNull();
    expect(element.querySelector('[data-testid="search-empty"]')).not.toBeNull();
  });

  it('says when the search engine is degraded', async () => {
    api.next = () => of(answer(aResult([aHit()], { degraded: true })));
    const { element } = await open('/search');

    expect(element.querySelector('[data-testid="search-degraded"]')?.textContent).toContain(
      'The search engine is unavailable',
    );
  });

  it('offers saving the search and shortlisting to the market only', async () => {
    const visitor = await open('/search?q=robot');

    expect(visitor.element.querySelector('[data-testid="save-search"]')).toBeNull();
    expect(visitor.element.querySelector('[data-testid="add-to-shortlist"]')).toBeNull();

    auth.signInAs(aViewer({ capabilities: ['MARKET'] }));
    await visitor.harness.fixture.whenStable();

    expect(visitor.element.querySelector('[data-testid="save-search"]')).not.toBeNull();
    expect(visitor.element.querySelector('[data-testid="add-to-shortlist"]')).not.toBeNull();
  });
});
