import type { Capability } from '@bridge/contracts';
import { Field, ObjectType } from '@nestjs/graphql';
import { Viewer } from '../viewer';
import { CapabilityEnum } from './identity.enums';
import { MembershipDto } from './membership.dto';
import { OrganizationDto } from './organization.dto';
import { UserDto } from './user.dto';

@ObjectType('Viewer', { description: 'The signed-in user, their memberships and what they may use.' })
export class ViewerDto {
  @Field(() => UserDto)
  user: UserDto;

  @Field(() => [MembershipDto])
  memberships: MembershipDto[];

  @Field(() => OrganizationDto, { nullable: true, description: 'The organisation this session acts for.' })
  activeOrganization: OrganizationDto | null;

  @Field(() => [CapabilityEnum])
  capabilities: Capability[];

  @Field()
  isJudge: boolean;

  static from(viewer: Viewer): ViewerDto {
    return Object.assign(new ViewerDto(), {
      user: UserDto.from(viewer.user),
      memberships: viewer.memberships.map((m) => MembershipDto.from(m)),
      activeOrganization: viewer.active ? OrganizationDto.from(viewer.active.organization) : null,
      capabilities: [...viewer.capabilities],
      isJudge: viewer.capabilities.has('JUDGE'),
    });
  }
}
