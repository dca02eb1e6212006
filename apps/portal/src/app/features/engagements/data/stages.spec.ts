import { aMilestone, anEngagement } from '../testing/factories';
import {
  adjacentStages,
  boardColumns,
  companyProblems,
  daysBetween,
  isOverdue,
  moveOptions,
  needsCompany,
  sortEngagements,
  sortMilestones,
  todayIn,
} from './stages';

describe('engagement stages', () => {
  it('offers forward stages first (the next one adjacent), then back ones', () => {
    const sut = moveOptions(anEngagement({ kind: 'LANDING', stage: 'NEGOTIATION' }));

    expect(sut.map((o) => `${o.direction}:${o.stage}${o.adjacent ? '*' : ''}`)).toEqual([
      'forward:AGREEMENT_SIGNED*',
      'forward:COMPANY_REGISTERED',
      'forward:OPERATING',
      'forward:LOST',
      'back:SITE_VISIT*',
      'back:INTEREST',
    ]);
    expect(adjacentStages(anEngagement({ kind: 'LANDING', stage: 'NEGOTIATION' }))).toEqual({
      next: 'AGREEMENT_SIGNED',
      previous: 'SITE_VISIT',
    });
  });

  it('has no previous stage at the start and nothing for an unknown stage', () => {
    expect(adjacentStages(anEngagement({ kind: 'INVESTMENT', stage: 'INTRO' }))).toEqual({
      next: 'MEETING',
      previous: null,
    });
    expect(moveOptions(anEngagement({ stage: 'NOPE' }))).toEqual([]);
  });

  it('asks for the company only when moving to COMPANY_REGISTERED, and checks it', () => {
    expect(needsCompany('COMPANY_REGISTERED')).toBe(true);
    expect(needsCompany('AGREEMENT_SIGNED')).toBe(false);
    expect(
      companyProblems(
        { name: ' ', registrationNumber: '91230100', registeredOn: '2026-12-01' },
        '2026-11-27',
      ),
    ).toEqual(['name', 'registeredOn']);
    expect(
      companyProblems(
        { name: 'Bridge Ltd', registrationNumber: '9123', registeredOn: '2026-11-27' },
        '2026-11-27',
      ),
    ).toEqual([]);
  });

  it('lays the board out in the kind’s stages, oldest in stage first', () => {
    const older = anEngagement({ stage: 'SITE_VISIT', stageEnteredAt: '2026-10-01T00:00:00Z' });
    const newer = anEngagement({ stage: 'SITE_VISIT', stageEnteredAt: '2026-11-01T00:00:00Z' });
    const sut = boardColumns('LANDING', [newer, anEngagement({ stage: 'INTEREST' }), older]);

    expect(sut.map((c) => c.stage)).toEqual([
      'INTEREST',
      'SITE_VISIT',
      'NEGOTIATION',
      'AGREEMENT_SIGNED',
      'COMPANY_REGISTERED',
      'OPERATING',
      'LOST',
    ]);
    expect(sut[1].items).toEqual([older, newer]);
    expect(sut[0].items).toHaveLength(1);
  });

  it('counts whole days in stage and flags open milestones past due', () => {
    expect(daysBetween('2026-11-20T10:00:00Z', new Date('2026-11-27T09:00:00Z'))).toBe(6);
    expect(isOverdue(aMilestone({ dueOn: '2026-11-26' }), '2026-11-27')).toBe(true);
    expect(isOverdue(aMilestone({ dueOn: '2026-11-27' }), '2026-11-27')).toBe(false);
    expect(isOverdue(aMilestone({ dueOn: '2026-11-01', done: true }), '2026-11-27')).toBe(false);
    expect(todayIn('Asia/Shanghai', new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
  });

  it('sorts milestones open first by due date', () => {
    const done = aMilestone({ title: 'done', done: true, dueOn: '2026-01-01' });
    const late = aMilestone({ title: 'late', dueOn: '2027-01-01' });
    const soon = aMilestone({ title: 'soon', dueOn: '2026-12-01' });

    expect(sortMilestones([done, late, soon]).map((m) => m.title)).toEqual(['soon', 'late', 'done']);
  });

  it('sorts the list by stage order or by label, either way', () => {
    const a = anEngagement({ id: 'a', stage: 'OPERATING' });
    const b = anEngagement({ id: 'b', stage: 'INTEREST' });
    const label = (e: { id: string }) => (e.id === 'a' ? 'Zeta' : 'Alpha');

    expect(sortEngagements([a, b], 'stage', 'asc', label, 'en').map((e) => e.id)).toEqual(['b', 'a']);
    expect(sortEngagements([a, b], 'stage', 'desc', label, 'en').map((e) => e.id)).toEqual(['a', 'b']);
    expect(sortEngagements([a, b], 'project', 'asc', label, 'en').map((e) => e.id)).toEqual(['b', 'a']);
  });
});
