import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MemoryStorage } from '../../../../testing/factories';
import { AppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { SearchActionsApi } from '../data/search-actions.api';
import { AddToShortlistDialogComponent, parseTags } from './add-to-shortlist-dialog.component';
import { SaveSearchDialogComponent } from './save-search-dialog.component';

const PROJECT = '00000000-0000-4000-8000-0000000000aa';

function aShortlist(id: string, name: string, itemCount = 0) {
  return { id, name, itemCount };
}

class FakeActionsApi {
  readonly saveSearch = jest.fn();
  readonly shortlists = jest.fn();
  readonly createShortlist = jest.fn();
  readonly addToShortlist = jest.fn();
}

const byTestId = <T extends HTMLElement>(fixture: ComponentFixture<unknown>, id: string) =>
  (fixture.nativeElement as HTMLElement).querySelector(`[data-testid="${id}"]`) as T | null;

function type(fixture: ComponentFixture<unknown>, id: string, value: string): void {
  const field = byTestId<HTMLInputElement>(fixture, id);
  if (!field) throw new Error(`no ${id}`);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

describe('search dialogs', () => {
  let api: FakeActionsApi;
  let close: jest.Mock;

  beforeEach(() => {
    api = new FakeActionsApi();
    close = jest.fn();
  });

  async function setUp<T>(component: Type<T>, data: unknown): Promise<ComponentFixture<T>> {
    TestBed.configureTestingModule({
      providers: [
        { provide: SearchActionsApi, useValue: api },
        { provide: MAT_DIALOG_DATA, useValue: data },
        { provide: MatDialogRef, useValue: { close } },
        { provide: NotifyService, useValue: { success: jest.fn(), error: jest.fn() } },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
    return TestBed.createComponent(component);
  }

  describe('AddToShortlistDialogComponent', () => {
    async function open(
      lists = [aShortlist('l1', 'Robotics picks', 3), aShortlist('l2', 'Food', 1)],
      entries = [] as object[],
    ) {
      api.shortlists.mockResolvedValue({ shortlists: lists, shortlistEntries: entries });
      const fixture = await setUp(AddToShortlistDialogComponent, {
        projectId: PROJECT,
        projectTitle: 'AgroVision',
      });
      fixture.detectChanges();
      await fixture.whenStable();
      return fixture;
    }

    it('shows where the project already is and preselects another list', async () => {
      const fixture = await open(undefined, [{ id: 'e1', shortlistId: 'l1', note: null, tags: [] }]);

      expect(api.shortlists).toHaveBeenCalledWith(PROJECT);
      expect(byTestId(fixture, 'shortlist-already-in')?.textContent).toContain('Robotics picks');
      expect(byTestId<HTMLSelectElement>(fixture, 'shortlist-select')?.value).toBe('l2');
    });

    it('adds with a note and tags', async () => {
      const fixture = await open();
      api.addToShortlist.mockResolvedValue({
        id: 'i1',
        shortlistId: 'l1',
        projectId: PROJECT,
        note: 'Call',
        tags: [],
      });

      type(fixture, 'shortlist-note', ' Call them ');
      type(fixture, 'shortlist-tags', 'agri, drones, Agri');
      byTestId<HTMLButtonElement>(fixture, 'shortlist-submit')?.click();
      await fixture.whenStable();

      expect(api.addToShortlist).toHaveBeenCalledWith({
        shortlistId: 'l1',
        projectId: PROJECT,
        note: 'Call them',
        tags: ['agri', 'drones'],
      });
      expect(close).toHaveBeenCalled();
    });

    it('shows the translated conflict when the project is already on the list', async () => {
      const fixture = await open();
      api.addToShortlist.mockRejectedValue(new AppError('CONFLICT', 'errors.shortlist.duplicate'));

      byTestId<HTMLButtonElement>(fixture, 'shortlist-submit')?.click();
      await fixture.whenStable();

      expect(byTestId(fixture, 'shortlist-error')?.textContent?.trim()).toBe(
        'This project is already on this shortlist.',
      );
      expect(close).not.toHaveBeenCalled();
    });

    it('creates the first list inline and selects it', async () => {
      const fixture = await open([]);
      api.createShortlist.mockResolvedValue(aShortlist('l9', 'Harbin robotics'));

      type(fixture, 'shortlist-new-name', 'Harbin robotics');
      byTestId<HTMLButtonElement>(fixture, 'shortlist-create')?.click();
      await fixture.whenStable();

      expect(api.createShortlist).toHaveBeenCalledWith({ name: 'Harbin robotics', description: null });
      expect(byTestId<HTMLSelectElement>(fixture, 'shortlist-select')?.value).toBe('l9');
    });

    it('reads tags typed with commas', () => {
      expect(parseTags(' a ,b，, A ,')).toEqual(['a', 'b']);
    });
  });

  describe('SaveSearchDialogComponent', () => {
    it('saves the search with its name and settings', async () => {
      const search = { text: 'robots', fieldCodes: ['AI'], sort: 'RELEVANCE' as const };
      const fixture = await setUp(SaveSearchDialogComponent, { search, name: 'robots' });
      fixture.detectChanges();
      api.saveSearch.mockResolvedValue({ id: 's1', name: 'Robots in Harbin' });

      type(fixture, 'save-search-name', 'Robots in Harbin');
      byTestId<HTMLInputElement>(fixture, 'save-search-email')?.click();
      byTestId<HTMLButtonElement>(fixture, 'save-search-submit')?.click();
      await fixture.whenStable();

      expect(api.saveSearch).toHaveBeenCalledWith({
        name: 'Robots in Harbin',
        search,
        alertsEnabled: true,
        emailDigest: true,
      });
      expect(close).toHaveBeenCalledWith({ id: 's1', name: 'Robots in Harbin' });
    });
  });
});
