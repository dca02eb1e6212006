import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatInputModule } from '@angular/material/input';
import { ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { ShortlistPickerQuery } from '../../../core/graphql/lazy/generated';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { AddedShortlistItem, PickableShortlist, SearchActionsApi } from '../data/search-actions.api';

export interface AddToShortlistDialogData {
  projectId: string;
  /** The project's title in the viewer's language, for the heading. */
  projectTitle: string;
}

const TAGS_MAX = 20;
const TAG_LENGTH = 40;

/** Tags typed as "a, b, b" → ['a', 'b'] (trimmed, de-duplicated ignoring case). */
export function parseTags(text: string): string[] {
  const tags: string[] = [];
  for (const part of text.split(/[,，]/)) {
    const tag = part.trim().slice(0, TAG_LENGTH);
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags.slice(0, TAGS_MAX);
}

/**
 * Puts a project on one of the organisation's shortlists, with a note and tags; shows the lists it
 * is already on and creates a new list inline. Closes with the new item.
 */
@Component({
  selector: 'bridge-add-to-shortlist-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatInputModule,
    ErrorStateComponent,
    LoadingComponent,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './add-to-shortlist-dialog.component.html',
  styleUrl: './add-to-shortlist-dialog.component.scss',
})
export class AddToShortlistDialogComponent {
  private readonly api = inject(SearchActionsApi);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);
  private readonly ref =
    inject<MatDialogRef<AddToShortlistDialogComponent, AddedShortlistItem>>(MatDialogRef);
  protected readonly data = inject<AddToShortlistDialogData>(MAT_DIALOG_DATA);

  protected readonly picker = new Loader<ShortlistPickerQuery>();
  protected readonly lists = computed<PickableShortlist[]>(() => this.picker.value()?.shortlists ?? []);
  /** Names of the lists the project is already on. */
  protected readonly alreadyIn = computed(() => {
    const entries = this.picker.value()?.shortlistEntries ?? [];
    return entries.map((entry) => ({
      id: entry.id,
      name: this.lists().find((list) => list.id === entry.shortlistId)?.name ?? '',
      shortlistId: entry.shortlistId,
    }));
  });
  /** The user asked for a new list; with no list at all, the new-list form shows anyway. */
  protected readonly creating = signal(false);
  protected readonly showNewList = computed(
    () => this.creating() || (this.picker.state().status === 'ready' && !this.lists().length),
  );
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly createError = signal<AppError | null>(null);

  protected readonly form = new FormGroup({
    shortlistId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(4000) }),
    tags: new FormControl('', { nonNullable: true }),
  });
  protected readonly newList = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(120), Validators.pattern(/\S/)],
    }),
    description: new FormControl('', { nonNullable: true, validators: Validators.maxLength(2000) }),
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    await this.picker.run(() => this.api.shortlists(this.data.projectId));
    const lists = this.lists();
    if (lists.length && !this.form.controls.shortlistId.value) {
      const taken = new Set(this.alreadyIn().map((entry) => entry.shortlistId));
      this.form.controls.shortlistId.setValue((lists.find((list) => !taken.has(list.id)) ?? lists[0]).id);
    }
  }

  protected async create(): Promise<void> {
    if (this.newList.invalid) {
      this.newList.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.createError.set(null);
    const value = this.newList.getRawValue();
    try {
      const list = await this.api.createShortlist({
        name: value.name.trim(),
        description: value.description.trim() || null,
      });
      this.picker.update((picker) => ({ ...picker, shortlists: [list, ...picker.shortlists] }));
      this.form.controls.shortlistId.setValue(list.id);
      this.newList.reset();
      this.creating.set(false);
      this.notify.success(this.i18n.t('search.shortlist.created', { name: list.name }));
    } catch (caught) {
      const error = toAppError(caught);
      const applied = applyServerErrors(this.newList, error, {
        keys: { 'errors.shortlist.nameTaken': 'name' },
      });
      if (!applied) this.createError.set(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    try {
      const item = await this.api.addToShortlist({
        shortlistId: value.shortlistId,
        projectId: this.data.projectId,
        note: value.note.trim() || null,
        tags: parseTags(value.tags),
      });
      const name = this.lists().find((list) => list.id === item.shortlistId)?.name ?? '';
      this.notify.success(this.i18n.t('search.shortlist.added', { name }));
      this.ref.close(item);
    } catch (caught) {
      const error = toAppError(caught);
      if (!applyServerErrors(this.form, error)) this.error.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
