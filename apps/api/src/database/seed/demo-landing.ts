import type { LandingApplicationStatus, LandingOfferStatus, LocalizedText } from '@bridge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { continueOrStartEngagement } from '../../engagements/engagement-start';
import { MembershipEntity } from '../../identity/entities/membership.entity';
import { UserEntity } from '../../identity/entities/user.entity';
import { LandingApplicationEntity } from '../../landing/entities/landing-application.entity';
import { LandingOfferEntity } from '../../landing/entities/landing-offer.entity';
import type { OfferFields } from '../../landing/offer-input';
import { demoUuid } from './demo-random';

const DAY_MS = 86_400_000;
const AGROVISION = demoUuid('2020/project/agrovision');

interface DemoOffer {
  key: string;
  status: LandingOfferStatus;
  /** Days before the seed ran it was created; the deadline is `deadlineDays` after the seed ran. */
  daysAgo: number;
  deadlineDays: number;
  fields: Omit<OfferFields, 'deadline'>;
}

const text = (en: string, zh: string, ru: string): LocalizedText => ({ en, zh, ru });

/** The demo park's offers (issue 6): two OPEN, one CLOSED. */
export const DEMO_OFFERS: readonly DemoOffer[] = [
  {
    key: 'robotics-lab',
    status: 'OPEN',
    daysAgo: 20,
    deadlineDays: 60,
    fields: {
      title: text(
        'Robotics and AI lab landing',
        '机器人与人工智能实验室落地计划',
        'Размещение лабораторий робототехники и ИИ',
      ),
      description: text(
        'Lab space with shared test fields for robotics and AI teams opening their first office in China.',
        '为在中国设立首个办公室的机器人与人工智能团队提供实验室空间和共享测试场地。',
        'Лаборатории с общими испытательными площадками для команд робототехники и ИИ, открывающих первый офис в Китае.',
      ),
      city: 'Beijing',
      spaceSqm: 300,
      spaceType: 'LAB',
      rentFreeMonths: 12,
      rentSubsidyPerSqmMonthByYear: [0, 6000, 3000],
      cashGrantCnyMinor: 100_000_000,
      taxIncentives: text(
        '15% high-tech enterprise income tax rate.',
        '高新技术企业减按15%征收企业所得税。',
        'Ставка налога на прибыль 15% для высокотехнологичных предприятий.',
      ),
      talentSupport: text(
        'Work permits for foreign engineers within 10 days.',
        '外籍工程师工作许可10日内办结。',
        'Разрешения на работу для иностранных инженеров за 10 дней.',
      ),
      housingSupport: text(
        'Talent apartments at half price for two years.',
        '人才公寓两年内半价租住。',
        'Квартиры для специалистов за полцены на два года.',
      ),
      services: ['COMPANY_REGISTRATION', 'VISAS', 'PROTOTYPING', 'FINANCING'],
      servicesNote: null,
      targetFieldCodes: ['ROBOTICS', 'AI'],
      rules: {
        stages: ['PROTOTYPE', 'MVP', 'EARLY_REVENUE', 'GROWTH'],
        trlMin: 4,
        fieldCodes: ['ROBOTICS', 'AI'],
      },
    },
  },
  {
    key: 'biotech-incubator',
    status: 'OPEN',
    daysAgo: 10,
    deadlineDays: 45,
    fields: {
      title: text(
        'Biotech incubator offices',
        '生物技术孵化器办公空间',
        'Офисы в биотехнологическом инкубаторе',
      ),
      description: text(
        'Offices next to the park’s food-safety laboratory, with pilot customers among local producers.',
        '毗邻园区食品安全实验室的办公空间，可对接本地生产企业作为试点客户。',
        'Офисы рядом с лабораторией пищевой безопасности парка; пилотные заказчики среди местных производителей.',
      ),
      city: 'Beijing',
      spaceSqm: 120,
      spaceType: 'OFFICE',
      rentFreeMonths: 6,
      rentSubsidyPerSqmMonthByYear: [4500, 3000, 1500],
      cashGrantCnyMinor: 30_000_000,
      taxIncentives: null,
      talentSupport: null,
      housingSupport: null,
      services: ['COMPANY_REGISTRATION', 'LEGAL', 'ACCOUNTING', 'MARKET_ACCESS'],
      servicesNote: null,
      targetFieldCodes: ['BIOTECH'],
      rules: { fieldCodes: ['BIOTECH'], maxCompanyAgeYears: 8, fundingUsdMax: 200_000_000 },
    },
  },
  {
    key: 'production-2020',
    status: 'CLOSED',
    daysAgo: 200,
    deadlineDays: -120,
    fields: {
      title: text(
        'Production halls, 2020 call',
        '生产厂房（2020年批次）',
        'Производственные цеха, набор 2020 года',
      ),
      description: null,
      city: 'Tianjin',
      spaceSqm: 800,
      spaceType: 'PRODUCTION',
      rentFreeMonths: 24,
      rentSubsidyPerSqmMonthByYear: [0, 0, 1500],
      cashGrantCnyMinor: null,
      taxIncentives: null,
      talentSupport: null,
      housingSupport: null,
      services: ['COMPANY_REGISTRATION'],
      servicesNote: null,
      targetFieldCodes: [],
      rules: { trlMin: 6 },
    },
  },
];

