import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MemoryStorage } from '../../../../testing/factories';
import { AppError } from '../../../core/errors';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { ShortlistItem, ShortlistsApi } from '../data/shortlists.api';
import { aShortlistItem } from '../testing/factories';
import { ShortlistItemComponent } from './shortlist-item.component';

describe('ShortlistItemComponent', () => {
  let api: { updateItem: jest.Mock };
  let i18n: I18nService;
  let fixture: ComponentFixture<ShortlistItemComponent>;
  let element: HTMLElement;
  let changed: ShortlistItem[];

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector(`[data-testid="${id}"]`) as T | null;
  const text = (id: string) => byTestId(id)?.textContent?.replace(/\s+/g, ' ').trim();

  async function render(item: ShortlistItem, locale: 'en' | 'ru' | 'zh-CN' = 'en'): Promise<void> {
    await i18n.setLocale(locale);
    fixture = TestBed.createComponent(ShortlistItemComponent);
    fixture.componentRef.setInput('item', item);
    changed = [];
    fixture.componentInstance.changed.subscribe((saved) => changed.push(saved));
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  async function edit(testId: string, value: string): Promise<void> {
    const field = byTestId<HTMLInputElement | HTMLTextAreaElement>(testId)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    field.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  }

  beforeEach(() => {
    api = { updateItem: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: ShortlistsApi, useValue: api },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    i18n = TestBed.inject(I18nService);
  });

  it('shows the project in the UI language with its field, status and visible score, linked to its page', async () => {
    const item = aShortlistItem();
    await render(item, 'ru');

    expect(text('item-title')).toBe('АгроВижн');
    expect(byTestId('item-project-link')?.getAttribute('href')).toBe(`/projects/${item.projectId}`);
    expect(text('item-field')).toContain('Искусственный интеллект');
    expect(text('project-status')).toBe('Финалист');
    expect(text('item-score')).toBe('Балл 87,3');
    expect(byTestId('item-unavailable')).toBeNull();
  });

  it('marks a title shown in another language', async () => {
    await render(aShortlistItem(), 'zh-CN');

    expect(text('item-title')).toContain('AgroVision');
    expect(byTestId('language-marker')?.textContent).toBe('EN');
  });

  it('shows a project no longer visible as unavailable, with the title it had, and no link', async () => {
    await render(aShortlistItem({ project: null, projectTitle: { en: 'Old title', ru: null, zh: null } }));

    expect(text('item-title')).toBe('Old title');
    expect(text('item-unavailable')).toContain('No longer available');
    expect(byTestId('item-project-link')).toBeNull();
    expect(byTestId('item-note')).not.toBeNull();
  });

  it('saves the note and tags when a field loses focus and says it is saved', async () => {
    const item = aShortlistItem({ note: null, tags: ['pilot'] });
    api.updateItem.mockImplementation(async (input) => ({ ...item, note: input.note, tags: input.tags }));
    await render(item);

    await edit('item-tags', 'pilot, due diligence， pilot');
    await edit('item-note', '  Call them in May ');

    expect(api.updateItem).toHaveBeenNthCalledWith(1, {
      itemId: item.id,
      note: null,
      tags: ['pilot', 'due diligence'],
    });
    expect(api.updateItem).toHaveBeenLastCalledWith({
      itemId: item.id,
      note: 'Call them in May',
      tags: ['pilot', 'due diligence'],
    });
    expect(text('item-save-status')).toBe('Saved');
    expect(changed.at(-1)?.note).toBe('Call them in May');
  });

  it('sends nothing when a blur changed nothing', async () => {
    await render(aShortlistItem({ note: 'Call in May', tags: ['pilot'] }));

    await edit('item-note', 'Call in May ');

    expect(api.updateItem).not.toHaveBeenCalled();
  });

  it('shows a refused save translated, beside the field at fault', async () => {
    const item = aShortlistItem();
    api.updateItem.mockRejectedValue(
      new AppError('BAD_USER_INPUT', 'errors.validation', {}, [
        { field: 'tags', key: 'validation.maxLength', params: { max: 40 } },
      ]),
    );
    await render(item);

    await edit('item-tags', 'x'.repeat(50));

    expect(element.querySelector('mat-error')?.textContent?.trim()).toBe('Enter at most 40 characters.');
    expect(text('item-save-status')).toBe('');
  });

  it('shows an error without a field as a message', async () => {
    api.updateItem.mockRejectedValue(new AppError('NOT_FOUND', 'errors.notFound'));
    await render(aShortlistItem());

    await edit('item-note', 'Gone?');

    expect(text('item-error')).toBe(i18n.t('errors.notFound'));
  });
});
