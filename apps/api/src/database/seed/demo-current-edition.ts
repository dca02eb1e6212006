import { DEFAULT_COMPETITION_SETTINGS } from '@bridge/contracts';
import { DataSource, In } from 'typeorm';
import { CompetitionStageDateEntity } from '../../competitions/entities/competition-stage-date.entity';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import { MembershipEntity } from '../../identity/entities/membership.entity';
import { OrganizationEntity } from '../../identity/entities/organization.entity';
import { UserEntity } from '../../identity/entities/user.entity';
import { CriterionEntity } from '../../judging/entities/criterion.entity';
import { JudgeEntity } from '../../judging/entities/judge.entity';
import { ProjectEntity } from '../../projects/entities/project.entity';
import { bulkInsert, criterionRows, projectRow, seedEditionOnce, writeDefaultFields } from './demo-db';
import {
  CURRENT_EDITION,
  CURRENT_TIMELINE,
  ORGANISERS,
  PAST_EDITION,
  PRELIMINARY_CRITERIA,
  editionName,
} from './demo-edition.data';
import { planPastEdition, planProject } from './demo-edition.generator';
import { FIELD_BANKS } from './demo-edition.words';
import { DemoRandom, at, demoUuid } from './demo-random';

/** Judges already active in the current edition (nothing to score while registration is open). */
const CURRENT_JUDGES = ['judge', 'judge01', 'judge04'];

/**
 * The current edition, small and live: registration open, the three fields and the preliminary
 * criteria, a few judges, six applications from returning 2020 start-ups, and AgroVision's draft.
 */
export async function seedCurrentEdition(dataSource: DataSource): Promise<boolean> {
  return seedEditionOnce(dataSource, CURRENT_EDITION, async (manager) => {
    const { year, editionNumber, seed } = CURRENT_EDITION;
    const prefix = `${year}`;
    const competitionId = demoUuid(`${prefix}/competition`);
    await manager.insert(CompetitionEntity, {
      id: competitionId,
      name: editionName(year, editionNumber),
      year,
      editionNumber,
      organisers: ORGANISERS,
      stage: 'REGISTRATION',
      ...DEFAULT_COMPETITION_SETTINGS,
      createdAt: at(`${year}-08-20`, 480),
    });
    const fieldIds = await writeDefaultFields(manager, competitionId, prefix);
    await bulkInsert(
      manager,
      CompetitionStageDateEntity,
      CURRENT_TIMELINE.map((d) => ({ competitionId, ...d })),
    );
    await bulkInsert(
      manager,
      CriterionEntity,
      criterionRows(competitionId, prefix, 'PRELIMINARY', PRELIMINARY_CRITERIA),
    );

    const users = await manager.find(UserEntity, {
      where: { email: In(CURRENT_JUDGES.map((l) => `${l}@bridge.demo`)) },
    });
    await bulkInsert(
      manager,
      JudgeEntity,
      users.map((user) => ({
        id: demoUuid(`${prefix}/judge/${user.email}`),
        competitionId,
        email: user.email,
        displayName: user.displayName,
        userId: user.id,
        status: 'ACTIVE' as const,
        createdAt: at(`${year}-09-05`, 600),
      })),
    );

    // Returning start-ups of 2020 with new projects (the past edition's plan is deterministic).
    const past = planPastEdition(PAST_EDITION.seed, PAST_EDITION.year);
    const rng = new DemoRandom(seed);
    const returning = FIELD_BANKS.flatMap((bank) =>
      past.organizations
        .filter((o) => o.fieldCode === bank.code)
        .slice(0, 2)
        .map((organization) => ({ bank, organization })),
    );
    const existing = await manager.find(OrganizationEntity, {
      where: { id: In(returning.map((r) => r.organization.id)) },
    });
    const used = new Set<string>();
    const projects = returning
      .filter((r) => existing.some((o) => o.id === r.organization.id))
      .map(({ bank, organization }, i) =>
        planProject(rng, {
          key: `${prefix}/project/${organization.id}`,
          organization,
          bank,
          year,
          submittedAt: at(
            `${year}-${i < 3 ? '10' : '11'}-${String(3 + i * 3).padStart(2, '0')}`,
            420 + i * 37,
          ),
          used,
        }),
      );
    await bulkInsert(
      manager,
      ProjectEntity,
      projects.map((p) => ({
        ...projectRow(p),
        organizationId: p.organizationId ?? '',
        competitionId,
        fieldId: fieldIds.get(p.fieldCode) ?? null,
        status: 'SUBMITTED' as const,
      })),
    );

    const startup = await manager.findOne(UserEntity, { where: { email: 'startup@bridge.demo' } });
    const membership = startup
      ? await manager.findOne(MembershipEntity, { where: { userId: startup.id } })
      : null;
    if (membership) {
      await manager.insert(ProjectEntity, {
        id: demoUuid(`${prefix}/project/agrovision`),
        competitionId,
        organizationId: membership.organizationId,
        fieldId: fieldIds.get('ROBOTICS') ?? null,
        status: 'DRAFT',
        title: {
          zh: '具备产量预测功能的温室自主机器人车队',
          en: 'Autonomous greenhouse robot fleet with yield forecasting',
          ru: 'Парк автономных тепличных роботов с прогнозом урожайности',
        },
        summary: {
          en: 'A fleet of picking and scouting robots that forecasts the harvest a week ahead.',
          ru: 'Парк роботов для сбора и мониторинга, прогнозирующий урожай на неделю вперёд.',
        },
        description: {
          ru: 'Развитие проекта 2020 года: к роботу-сборщику добавлены роботы-скауты и модель прогноза урожайности. Черновик заявки.',
        },
        tags: ['agritech', 'robotics', 'forecasting'],
        trl: 7,
        stage: 'GROWTH',
        seeking: ['INVESTMENT', 'LANDING'],
        teamSize: 31,
        foundedYear: 2017,
        city: 'Novosibirsk',
        contactEmail: 'founders@agrovision.bridge.demo',
        visibilityConsent: true,
        createdAt: at(`${year}-11-18`, 510),
      });
    }
  });
}
