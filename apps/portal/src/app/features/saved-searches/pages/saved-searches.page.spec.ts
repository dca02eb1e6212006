import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MemoryStorage } from '../../../../testing/factories';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { SavedSearch, SavedSearchesApi, SearchEdition } from '../data/saved-searches.api';
import { SavedSearchesPage } from './saved-searches.page';

let sequence = 0;
function aSavedSearch(overrides: Partial<SavedSearch> = {}): SavedSearch {
  return {
    id: `search-${++sequence}`,
    name: 'Robots in Harbin',
    input: { text: 'robot', fieldCodes: ['AI'], trlMin: 4, trlMax: 7, sort: 'RELEVANCE' },
    alertsEnabled: true,
    emailDigest: false,
    newMatches: 3,
    lastMatchAt: '2026-11-25T10:00:00Z',
    createdAt: '2026-11-01T10:00:00Z',
    createdByName: 'Anna Petrova',
    mine: true,
    ...overrides,
  };
}

const EDITIONS: SearchEdition[] = [
  {
    id: 'edition-2026',
    year: 2026,
    editionNumber: 11,
    fields: [
      {
        id: 'f1',
        code: 'AI',
        position: 0,
        name: { en: 'Artificial intelligence', ru: 'ИИ', zh: '人工智能' },
      },
    ],
  },
];

describe('SavedSearchesPage', () => {
  let api: {
    list: jest.Mock;
    editions: jest.Mock;
    update: jest.Mock;
    delete: jest.Mock;
    markSeen: jest.Mock;
  };
  let fixture: ComponentFixture<SavedSearchesPage>;
  let element: HTMLElement;
  let router: Router;

  const all = (testId: string) => [...element.querySelectorAll(`[data-testid="${testId}"]`)] as HTMLElement[];
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

  async function render(searches: SavedSearch[]): Promise<void> {
    api.list.mockResolvedValue(searches);
    fixture = TestBed.createComponent(SavedSearchesPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  beforeEach(async () => {
    api = {
      list: jest.fn(),
      editions: jest.fn().mockResolvedValue(EDITIONS),
      update: jest.fn(),
      delete: jest.fn(),
      markSeen: jest.fn(),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: SavedSearchesApi, useValue: api },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
    router = TestBed.inject(Router);
  });

  it('lists each search with a readable summary, its new matches and who saved it', async () => {
    await render([aSavedSearch(), aSavedSearch({ name: 'Bio', mine: false, newMatches: 0, input: {} })]);

    const [mine, theirs] = all('saved-search');
    expect(text(mine.querySelector('[data-testid="saved-search-name"]'))).toBe('Robots in Harbin');
    expect([...mine.querySelectorAll('[data-testid="saved-search-summary"] li')].map(text)).toEqual([
      '“robot”',
      'Fields: Artificial intelligence',
      'TRL 4–7',
    ]);
    expect(text(mine.querySelector('[data-testid="saved-search-new"]'))).toBe('New: 3');
    expect(text(mine.querySelector('[data-testid="saved-search-created-by"]'))).toMatch(/^Saved by you, /);
    expect(text(theirs.querySelector('[data-testid="saved-search-created-by"]'))).toMatch(
      /^Saved by Anna Petrova, /,
    );
    expect(theirs.querySelector('[data-testid="saved-search-new"]')).toBeNull();
    expect([...theirs.querySelectorAll('[data-testid="saved-search-summary"] li')].map(text)).toEqual([
      'All projects',
    ]);
  });

  it('lets only the member who saved a search change it', async () => {
    await render([aSavedSearch(), aSavedSearch({ mine: false })]);

    const [mine, theirs] = all('saved-search');
    expect(mine.querySelector('[data-testid="saved-search-rename"]')).not.toBeNull();
    expect(mine.querySelector('[data-testid="saved-search-delete"]')).not.toBeNull();
    expect(theirs.querySelector('[data-testid="saved-search-rename"]')).toBeNull();
    expect(theirs.querySelector('[data-testid="saved-search-delete"]')).toBeNull();
    expect(theirs.querySelector('[data-testid="saved-search-alerts"] button')?.hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('opens the search on /search with its filters as URL parameters and marks its matches seen', async () => {
    const search = aSavedSearch({
      input: { text: 'robot', fieldCodes: ['AI', 'ROBOTICS'], trlMin: 4, fundingUsdMin: 10_000_000 },
    });
    api.markSeen.mockResolvedValue({ ...search, newMatches: 0 });
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    await render([search]);

    all('saved-search-open')[0].click();
    await fixture.whenStable();

    expect(api.markSeen).toHaveBeenCalledWith(search.id);
    expect(navigate).toHaveBeenCalledWith(['/search'], {
      queryParams: { q: 'robot', field: ['AI', 'ROBOTICS'], trlMin: '4', fundingMin: '100000' },
    });
    expect(all('saved-search-new')).toHaveLength(0);
  });

  it('switches the alerts off', async () => {
    const search = aSavedSearch();
    api.update.mockResolvedValue({ ...search, alertsEnabled: false });
    await render([search]);

    (element.querySelector('[data-testid="saved-search-alerts"] button') as HTMLButtonElement).click();
    await fixture.whenStable();

    expect(api.update).toHaveBeenCalledWith({ id: search.id, alertsEnabled: false });
    expect(
      element.querySelector('[data-testid="saved-search-alerts"] button')?.getAttribute('aria-checked'),
    ).toBe('false');
  });

  it('says when there is nothing saved yet', async () => {
    await render([]);

    expect(text(element.querySelector('[data-testid="saved-searches-empty"]'))).toContain(
      'No saved searches yet',
    );
  });
});
