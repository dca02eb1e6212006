import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppException } from '../common/errors/app.exception';
import { Allow, CurrentViewer, Public } from './access.decorators';
import { AuthService } from './auth.service';
import {
  ChangePasswordInput,
  SignInInput,
  SignUpInput,
  SwitchOrganizationInput,
  UpdateMyProfileInput,
} from './dtos/identity.inputs';
import { UserDto } from './dtos/user.dto';
import { ViewerDto } from './dtos/viewer.dto';
import { SessionEntity } from './entities/session.entity';
import { SessionService } from './session.service';
import type { RequestContext, Viewer } from './viewer';

@Resolver(() => ViewerDto)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Query(() => ViewerDto, { nullable: true, description: 'The signed-in user; null when signed out.' })
  me(@CurrentViewer() viewer: Viewer | null): ViewerDto | null {
    return viewer ? ViewerDto.from(viewer) : null;
  }

  @Public()
  @Mutation(() => ViewerDto)
  async signUp(@Args('input') input: SignUpInput, @Context() context: RequestContext): Promise<ViewerDto> {
    return this.viewerAfter(await this.auth.signUp(input, context.req, context.res), context);
  }

  @Public()
  @Mutation(() => ViewerDto, { description: 'An unknown e-mail and a wrong password get the same error.' })
  async signIn(@Args('input') input: SignInInput, @Context() context: RequestContext): Promise<ViewerDto> {
    return this.viewerAfter(await this.auth.signIn(input, context.req, context.res), context);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session; harmless when already signed out.' })
  async signOut(
    @CurrentViewer() viewer: Viewer | null,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.auth.signOut(viewer, context.res);
    context.req.viewer = null;
    return true;
  }

  @Allow('SIGNED_IN')
  @Mutation(() => Boolean, {
    description: 'Ends every session of the user, then signs this browser in again.',
  })
  async changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ChangePasswordInput,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    await this.viewerAfter(await this.auth.changePassword(viewer, input, context.req, context.res), context);
    return true;
  }

  @Allow('SIGNED_IN')
  @Mutation(() => UserDto)
  async updateMyProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateMyProfileInput,
  ): Promise<UserDto> {
    return UserDto.from(await this.auth.updateProfile(viewer, input));
  }

  @Allow('SIGNED_IN')
  @Mutation(() => ViewerDto, { description: 'Acts for another organisation the user is a member of.' })
  async switchOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: SwitchOrganizationInput,
    @Context() context: RequestContext,
  ): Promise<ViewerDto> {
    await this.auth.switchOrganization(viewer, input.organizationId);
    return this.viewerAfter({ ...viewer.session, activeOrganizationId: input.organizationId }, context);
  }

  /** The request's viewer from now on is the one of the new (or changed) session. */
  private async viewerAfter(session: SessionEntity, context: RequestContext): Promise<ViewerDto> {
    const viewer = await this.sessions.viewerOfSession(session);
    if (!viewer) throw AppException.unauthenticated();
    context.req.viewer = viewer;
    return ViewerDto.from(viewer);
  }
}