interface DemoApplication {
  offer: string;
  /** AgroVision, or the n-th other 2020 project (FINALIST, AWARDED, NOT_SELECTED, by id). */
  project: 'agrovision' | number;
  status: LandingApplicationStatus;
  daysAgo: number;
  message: string;
  rejectReason?: string;
}

/** Applications in every status; AgroVision's invitation is accepted, with its LANDING engagement. */
export const DEMO_LANDING_APPLICATIONS: readonly DemoApplication[] = [
  {
    offer: 'robotics-lab',
    project: 'agrovision',
    status: 'ACCEPTED',
    daysAgo: 15,
    message: 'AgroVision would like to open its China lab in your park and test in your greenhouses.',
  },
  {
    offer: 'robotics-lab',
    project: 0,
    status: 'SUBMITTED',
    daysAgo: 3,
    message: 'We plan a service centre in northern China next year and need 200 m² of lab space.',
  },
  {
    offer: 'robotics-lab',
    project: 1,
    status: 'SHORTLISTED',
    daysAgo: 8,
    message: 'Our team of six would move two engineers to Beijing this autumn.',
  },
  {
    offer: 'robotics-lab',
    project: 2,
    status: 'INVITED',
    daysAgo: 5,
    message: 'Your project fits our robotics cluster; we would be glad to host you.',
  },
  {
    offer: 'biotech-incubator',
    project: 3,
    status: 'REJECTED',
    daysAgo: 9,
    message: 'We look for an office close to food producers for our pilot programme.',
    rejectReason: 'The incubator takes biotech teams only this year.',
  },
  {
    offer: 'production-2020',
    project: 4,
    status: 'WITHDRAWN',
    daysAgo: 180,
    message: 'We need a production hall for our first assembly line in China.',
  },
];

const offerId = (key: string) => demoUuid(`2020/landing-offer/${key}`);

/** Writes the demo offers and applications once (skipped when the first offer exists). */
export async function seedDemoLanding(dataSource: DataSource): Promise<boolean> {
  const first = offerId(DEMO_OFFERS[0].key);
  const exists = () => dataSource.getRepository(LandingOfferEntity).exists({ where: { id: first } });
  if (await exists()) return false;
  try {
    await dataSource.transaction((manager) => write(manager));
    return true;
  } catch (error) {
    if (isUniqueViolation(error) && (await exists())) return false;
    throw error;
  }
}

async function write(manager: EntityManager): Promise<void> {
  const user = await manager.findOne(UserEntity, { where: { email: 'park@bridge.demo' } });
  const membership = user && (await manager.findOne(MembershipEntity, { where: { userId: user.id } }));
  const agro: Array<{ organization_id: string }> = await manager.query(
    'SELECT organization_id FROM projects WHERE id = $1',
    [AGROVISION],
  );
  if (!user || !membership || !agro[0]) return;
  const park = membership.organizationId;
  const now = Date.now();
  for (const spec of DEMO_OFFERS) {
    const createdAt = new Date(now - spec.daysAgo * DAY_MS);
    await manager.insert(LandingOfferEntity, {
      ...spec.fields,
      id: offerId(spec.key),
      parkOrganizationId: park,
      status: spec.status,
      deadline: new Date(now + spec.deadlineDays * DAY_MS),
      openedAt: createdAt,
      closedAt: spec.status === 'CLOSED' ? new Date(now + spec.deadlineDays * DAY_MS) : null,
      createdById: user.id,
      createdAt,
      updatedAt: createdAt,
    });
  }
  const others: Array<{ id: string; organization_id: string }> = await manager.query(
    `SELECT id, organization_id FROM projects
      WHERE competition_id = $1 AND id <> $2 AND status IN ('FINALIST', 'AWARDED', 'NOT_SELECTED')
      ORDER BY id LIMIT 5`,
    [demoUuid('2020/competition'), AGROVISION],
  );
  for (const spec of DEMO_LANDING_APPLICATIONS) {
    const project =
      spec.project === 'agrovision'
        ? { id: AGROVISION, organization_id: agro[0].organization_id }
        : others[spec.project];
    if (!project) continue;
    const createdAt = new Date(now - spec.daysAgo * DAY_MS);
    const id = demoUuid(`2020/landing-application/${spec.offer}/${project.id}`);
    const invited = spec.status === 'INVITED' || spec.status === 'ACCEPTED';
    await manager.insert(LandingApplicationEntity, {
      id,
      offerId: offerId(spec.offer),
      projectId: project.id,
      startupOrganizationId: project.organization_id,
      parkOrganizationId: park,
      origin: invited ? 'PARK' : 'STARTUP',
      status: spec.status,
      message: spec.message,
      rejectReason: spec.rejectReason ?? null,
      createdById: invited ? user.id : null,
      createdAt,
      updatedAt: createdAt,
    });
    if (spec.status === 'ACCEPTED') {
      const engagement = await continueOrStartEngagement(manager, {
        kind: 'LANDING',
        projectId: project.id,
        startupOrganizationId: project.organization_id,
        partnerOrganizationId: park,
        origin: 'LANDING_APPLICATION',
        actorUserId: null,
        actorOrganizationId: project.organization_id,
        at: new Date(createdAt.getTime() + 2 * DAY_MS),
      });
      await manager.update(LandingApplicationEntity, { id }, { engagementId: engagement.id });
    }
  }
}
