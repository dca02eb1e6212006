import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MemoryStorage, aViewer } from '../../../../testing/factories';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { EngagementsApi } from '../data/engagements.api';
import { anEngagement } from '../testing/factories';
import { MoveFormComponent } from './move-form.component';

describe('MoveFormComponent', () => {
  let api: { move: jest.Mock };
  let fixture: ComponentFixture<MoveFormComponent>;
  let element: HTMLElement;
  const one = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);

  async function set(id: string, value: string, event = 'input'): Promise<void> {
    const field = one<HTMLInputElement>(id);
    if (!field) throw new Error(`no ${id}`);
    field.value = value;
    field.dispatchEvent(new Event(event));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    one('move-submit')?.click();
    await fixture.whenStable();
  }

  async function render(stage: string, initialStage: string | null = null): Promise<void> {
    const viewer = aViewer();
    TestBed.configureTestingModule({
      providers: [
        { provide: EngagementsApi, useValue: api },
        { provide: NotifyService, useValue: { success: jest.fn(), error: jest.fn() } },
        { provide: AuthService, useValue: { user: () => ({ ...viewer.user, timeZone: 'Asia/Shanghai' }) } },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(MoveFormComponent);
    fixture.componentRef.setInput(
      'engagement',
      anEngagement({ id: 'e1', kind: 'LANDING', stage, version: 3 }),
    );
    fixture.componentRef.setInput('initialStage', initialStage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  beforeEach(() => {
    api = { move: jest.fn() };
  });

  it('offers the next stage first and moves with the note and the stage it saw', async () => {
    api.move.mockResolvedValue(anEngagement({ stage: 'AGREEMENT_SIGNED' }));
    await render('NEGOTIATION');

    expect(one<HTMLSelectElement>('move-to')?.value).toBe('AGREEMENT_SIGNED');
    expect(one('move-company-name')).toBeNull();
    await set('move-note', '  Signed in Harbin  ');
    await submit();

    expect(api.move).toHaveBeenCalledWith({
      id: 'e1',
      toStage: 'AGREEMENT_SIGNED',
      expectedStage: 'NEGOTIATION',
      expectedVersion: 3,
      note: 'Signed in Harbin',
      registeredCompany: null,
    });
  });

  it('asks for the registered company when moving to COMPANY_REGISTERED', async () => {
    api.move.mockResolvedValue(anEngagement({ stage: 'COMPANY_REGISTERED' }));
    await render('AGREEMENT_SIGNED');

    expect(one<HTMLSelectElement>('move-to')?.value).toBe('COMPANY_REGISTERED');
    await submit();
    expect(api.move).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Required');

    await set('move-company-name', 'Harbin Greenhouse Ltd');
    await set('move-company-number', '91230100MA1234567X');
    await set('move-company-date', '2026-11-20');
    await submit();

    expect(api.move).toHaveBeenCalledWith(
      expect.objectContaining({
        toStage: 'COMPANY_REGISTERED',
        registeredCompany: {
          name: 'Harbin Greenhouse Ltd',
          registrationNumber: '91230100MA1234567X',
          registeredOn: '2026-11-20',
        },
      }),
    );
  });

  it('says someone moved it meanwhile and asks the page to reload', async () => {
    api.move.mockRejectedValue(new AppError('CONFLICT', 'errors.engagement.stale'));
    await render('INTEREST', 'SITE_VISIT');
    const stale = jest.fn();
    fixture.componentInstance.stale.subscribe(stale);

    await submit();

    expect(one('move-conflict')?.textContent).toContain('Someone moved this engagement meanwhile');
    expect(stale).toHaveBeenCalled();
  });
});
