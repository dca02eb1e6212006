import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Router, RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { InvitationPreviewDocument, InvitationPreviewQuery } from '../../../core/graphql/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import { I18nService, LocalDatePipe, TranslatePipe, labels } from '../../../core/i18n';
import { SignUpFormComponent } from '../../auth/components/sign-up-form.component';

type Preview = NonNullable<InvitationPreviewQuery['invitationPreview']>;

/** Opens an invitation link: shows what it is for, then sign-up with it or (signed in) accept it. */
@Component({
  selector: 'bridge-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    SignUpFormComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './invitation.page.html',
  styleUrl: './invitation.page.scss',
})
export class InvitationPage {
  private readonly gql = inject(GraphqlService);
  private readonly i18n = inject(I18nService);
  private readonly notify = inject(NotifyService);
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);

  /** Route parameter. */
  readonly token = input.required<string>();

  protected readonly preview = new Loader<Preview | null>();
  protected readonly accepting = signal(false);
  /** Set once the viewer joined; the page then only waits for the dashboard. */
  protected readonly joined = signal(false);
  protected readonly acceptError = signal<AppError | null>(null);
  protected readonly organizationName = computed(
    () => resolveText(this.preview.value()?.organizationName, this.i18n.locale())?.text ?? '',
  );
  protected readonly signUpInvitation = computed(() => {
    const preview = this.preview.value();
    return preview ? { token: this.token(), email: preview.email } : null;
  });
  protected readonly emailMatches = computed(() => {
    const email = this.auth.user()?.email;
    const invited = this.preview.value()?.email;
    return !!email && !!invited && email.toLowerCase() === invited.toLowerCase();
  });
  protected readonly signInParams = computed(() => ({ returnUrl: `/invitations/${this.token()}` }));

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
  }

  protected load(token = this.token()): Promise<void> {
    return this.preview.run(
      async () => (await this.gql.query(InvitationPreviewDocument, { token })).invitationPreview ?? null,
    );
  }

  protected readonly labels = labels;

  protected async accept(): Promise<void> {
    this.accepting.set(true);
    this.acceptError.set(null);
    try {
      await this.auth.acceptInvitation(this.token());
      this.welcome();
    } catch (error) {
      this.acceptError.set(toAppError(error));
    } finally {
      this.accepting.set(false);
    }
  }

  protected welcome(): void {
    this.joined.set(true);
    this.notify.success(this.i18n.t('invitation.accepted', { organization: this.organizationName() }));
    void this.router.navigateByUrl('/dashboard');
  }
}
