import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { MemoryStorage, aViewer, anOrganization } from '../../../../testing/factories';
import { AuthService } from '../../../core/auth/auth.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { EngagementsApi } from '../data/engagements.api';
import { anEngagement } from '../testing/factories';
import { EngagementsPage } from './engagements.page';

describe('EngagementsPage', () => {
  let api: { list: jest.Mock };
  let fixture: ComponentFixture<EngagementsPage>;
  let element: HTMLElement;
  const all = (selector: string) => [...element.querySelectorAll<HTMLElement>(selector)];

  async function render(inputs: Record<string, string> = {}): Promise<void> {
    const organization = anOrganization({ kind: 'SCIENCE_PARK' });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        { provide: EngagementsApi, useValue: api },
        {
          provide: AuthService,
          useValue: {
            activeOrganization: () => aViewer({ activeOrganization: organization }).activeOrganization,
          },
        },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(EngagementsPage);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  beforeEach(() => {
    api = {
      list: jest.fn().mockResolvedValue({
        items: [
          anEngagement({ id: 'a', stage: 'SITE_VISIT', projectTitle: { en: 'Beta' } }),
          anEngagement({ id: 'b', stage: 'COMPANY_REGISTERED', projectTitle: { en: 'Alpha' } }),
        ],
        endCursor: null,
        hasNextPage: false,
        totalCount: 2,
      }),
    };
  });

  it('shows a park its landings on a board with a column per stage', async () => {
    await render();

    expect(api.list).toHaveBeenCalledWith('LANDING');
    expect(all('[data-column]').map((c) => c.dataset['column'])).toEqual([
      'INTEREST',
      'SITE_VISIT',
      'NEGOTIATION',
      'AGREEMENT_SIGNED',
      'COMPANY_REGISTERED',
      'OPERATING',
      'LOST',
    ]);
    const cards = all('[data-testid="engagement-card"]');
    expect(cards.map((c) => c.dataset['stage'])).toEqual(['SITE_VISIT', 'COMPANY_REGISTERED']);
    expect(cards[0].closest('[data-column]')?.getAttribute('data-column')).toBe('SITE_VISIT');
  });

  it('switches the kind through the address', async () => {
    await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    element.querySelector<HTMLElement>('[data-testid="engagement-kind-INVESTMENT"]')?.click();

    expect(navigate).toHaveBeenCalledWith([], {
      queryParams: { kind: 'INVESTMENT', view: 'board' },
      replaceUrl: true,
    });
  });

  it('sorts the list view by a column', async () => {
    await render({ view: 'list' });
    const titles = () =>
      all('[data-testid="engagement-row"] td:first-child').map((td) => td.textContent?.trim());

    element.querySelector<HTMLElement>('[data-testid="engagement-sort-project"]')?.click();
    await fixture.whenStable();
    expect(titles()).toEqual(['Alpha', 'Beta']);

    element.querySelector<HTMLElement>('[data-testid="engagement-sort-project"]')?.click();
    await fixture.whenStable();
    expect(titles()).toEqual(['Beta', 'Alpha']);
  });
});
