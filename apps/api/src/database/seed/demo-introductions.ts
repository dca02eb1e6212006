import type { DeclineReason, IntroductionPurpose, IntroductionStatus } from '@bridge/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { isUniqueViolation } from '../../common/errors/database-errors';
import { MembershipEntity } from '../../identity/entities/membership.entity';
import { UserEntity } from '../../identity/entities/user.entity';
import { ConversationEntity } from '../../matchmaking/entities/conversation.entity';
import { IntroductionEntity } from '../../matchmaking/entities/introduction.entity';
import { onAccepted } from '../../matchmaking/introductions/introduction-answers.service';
import { IntroductionNoteEntity } from '../../matchmaking/introductions/introduction-note.entity';
import { demoUuid } from './demo-random';

const DAY_MS = 86_400_000;
const AGROVISION = demoUuid('2020/project/agrovision');

interface DemoIntroduction {
  key: string;
  from: 'investor@bridge.demo' | 'park@bridge.demo';
  /** AgroVision, or the n-th other consenting 2020 project (by id). */
  project: 'agrovision' | number;
  purpose: IntroductionPurpose;
  status: IntroductionStatus;
  /** Days before the seed ran. */
  daysAgo: number;
  message: string;
  declineReason?: DeclineReason;
  notes?: Array<{ side: 'STARTUP' | 'REQUESTER'; body: string }>;
}

/**
 * The introductions of the demo (issue 5): from the demo investor's and the demo park's
 * organisations to 2020 projects, in every state — AgroVision (startup@bridge.demo) accepted both,
 * with their conversations and engagements, and has one more request waiting in its inbox.
 */
export const DEMO_INTRODUCTIONS: readonly DemoIntroduction[] = [
  {
    key: 'investor-agrovision-investment',
    from: 'investor@bridge.demo',
    project: 'agrovision',
    purpose: 'INVESTMENT',
    status: 'ACCEPTED',
    daysAgo: 12,
    message:
      'Silk Road Ventures invests in agritech robotics from seed to series A. Your harvesting robot fits our thesis; we would like to discuss your round.',
  },
  {
    key: 'park-agrovision-landing',
    from: 'park@bridge.demo',
    project: 'agrovision',
    purpose: 'LANDING',
    status: 'ACCEPTED',
    daysAgo: 9,
    message:
      'Our park offers lab space and two rent-free years to robotics teams opening an office in China. We would be glad to host AgroVision.',
  },
  {
    key: 'investor-agrovision-pilot',
    from: 'investor@bridge.demo',
    project: 'agrovision',
    purpose: 'PILOT_CUSTOMER',
    status: 'PENDING',
    daysAgo: 2,
    message:
      'One of our portfolio companies runs greenhouses near Shanghai and would like to pilot your robot this spring.',
    notes: [
      { side: 'STARTUP', body: 'How many hectares, and which crops?' },
      { side: 'REQUESTER', body: 'Twelve hectares of tomatoes and cucumbers.' },
    ],
  },
  {
    key: 'investor-1-investment',
    from: 'investor@bridge.demo',
    project: 0,
    purpose: 'INVESTMENT',
    status: 'PENDING',
    daysAgo: 3,
    message:
      'We follow the finalists of the Bridge competition and would like to learn more about your traction.',
  },
  {
    key: 'investor-2-investment',
    from: 'investor@bridge.demo',
    project: 1,
    purpose: 'INVESTMENT',
    status: 'DECLINED',
    daysAgo: 20,
    declineReason: 'NOT_RAISING',
    message:
      'Your team impressed the jury; are you raising this year? We write first tickets of USD 300–800 thousand.',
  },
  {
    key: 'investor-3-pilot',
    from: 'investor@bridge.demo',
    project: 2,
    purpose: 'PILOT_CUSTOMER',
    status: 'WITHDRAWN',
    daysAgo: 25,
    message: 'A portfolio company may need your product for a pilot; we will confirm the scope shortly.',
  },
  {
    key: 'park-1-landing',
    from: 'park@bridge.demo',
    project: 1,
    purpose: 'LANDING',
    status: 'EXPIRED',
    daysAgo: 30,
    message:
      'Our park supports teams landing in China with space, grants and help with registration. Shall we talk?',
  },
  {
    key: 'park-4-rd',
    from: 'park@bridge.demo',
    project: 3,
    purpose: 'RD_PARTNERSHIP',
    status: 'DECLINED',
    daysAgo: 16,
    declineReason: 'ALREADY_PARTNERED',
    message:
      'The university lab in our park looks for an R&D partner in your field; we would like to introduce you.',
  },
];

