import { DEFAULT_COMPETITION_SETTINGS } from '@bridge/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { CompetitionStageDateEntity } from '../../competitions/entities/competition-stage-date.entity';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import { MembershipEntity } from '../../identity/entities/membership.entity';
import { OrganizationEntity } from '../../identity/entities/organization.entity';
import { UserEntity } from '../../identity/entities/user.entity';
import { CriterionEntity } from '../../judging/entities/criterion.entity';
import { JudgeConflictEntity } from '../../judging/entities/judge-conflict.entity';
import { JudgeEntity } from '../../judging/entities/judge.entity';
import { ProjectEntity } from '../../projects/entities/project.entity';
import { seedCurrentEdition } from './demo-current-edition';
import { bulkInsert, criterionRows, projectRow, seedEditionOnce, writeDefaultFields } from './demo-db';
import {
  FINAL_CRITERIA,
  JUDGES,
  ORGANISERS,
  PAST_EDITION,
  PAST_TIMELINE,
  PRELIMINARY_CRITERIA,
  editionName,
} from './demo-edition.data';
import { DemoProject, EditionPlan, planPastEdition } from './demo-edition.generator';
import { DemoContext, judgeEdition } from './demo-edition.judging';
import { at, demoUuid } from './demo-random';

/**
 * The demo editions (DESIGN.md §6): a complete past edition — 2020, the 6th, ~120 trilingual
 * synthetic projects judged by 12 judges, finalists selected with the real selection module, the
 * final scored and the awards published — and a small current one open for registration. Each is
 * written in one transaction, and only if its (year, edition) does not exist yet: running again
 * changes nothing, and of two processes starting together one writes it and the other skips it.
 * Returns the judge accounts it created.
 */
export async function seedDemoEditions(dataSource: DataSource, passwordHash: string): Promise<string[]> {
  const created = await seedPastEdition(dataSource, passwordHash);
  await seedCurrentEdition(dataSource);
  return created;
}

/** Ids of the demo accounts the edition needs (they are seeded just before). */
async function demoAccount(manager: EntityManager, email: string) {
  const user = await manager.findOne(UserEntity, { where: { email } });
  if (!user) throw new Error(`demo account ${email} is missing`);
  const membership = await manager.findOne(MembershipEntity, { where: { userId: user.id } });
  return { user, organizationId: membership?.organizationId ?? null };
}

async function seedPastEdition(dataSource: DataSource, passwordHash: string): Promise<string[]> {
  const created: string[] = [];
  await seedEditionOnce(dataSource, PAST_EDITION, async (manager) => {
    const { year, editionNumber, seed } = PAST_EDITION;
    const prefix = `${year}`;
    const competitionId = demoUuid(`${prefix}/competition`);
    // First write: the unique (year, edition) index makes a second process wait here, then skip.
    await manager.insert(CompetitionEntity, {
      id: competitionId,
      name: editionName(year, editionNumber),
      year,
      editionNumber,
      organisers: ORGANISERS,
      stage: 'PRELIMINARY_REVIEW',
      ...DEFAULT_COMPETITION_SETTINGS,
      preliminaryClosedAt: at(`${year}-09-30`, 600),
      createdAt: at(`${year}-05-15`, 480),
    });
    const fieldIds = await writeDefaultFields(manager, competitionId, prefix);
    await bulkInsert(
      manager,
      CompetitionStageDateEntity,
      PAST_TIMELINE.map((d) => ({ competitionId, ...d })),
    );
    await bulkInsert(manager, CriterionEntity, [
      ...criterionRows(competitionId, prefix, 'PRELIMINARY', PRELIMINARY_CRITERIA),
      ...criterionRows(competitionId, prefix, 'FINAL', FINAL_CRITERIA),
    ]);

    const plan = planPastEdition(seed, year);
    const organizer = await demoAccount(manager, 'organizer@bridge.demo');
    const startup = await demoAccount(manager, 'startup@bridge.demo');
    if (!startup.organizationId) throw new Error('the demo start-up has no organisation');
    await writeOrganizations(manager, plan, year);
    await writeProjects(manager, plan, competitionId, fieldIds, startup.organizationId);
    created.push(...(await writeJudges(manager, plan, competitionId, passwordHash, year)));

    const context: DemoContext = {
      dataSource,
      manager,
      competitionId,
      year,
      seed,
      organizer: { userId: organizer.user.id, organizationId: organizer.organizationId },
      plan,
    };
    await judgeEdition(context);
  });
  return created;
}

