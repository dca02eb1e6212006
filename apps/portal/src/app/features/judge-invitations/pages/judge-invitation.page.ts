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
import { ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { JudgeSignUpFormComponent } from '../components/judge-sign-up-form.component';
import { JudgeInvitationPreview, JudgeInvitationsApi } from '../data/judge-invitations.api';

/**
 * Opens a judge invitation link: shows the edition, then creates the judge's account (signed out)
 * or accepts the invitation for the signed-in user when the e-mail matches.
 */
@Component({
  selector: 'bridge-judge-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    ErrorStateComponent,
    LoadingComponent,
    JudgeSignUpFormComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './judge-invitation.page.html',
  styleUrl: './judge-invitation.page.scss',
})
export class JudgeInvitationPage {
  private readonly api = inject(JudgeInvitationsApi);
  private readonly i18n = inject(I18nService);
  private readonly notify = inject(NotifyService);
  private readonly router = inject(Router);
  protected readonly auth = inject(AuthService);

  /** Route parameter. */
  readonly token = input.required<string>();

  protected readonly preview = new Loader<JudgeInvitationPreview | null>();
  protected readonly accepting = signal(false);
  /** Set once the viewer is a judge; the page then only waits for the assignments. */
  protected readonly done = signal(false);
  protected readonly acceptError = signal<AppError | null>(null);
  protected readonly editionName = computed(
    () => resolveText(this.preview.value()?.competitionName, this.i18n.locale())?.text ?? '',
  );
  protected readonly emailMatches = computed(() => {
    const email = this.auth.user()?.email;
    const invited = this.preview.value()?.email;
    return !!email && !!invited && email.toLowerCase() === invited.toLowerCase();
  });
  protected readonly returnParams = computed(() => ({ returnUrl: `/judge-invitations/${this.token()}` }));

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
  }

  protected load(token = this.token()): Promise<void> {
    return this.preview.run(() => this.api.preview(token));
  }

  protected async accept(): Promise<void> {
    this.accepting.set(true);
    this.acceptError.set(null);
    try {
      await this.api.accept(this.token());
      await this.welcome();
    } catch (error) {
      this.acceptError.set(toAppError(error));
    } finally {
      this.accepting.set(false);
    }
  }

  protected async welcome(): Promise<void> {
    this.done.set(true);
    this.notify.success(this.i18n.t('judgeInvitation.welcome', { edition: this.editionName() }));
    await this.router.navigateByUrl('/assignments');
  }
}
