import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MemoryStorage, aViewer } from '../../../../testing/factories';
import { AuthService } from '../../../core/auth/auth.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import type { MilestoneView } from '../data/engagement.types';
import { EngagementsApi } from '../data/engagements.api';
import { todayIn } from '../data/stages';
import { aMilestone } from '../testing/factories';
import { MilestonesComponent } from './milestones.component';

const dayOffset = (days: number) => {
  const date = new Date(`${todayIn('Europe/Moscow')}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

describe('MilestonesComponent', () => {
  let api: { addMilestone: jest.Mock; updateMilestone: jest.Mock; removeMilestone: jest.Mock };
  let fixture: ComponentFixture<MilestonesComponent>;
  let element: HTMLElement;
  let changed: MilestoneView[][];
  const all = (id: string) => [...element.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const one = <T extends HTMLElement = HTMLElement>(id: string) =>
    element.querySelector<T>(`[data-testid="${id}"]`);

  async function render(milestones: MilestoneView[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        { provide: EngagementsApi, useValue: api },
        { provide: AuthService, useValue: { user: () => aViewer().user } },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
    fixture = TestBed.createComponent(MilestonesComponent);
    fixture.componentRef.setInput('engagementId', 'e1');
    fixture.componentRef.setInput('milestones', milestones);
    changed = [];
    fixture.componentInstance.changed.subscribe((list) => changed.push(list));
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  beforeEach(() => {
    api = { addMilestone: jest.fn(), updateMilestone: jest.fn(), removeMilestone: jest.fn() };
  });

  it('lists open milestones by due date and highlights those past due', async () => {
    await render([
      aMilestone({ title: 'Later', dueOn: dayOffset(10) }),
      aMilestone({ title: 'Late', dueOn: dayOffset(-2) }),
      aMilestone({ title: 'Done', dueOn: dayOffset(-5), done: true, doneAt: '2026-11-01T00:00:00Z' }),
    ]);

    const items = all('milestone');
    expect(items.map((m) => m.querySelector('.title')?.textContent)).toEqual(['Late', 'Later', 'Done']);
    expect(items.map((m) => m.dataset['overdue'])).toEqual(['true', 'false', 'false']);
    expect(items[0].textContent).toContain('overdue since');
  });

  it('adds a milestone with a due date and completes one', async () => {
    const open = aMilestone({ id: 'm1', title: 'Visit the site', dueOn: dayOffset(3) });
    api.addMilestone.mockResolvedValue(
      aMilestone({ id: 'm2', title: 'Sign the lease', dueOn: dayOffset(20) }),
    );
    api.updateMilestone.mockResolvedValue({ ...open, done: true, doneAt: '2026-11-27T10:00:00Z' });
    await render([open]);

    one('milestone-add')?.click();
    await fixture.whenStable();
    const title = one<HTMLInputElement>('milestone-title')!;
    title.value = 'Sign the lease';
    title.dispatchEvent(new Event('input'));
    const due = one<HTMLInputElement>('milestone-due')!;
    due.value = dayOffset(20);
    due.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    one('milestone-save')?.click();
    await fixture.whenStable();

    expect(api.addMilestone).toHaveBeenCalledWith('e1', 'Sign the lease', dayOffset(20));
    expect(changed.at(-1)?.map((m) => m.id)).toEqual(['m1', 'm2']);

    one('milestone-done')?.click();
    await fixture.whenStable();
    expect(api.updateMilestone).toHaveBeenCalledWith({ id: 'm1', done: true });
  });
});
