import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuthService } from '../../../core/auth/auth.service';
import { EngagementsApi } from '../data/engagements.api';
import { StartEngagementButtonComponent, startableKinds } from './start-engagement-button.component';

describe('startableKinds', () => {
  it('offers each market organisation the engagements it can be the partner in', () => {
    expect(startableKinds('SCIENCE_PARK')).toEqual(['LANDING', 'RD_PARTNERSHIP', 'PILOT_CUSTOMER']);
    expect(startableKinds('INVESTOR')).toEqual(['INVESTMENT', 'RD_PARTNERSHIP', 'PILOT_CUSTOMER']);
    expect(startableKinds('STARTUP')).toEqual([]);
    expect(startableKinds(null)).toEqual([]);
  });
});

describe('StartEngagementButtonComponent', () => {
  let fixture: ComponentFixture<StartEngagementButtonComponent>;
  let start: jest.Mock;
  const capabilities = signal(new Set<string>(['MARKET']));
  const activeOrganization = signal<{ kind: string } | null>({ kind: 'SCIENCE_PARK' });
  const el = (id: string) =>
    fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  beforeEach(async () => {
    start = jest.fn(async () => 'engagement-1');
    capabilities.set(new Set(['MARKET']));
    activeOrganization.set({ kind: 'SCIENCE_PARK' });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AuthService, useValue: { capabilities, activeOrganization } },
        { provide: EngagementsApi, useValue: { start } },
      ],
    });
    fixture = TestBed.createComponent(StartEngagementButtonComponent);
    fixture.componentRef.setInput('projectId', 'project-1');
    fixture.detectChanges();
    await fixture.whenStable();
  });

  it('starts the chosen kind with the note and opens the engagement', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    el('engagement-start')?.click();
    fixture.detectChanges();
    const kind = el('engagement-start-kind') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.value)).toEqual(['LANDING', 'RD_PARTNERSHIP', 'PILOT_CUSTOMER']);
    kind.value = 'RD_PARTNERSHIP';
    kind.dispatchEvent(new Event('change'));
    const note = el('engagement-start-note') as HTMLInputElement;
    note.value = '  Joint lab  ';
    note.dispatchEvent(new Event('input'));
    el('engagement-start-submit')?.click();
    await fixture.whenStable();

    expect(start).toHaveBeenCalledWith('project-1', 'RD_PARTNERSHIP', 'Joint lab');
    expect(navigate).toHaveBeenCalledWith(['/engagements', 'engagement-1']);
  });

  it('shows nothing to a viewer without the market capability', async () => {
    capabilities.set(new Set(['APPLY']));
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el('engagement-start')).toBeNull();
  });
});
