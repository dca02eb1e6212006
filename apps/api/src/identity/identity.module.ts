import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { AccessGuard } from './access.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { CapabilityRegistry } from './capability-registry';
import { IdentityLoaders } from './identity.loaders';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { UsersResolver } from './users.resolver';

/** Users, organisations, memberships, sessions — and the global AccessGuard every feature relies on. */
@Module({
  imports: [AuditModule],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuthService,
    CapabilityRegistry,
    PasswordService,
    SessionService,
    SignInThrottleService,
    OrganizationsService,
    MembersService,
    IdentityLoaders,
    AuthResolver,
    OrganizationsResolver,
    MembersResolver,
    UsersResolver,
  ],
  exports: [
    SessionService,
    OrganizationsService,
    IdentityLoaders,
    PasswordService,
    CapabilityRegistry,
    AuthService,
  ],
})
export class IdentityModule {}
