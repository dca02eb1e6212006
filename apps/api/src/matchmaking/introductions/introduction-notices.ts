import type { LocalizedText } from '@bridge/contracts';
import { EntityManager } from 'typeorm';
import { NotificationsService } from '../../notifications/notifications.service';
import type { IntroductionEntity } from '../entities/introduction.entity';

/**
 * Notification keys of introductions (the portal translates them; params: `project` — the
 * project's title, `organization` — the other party's name, `purpose`, and `reason` on decline).
 */
export const INTRODUCTION_NOTICES = {
  /** To the start-up's members: someone asks to meet. */
  requested: 'notifications.introduction.requested',
  /** To the requester's members. */
  accepted: 'notifications.introduction.accepted',
  declined: 'notifications.introduction.declined',
  expired: 'notifications.introduction.expired',
  /** To the start-up's members. */
  withdrawn: 'notifications.introduction.withdrawn',
  /** To the other side's members: a note in the "more information" thread. */
  note: 'notifications.introduction.note',
} as const;
export type IntroductionNotice = keyof typeof INTRODUCTION_NOTICES;

/** Where the portal shows one introduction (links of notifications and e-mails). */
export const introductionLink = (id: string) => `/introductions/${id}`;

/** A title for a notification's parameters: the first language given (the portal shows it as is). */
export function plainText(text: LocalizedText | null | undefined): string {
  return text?.en || text?.ru || text?.zh || '';
}

export interface NoticeNames {
  project: LocalizedText;
  /** Name of the organisation the recipients hear from. */
  organization: LocalizedText;
}

/** Notifies every member of `organizationId` about `introduction`, inside the caller's transaction. */
export async function noticeTo(
  notifications: NotificationsService,
  manager: EntityManager,
  organizationId: string,
  notice: IntroductionNotice,
  introduction: Pick<IntroductionEntity, 'id' | 'purpose' | 'declineReason'>,
  names: NoticeNames,
): Promise<void> {
  const members = (await notifications.membersOf(manager, [organizationId])).get(organizationId) ?? [];
  const params: Record<string, string> = {
    project: plainText(names.project),
    organization: plainText(names.organization),
    purpose: introduction.purpose,
    introductionId: introduction.id,
  };
  if (notice === 'declined' && introduction.declineReason) params['reason'] = introduction.declineReason;
  await notifications.notify(manager, members, {
    kind: `introduction.${notice}`,
    key: INTRODUCTION_NOTICES[notice],
    params,
    link: introductionLink(introduction.id),
  });
}

/** The project title and both organisations' names of an introduction, read in its transaction. */
export async function namesOf(
  manager: EntityManager,
  introduction: Pick<IntroductionEntity, 'projectId' | 'requesterOrganizationId' | 'startupOrganizationId'>,
): Promise<{ project: LocalizedText; requester: LocalizedText; startup: LocalizedText }> {
  const [row]: Array<{ project: LocalizedText; requester: LocalizedText; startup: LocalizedText }> =
    await manager.query(
      `SELECT p.title AS project, r.name AS requester, s.name AS startup
         FROM projects p, organizations r, organizations s
        WHERE p.id = $1 AND r.id = $2 AND s.id = $3`,
      [introduction.projectId, introduction.requesterOrganizationId, introduction.startupOrganizationId],
    );
  return row ?? { project: {}, requester: {}, startup: {} };
}
