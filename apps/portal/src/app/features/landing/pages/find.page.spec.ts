import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Router, provideRouter } from '@angular/router';
import { MemoryStorage } from '../../../../testing/factories';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { ProjectsApi } from '../../projects/data/projects.api';
import { LandingApi } from '../data/landing.api';
import { aRule, anApplication, anOfferEligibility } from '../testing/factories';
import { FindPage } from './find.page';

describe('FindPage', () => {
  let api: { eligibleOffers: jest.Mock; myApplications: jest.Mock; apply: jest.Mock };
  let fixture: ComponentFixture<FindPage>;
  let element: HTMLElement;
  let dialog: { open: jest.Mock };
  const all = (id: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const one = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function render(projects: Array<{ id: string; status: string }>): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        { provide: LandingApi, useValue: api },
        {
          provide: ProjectsApi,
          useValue: {
            mine: jest.fn().mockResolvedValue({
              projects: projects.map((p) => ({ ...p, title: { en: `Project ${p.id}` } })),
              editions: [],
            }),
          },
        },
        { provide: MatDialog, useValue: dialog },
        { provide: NotifyService, useValue: { success: jest.fn(), error: jest.fn() } },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(FindPage);
    element = fixture.nativeElement as HTMLElement;
    await settle();
  }

  beforeEach(() => {
    api = {
      eligibleOffers: jest
        .fn()
        .mockResolvedValue([
          anOfferEligibility({ id: 'no' }, [aRule({ met: false })]),
          anOfferEligibility({ id: 'yes-1' }, [aRule({ met: true })]),
          anOfferEligibility({ id: 'yes-2' }, [aRule({ met: true })]),
          anOfferEligibility({ id: 'applied' }, [aRule({ met: true })]),
        ]),
      myApplications: jest.fn().mockResolvedValue({
        items: [anApplication({ offerId: 'applied', projectId: 'p1', status: 'INVITED' })],
        endCursor: null,
        hasNextPage: false,
        totalCount: 1,
      }),
      apply: jest.fn(),
    };
    dialog = { open: jest.fn() };
  });

  it('lists the offers the submitted project qualifies for first', async () => {
    await render([
      { id: 'draft', status: 'DRAFT' },
      { id: 'p1', status: 'SUBMITTED' },
    ]);

    expect(api.eligibleOffers).toHaveBeenCalledWith('p1');
    expect(all('offer-card').map((c) => c.dataset['offerId'])).toEqual(['yes-1', 'yes-2', 'applied', 'no']);
    expect(all('offer-eligible')).toHaveLength(3);
    // Applied already: its status instead of Apply; the start-up can accept the invitation below.
    expect(all('offer-apply').map((b) => b.dataset['offerId'])).toEqual(['yes-1', 'yes-2']);
    expect(one('application')?.dataset['status']).toBe('INVITED');
    expect(one('invitation-accept')).not.toBeNull();
  });

  it('compares two or three selected offers', async () => {
    await render([{ id: 'p1', status: 'FINALIST' }]);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const boxes = all('offer-select') as HTMLInputElement[];

    expect(one<HTMLButtonElement>('offers-compare')?.disabled).toBe(true);
    for (const box of boxes.slice(0, 3)) box.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    expect(boxes[3].disabled).toBe(true);
    one('offers-compare')?.click();
    expect(navigate).toHaveBeenCalledWith(['/landing/compare'], {
      queryParams: { ids: 'yes-1,yes-2,applied', project: 'p1' },
    });
  });

  it('says what to do without a submitted project', async () => {
    await render([{ id: 'draft', status: 'DRAFT' }]);

    expect(one('find-no-project')).not.toBeNull();
    expect(api.eligibleOffers).not.toHaveBeenCalled();
  });
});
