import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MemoryStorage } from '../../../../testing/factories';
import { AppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { ShortlistsApi } from '../data/shortlists.api';
import { aShortlist, aShortlistDetail, aShortlistItem } from '../testing/factories';
import { ShortlistPage } from './shortlist.page';
import { ShortlistsPage } from './shortlists.page';

describe('shortlist pages', () => {
  let api: Record<'list' | 'get' | 'create' | 'update' | 'delete' | 'updateItem' | 'removeItem', jest.Mock>;
  let notify: { confirm: jest.Mock; success: jest.Mock; error: jest.Mock };
  let i18n: I18nService;
  let element: HTMLElement;

  const byTestId = (id: string) => element.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  const all = (id: string) => [...element.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

  beforeEach(async () => {
    api = {
      list: jest.fn(),
      get: jest.fn(),
      create: jest.fn(),
      update: jest.fn(),
      delete: jest.fn(),
      updateItem: jest.fn(),
      removeItem: jest.fn(),
    };
    notify = { confirm: jest.fn(), success: jest.fn(), error: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ShortlistsApi, useValue: api },
        { provide: NotifyService, useValue: notify },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    i18n = TestBed.inject(I18nService);
    await i18n.setLocale('en');
  });

  describe('/shortlists', () => {
    let fixture: ComponentFixture<ShortlistsPage>;

    async function render(): Promise<void> {
      fixture = TestBed.createComponent(ShortlistsPage);
      element = fixture.nativeElement as HTMLElement;
      await fixture.whenStable();
    }

    it('lists the organisation’s shortlists with their size, linked to each', async () => {
      const list = aShortlist({ name: 'Robotics', itemCount: 4 });
      api.list.mockResolvedValue([list]);
      await render();

      expect(text(byTestId('shortlist-link'))).toBe('Robotics');
      expect(byTestId('shortlist-link')?.getAttribute('href')).toBe(`/shortlists/${list.id}`);
      expect(text(byTestId('shortlist-count'))).toBe('Projects: 4');
    });

    it('creates a shortlist and shows it first', async () => {
      api.list.mockResolvedValue([aShortlist({ name: 'Older' })]);
      api.create.mockImplementation(async (input) => aShortlist({ ...input }));
      await render();

      byTestId('shortlist-create')!.click();
      await fixture.whenStable();
      const name = byTestId('shortlist-name') as HTMLInputElement;
      name.value = '  Food tech  ';
      name.dispatchEvent(new Event('input'));
      byTestId('shortlist-save')!.click();
      await fixture.whenStable();

      expect(api.create).toHaveBeenCalledWith({ name: 'Food tech', description: null });
      expect(all('shortlist-link').map(text)).toEqual(['Food tech', 'Older']);
      expect(byTestId('shortlist-form')).toBeNull();
    });

    it('shows a name already taken beside the name', async () => {
      api.list.mockResolvedValue([]);
      api.create.mockRejectedValue(new AppError('CONFLICT', 'errors.shortlist.nameTaken'));
      await render();

      byTestId('shortlist-create-empty')!.click();
      await fixture.whenStable();
      const name = byTestId('shortlist-name') as HTMLInputElement;
      name.value = 'Robotics';
      name.dispatchEvent(new Event('input'));
      byTestId('shortlist-save')!.click();
      await fixture.whenStable();

      expect(text(element.querySelector('mat-error'))).toBe(
        'Your organisation already has a shortlist with this name.',
      );
    });

    it('deletes a shortlist only once confirmed', async () => {
      const list = aShortlist({ name: 'Robotics', itemCount: 2 });
      api.list.mockResolvedValue([list]);
      api.delete.mockResolvedValue(undefined);
      await render();

      notify.confirm.mockResolvedValueOnce(false);
      byTestId('shortlist-delete')!.click();
      await fixture.whenStable();

      expect(api.delete).not.toHaveBeenCalled();

      notify.confirm.mockResolvedValueOnce(true);
      byTestId('shortlist-delete')!.click();
      await fixture.whenStable();

      expect(notify.confirm).toHaveBeenLastCalledWith(
        expect.objectContaining({ title: 'Delete “Robotics”?' }),
      );
      expect(api.delete).toHaveBeenCalledWith(list.id);
      expect(byTestId('shortlists-empty')).not.toBeNull();
    });
  });

  describe('/shortlists/:id', () => {
    let fixture: ComponentFixture<ShortlistPage>;

    async function render(id: string): Promise<void> {
      fixture = TestBed.createComponent(ShortlistPage);
      fixture.componentRef.setInput('id', id);
      element = fixture.nativeElement as HTMLElement;
      await fixture.whenStable();
    }

    it('links the downloads in the UI language', async () => {
      const detail = aShortlistDetail([aShortlistItem()]);
      api.get.mockResolvedValue(detail);
      await render(detail.id);

      expect(byTestId('shortlist-export-csv')?.getAttribute('href')).toBe(
        `/shortlists/${detail.id}/export.csv?lang=en`,
      );

      await i18n.setLocale('zh-CN');
      await fixture.whenStable();

      expect(byTestId('shortlist-export-xlsx')?.getAttribute('href')).toBe(
        `/shortlists/${detail.id}/export.xlsx?lang=zh`,
      );
    });

    it('removes an item once confirmed', async () => {
      const [kept, removed] = [
        aShortlistItem(),
        aShortlistItem({ projectTitle: { en: 'Gone', ru: null, zh: null }, project: null }),
      ];
      const detail = aShortlistDetail([kept, removed]);
      api.get.mockResolvedValue(detail);
      api.removeItem.mockResolvedValue(undefined);
      notify.confirm.mockResolvedValue(true);
      await render(detail.id);

      all('item-remove')[1].click();
      await fixture.whenStable();

      expect(api.removeItem).toHaveBeenCalledWith(removed.id);
      expect(all('shortlist-item')).toHaveLength(1);
      expect(text(byTestId('shortlist-count'))).toBe('Projects: 1');
      expect(notify.success).toHaveBeenCalledWith('“Gone” removed from the list');
    });

    it('says when the shortlist does not exist (deleted, or another organisation’s)', async () => {
      api.get.mockRejectedValue(new AppError('NOT_FOUND', 'errors.notFound'));
      await render('00000000-0000-4000-8000-000000000000');

      expect(text(byTestId('shortlist-not-found'))).toContain('This shortlist does not exist');
    });

    it('says when the list is empty', async () => {
      api.get.mockResolvedValue(aShortlistDetail([]));
      await render('00000000-0000-4000-8000-000000000001');

      expect(byTestId('shortlist-empty')).not.toBeNull();
      expect(byTestId('shortlist-export-csv')).toBeNull();
    });
  });
});
