import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import type { TranslationKey } from '../../../core/i18n';
import {
  NotificationEmailCategory,
  NotificationEmailPreference,
  NotificationEmailPreferencesApi,
} from '../data/notification-email-preferences.api';

const TEXTS: Record<NotificationEmailCategory, { label: TranslationKey; hint: TranslationKey }> = {
  INTRODUCTIONS: {
    label: 'account.notificationEmails.categories.INTRODUCTIONS.label',
    hint: 'account.notificationEmails.categories.INTRODUCTIONS.hint',
  },
  MESSAGES: {
    label: 'account.notificationEmails.categories.MESSAGES.label',
    hint: 'account.notificationEmails.categories.MESSAGES.hint',
  },
  MEETINGS: {
    label: 'account.notificationEmails.categories.MEETINGS.label',
    hint: 'account.notificationEmails.categories.MEETINGS.hint',
  },
  SAVED_SEARCHES: {
    label: 'account.notificationEmails.categories.SAVED_SEARCHES.label',
    hint: 'account.notificationEmails.categories.SAVED_SEARCHES.hint',
  },
  COMPETITION: {
    label: 'account.notificationEmails.categories.COMPETITION.label',
    hint: 'account.notificationEmails.categories.COMPETITION.hint',
  },
};

/** The account page's choice of notification e-mails: one switch per category, saved together. */
@Component({
  selector: 'bridge-notification-email-preferences',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatSlideToggleModule, TranslatePipe, ErrorMessagePipe],
  template: `
    <p class="intro">{{ 'account.notificationEmails.intro' | t }}</p>
    @if (loadError(); as error) {
      <p class="bridge-form-error" role="alert" data-testid="email-preferences-load-error">
        {{ error | errorMessage }}
      </p>
      <button mat-stroked-button type="button" (click)="load()">{{ 'actions.retry' | t }}</button>
    } @else if (choices(); as choices) {
      <form (submit)="$event.preventDefault(); save()" data-testid="email-preferences-form">
        <ul class="choices">
          @for (choice of choices; track choice.category) {
            <li>
              <mat-slide-toggle
                [checked]="choice.email"
                (change)="toggle(choice.category, $event.checked)"
                [attr.data-testid]="'email-' + choice.category"
                [aria-describedby]="'email-hint-' + choice.category"
                >{{ texts[choice.category].label | t }}</mat-slide-toggle
              >
              <span class="hint" [id]="'email-hint-' + choice.category">{{
                texts[choice.category].hint | t
              }}</span>
            </li>
          }
        </ul>
        @if (saveError(); as error) {
          <p class="bridge-form-error" role="alert" data-testid="form-error">{{ error | errorMessage }}</p>
        }
        <div class="bridge-form-actions">
          <button mat-flat-button type="submit" data-testid="save-email-preferences" [disabled]="saving()">
            {{ (saving() ? 'actions.saving' : 'account.notificationEmails.save') | t }}
          </button>
        </div>
      </form>
    } @else {
      <p aria-live="polite">{{ 'states.loading' | t }}</p>
    }
  `,
  styles: `
    .intro {
      margin: 0 0 12px;
      color: var(--mat-sys-on-surface-variant);
    }
    .choices {
      list-style: none;
      margin: 0 0 16px;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .choices li {
      display: grid;
      gap: 2px;
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      padding-inline-start: 52px;
    }
  `,
})
export class NotificationEmailPreferencesComponent {
  private readonly api = inject(NotificationEmailPreferencesApi);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);

  protected readonly texts = TEXTS;
  protected readonly choices = signal<NotificationEmailPreference[] | null>(null);
  protected readonly loadError = signal<AppError | null>(null);
  protected readonly saveError = signal<AppError | null>(null);
  protected readonly saving = signal(false);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.choices.set(await this.api.load());
    } catch (caught) {
      this.loadError.set(toAppError(caught));
    }
  }

  protected toggle(category: NotificationEmailCategory, email: boolean): void {
    this.choices.update((list) => list?.map((c) => (c.category === category ? { ...c, email } : c)) ?? null);
  }

  protected async save(): Promise<void> {
    const choices = this.choices();
    if (!choices || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    try {
      this.choices.set(await this.api.save(choices));
      this.notify.success(this.i18n.t('account.notificationEmails.saved'));
    } catch (caught) {
      this.saveError.set(toAppError(caught));
    } finally {
      this.saving.set(false);
    }
  }
}
