import { ERROR_KEYS, hasAnyLanguage } from '@bridge/contracts';
import type { OrganizationKind, VerificationStatus } from '@bridge/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/errors/app.exception';
import { cleanLocalizedText } from '../common/graphql/localized-text.dto';
import { requestLoader } from '../common/dataloader/request-loader';
import { Connection, PageArgs, decodeCursor, toConnection } from '../common/pagination/connection';
import { UpdateOrganizationInput } from './dtos/identity.inputs';
import { OrganizationEntity } from './entities/organization.entity';
import { isOrganizer, membershipIn } from './viewer';
import type { RequestContext, Viewer } from './viewer';

/**
 * What the members of some organisations may see beyond their own: the organisations and projects
 * whose contacts were revealed to them (matchmaking registers the source: accepted introductions).
 */
export interface RevealedContacts {
  organizationIds: ReadonlySet<string>;
  projectIds: ReadonlySet<string>;
}

export interface ContactRevealSource {
  revealedTo(organizationIds: readonly string[]): Promise<RevealedContacts>;
}

const NOTHING_REVEALED: RevealedContacts = { organizationIds: new Set(), projectIds: new Set() };

export interface OrganizationFilter {
  kind?: OrganizationKind | null;
  verificationStatus?: VerificationStatus | null;
}

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(OrganizationEntity);
  }

  /** Members and organizers see any organisation; others only verified ones. Hidden reads as not found. */
  canSee(viewer: Viewer, organization: OrganizationEntity): boolean {
    return (
      organization.verificationStatus === 'VERIFIED' ||
      isOrganizer(viewer) ||
      !!membershipIn(viewer, organization.id)
    );
  }

  /** Member lists (and contacts): members and organizers. */
  canSeePrivate(viewer: Viewer | null, organizationId: string): boolean {
    return !!viewer && (isOrganizer(viewer) || !!membershipIn(viewer, organizationId));
  }

  private revealSource: ContactRevealSource | null = null;

  /** Matchmaking registers who else may see contacts (arrows point down: identity never imports it). */
  registerContactReveal(source: ContactRevealSource): void {
    this.revealSource = source;
  }

  /**
   * What was revealed to the viewer's organisations, read once per request (however many
   * organisations or projects the response holds).
   */
  revealedTo(viewer: Viewer | null, context: RequestContext): Promise<RevealedContacts> {
    const source = this.revealSource;
    if (!viewer || !viewer.memberships.length || !source) return Promise.resolve(NOTHING_REVEALED);
    return requestLoader(context, 'revealedContacts', async (userIds: readonly string[]) => {
      const revealed = await source.revealedTo(viewer.memberships.map((m) => m.organizationId));
      return userIds.map(() => revealed);
    }).load(viewer.user.id);
  }

  /** Contacts: members, organizers and the other party of an accepted introduction (DESIGN.md §4). */
  async canSeeContacts(
    viewer: Viewer | null,
    organizationId: string,
    context: RequestContext,
  ): Promise<boolean> {
    if (this.canSeePrivate(viewer, organizationId)) return true;
    return (await this.revealedTo(viewer, context)).organizationIds.has(organizationId);
  }

  async get(viewer: Viewer, id: string): Promise<OrganizationEntity> {
    // An id that is no UUID names nothing (and would make PostgreSQL fail the query).
    const organization = isUUID(id) ? await this.repository.findOne({ where: { id } }) : null;
    if (!organization || !this.canSee(viewer, organization)) throw AppException.notFound('organization');
    return organization;
  }

  /** All organisations, for organizers (the verification queue). */
  list(filter: OrganizationFilter, page: PageArgs): Promise<Connection<OrganizationEntity>> {
    return this.paginate(this.filtered(filter), page);
  }

  /** Verified organisations of the market (and start-ups), for verified market organisations. */
  directory(viewer: Viewer, kind: OrganizationKind | null | undefined, page: PageArgs) {
    if (kind === 'ORGANIZER') throw AppException.invalid([{ field: 'kind', key: 'validation.oneOf' }]);
    const query = this.filtered({ kind, verificationStatus: 'VERIFIED' })
      .andWhere('o.kind <> :organizer', { organizer: 'ORGANIZER' })
      .andWhere('o.id <> :own', {
        own: viewer.active?.organizationId ?? '00000000-0000-0000-0000-000000000000',
      });
    return this.paginate(query, page);
  }

  private filtered(filter: OrganizationFilter): SelectQueryBuilder<OrganizationEntity> {
    const query = this.repository.createQueryBuilder('o');
    if (filter.kind) query.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.verificationStatus)
      query.andWhere('o.verification_status = :status', { status: filter.verificationStatus });
    return query;
  }

  private async paginate(query: SelectQueryBuilder<OrganizationEntity>, page: PageArgs) {
    const totalCount = await query.clone().getCount();
    const cursor = decodeCursor(page.after);
    if (cursor) {
      query.andWhere(
        new Brackets((q) =>
          q
            .where('o.created_at > :createdAt', { createdAt: cursor.createdAt })
            .orWhere('(o.created_at = :createdAt AND o.id > :id)', {
              createdAt: cursor.createdAt,
              id: cursor.id,
            }),
        ),
      );
    }
    const rows = await query
      .orderBy('o.created_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, totalCount, (row) => row);
  }

  /** Owners edit their organisation's profile. */
  async update(viewer: Viewer, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const membership = membershipIn(viewer, input.organizationId);
    if (!membership) throw AppException.notFound('organization');
    if (membership.role !== 'OWNER') throw AppException.forbidden(ERROR_KEYS.ownerRequired);
    const { organizationId, name, description, ...rest } = input;
    const changes: Partial<OrganizationEntity> = {};
    if (name !== undefined) {
      const cleaned = cleanLocalizedText(name);
      if (!hasAnyLanguage(cleaned))
        throw AppException.invalid([{ field: 'name', key: 'validation.anyLanguage' }]);
      changes.name = cleaned;
    }
    if (description !== undefined) changes.description = cleanLocalizedText(description);
    for (const [key, value] of Object.entries(rest) as Array<
      [keyof typeof rest, string | null | undefined]
    >) {
      if (value !== undefined) changes[key] = value?.trim() || null;
    }
    if (changes.website && !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(changes.website)) {
      throw AppException.invalid([{ field: 'website', key: 'validation.url' }]);
    }
    if (changes.contactEmail && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(changes.contactEmail)) {
      throw AppException.invalid([{ field: 'contactEmail', key: 'validation.email' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneOrFail(OrganizationEntity, { where: { id: organizationId } });
      await manager.update(OrganizationEntity, { id: organizationId }, changes);
      const after = await manager.findOneOrFail(OrganizationEntity, { where: { id: organizationId } });
      await this.audit.record(
        manager,
        { userId: viewer.user.id, organizationId },
        {
          action: 'organization.updated',
          entityType: 'organization',
          entityId: organizationId,
          before: pick(before, Object.keys(changes)),
          after: pick(after, Object.keys(changes)),
        },
      );
      return after;
    });
  }

  /** Organizers verify or reject an organisation; the change is audited. */
  async verify(
    viewer: Viewer,
    organizationId: string,
    status: VerificationStatus,
  ): Promise<OrganizationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.findOne(OrganizationEntity, {
        where: { id: organizationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organization) throw AppException.notFound('organization');
      if (organization.kind === 'ORGANIZER' && organization.id === viewer.active?.organizationId) {
        throw AppException.forbidden();
      }
      const before = organization.verificationStatus;
      await manager.update(
        OrganizationEntity,
        { id: organizationId },
        {
          verificationStatus: status,
          verifiedAt: status === 'VERIFIED' ? new Date() : null,
          verifiedById: status === 'UNVERIFIED' ? null : viewer.user.id,
        },
      );
      await this.audit.record(
        manager,
        { userId: viewer.user.id, organizationId: viewer.active?.organizationId },
        {
          action: 'organization.verification_changed',
          entityType: 'organization',
          entityId: organizationId,
          before: { verificationStatus: before },
          after: { verificationStatus: status },
        },
      );
      return manager.findOneOrFail(OrganizationEntity, { where: { id: organizationId } });
    });
  }
}

function pick(entity: OrganizationEntity, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, entity[k as keyof OrganizationEntity]]));
}
