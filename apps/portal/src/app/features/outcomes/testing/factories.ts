import type {
  OutcomeBreakdown,
  OutcomeEdition,
  OutcomeEngagement,
  OutcomeFunnel,
  Outcomes,
  StageTime,
} from '../data/outcomes.api';

let sequence = 0;
const id = (prefix: string) => `${prefix}-${++sequence}`;

/** A funnel with sensible counts; conversions computed like the API (null from 0). */
export function aFunnel(overrides: Partial<Omit<OutcomeFunnel, 'conversion'>> = {}): OutcomeFunnel {
  const counts = {
    applications: 120,
    finalists: 18,
    introductionsRequested: 30,
    introductionsAccepted: 12,
    engagements: 10,
    landed: 3,
    invested: 2,
    rdAgreements: 1,
    ...overrides,
  };
  const key = {
    applications: counts.applications,
    finalists: counts.finalists,
    requested: counts.introductionsRequested,
    accepted: counts.introductionsAccepted,
    engagements: counts.engagements,
    landed: counts.landed,
    invested: counts.invested,
    rd: counts.rdAgreements,
  } as const;
  const pairs: Array<[keyof typeof key, keyof typeof key]> = [
    ['applications', 'finalists'],
    ['finalists', 'requested'],
    ['requested', 'accepted'],
    ['accepted', 'engagements'],
    ['engagements', 'landed'],
    ['engagements', 'invested'],
    ['engagements', 'rd'],
  ];
  return {
    competitionId: counts.competitionId ?? null,
    ...counts,
    conversion: pairs.map(([from, to]) => ({
      from,
      to,
      rate: key[from] === 0 ? null : Math.round((key[to] / key[from]) * 10_000) / 10_000,
    })),
  };
}

export function aBreakdown(
  key: string,
  label: string,
  overrides: Partial<Omit<OutcomeFunnel, 'conversion'>> = {},
): OutcomeBreakdown {
  return { key, label: { en: label, zh: `${label}（中）`, ru: `${label} (ру)` }, funnel: aFunnel(overrides) };
}

export function aStageTime(overrides: Partial<StageTime> = {}): StageTime {
  return { kind: 'LANDING', stage: 'INTEREST', medianDays: 3, samples: 2, ...overrides };
}

export function anOutcomes(overrides: Partial<Outcomes> = {}): Outcomes {
  return {
    funnel: aFunnel(),
    byField: [
      aBreakdown('AI', 'Artificial intelligence', { landed: 2 }),
      aBreakdown('ROBOTICS', 'Robotics', { landed: 1 }),
    ],
    byPark: [aBreakdown('park-1', 'Zhongguancun Park', { landed: 3 })],
    stageTimes: [
      aStageTime(),
      aStageTime({ stage: 'SITE_VISIT', medianDays: 10, samples: 1 }),
      aStageTime({ stage: 'COMPANY_REGISTERED', medianDays: null, samples: 0 }),
    ],
    ...overrides,
  };
}

export function anEngagement(overrides: Partial<OutcomeEngagement> = {}): OutcomeEngagement {
  return {
    engagementId: id('engagement'),
    projectId: id('project'),
    projectTitle: { en: 'Farm robot', zh: '农业机器人', ru: 'Агроробот' },
    fieldCode: 'AI',
    partnerName: { en: 'Zhongguancun Park', zh: '中关村科技园', ru: 'Парк Чжунгуаньцунь' },
    kind: 'LANDING',
    stage: 'COMPANY_REGISTERED',
    stageEnteredAt: '2026-03-01T08:00:00.000Z',
    startedAt: '2026-01-05T08:00:00.000Z',
    registeredCompany: {
      name: '北京农机科技有限公司',
      registrationNumber: '91110108MA01',
      registeredOn: '2026-03-01',
    },
    ...overrides,
  };
}

export function anEdition(overrides: Partial<OutcomeEdition> = {}): OutcomeEdition {
  return {
    id: id('edition'),
    year: 2020,
    editionNumber: 6,
    name: { en: 'China–Russia competition', zh: '中俄创新创业大赛', ru: 'Российско-китайский конкурс' },
    ...overrides,
  };
}
