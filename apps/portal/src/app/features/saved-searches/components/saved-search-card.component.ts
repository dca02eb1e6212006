import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleChange, MatSlideToggleModule } from '@angular/material/slide-toggle';
import { IconComponent } from '@bridge/ui';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { SavedSearch, SavedSearchesApi } from '../data/saved-searches.api';

/** The API's limit (SaveSearchInput.name). */
export const SAVED_SEARCH_NAME_MAX = 120;

type Setting = 'alertsEnabled' | 'emailDigest';

/**
 * One saved search: its name, what it filters, new matches and who saved it. The member who saved
 * it may rename it, switch its alerts and digest, or delete it; the others see it read-only.
 */
@Component({
  selector: 'bridge-saved-search-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatInputModule,
    MatSlideToggleModule,
    IconComponent,
    TranslatePipe,
    LocalDatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './saved-search-card.component.html',
  styleUrl: './saved-search-card.component.scss',
})
export class SavedSearchCardComponent {
  private readonly api = inject(SavedSearchesApi);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);

  readonly search = input.required<SavedSearch>();
  /** The filters as phrases in the UI language. */
  readonly summary = input.required<readonly string[]>();
  readonly changed = output<SavedSearch>();
  readonly deleted = output<SavedSearch>();
  readonly opened = output<SavedSearch>();

  protected readonly nameMax = SAVED_SEARCH_NAME_MAX;
  protected readonly renaming = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(SAVED_SEARCH_NAME_MAX)]],
  });
  protected readonly headingId = computed(() => `saved-search-${this.search().id}`);

  protected startRename(): void {
    this.form.setValue({ name: this.search().name });
    this.error.set(null);
    this.renaming.set(true);
  }

  protected async rename(): Promise<void> {
    const name = this.form.controls.name.value.trim();
    this.form.controls.name.setValue(name);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    if (name === this.search().name) {
      this.renaming.set(false);
      return;
    }
    const saved = await this.change({ id: this.search().id, name }, true);
    if (saved) {
      this.renaming.set(false);
      this.notify.success(this.i18n.t('savedSearches.renamed', { name: saved.name }));
    }
  }

  protected async toggle(setting: Setting, event: MatSlideToggleChange): Promise<void> {
    const saved = await this.change({ id: this.search().id, [setting]: event.checked }, false);
    if (saved) this.notify.success(this.i18n.t('savedSearches.settingsSaved', { name: saved.name }));
    // A refused change snaps back to what is saved.
    else event.source.checked = !event.checked;
  }

  protected async remove(): Promise<void> {
    const search = this.search();
    const confirmed = await this.notify.confirm({
      title: this.i18n.t('savedSearches.deleteTitle', { name: search.name }),
      message: this.i18n.t('savedSearches.deleteMessage'),
      confirmLabel: this.i18n.t('savedSearches.delete'),
      destructive: true,
    });
    if (!confirmed) return;
    this.busy.set(true);
    try {
      await this.api.delete(search.id);
      this.deleted.emit(search);
      this.notify.success(this.i18n.t('savedSearches.deleted', { name: search.name }));
    } catch (error) {
      this.notify.error(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  private async change(
    input: { id: string; name?: string; alertsEnabled?: boolean; emailDigest?: boolean },
    inForm: boolean,
  ): Promise<SavedSearch | null> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const saved = await this.api.update(input);
      this.changed.emit(saved);
      return saved;
    } catch (error) {
      const appError = toAppError(error);
      if (inForm && applyServerErrors(this.form, appError)) return null;
      if (inForm) this.error.set(appError);
      else this.notify.error(appError);
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
