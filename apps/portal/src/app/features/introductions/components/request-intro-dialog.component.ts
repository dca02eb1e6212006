import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import {
  INTRODUCTION_PURPOSES,
  IntroductionPurpose,
  MATCHMAKING_LIMITS,
  OrganizationKind,
} from '@bridge/contracts';
import { AuthService } from '../../../core/auth/auth.service';
import { AppError, ErrorMessages, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { SlotsEditorComponent } from '../../conversations/components/slots-editor.component';
import { viewerTimeZone } from '../../conversations/data/meeting-time';
import { introMessageState } from '../../conversations/data/message-rules';
import { SlotInput, toSlotValues } from '../../conversations/data/slot-input';
import { introLabels } from '../data/intro-labels';
import type { IntroductionSummary } from '../data/introduction.types';
import { IntroductionsApi } from '../data/introductions.api';

export interface RequestIntroDialogData {
  projectId: string;
  /** In the UI language. */
  projectTitle: string;
}

/** The purpose a kind of organisation most likely has. */
const PURPOSE_OF_KIND: Partial<Record<OrganizationKind, IntroductionPurpose>> = {
  INVESTOR: 'INVESTMENT',
  SCIENCE_PARK: 'LANDING',
  RD_PARTNER: 'RD_PARTNERSHIP',
};

/**
 * Asks to meet a project's team: a purpose, a message (20–4,000 characters, counted live) and up to
 * five proposed times in the viewer's zone, each shown in Beijing and Moscow time too.
 */
@Component({
  selector: 'bridge-request-intro-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatInputModule, SlotsEditorComponent, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'introductions.request.title' | t }}</h2>
    <form (submit)="$event.preventDefault(); submit()" novalidate data-testid="intro-form">
      <mat-dialog-content class="bridge-form">
        <p class="subtitle">{{ 'introductions.request.subtitle' | t: { title: data.projectTitle } }}</p>

        <fieldset class="purposes">
          <legend>{{ 'introductions.request.purpose' | t }}</legend>
          @for (p of purposes; track p) {
            <label class="purpose">
              <input
                type="radio"
                name="purpose"
                [value]="p"
                [checked]="purpose() === p"
                (change)="purpose.set(p)"
                [attr.data-testid]="'intro-purpose-' + p"
              />
              <span>{{ labels.purpose(p) | t }}</span>
            </label>
          }
        </fieldset>

        <mat-form-field appearance="outline" class="message">
          <mat-label>{{ 'introductions.request.message' | t }}</mat-label>
          <textarea
            matInput
            rows="6"
            required
            [value]="message()"
            (input)="message.set($any($event.target).value)"
            [attr.maxlength]="limits.messageMaxLength + 200"
            [attr.aria-invalid]="showErrors() && !messageState().valid"
            aria-describedby="intro-message-counter"
            data-testid="intro-message"
          ></textarea>
          <mat-hint>{{ 'introductions.request.messageHint' | t }}</mat-hint>
          <mat-hint
            align="end"
            id="intro-message-counter"
            aria-live="polite"
            data-testid="intro-message-counter"
            >{{
              'introductions.request.counter'
                | t: { count: messageState().length, max: limits.messageMaxLength }
            }}</mat-hint
          >
        </mat-form-field>
        @if ((showErrors() || messageState().tooLong) && !messageState().valid) {
          <p class="bridge-form-error" role="alert" data-testid="intro-message-error">
            @if (messageState().tooLong) {
              {{ 'introductions.request.tooLong' | t: { max: limits.messageMaxLength } }}
            } @else {
              {{ 'introductions.request.tooShort' | t: { min: limits.messageMinLength } }}
            }
          </p>
        }

        <fieldset class="slots">
          <legend>{{ 'introductions.request.slots' | t }}</legend>
          <p class="hint">
            {{ 'introductions.request.slotsHint' | t: { max: limits.slotsPerProposal, zone: zone() } }}
          </p>
          <bridge-slots-editor prefix="intro" [(slots)]="slots" [showErrors]="showErrors()" />
        </fieldset>

        @if (error(); as error) {
          <p class="bridge-form-error" role="alert" data-testid="intro-error">{{ errorText(error) }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close data-testid="intro-cancel">
          {{ 'actions.cancel' | t }}
        </button>
        <button mat-flat-button type="submit" data-testid="intro-submit" [disabled]="submitting()">
          {{ (submitting() ? 'introductions.request.sending' : 'introductions.request.submit') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .subtitle {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    fieldset {
      margin: 0 0 16px;
      padding: 0;
      border: 0;
    }
    legend {
      margin-bottom: 6px;
      font: var(--mat-sys-title-small);
    }
    .purposes {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 20px;
    }
    .purpose {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      cursor: pointer;
    }
    .purpose input {
      width: 18px;
      height: 18px;
      margin: 0;
      accent-color: var(--mat-sys-primary);
    }
    .message {
      width: 100%;
    }
    .hint {
      margin: 0 0 8px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class RequestIntroDialogComponent {
  private readonly api = inject(IntroductionsApi);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);
  private readonly errors = inject(ErrorMessages);
  private readonly ref = inject<MatDialogRef<RequestIntroDialogComponent, IntroductionSummary>>(MatDialogRef);
  protected readonly data = inject<RequestIntroDialogData>(MAT_DIALOG_DATA);

  protected readonly labels = introLabels;
  protected readonly purposes = INTRODUCTION_PURPOSES;
  protected readonly limits = MATCHMAKING_LIMITS;

  protected readonly purpose = signal<IntroductionPurpose>(
    PURPOSE_OF_KIND[inject(AuthService).activeOrganization()?.kind ?? 'INVESTOR'] ?? 'INVESTMENT',
  );
  protected readonly message = signal('');
  protected readonly slots = signal<SlotInput[]>([]);
  protected readonly showErrors = signal(false);
  protected readonly submitting = signal(false);
  protected readonly error = signal<AppError | null>(null);

  protected readonly messageState = computed(() => introMessageState(this.message()));
  protected readonly zone = computed(() => viewerTimeZone(this.i18n.timeZone()));

  protected async submit(): Promise<void> {
    this.showErrors.set(true);
    const slots = toSlotValues(this.slots(), this.zone());
    if (!this.messageState().valid || slots.problems.some((problem) => problem)) return;
    this.submitting.set(true);
    this.error.set(null);
    try {
      const requested = await this.api.request({
        projectId: this.data.projectId,
        purpose: this.purpose(),
        message: this.message().trim(),
        proposedSlots: slots.values,
      });
      this.notify.success(this.i18n.t('introductions.request.sent', { title: this.data.projectTitle }));
      this.ref.close(requested);
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.submitting.set(false);
    }
  }

  /** The API's message; a CONFLICT it sends without a known key means an open request exists. */
  protected errorText(error: AppError): string {
    if (error.code === 'CONFLICT' && !(error.key && this.i18n.has(error.key)))
      return this.i18n.t('introductions.request.alreadyRequested');
    return this.errors.message(error);
  }
}