async function writeOrganizations(manager: EntityManager, plan: EditionPlan, year: number) {
  const firstProject = new Map<string, DemoProject>();
  for (const p of plan.projects)
    if (p.organizationId && !firstProject.has(p.organizationId)) firstProject.set(p.organizationId, p);
  await manager
    .createQueryBuilder()
    .insert()
    .into(OrganizationEntity)
    .values(
      plan.organizations.map((o) => {
        const project = firstProject.get(o.id);
        const registered = new Date((project?.submittedAt ?? at(`${year}-06-01`)).getTime() - 5 * 86_400_000);
        return {
          id: o.id,
          kind: 'STARTUP' as const,
          name: o.name,
          description: project?.summary ?? {},
          website: o.website,
          city: o.city.en,
          country: 'Russia',
          contactEmail: o.contactEmail,
          contactPhone: o.contactPhone,
          contactMessenger: null,
          verificationStatus: 'VERIFIED' as const,
          verifiedAt: registered,
          createdAt: registered,
        };
      }),
    )
    .orIgnore() // kept from an earlier demo edition that was deleted by hand
    .updateEntity(false)
    .execute();
}

async function writeProjects(
  manager: EntityManager,
  plan: EditionPlan,
  competitionId: string,
  fieldIds: Map<string, string>,
  agroVisionOrganizationId: string,
) {
  await bulkInsert(
    manager,
    ProjectEntity,
    plan.projects.map((p) => ({
      ...projectRow(p),
      competitionId,
      organizationId: p.organizationId ?? agroVisionOrganizationId,
      fieldId: fieldIds.get(p.fieldCode) ?? null,
      status: p.withdrawnAt ? ('WITHDRAWN' as const) : ('SUBMITTED' as const),
    })),
  );
}

/** The judges: the demo judge and eleven more accounts (password: the demo password), two declared conflicts. */
async function writeJudges(
  manager: EntityManager,
  plan: EditionPlan,
  competitionId: string,
  passwordHash: string,
  year: number,
): Promise<string[]> {
  const emails = JUDGES.map((j) => `${j.login}@bridge.demo`);
  const existing = await manager.find(UserEntity, { where: { email: In(emails) } });
  const missing = JUDGES.filter((j) => !existing.some((u) => u.email === `${j.login}@bridge.demo`));
  if (missing.length) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(
        missing.map((j) => ({
          email: `${j.login}@bridge.demo`,
          displayName: j.displayName,
          passwordHash,
          locale: j.locale,
          timeZone: j.locale === 'ru' ? 'Europe/Moscow' : 'Asia/Shanghai',
        })),
      )
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
  const users = await manager.find(UserEntity, { where: { email: In(emails) } });
  const robotics = plan.organizations.filter((o) => o.fieldCode === 'ROBOTICS');
  await bulkInsert(
    manager,
    JudgeEntity,
    JUDGES.map((j, i) => {
      const user = users.find((u) => u.email === `${j.login}@bridge.demo`);
      // One judge advises a start-up of the edition: Bridge detects it from the affiliation.
      const affiliation =
        j.login === 'judge08' ? `${j.affiliation}; adviser to ${robotics[7].name.en}` : j.affiliation;
      return {
        id: demoUuid(`${year}/judge/${j.login}`),
        competitionId,
        email: `${j.login}@bridge.demo`,
        displayName: user?.displayName ?? j.displayName,
        userId: user?.id ?? null,
        status: 'ACTIVE' as const,
        affiliation,
        loadLimit: j.loadLimit,
        tokenHash: null,
        createdAt: at(`${year}-08-${String(10 + i).padStart(2, '0')}`, 540),
      };
    }),
  );
  const ai = plan.projects.filter((p) => p.fieldCode === 'AI' && !p.withdrawnAt);
  const biotech = plan.projects.filter((p) => p.fieldCode === 'BIOTECH' && !p.withdrawnAt);
  await bulkInsert(manager, JudgeConflictEntity, [
    {
      judgeId: demoUuid(`${year}/judge/judge02`),
      kind: 'ORGANIZATION',
      organizationId: ai[3].organizationId,
      note: 'Former adviser to the founders (2018–2019).',
      createdAt: at(`${year}-08-28`, 700),
    },
    {
      judgeId: demoUuid(`${year}/judge/judge07`),
      kind: 'PROJECT',
      projectId: biotech[5].id,
      note: '与项目负责人合著过论文。',
      createdAt: at(`${year}-08-29`, 200),
    },
    {
      judgeId: demoUuid(`${year}/judge/judge05`),
      kind: 'PERSON',
      personName: plan.organizations.filter((o) => o.fieldCode === 'BIOTECH')[11].founder,
      note: '前同事。',
      createdAt: at(`${year}-08-30`, 300),
    },
  ]);
  return missing.map((j) => `${j.login}@bridge.demo`).filter((email) => users.some((u) => u.email === email));
}
