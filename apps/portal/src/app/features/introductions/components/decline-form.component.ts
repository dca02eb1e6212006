import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { DECLINE_REASONS, DeclineReason, MATCHMAKING_LIMITS } from '@bridge/contracts';
import { TranslatePipe } from '../../../core/i18n';
import { introLabels } from '../data/intro-labels';

export interface DeclineChoice {
  reason: DeclineReason | null;
  note: string | null;
}

/** The start-up's answer "no": an optional reason from the list and an optional note. */
@Component({
  selector: 'bridge-decline-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatInputModule, TranslatePipe],
  template: `
    <form class="decline" (submit)="$event.preventDefault(); submit()" data-testid="intro-decline-form">
      <h4>{{ 'introductions.actions.declineTitle' | t }}</h4>
      <label class="decline__reason">
        <span>{{ 'introductions.actions.declineReason' | t }}</span>
        <select
          [value]="reason()"
          (change)="reason.set($any($event.target).value)"
          data-testid="intro-decline-reason"
        >
          <option value="">{{ 'introductions.actions.noReason' | t }}</option>
          @for (r of reasons; track r) {
            <option [value]="r">{{ labels.declineReason(r) | t }}</option>
          }
        </select>
      </label>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'introductions.actions.declineNote' | t }}</mat-label>
        <textarea
          matInput
          rows="2"
          [attr.maxlength]="maxNote"
          [value]="note()"
          (input)="note.set($any($event.target).value)"
          data-testid="intro-decline-note"
        ></textarea>
      </mat-form-field>
      <div class="decline__actions">
        <button mat-button type="button" (click)="cancelled.emit()" data-testid="intro-decline-cancel">
          {{ 'introductions.actions.cancel' | t }}
        </button>
        <button
          mat-flat-button
          type="submit"
          class="bridge-destructive"
          [disabled]="busy()"
          data-testid="intro-decline-submit"
        >
          {{ 'introductions.actions.declineSubmit' | t }}
        </button>
      </div>
    </form>
  `,
  styles: `
    .decline {
      display: grid;
      gap: 8px;
      padding: 8px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }
    h4 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .decline__reason {
      display: grid;
      gap: 2px;
      font: var(--mat-sys-label-medium);
    }
    .decline__reason select {
      min-height: 36px;
      max-width: 24rem;
      padding: 4px 8px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
    }
    .decline__actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
    .bridge-destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class DeclineFormComponent {
  readonly decline = output<DeclineChoice>();
  readonly cancelled = output<void>();
  /** True while the answer is sent. */
  readonly busy = input(false);

  protected readonly labels = introLabels;
  protected readonly reasons = DECLINE_REASONS;
  protected readonly maxNote = MATCHMAKING_LIMITS.declineNoteMaxLength;
  protected readonly reason = signal<DeclineReason | ''>('');
  protected readonly note = signal('');

  protected submit(): void {
    this.decline.emit({ reason: this.reason() || null, note: this.note().trim() || null });
  }
}
