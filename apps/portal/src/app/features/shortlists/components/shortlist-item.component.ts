import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { IconComponent, LocalizedTextComponent } from '@bridge/ui';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { AwardBadgeComponent } from '../../projects/components/award-badge.component';
import { ProjectStatusComponent } from '../../projects/components/project-status.component';
import { editsDiffer, formatTags, itemEdits } from '../data/shortlist-items';
import { ShortlistItem, ShortlistsApi } from '../data/shortlists.api';

/** The API's limits (UpdateShortlistItemInput). */
export const NOTE_MAX = 4000;

type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * One project of a shortlist: what the organisation may see of it now (or its title when it was
 * added, once it is no longer visible), and the note and tags, saved when a field loses focus.
 */
@Component({
  selector: 'bridge-shortlist-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatInputModule,
    RouterLink,
    IconComponent,
    LocalizedTextComponent,
    AwardBadgeComponent,
    ProjectStatusComponent,
    TranslatePipe,
    LocalDatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './shortlist-item.component.html',
  styleUrl: './shortlist-item.component.scss',
})
export class ShortlistItemComponent implements OnInit {
  private readonly api = inject(ShortlistsApi);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);

  readonly item = input.required<ShortlistItem>();
  readonly removing = input(false);
  /** The item as saved after an edit. */
  readonly changed = output<ShortlistItem>();
  readonly removeRequested = output<ShortlistItem>();

  protected readonly noteMax = NOTE_MAX;
  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(NOTE_MAX)] }),
    tags: new FormControl('', { nonNullable: true }),
  });
  protected readonly state = signal<SaveState>('idle');
  protected readonly error = signal<AppError | null>(null);
  private queued = false;

  /** The title in the UI language (for labels): the project's now, else the snapshot. */
  protected readonly title = computed(() => {
    const item = this.item();
    return resolveText(item.project?.title ?? item.projectTitle, this.i18n.locale())?.text ?? '';
  });
  protected readonly score = computed(() => {
    const score = this.item().project?.result?.score;
    return score === null || score === undefined
      ? null
      : new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(score);
  });

  ngOnInit(): void {
    const item = this.item();
    this.form.setValue({ note: item.note ?? '', tags: formatTags(item.tags) });
  }

  /** Saves the note and tags if they changed; a save asked for while one runs follows it. */
  protected async save(): Promise<void> {
    if (this.state() === 'saving') {
      this.queued = true;
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { note, tags } = this.form.getRawValue();
    const edits = itemEdits(note, tags);
    if (!editsDiffer(this.item(), edits)) return;
    this.state.set('saving');
    this.error.set(null);
    try {
      const saved = await this.api.updateItem({ itemId: this.item().id, ...edits });
      this.state.set('saved');
      this.changed.emit(saved);
    } catch (error) {
      const appError = toAppError(error);
      this.state.set('error');
      if (!applyServerErrors(this.form, appError)) this.error.set(appError);
    }
    if (this.queued) {
      this.queued = false;
      await this.save();
    }
  }

  /** Typing after a save hides the "saved" mark. */
  protected edited(): void {
    if (this.state() === 'saved') this.state.set('idle');
  }
}
