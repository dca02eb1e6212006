import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { NOTE_MAX_LENGTH, noteState } from '../../conversations/data/message-rules';
import type { IntroductionSide, IntroductionView } from '../data/introduction.types';
import { IntroductionsApi } from '../data/introductions.api';

/**
 * The "ask for more information" thread of a request: both sides' notes, oldest first, and while the
 * request is pending a field to add one (the start-up asks, the requester answers).
 */
@Component({
  selector: 'bridge-notes-thread',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatInputModule, TranslatePipe, LocalDatePipe, ErrorMessagePipe],
  template: `
    @let intro = introduction();
    <section class="notes" [attr.aria-label]="'introductions.notes.title' | t">
      <h4>{{ 'introductions.notes.title' | t }}</h4>
      @if (intro.notes.length) {
        <ol class="notes__list" data-testid="intro-notes">
          @for (note of intro.notes; track note.id) {
            <li
              class="note"
              [class.note--mine]="note.side === intro.side"
              data-testid="intro-note"
              [attr.data-side]="note.side"
            >
              <span class="note__meta">
                {{ sideLabel(note.side) | t }} ·
                {{
                  'introductions.notes.by'
                    | t: { name: note.authorName ?? '—', date: (note.createdAt | localDate: 'dateTime') }
                }}
              </span>
              <p class="note__body">{{ note.body }}</p>
            </li>
          }
        </ol>
      } @else if (intro.status !== 'PENDING') {
        <p class="notes__empty">{{ 'introductions.notes.empty' | t }}</p>
      }
      @if (intro.status === 'PENDING') {
        <form class="notes__form" (submit)="$event.preventDefault(); send()">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'introductions.actions.noteBody' | t }}</mat-label>
            <textarea
              matInput
              rows="2"
              [value]="body()"
              (input)="body.set($any($event.target).value)"
              [attr.maxlength]="max"
              data-testid="intro-note-body"
            ></textarea>
          </mat-form-field>
          <button
            mat-stroked-button
            type="submit"
            data-testid="intro-ask"
            [disabled]="sending() || !state().valid"
          >
            {{ (intro.side === 'STARTUP' ? 'introductions.actions.ask' : 'introductions.actions.reply') | t }}
          </button>
          @if (error(); as e) {
            <p class="bridge-form-error" role="alert" data-testid="intro-note-error">
              {{ e | errorMessage }}
            </p>
          }
        </form>
      }
    </section>
  `,
  styles: `
    h4 {
      margin: 0 0 6px;
      font: var(--mat-sys-title-small);
    }
    .notes__list {
      display: grid;
      gap: 8px;
      margin: 0 0 8px;
      padding: 0;
      list-style: none;
    }
    .note {
      max-width: 85%;
      padding: 6px 10px;
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-high);
    }
    .note--mine {
      justify-self: end;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .note__meta {
      font: var(--mat-sys-label-small);
      opacity: 0.85;
    }
    .note__body {
      margin: 2px 0 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .notes__empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .notes__form {
      display: grid;
      gap: 6px;
      justify-items: start;
    }
    .notes__form mat-form-field {
      width: 100%;
    }
  `,
})
export class NotesThreadComponent {
  private readonly api = inject(IntroductionsApi);

  readonly introduction = input.required<IntroductionView>();
  /** The request with the note added. */
  readonly changed = output<IntroductionView>();

  protected readonly max = NOTE_MAX_LENGTH;
  protected readonly body = signal('');
  protected readonly sending = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly state = computed(() => noteState(this.body()));

  protected sideLabel(side: IntroductionSide) {
    return side === 'STARTUP' ? 'introductions.notes.startup' : 'introductions.notes.requester';
  }

  protected async send(): Promise<void> {
    if (!this.state().valid || this.sending()) return;
    this.sending.set(true);
    this.error.set(null);
    try {
      const updated = await this.api.addNote(this.introduction().id, this.body().trim());
      this.body.set('');
      this.changed.emit(updated);
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.sending.set(false);
    }
  }
}
