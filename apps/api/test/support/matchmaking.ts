import type { IntroductionPurpose } from '@bridge/contracts';
import { ConversationEntity } from '../../src/matchmaking/entities/conversation.entity';
import { IntroductionEntity } from '../../src/matchmaking/entities/introduction.entity';
import { ADVANCE, Edition, createEdition, submittedProject } from './edition';
import { GraphQLClient } from './graphql-client';
import { TestApp, TestUser } from './test-app';

/** A signed-in member of one side of a conversation. */
export interface Party {
  client: GraphQLClient;
  user: TestUser;
  organizationId: string;
}

export interface OpenConversation {
  conversationId: string;
  introductionId: string;
  projectId: string;
  startup: Party;
  partner: Party;
}

/** An edition in registration, created by a new organizer (who is returned too). */
export async function registrationEdition(
  sut: TestApp,
): Promise<{ edition: Edition; organizer: GraphQLClient }> {
  const organizer = (await sut.signedIn({ kind: 'ORGANIZER' })).client;
  const edition = await createEdition(organizer);
  await organizer.data(ADVANCE, { id: edition.id, from: 'SETUP' });
  return { edition, organizer };
}

/**
 * An introduction the start-up accepted, written straight to the database (status ACCEPTED and its
 * conversation), so these tests do not depend on the introduction mutations.
 */
export async function acceptedIntroduction(
  sut: TestApp,
  spec: {
    projectId: string;
    startupOrganizationId: string;
    partnerOrganizationId: string;
    requesterUserId: string;
    purpose?: IntroductionPurpose;
  },
): Promise<{ introductionId: string; conversationId: string }> {
  return sut.dataSource.transaction(async (manager) => {
    const introduction = await manager.save(
      manager.create(IntroductionEntity, {
        requesterOrganizationId: spec.partnerOrganizationId,
        requesterUserId: spec.requesterUserId,
        projectId: spec.projectId,
        startupOrganizationId: spec.startupOrganizationId,
        purpose: spec.purpose ?? 'INVESTMENT',
        message: 'We would like to talk about your seed round.',
        status: 'ACCEPTED',
        expiresAt: new Date(Date.now() + 14 * 86_400_000),
        answeredAt: new Date(),
      }),
    );
    const conversation = await manager.save(
      manager.create(ConversationEntity, {
        introductionId: introduction.id,
        projectId: spec.projectId,
        startupOrganizationId: spec.startupOrganizationId,
        partnerOrganizationId: spec.partnerOrganizationId,
      }),
    );
    return { introductionId: introduction.id, conversationId: conversation.id };
  });
}

/** A start-up with a submitted project, a partner organisation, and the conversation between them. */
export async function openConversation(
  sut: TestApp,
  edition: Edition,
  spec: { title: string; partnerKind?: 'INVESTOR' | 'SCIENCE_PARK' | 'RD_PARTNER'; partner?: Party },
): Promise<OpenConversation> {
  const team = await submittedProject(sut, edition, 'AI', spec.title);
  const startup = { client: team.client, user: team.user, organizationId: team.user.organizationId! };
  const partner = spec.partner ?? (await signedInParty(sut, spec.partnerKind ?? 'INVESTOR'));
  const ids = await acceptedIntroduction(sut, {
    projectId: team.projectId,
    startupOrganizationId: startup.organizationId,
    partnerOrganizationId: partner.organizationId,
    requesterUserId: partner.user.userId,
    purpose: spec.partnerKind === 'SCIENCE_PARK' ? 'LANDING' : 'INVESTMENT',
  });
  return { ...ids, projectId: team.projectId, startup, partner };
}

export async function signedInParty(
  sut: TestApp,
  kind: 'INVESTOR' | 'SCIENCE_PARK' | 'RD_PARTNER' | 'STARTUP' | 'ORGANIZER',
): Promise<Party> {
  const { client, user } = await sut.signedIn({ kind });
  return { client, user, organizationId: user.organizationId! };
}

/** Another member of the party's organisation, signed in. */
export async function colleagueOf(sut: TestApp, party: Party): Promise<Party> {
  const user = await sut.createUser({ organizationId: party.organizationId, role: 'MEMBER' });
  const client = sut.client();
  await sut.signIn(client, user);
  return { client, user, organizationId: party.organizationId };
}

const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { kind key params link readAt } } } }`;

export interface SeenNotification {
  kind: string;
  key: string;
  params: Record<string, unknown>;
  link: string | null;
  readAt: string | null;
}

/** The user's notifications as the bell lists them (newest first), optionally of one kind. */
export async function notificationsOf(party: Party, kind?: string): Promise<SeenNotification[]> {
  const { notifications } = await party.client.data(NOTIFICATIONS);
  const all = notifications.edges.map((e: { node: SeenNotification }) => e.node) as SeenNotification[];
  return kind ? all.filter((n) => n.kind === kind) : all;
}