const idOf = (key: string) => demoUuid(`2020/introduction/${key}`);

/** Conversation ids of the seeded accepted introductions (the conversations seed adds messages to them). */
export async function demoConversationIds(dataSource: DataSource | EntityManager): Promise<string[]> {
  const ids = DEMO_INTRODUCTIONS.filter((i) => i.status === 'ACCEPTED').map((i) => idOf(i.key));
  const rows = await dataSource
    .getRepository(ConversationEntity)
    .find({ where: { introductionId: In(ids) }, order: { createdAt: 'ASC' } });
  return rows.map((c) => c.id);
}

/**
 * Writes the demo introductions once (in one transaction; skipped when the first one exists, and
 * when another process wins the race). Needs the demo accounts and the 2020 edition.
 */
export async function seedDemoIntroductions(dataSource: DataSource): Promise<boolean> {
  const first = idOf(DEMO_INTRODUCTIONS[0].key);
  const exists = () => dataSource.getRepository(IntroductionEntity).exists({ where: { id: first } });
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
  const accounts = new Map<string, { userId: string; organizationId: string }>();
  for (const email of ['investor@bridge.demo', 'park@bridge.demo', 'startup@bridge.demo']) {
    const user = await manager.findOneOrFail(UserEntity, { where: { email } });
    const membership = await manager.findOneOrFail(MembershipEntity, { where: { userId: user.id } });
    accounts.set(email, { userId: user.id, organizationId: membership.organizationId });
  }
  const others: Array<{ id: string; organization_id: string }> = await manager.query(
    `SELECT p.id, p.organization_id FROM projects p
       WHERE p.competition_id = $1 AND p.id <> $2 AND p.visibility_consent
         AND p.status IN ('FINALIST', 'AWARDED', 'NOT_SELECTED')
       ORDER BY p.status, p.id LIMIT 4`,
    [demoUuid('2020/competition'), AGROVISION],
  );
  const startup = accounts.get('startup@bridge.demo');
  const audit = new AuditService();
  const now = Date.now();
  for (const spec of DEMO_INTRODUCTIONS) {
    const requester = accounts.get(spec.from);
    const project =
      spec.project === 'agrovision'
        ? { id: AGROVISION, organization_id: startup?.organizationId }
        : others[spec.project];
    if (!requester || !project?.organization_id) continue;
    const createdAt = new Date(now - spec.daysAgo * DAY_MS);
    const answeredAt = spec.status === 'PENDING' ? null : new Date(createdAt.getTime() + 2 * DAY_MS);
    const expiresAt = new Date(createdAt.getTime() + 14 * DAY_MS);
    await manager.insert(IntroductionEntity, {
      id: idOf(spec.key),
      requesterOrganizationId: requester.organizationId,
      requesterUserId: requester.userId,
      projectId: project.id,
      startupOrganizationId: project.organization_id,
      purpose: spec.purpose,
      message: spec.message,
      proposedSlots: [],
      status: spec.status,
      declineReason: spec.declineReason ?? null,
      expiresAt,
      answeredAt: spec.status === 'EXPIRED' ? expiresAt : answeredAt,
      answeredById:
        spec.status === 'ACCEPTED' && startup
          ? startup.userId
          : spec.status === 'WITHDRAWN'
            ? requester.userId
            : null,
      createdAt,
      updatedAt: answeredAt ?? createdAt,
    });
    for (const [index, note] of (spec.notes ?? []).entries()) {
      await manager.insert(IntroductionNoteEntity, {
        introductionId: idOf(spec.key),
        side: note.side,
        authorUserId: note.side === 'STARTUP' ? (startup?.userId ?? null) : requester.userId,
        body: note.body,
        createdAt: new Date(createdAt.getTime() + (index + 1) * 3_600_000),
      });
    }
    if (spec.status === 'ACCEPTED' && answeredAt) {
      const introduction = await manager.findOneOrFail(IntroductionEntity, { where: { id: idOf(spec.key) } });
      await onAccepted(
        manager,
        audit,
        introduction,
        { userId: startup?.userId ?? null, organizationId: project.organization_id },
        answeredAt,
      );
    }
  }
}
