import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  IconComponent,
  LoadingComponent,
  LocalizedTextComponent,
  VerificationBadgeComponent,
} from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { UpdateOrganizationInput } from '../../../core/graphql/generated';
import { I18nService, LocalDatePipe, TranslatePipe, labels } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { OrganizationFormComponent } from '../components/organization-form.component';
import { OrganizationApi, OrganizationProfile } from '../data/organization.api';

/** The active organisation's profile: everyone in it sees it, owners edit it. */
@Component({
  selector: 'bridge-organization-profile-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    LocalizedTextComponent,
    VerificationBadgeComponent,
    OrganizationFormComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './organization-profile.page.html',
  styleUrl: './organization-profile.page.scss',
})
export class OrganizationProfilePage {
  private readonly api = inject(OrganizationApi);
  private readonly notify = inject(NotifyService);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = labels;

  protected readonly organizationId = computed(() => this.auth.activeOrganization()?.id ?? null);
  protected readonly profile = new Loader<OrganizationProfile | null>();
  protected readonly isOwner = computed(() => this.profile.value()?.viewerRole === 'OWNER');
  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<AppError | null>(null);

  constructor() {
    effect(() => {
      const id = this.organizationId();
      untracked(() => {
        this.editing.set(false);
        if (id) void this.load(id);
      });
    });
  }

  protected load(id = this.organizationId()): Promise<void> {
    return id ? this.profile.run(() => this.api.profile(id)) : Promise.resolve();
  }

  protected async save(input: UpdateOrganizationInput): Promise<void> {
    this.saving.set(true);
    this.saveError.set(null);
    try {
      const updated = await this.api.update(input);
      this.profile.update(() => updated);
      this.editing.set(false);
      this.notify.success(this.i18n.t('organization.saved'));
      // The toolbar and the dashboard show the name too.
      void this.auth.load();
    } catch (error) {
      this.saveError.set(toAppError(error));
    } finally {
      this.saving.set(false);
    }
  }
}
