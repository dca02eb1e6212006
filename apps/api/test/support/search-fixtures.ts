import type { LocalizedText } from '@bridge/contracts';
import type { ProjectSearchDoc } from '../../src/search/search.types';
import { TAXONOMY } from '../../src/search/taxonomy/taxonomy';

/** Search documents for the contract suite, built like SearchDocumentBuilder builds them. */
export const EDITION_PUBLISHED = '00000000-0000-4000-8000-00000000e001';
export const EDITION_OPEN = '00000000-0000-4000-8000-00000000e002';

let sequence = 0;
const idOf = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const texts = (t: LocalizedText) => [t.zh, t.en, t.ru];

export function aDoc(overrides: Partial<ProjectSearchDoc> = {}): ProjectSearchDoc {
  sequence += 1;
  const doc: ProjectSearchDoc = {
    projectId: idOf(sequence),
    competitionId: EDITION_PUBLISHED,
    competitionYear: 2024,
    fieldCode: 'AI',
    status: 'FINALIST',
    consent: true,
    finalistsPublished: true,
    awardsPublished: true,
    title: { en: `Project ${sequence}` },
    summary: {},
    description: {},
    tags: [],
    cardConcepts: [],
    concepts: [],
    trl: 5,
    stage: 'MVP',
    seeking: ['INVESTMENT'],
    fundingUsdMinor: 50_000_00,
    city: 'Kazan',
    score: 60,
    rankInField: 3,
    awardPlace: null,
    createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, sequence)),
    updatedAt: new Date(Date.UTC(2024, 0, 1, 0, 0, sequence)),
    ...overrides,
  };
  if (doc.competitionId === EDITION_OPEN && !('finalistsPublished' in overrides)) {
    doc.finalistsPublished = false;
    doc.awardsPublished = false;
  }
  const card = [...texts(doc.title), ...texts(doc.summary)];
  doc.cardConcepts = [...new Set([...TAXONOMY.fieldConcepts(doc.fieldCode), ...TAXONOMY.conceptsIn(card)])];
  doc.concepts = [
    ...new Set([...doc.cardConcepts, ...TAXONOMY.conceptsIn([...texts(doc.description), ...doc.tags])]),
  ];
  return doc;
}

/** The named projects of the suite, each there to prove something. */
export function searchFixtures() {
  const docs = {
    ruRobots: aDoc({
      fieldCode: 'ROBOTICS',
      title: { ru: 'Робототехника для складов' },
      summary: { ru: 'Проекты автономных роботов для логистики' },
      description: { ru: 'Наши проекты работают на складах Казани' },
      score: 88,
      rankInField: 1,
      trl: 7,
      stage: 'GROWTH',
      seeking: ['INVESTMENT', 'LANDING'],
      fundingUsdMinor: 2_000_000_00,
      city: 'Kazan',
    }),
    zhFood: aDoc({
      fieldCode: 'BIOTECH',
      status: 'AWARDED',
      awardPlace: 1,
      title: { zh: '食品科技检测平台' },
      summary: { zh: '用人工智能检测食品安全' },
      score: 92,
      rankInField: 1,
      trl: 6,
      stage: 'EARLY_REVENUE',
      seeking: ['CUSTOMERS'],
      fundingUsdMinor: 300_000_00,
      city: 'Moscow',
    }),
    agroVision: aDoc({
      consent: false,
      title: { en: 'AgroVision' },
      summary: { en: 'Computer vision for precision agriculture robots' },
      score: 75,
      trl: 4,
      stage: 'PROTOTYPE',
      city: 'Novosibirsk',
    }),
    zhRobots: aDoc({
      fieldCode: 'ROBOTICS',
      title: { zh: '农业机器人巡检系统' },
      summary: { zh: '田间巡检' },
      score: 70,
      city: 'Tomsk',
    }),
    submitted: aDoc({
      competitionId: EDITION_OPEN,
      status: 'SUBMITTED',
      title: { en: 'Neural robot arm' },
      summary: { en: 'A robot that learns' },
      score: null,
      rankInField: null,
      trl: 3,
      stage: 'IDEA',
      seeking: ['RD_PARTNER'],
      fundingUsdMinor: null,
    }),
    notSelected: aDoc({
      fieldCode: 'BIOTECH',
      status: 'NOT_SELECTED',
      title: { ru: 'Нейросканер почвы' },
      summary: { ru: 'Проект анализа почвы' },
      score: 55,
      trl: 2,
    }),
    withdrawn: aDoc({
      fieldCode: 'ROBOTICS',
      status: 'WITHDRAWN',
      title: { en: 'Withdrawn robot fleet' },
      score: 95,
    }),
    secret: aDoc({
      competitionId: EDITION_OPEN,
      fieldCode: 'ROBOTICS',
      status: 'SUBMITTED',
      consent: false,
      title: { en: 'Secret robots' },
      score: null,
    }),
    quantumTitle: aDoc({ title: { en: 'Quantum sensors' }, summary: { en: 'Sensing' }, score: 10 }),
    quantumSummary: aDoc({ title: { en: 'Lab kit' }, summary: { en: 'A quantum approach' }, score: 90 }),
    quantumDescription: aDoc({
      title: { en: 'Field kit' },
      summary: { en: 'Measuring' },
      description: { en: 'Uses quantum effects' },
      score: 95,
    }),
  };
  /** Twenty-five alike projects (ties in score and time) for paging. */
  const fillers = Array.from({ length: 25 }, (_, i) =>
    aDoc({
      competitionId: EDITION_OPEN,
      status: 'SUBMITTED',
      fieldCode: 'AI',
      title: { en: `Pump controller ${i}` },
      summary: { en: 'Smart pump' },
      score: null,
      createdAt: new Date(Date.UTC(2023, 5, 1, 0, 0, i % 5)),
      city: i % 2 ? 'Kazan' : 'Perm',
    }),
  );
  const draft = aDoc({ status: 'DRAFT', title: { en: 'Draft robot secret' }, competitionId: EDITION_OPEN });
  return { docs, fillers, draft, all: [...Object.values(docs), ...fillers] };
}

export type SearchFixtures = ReturnType<typeof searchFixtures>;
