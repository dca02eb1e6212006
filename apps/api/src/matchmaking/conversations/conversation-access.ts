import type { IntroductionPurpose, LocalizedText } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import { AppException } from '../../common/errors/app.exception';
import type { Viewer } from '../../identity/viewer';
import { ConversationEntity } from '../entities/conversation.entity';

/** A conversation with what every view of it shows: the introduction's purpose and the project's title. */
export interface ConversationView {
  id: string;
  introductionId: string;
  purpose: IntroductionPurpose;
  projectId: string;
  projectTitle: LocalizedText;
  startupOrganizationId: string;
  partnerOrganizationId: string;
  lastMessageAt: Date;
}

/** The two organisations of a conversation. */
export type ConversationSides = Pick<ConversationView, 'startupOrganizationId' | 'partnerOrganizationId'>;

/**
 * The side the viewer acts for in a conversation: their active organisation when it is one of the
 * two, else null. Organizers are no exception (DESIGN.md §4: they never read messages).
 */
export function sideOf(viewer: Viewer | null, conversation: ConversationSides): string | null {
  const organizationId = viewer?.active?.organizationId;
  if (!organizationId) return null;
  return organizationId === conversation.startupOrganizationId ||
    organizationId === conversation.partnerOrganizationId
    ? organizationId
    : null;
}

/** The viewer's side, or NOT_FOUND: a stranger learns nothing, not even that the conversation exists. */
export function assertParty(viewer: Viewer | null, conversation: ConversationSides): string {
  const side = sideOf(viewer, conversation);
  if (!side) throw AppException.notFound('conversation');
  return side;
}

export function otherSide(conversation: ConversationSides, side: string): string {
  return side === conversation.startupOrganizationId
    ? conversation.partnerOrganizationId
    : conversation.startupOrganizationId;
}

/** Reads conversations with their purpose and project title. */
@Injectable()
export class ConversationAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  query(manager: EntityManager = this.dataSource.manager) {
    return manager
      .createQueryBuilder(ConversationEntity, 'c')
      .innerJoin('c.introduction', 'i')
      .innerJoin('c.project', 'p')
      .select([
        'c.id AS id',
        'c.introduction_id AS "introductionId"',
        'i.purpose AS purpose',
        'c.project_id AS "projectId"',
        'p.title AS "projectTitle"',
        'c.startup_organization_id AS "startupOrganizationId"',
        'c.partner_organization_id AS "partnerOrganizationId"',
        'c.last_message_at AS "lastMessageAt"',
      ]);
  }

  /** The conversation and the viewer's side in it; NOT_FOUND for anyone but its two organisations. */
  async get(
    viewer: Viewer,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ conversation: ConversationView; side: string }> {
    const row = isUUID(id) ? await this.query(manager).where('c.id = :id', { id }).getRawOne() : null;
    if (!row) throw AppException.notFound('conversation');
    const conversation = toView(row);
    return { conversation, side: assertParty(viewer, conversation) };
  }
}

export function toView(row: Record<string, unknown>): ConversationView {
  return {
    id: row['id'] as string,
    introductionId: row['introductionId'] as string,
    purpose: row['purpose'] as IntroductionPurpose,
    projectId: row['projectId'] as string,
    projectTitle: parseJson(row['projectTitle']) as LocalizedText,
    startupOrganizationId: row['startupOrganizationId'] as string,
    partnerOrganizationId: row['partnerOrganizationId'] as string,
    lastMessageAt: new Date(row['lastMessageAt'] as string | Date),
  };
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : (value ?? {});
}
