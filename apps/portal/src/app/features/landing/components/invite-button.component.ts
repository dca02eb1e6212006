import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { LANDING_LIMITS, resolveText } from '@bridge/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { LandingApi } from '../data/landing.api';
import type { ApplicationView } from '../data/landing.types';
import { MessageDialogComponent, MessageDialogData } from './message-dialog.component';

/**
 * "Invite to an offer" on a project's page, for members of a verified science park: picks one of
 * the park's open offers and sends a message. Shows nothing to anyone else.
 */
@Component({
  selector: 'bridge-invite-to-offer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe, ErrorMessagePipe],
  template: `
    @if (allowed()) {
      <button
        mat-stroked-button
        type="button"
        [disabled]="busy()"
        (click)="invite()"
        data-testid="project-invite-offer"
        [attr.data-project-id]="projectId()"
        [attr.aria-label]="'landing.invite.aria' | t: { title: projectTitle() }"
      >
        {{ 'landing.invite.button' | t }}
      </button>
      @if (error(); as e) {
        <span class="bridge-form-error" role="alert" data-testid="project-invite-error">{{
          e | errorMessage
        }}</span>
      }
      @if (noOffers()) {
        <span class="bridge-form-error" role="alert" data-testid="project-invite-none">{{
          'landing.invite.noOpenOffers' | t
        }}</span>
      }
    }
  `,
})
export class InviteToOfferButtonComponent {
  private readonly auth = inject(AuthService);
  /** The API is looked up only for parks (the button is on public pages too). */
  private readonly injector = inject(Injector);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);

  readonly projectId = input.required<string>();
  /** In the UI language. */
  readonly projectTitle = input.required<string>();

  protected readonly allowed = computed(
    () => this.auth.capabilities().has('MARKET') && this.auth.activeOrganization()?.kind === 'SCIENCE_PARK',
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly noOffers = signal(false);

  protected async invite(): Promise<void> {
    const api = this.injector.get(LandingApi);
    this.busy.set(true);
    this.error.set(null);
    this.noOffers.set(false);
    try {
      const open = (await api.myOffers('OPEN')).items.filter(
        (offer) => offer.mine && offer.acceptingApplications,
      );
      if (!open.length) {
        this.noOffers.set(true);
        return;
      }
      let offerId = open[0].id;
      const data: MessageDialogData<ApplicationView> = {
        title: this.i18n.t('landing.invite.title', { title: this.projectTitle() }),
        label: 'landing.invite.message',
        submit: 'landing.invite.submit',
        min: LANDING_LIMITS.messageMinLength,
        max: LANDING_LIMITS.messageMaxLength,
        testId: 'invite',
        choices: open.map((offer) => ({
          value: offer.id,
          label: resolveText(offer.title, this.i18n.locale())?.text ?? offer.id,
        })),
        choiceLabel: 'landing.invite.offer',
        choose: (value) => (offerId = value),
        send: (message) => api.invite(offerId, this.projectId(), message),
      };
      const ref = this.dialog.open<
        MessageDialogComponent<ApplicationView>,
        MessageDialogData<ApplicationView>,
        ApplicationView
      >(MessageDialogComponent, { data, width: '600px', maxWidth: '96vw', autoFocus: 'first-tabbable' });
      ref.afterClosed().subscribe((sent) => {
        if (sent) this.notify.success(this.i18n.t('landing.applications.invited'));
      });
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.busy.set(false);
    }
  }
}
