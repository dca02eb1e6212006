import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MemoryStorage, aViewer } from '../../../../testing/factories';
import { AuthService } from '../../../core/auth/auth.service';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { LandingApi } from '../data/landing.api';
import { anOffer } from '../testing/factories';
import { OfferEditPage } from './offer-edit.page';

describe('OfferEditPage', () => {
  let api: Record<'offer' | 'create' | 'update' | 'open' | 'close' | 'fieldOptions', jest.Mock>;
  let fixture: ComponentFixture<OfferEditPage>;
  let element: HTMLElement;
  const one = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);

  async function type(id: string, value: string): Promise<void> {
    const field = one<HTMLInputElement>(id);
    if (!field) throw new Error(`no ${id}`);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function click(id: string): Promise<void> {
    one(id)?.click();
    await fixture.whenStable();
  }

  async function render(id?: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        { provide: LandingApi, useValue: api },
        { provide: NotifyService, useValue: { success: jest.fn(), error: jest.fn() } },
        { provide: AuthService, useValue: { user: () => aViewer().user } },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(OfferEditPage);
    if (id) fixture.componentRef.setInput('id', id);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    // The offer loads in an effect: let its promise settle, then render.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  beforeEach(() => {
    api = {
      offer: jest.fn(),
      create: jest.fn(),
      update: jest.fn(),
      open: jest.fn(),
      close: jest.fn(),
      fieldOptions: jest.fn().mockResolvedValue([{ code: 'AI', name: { en: 'Artificial intelligence' } }]),
    };
  });

  it('asks for a title before saving and names the fields at fault', async () => {
    await render();

    await type('offer-field-trlMin', '8');
    await type('offer-field-trlMax', '3');
    await click('offer-save');

    expect(api.create).not.toHaveBeenCalled();
    expect(one('offer-problems')?.textContent).toContain('Correct the marked fields.');
    expect(one('offer-error-title')?.textContent).toContain('Required');
    expect(element.textContent).toContain('Must not be less than the lower bound');
  });

  it('creates the offer with a rent subsidy per year, then opens it', async () => {
    const created = anOffer({ id: 'new-1', status: 'DRAFT', mine: true });
    api.create.mockResolvedValue(created);
    api.open.mockResolvedValue({ ...created, status: 'OPEN' });
    await render();

    await type('offer-field-title-en', 'Office in Harbin');
    await type('offer-field-spaceSqm', '150');
    await click('offer-subsidy-add');
    await type('offer-field-subsidy-0', '40');
    await click('offer-subsidy-add');
    await type('offer-field-subsidy-1', '20');
    await click('offer-open');

    expect(api.create).toHaveBeenCalledWith(
      expect.objectContaining({ subsidies: ['40', '20'], spaceSqm: '150' }),
    );
    expect(api.open).toHaveBeenCalledWith('new-1');
    expect(one('offer-status')?.dataset['status']).toBe('OPEN');
    expect(one('offer-close')).not.toBeNull();
    expect(one('offer-open')).toBeNull();
  });

  it('loads an existing offer into the form and closes it', async () => {
    const offer = anOffer({ id: 'o1', status: 'OPEN', mine: true });
    api.offer.mockResolvedValue(offer);
    api.close.mockResolvedValue({ ...offer, status: 'CLOSED' });
    await render('o1');

    expect(one<HTMLInputElement>('offer-field-title-en')?.value).toBe(offer.title.en);
    expect(one<HTMLInputElement>('offer-field-subsidy-0')?.value).toBe('40');
    await click('offer-close');

    expect(api.close).toHaveBeenCalledWith('o1');
    expect(one('offer-status')?.dataset['status']).toBe('CLOSED');
    expect(one('offer-save')).toBeNull();
  });
});
