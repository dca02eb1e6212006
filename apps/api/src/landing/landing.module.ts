import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { LandingApplicationMoves } from './landing-application-moves.service';
import { LandingApplicationsResolver } from './landing-applications.resolver';
import { LandingApplicationsService } from './landing-applications.service';
import { LandingLoaders } from './landing.loaders';
import { LandingOffersResolver } from './landing-offers.resolver';
import { LandingOffersService } from './landing-offers.service';

/**
 * Landing (docs/landing.md): science parks' structured landing offers with eligibility rules, the
 * three-year comparison figure, and start-ups' applications; an accepted invitation starts a
 * LANDING engagement.
 */
@Module({
  imports: [AuditModule, IdentityModule, NotificationsModule],
  providers: [
    LandingOffersService,
    LandingApplicationsService,
    LandingApplicationMoves,
    LandingLoaders,
    LandingOffersResolver,
    LandingApplicationsResolver,
  ],
  exports: [LandingOffersService],
})
export class LandingModule {}
