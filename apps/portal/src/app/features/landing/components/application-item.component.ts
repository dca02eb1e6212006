import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { LANDING_LIMITS, resolveText } from '@bridge/contracts';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, LocalDatePipe, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { landingLabels } from '../data/landing-labels';
import type { ApplicationView } from '../data/landing.types';
import { LandingApi } from '../data/landing.api';
import { MessageDialogComponent, MessageDialogData } from './message-dialog.component';

/**
 * One application. The park (mode `park`) shortlists, invites (with a message) or rejects (with a
 * reason) and opens the project; the start-up (mode `startup`) accepts an invitation or withdraws.
 */
@Component({
  selector: 'bridge-application-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslatePipe, LocalDatePipe, ErrorMessagePipe],
  template: `
    @let a = application();
    <article
      class="item"
      data-testid="application"
      [attr.data-status]="a.status"
      [attr.data-application-id]="a.id"
    >
      <header class="head">
        <div>
          <strong class="title">{{ mode() === 'park' ? project() : offerTitle() }}</strong>
          <span class="sub">
            {{ mode() === 'park' ? offerTitle() : park() }} ·
            {{ 'landing.applications.sentOn' | t: { date: (a.createdAt | localDate) } }}
            @if (a.origin === 'PARK') {
              · {{ 'landing.applications.fromPark' | t }}
            }
          </span>
        </div>
        <span class="chip" data-testid="application-status">{{
          labels.applicationStatus(a.status) | t
        }}</span>
      </header>
      <p class="message">{{ a.message }}</p>
      @if (a.rejectReason) {
        <p class="reason">{{ 'landing.applications.reason' | t: { reason: a.rejectReason } }}</p>
      }
      @if (error(); as e) {
        <p class="bridge-form-error" role="alert">{{ e | errorMessage }}</p>
      }
      <div class="actions">
        @if (mode() === 'park') {
          <a mat-button [routerLink]="['/projects', a.projectId]" data-testid="application-project">{{
            'landing.applications.openProject' | t
          }}</a>
          @if (a.status === 'SUBMITTED') {
            <button
              mat-stroked-button
              type="button"
              [disabled]="busy()"
              (click)="shortlist()"
              data-testid="application-shortlist"
            >
              {{ 'landing.applications.shortlist' | t }}
            </button>
          }
          @if (a.status === 'SUBMITTED' || a.status === 'SHORTLISTED') {
            <button
              mat-flat-button
              type="button"
              [disabled]="busy()"
              (click)="invite()"
              data-testid="application-invite"
            >
              {{ 'landing.applications.invite' | t }}
            </button>
            <button
              mat-button
              type="button"
              [disabled]="busy()"
              (click)="reject()"
              data-testid="application-reject"
            >
              {{ 'landing.applications.reject' | t }}
            </button>
          }
        } @else {
          @if (a.status === 'INVITED') {
            <button
              mat-flat-button
              type="button"
              [disabled]="busy()"
              (click)="accept()"
              data-testid="invitation-accept"
            >
              {{ 'landing.applications.accept' | t }}
            </button>
          }
          @if (a.status === 'SUBMITTED' || a.status === 'SHORTLISTED' || a.status === 'INVITED') {
            <button
              mat-button
              type="button"
              [disabled]="busy()"
              (click)="withdraw()"
              data-testid="application-withdraw"
            >
              {{ 'landing.applications.withdraw' | t }}
            </button>
          }
        }
        @if (a.engagementId) {
          <a
            mat-button
            [routerLink]="['/engagements', a.engagementId]"
            data-testid="application-engagement"
            >{{ 'landing.applications.openEngagement' | t }}</a
          >
        }
      </div>
    </article>
  `,
  styles: `
    .item {
      display: grid;
      gap: 6px;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .head {
      display: flex;
      justify-content: space-between;
      gap: 12px;
    }
    .head > div {
      display: grid;
    }
    .title {
      font: var(--mat-sys-title-small);
    }
    .sub,
    .reason {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .message {
      margin: 0;
      white-space: pre-wrap;
    }
    .reason {
      margin: 0;
    }
    .chip {
      align-self: start;
      padding: 0 8px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class ApplicationItemComponent {
  private readonly api = inject(LandingApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);
  protected readonly labels = landingLabels;

  readonly application = input.required<ApplicationView>();
  readonly mode = input<'park' | 'startup'>('park');
  readonly changed = output<ApplicationView>();

  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly project = computed(() => this.text(this.application().projectTitle));
  protected readonly offerTitle = computed(() => this.text(this.application().offer?.title));
  protected readonly park = computed(() => this.text(this.application().offer?.park.name));

  private text(value: Parameters<typeof resolveText>[0]): string {
    return resolveText(value, this.i18n.locale())?.text ?? '';
  }

  protected shortlist(): Promise<void> {
    return this.run(() => this.api.shortlist(this.application().id), 'landing.applications.shortlisted');
  }

  protected accept(): Promise<void> {
    return this.run(() => this.api.acceptInvitation(this.application().id), 'landing.applications.accepted');
  }

  protected withdraw(): Promise<void> {
    return this.run(() => this.api.withdraw(this.application().id), 'landing.applications.withdrawn');
  }

  protected invite(): void {
    const a = this.application();
    this.openDialog(
      {
        title: this.i18n.t('landing.invite.title', { title: this.project() }),
        label: 'landing.invite.message',
        submit: 'landing.invite.submit',
        min: LANDING_LIMITS.messageMinLength,
        max: LANDING_LIMITS.messageMaxLength,
        testId: 'invite',
        send: (text) => this.api.invite(a.offerId, a.projectId, text),
      },
      'landing.applications.invited',
    );
  }

  protected reject(): void {
    const a = this.application();
    this.openDialog(
      {
        title: this.i18n.t('landing.applications.rejectTitle', { title: this.project() }),
        label: 'landing.applications.rejectReason',
        submit: 'landing.applications.rejectSubmit',
        min: 1,
        max: LANDING_LIMITS.rejectReasonMaxLength,
        testId: 'reject',
        send: (text) => this.api.reject(a.id, text),
      },
      'landing.applications.rejected',
    );
  }

  private openDialog(data: MessageDialogData<ApplicationView>, done: TranslationKey): void {
    const ref = this.dialog.open<
      MessageDialogComponent<ApplicationView>,
      MessageDialogData<ApplicationView>,
      ApplicationView
    >(MessageDialogComponent, { data, width: '560px', maxWidth: '96vw', autoFocus: 'first-tabbable' });
    ref.afterClosed().subscribe((updated) => {
      if (!updated) return;
      this.notify.success(this.i18n.t(done));
      this.changed.emit(updated);
    });
  }

  private async run(work: () => Promise<ApplicationView>, done: TranslationKey): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const updated = await work();
      this.notify.success(this.i18n.t(done));
      this.changed.emit(updated);
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.busy.set(false);
    }
  }
}
