import { Injectable, inject } from '@angular/core';
import {
  AdminOrganizationsDocument,
  AdminOrganizationsQuery,
  AdminOrganizationsQueryVariables,
  VerificationStatus,
  VerifyOrganizationDocument,
} from '../../../core/graphql/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type AdminOrganizationPage = AdminOrganizationsQuery['organizations'];
export type AdminOrganization = AdminOrganizationPage['edges'][number]['node'];

@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly gql = inject(GraphqlService);

  async organizations(variables: AdminOrganizationsQueryVariables): Promise<AdminOrganizationPage> {
    return (await this.gql.query(AdminOrganizationsDocument, variables)).organizations;
  }

  async verify(organizationId: string, status: VerificationStatus) {
    return (await this.gql.mutate(VerifyOrganizationDocument, { input: { organizationId, status } }))
      .verifyOrganization;
  }
}
