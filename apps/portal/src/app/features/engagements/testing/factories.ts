import { ENGAGEMENT_STAGES } from '@bridge/contracts';
import type { EngagementView, MilestoneView } from '../data/engagement.types';

let sequence = 0;

export function anEngagement(overrides: Partial<EngagementView> = {}): EngagementView {
  const kind = (overrides.kind ?? 'LANDING') as keyof typeof ENGAGEMENT_STAGES;
  return {
    id: `engagement-${++sequence}`,
    kind,
    stage: ENGAGEMENT_STAGES[kind][0],
    stages: ENGAGEMENT_STAGES[kind],
    terminal: false,
    projectId: 'project-1',
    projectTitle: { en: 'Smart greenhouse', ru: 'Умная теплица', zh: '智能温室' },
    startup: { id: 'startup-1', kind: 'STARTUP', name: { en: 'Greenhouse LLC', ru: 'ООО Теплица' } },
    partner: { id: 'park-1', kind: 'SCIENCE_PARK', name: { en: 'Harbin Tech Park', zh: '哈尔滨科技园' } },
    origin: 'LANDING_APPLICATION',
    introductionId: null,
    stageEnteredAt: '2026-11-20T10:00:00Z',
    createdAt: '2026-11-01T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
    version: 1,
    registeredCompany: null,
    events: [],
    milestones: [],
    side: 'PARTNER',
    ...overrides,
  };
}

export function aMilestone(overrides: Partial<MilestoneView> = {}): MilestoneView {
  return {
    id: `milestone-${++sequence}`,
    title: 'Sign the lease',
    dueOn: '2026-12-15',
    done: false,
    doneAt: null,
    createdAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}
