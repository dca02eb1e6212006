import { LANDING_LIMITS } from '@bridge/contracts';
import type { LocalizedText, NotificationKey } from '@bridge/contracts';
import { EntityManager } from 'typeorm';
import { plainText } from '../matchmaking/introductions/introduction-notices';
import { NotificationsService } from '../notifications/notifications.service';
import { eligibilityOf } from './eligibility';
import type { LandingApplicationEntity } from './entities/landing-application.entity';
import type { LandingOfferEntity } from './entities/landing-offer.entity';
import { landingProjects } from './landing-access';

/** Where the portal shows an offer and an application (links of notifications and e-mails). */
export const offerLink = (id: string) => `/landing/offers/${id}`;
export const applicationLink = (id: string) => `/landing/applications/${id}`;

type ApplicationNotice = 'applied' | 'invited' | 'rejected' | 'accepted';

/**
 * Notifies every member of `organizationId` about an application, inside the caller's transaction.
 * Params: `project` (title), `offer` (title), `park` (name), `applicationId`, `offerId`.
 */
export async function applicationNotice(
  notifications: NotificationsService,
  manager: EntityManager,
  organizationId: string,
  notice: ApplicationNotice,
  application: Pick<LandingApplicationEntity, 'id' | 'offerId' | 'projectId' | 'parkOrganizationId'>,
): Promise<void> {
  const [names]: Array<{ project: LocalizedText; offer: LocalizedText; park: LocalizedText }> =
    await manager.query(
      `SELECT p.title AS project, o.title AS offer, g.name AS park
         FROM projects p, landing_offers o, organizations g
        WHERE p.id = $1 AND o.id = $2 AND g.id = $3`,
      [application.projectId, application.offerId, application.parkOrganizationId],
    );
  const members = (await notifications.membersOf(manager, [organizationId])).get(organizationId) ?? [];
  await notifications.notify(manager, members, {
    kind: `landing.${notice}`,
    key: `notifications.landing.${notice}` as NotificationKey,
    params: {
      project: plainText(names?.project),
      offer: plainText(names?.offer),
      park: plainText(names?.park),
      applicationId: application.id,
      offerId: application.offerId,
    },
    link: applicationLink(application.id),
  });
}

/**
 * A newly opened offer tells the start-ups whose projects it qualifies (SUBMITTED, FINALIST,
 * NOT_SELECTED or AWARDED projects meeting every rule): the members of at most
 * `notifyMaxOrganizations` organisations, newest projects first, one notification per organisation
 * naming its first eligible project. Runs in the transaction that opens the offer, which happens
 * once per offer: the notices go exactly once. Returns how many organisations were told.
 */
export async function noticeOfferOpened(
  notifications: NotificationsService,
  manager: EntityManager,
  offer: LandingOfferEntity,
  now: Date = new Date(),
): Promise<number> {
  const candidates = await landingProjects(manager, { applicableOnly: true });
  const projectOf = new Map<string, (typeof candidates)[number]>();
  for (const project of candidates) {
    if (projectOf.size >= LANDING_LIMITS.notifyMaxOrganizations) break;
    if (projectOf.has(project.organizationId)) continue;
    if (eligibilityOf(project, offer.rules ?? {}, now).eligible)
      projectOf.set(project.organizationId, project);
  }
  if (!projectOf.size) return 0;
  const [park]: Array<{ name: LocalizedText }> = await manager.query(
    'SELECT name FROM organizations WHERE id = $1',
    [offer.parkOrganizationId],
  );
  const members = await notifications.membersOf(manager, [...projectOf.keys()]);
  for (const [organizationId, project] of projectOf) {
    await notifications.notify(manager, members.get(organizationId) ?? [], {
      kind: 'landing.offerOpened',
      key: 'notifications.landing.offerOpened',
      params: {
        project: plainText(project.title),
        offer: plainText(offer.title),
        park: plainText(park?.name),
        offerId: offer.id,
        projectId: project.id,
      },
      link: offerLink(offer.id),
    });
  }
  return projectOf.size;
}
