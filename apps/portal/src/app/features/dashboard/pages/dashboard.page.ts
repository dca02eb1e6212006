import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { MARKET_KINDS, resolveText } from '@bridge/contracts';
import { EmptyStateComponent, IconComponent, LoadingComponent, VerificationBadgeComponent } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { PendingVerificationCountDocument } from '../../../core/graphql/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import { I18nService, TranslatePipe, labels } from '../../../core/i18n';

/** The signed-in landing page: who you act for, its verification, and what needs you now. */
@Component({
  selector: 'bridge-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    EmptyStateComponent,
    IconComponent,
    LoadingComponent,
    VerificationBadgeComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
})
export class DashboardPage {
  private readonly gql = inject(GraphqlService);
  private readonly i18n = inject(I18nService);
  protected readonly auth = inject(AuthService);
  protected readonly labels = labels;

  protected readonly organization = computed(() => this.auth.activeOrganization());
  protected readonly organizationName = computed(
    () => resolveText(this.organization()?.name, this.i18n.locale())?.text ?? '',
  );
  /** Market organisations that an organizer has not verified (yet) see why the market is closed. */
  protected readonly awaitingVerification = computed(() => {
    const organization = this.organization();
    return !!organization &&
      MARKET_KINDS.includes(organization.kind) &&
      organization.verificationStatus !== 'VERIFIED'
      ? organization.verificationStatus
      : null;
  });
  protected readonly pendingVerifications = new Loader<number>();
  protected readonly hasTasks = computed(
    () =>
      this.auth.can('VERIFY_ORGANIZATIONS') ||
      this.auth.can('MARKET') ||
      this.auth.can('JUDGE') ||
      this.auth.can('APPLY'),
  );

  constructor() {
    effect(() => {
      if (this.auth.can('VERIFY_ORGANIZATIONS')) untracked(() => void this.loadPending());
    });
  }

  protected loadPending(): Promise<void> {
    return this.pendingVerifications.run(
      async () => (await this.gql.query(PendingVerificationCountDocument)).organizations.totalCount,
    );
  }
}
