import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { TranslatePipe, TranslationKey } from '../../../core/i18n';

export interface MessageDialogData<T> {
  title: string;
  label: TranslationKey;
  /** A hint under the field (already translated). */
  hint?: string;
  submit: TranslationKey;
  min: number;
  max: number;
  /** `<prefix>-message` and `<prefix>-submit` test ids. */
  testId: string;
  /** Sends the text (trimmed); the dialog closes with its answer, or shows the error. */
  send(text: string): Promise<T>;
  /** Options to pick from before writing (an offer to invite to). */
  choices?: { value: string; label: string }[];
  choiceLabel?: TranslationKey;
  /** Called with the chosen value before send. */
  choose?(value: string): void;
}

/**
 * Asks for a message and sends it: the application to an offer (20–4,000 characters), an invitation,
 * a reason to reject. Counts the characters as the API does (trimmed).
 */
@Component({
  selector: 'bridge-landing-message-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatDialogModule, MatInputModule, TranslatePipe, ErrorMessagePipe],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form (submit)="$event.preventDefault(); submit()" novalidate>
      <mat-dialog-content class="bridge-form">
        @if (data.choices; as choices) {
          <label class="choice">
            <span>{{ data.choiceLabel! | t }}</span>
            <select
              [value]="choice()"
              (change)="choice.set($any($event.target).value)"
              [attr.data-testid]="data.testId + '-choice'"
            >
              @for (c of choices; track c.value) {
                <option [value]="c.value">{{ c.label }}</option>
              }
            </select>
          </label>
        }
        <mat-form-field appearance="outline" class="message">
          <mat-label>{{ data.label | t }}</mat-label>
          <textarea
            matInput
            rows="6"
            required
            [value]="text()"
            (input)="text.set($any($event.target).value)"
            [attr.maxlength]="data.max + 200"
            [attr.aria-invalid]="showErrors() && !valid()"
            [attr.data-testid]="data.testId + '-message'"
          ></textarea>
          @if (data.hint) {
            <mat-hint>{{ data.hint }}</mat-hint>
          }
          <mat-hint align="end">{{ 'landing.apply.counter' | t: { n: length(), max: data.max } }}</mat-hint>
        </mat-form-field>
        @if (showErrors() && length() < data.min) {
          <p class="bridge-form-error" role="alert">{{ 'landing.apply.tooShort' | t: { min: data.min } }}</p>
        }
        @if (length() > data.max) {
          <p class="bridge-form-error" role="alert">{{ 'landing.apply.tooLong' | t: { max: data.max } }}</p>
        }
        @if (error(); as e) {
          <p class="bridge-form-error" role="alert" [attr.data-testid]="data.testId + '-error'">
            {{ e | errorMessage }}
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'landing.apply.cancel' | t }}</button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="busy()"
          [attr.data-testid]="data.testId + '-submit'"
        >
          {{ data.submit | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .message {
      width: 100%;
    }
    .choice {
      display: grid;
      gap: 4px;
      margin-bottom: 12px;
    }
    .choice select {
      padding: 8px;
      font: inherit;
    }
  `,
})
export class MessageDialogComponent<T> {
  protected readonly data = inject<MessageDialogData<T>>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<MessageDialogComponent<T>, T>);

  protected readonly text = signal('');
  protected readonly choice = signal(this.data.choices?.[0]?.value ?? '');
  protected readonly length = computed(() => this.text().trim().length);
  protected readonly valid = computed(() => this.length() >= this.data.min && this.length() <= this.data.max);
  protected readonly showErrors = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);

  protected async submit(): Promise<void> {
    this.showErrors.set(true);
    if (!this.valid() || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      if (this.data.choices) this.data.choose?.(this.choice());
      this.ref.close(await this.data.send(this.text().trim()));
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.busy.set(false);
    }
  }
}
