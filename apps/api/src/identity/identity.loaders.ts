import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKey, groupByKey, requestLoader } from '../common/dataloader/request-loader';
import { InvitationEntity } from './entities/invitation.entity';
import { MembershipEntity } from './entities/membership.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { UserEntity } from './entities/user.entity';
import type { RequestContext } from './viewer';

/** Per-request loaders of the identity records that GraphQL nests. */
@Injectable()
export class IdentityLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  users(context: RequestContext) {
    return requestLoader(context, 'users', async (ids: readonly string[]) =>
      byKey(ids, await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) }), (u) => u.id),
    );
  }

  organizations(context: RequestContext) {
    return requestLoader(context, 'organizations', async (ids: readonly string[]) =>
      byKey(
        ids,
        await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) }),
        (o) => o.id,
      ),
    );
  }

  membershipsOfOrganization(context: RequestContext) {
    return requestLoader(context, 'membershipsOfOrganization', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(MembershipEntity)
        .find({ where: { organizationId: In([...ids]) }, order: { createdAt: 'ASC' } });
      return groupByKey(ids, rows, (m) => m.organizationId);
    });
  }

  /** Organisation ids of each user, to decide whether the viewer shares one with them. */
  organizationIdsOfUser(context: RequestContext) {
    return requestLoader(context, 'organizationIdsOfUser', async (ids: readonly string[]) => {
      const rows = await this.dataSource.getRepository(MembershipEntity).findBy({ userId: In([...ids]) });
      return groupByKey(ids, rows, (m) => m.userId).map((list) => list.map((m) => m.organizationId));
    });
  }

  pendingInvitationsOfOrganization(context: RequestContext) {
    return requestLoader(context, 'pendingInvitationsOfOrganization', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(InvitationEntity)
        .find({ where: { organizationId: In([...ids]), status: 'PENDING' }, order: { createdAt: 'DESC' } });
      return groupByKey(ids, rows, (i) => i.organizationId);
    });
  }
}
