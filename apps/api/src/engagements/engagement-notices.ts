import type { LocalizedText, NotificationKey } from '@bridge/contracts';
import { EntityManager } from 'typeorm';
import { plainText } from '../matchmaking/introductions/introduction-notices';
import { NotificationsService } from '../notifications/notifications.service';
import type { EngagementEntity } from './entities/engagement.entity';

/** Where the portal shows one engagement (links of notifications and e-mails). */
export const engagementLink = (id: string) => `/engagements/${id}`;

type Parties = Pick<
  EngagementEntity,
  'id' | 'kind' | 'projectId' | 'startupOrganizationId' | 'partnerOrganizationId'
>;

/** The project title and both organisations' names of an engagement, read in its transaction. */
export async function engagementNames(
  manager: EntityManager,
  engagement: Parties,
): Promise<{ project: LocalizedText; startup: LocalizedText; partner: LocalizedText }> {
  const [row]: Array<{ project: LocalizedText; startup: LocalizedText; partner: LocalizedText }> =
    await manager.query(
      `SELECT p.title AS project, s.name AS startup, r.name AS partner
       FROM projects p, organizations s, organizations r
      WHERE p.id = $1 AND s.id = $2 AND r.id = $3`,
      [engagement.projectId, engagement.startupOrganizationId, engagement.partnerOrganizationId],
    );
  return row ?? { project: {}, startup: {}, partner: {} };
}

/**
 * Notifies the members of `to` (one or both parties) about an engagement, inside the caller's
 * transaction. Params: `project`, `organization` (the acting party), `kind`, plus `extra`.
 */
export async function engagementNotice(
  notifications: NotificationsService,
  manager: EntityManager,
  engagement: Parties,
  to: string[],
  key: NotificationKey,
  actingOrganizationId: string | null,
  extra: Record<string, string> = {},
): Promise<void> {
  const names = await engagementNames(manager, engagement);
  const members = await notifications.membersOf(manager, to);
  const acting =
    actingOrganizationId === engagement.startupOrganizationId
      ? names.startup
      : actingOrganizationId === engagement.partnerOrganizationId
        ? names.partner
        : {};
  await notifications.notify(
    manager,
    to.flatMap((id) => members.get(id) ?? []),
    {
      kind: key.replace(/^notifications\./, ''),
      key,
      params: {
        project: plainText(names.project),
        organization: plainText(acting),
        kind: engagement.kind,
        engagementId: engagement.id,
        ...extra,
      },
      link: engagementLink(engagement.id),
    },
  );
}
