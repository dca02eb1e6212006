import { Injectable, inject } from '@angular/core';
import {
  ChangeMemberRoleDocument,
  InviteMemberDocument,
  InviteMemberInput,
  MembershipRole,
  OrganizationMembersDocument,
  OrganizationMembersQuery,
  OrganizationProfileDocument,
  OrganizationProfileFieldsFragment,
  RemoveMemberDocument,
  RevokeInvitationDocument,
  UpdateOrganizationDocument,
  UpdateOrganizationInput,
} from '../../../core/graphql/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type OrganizationProfile = OrganizationProfileFieldsFragment;
export type OrganizationMembers = NonNullable<OrganizationMembersQuery['organization']>;

/** The organisation feature's calls to the API. */
@Injectable({ providedIn: 'root' })
export class OrganizationApi {
  private readonly gql = inject(GraphqlService);

  async profile(id: string): Promise<OrganizationProfile | null> {
    return (await this.gql.query(OrganizationProfileDocument, { id })).organization;
  }

  async update(input: UpdateOrganizationInput): Promise<OrganizationProfile> {
    return (await this.gql.mutate(UpdateOrganizationDocument, { input })).updateOrganization;
  }

  async members(id: string): Promise<OrganizationMembers | null> {
    return (await this.gql.query(OrganizationMembersDocument, { id })).organization;
  }

  async invite(input: InviteMemberInput) {
    return (await this.gql.mutate(InviteMemberDocument, { input })).inviteMember;
  }

  async revokeInvitation(id: string) {
    return (await this.gql.mutate(RevokeInvitationDocument, { id })).revokeInvitation;
  }

  async removeMember(membershipId: string): Promise<void> {
    await this.gql.mutate(RemoveMemberDocument, { membershipId });
  }

  async changeRole(membershipId: string, role: MembershipRole) {
    return (await this.gql.mutate(ChangeMemberRoleDocument, { input: { membershipId, role } }))
      .changeMemberRole;
  }
}
