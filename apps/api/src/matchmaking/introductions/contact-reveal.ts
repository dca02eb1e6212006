import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ContactRevealSource,
  OrganizationsService,
  RevealedContacts,
} from '../../identity/organizations.service';

/**
 * Contacts revealed by accepted introductions (DESIGN.md §4): the members of each party see the
 * other organisation's contacts, and the requester's members see the project's — nobody else.
 * Registered with identity, which asks once per request (every path that shows an organisation or
 * a project goes through its `contacts` field resolvers).
 */
@Injectable()
export class ContactReveal implements ContactRevealSource, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  onModuleInit(): void {
    this.organizations.registerContactReveal(this);
  }

  async revealedTo(organizationIds: readonly string[]): Promise<RevealedContacts> {
    const organizations = new Set<string>();
    const projects = new Set<string>();
    if (!organizationIds.length) return { organizationIds: organizations, projectIds: projects };
    const rows: Array<{ requester: string; startup: string; project_id: string }> =
      await this.dataSource.query(
        `SELECT requester_organization_id AS requester, startup_organization_id AS startup, project_id
         FROM introductions
        WHERE status = 'ACCEPTED'
          AND (requester_organization_id = ANY($1::uuid[]) OR startup_organization_id = ANY($1::uuid[]))`,
        [organizationIds],
      );
    const own = new Set(organizationIds);
    for (const row of rows) {
      if (own.has(row.requester)) {
        organizations.add(row.startup);
        projects.add(row.project_id);
      }
      if (own.has(row.startup)) organizations.add(row.requester);
    }
    return { organizationIds: organizations, projectIds: projects };
  }
}
