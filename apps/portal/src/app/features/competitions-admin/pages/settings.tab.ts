import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatInputModule } from '@angular/material/input';
import { CONTENT_LANGUAGES, ContentLanguage } from '@bridge/contracts';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { AdminIconComponent } from '../components/admin-icon.component';
import { FieldsEditorComponent } from '../components/fields-editor.component';
import { SettingsFieldsComponent } from '../components/settings-fields.component';
import { TimelineEditorComponent } from '../components/timeline-editor.component';
import { CompetitionStore } from '../data/competition.store';
import { CompetitionDetail, CompetitionsApi } from '../data/competitions.api';
import { fieldsArray, fieldsValue, localizedGroup, localizedValue } from '../logic/fields-form';
import { blockerMessage } from '../logic/labels';
import { SETTINGS_SERVER_FIELDS, createSettingsForm, settingsValue } from '../logic/settings-form';
import { actionBlocker } from '../logic/stage-actions';

type Section = 'names' | 'settings' | 'fields';

/** Names, settings, fields and timeline of the edition; settings and fields only while they may change. */
@Component({
  selector: 'bridge-settings-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatInputModule,
    AdminIconComponent,
    FieldsEditorComponent,
    SettingsFieldsComponent,
    TimelineEditorComponent,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './settings.tab.html',
  styles: `
    .locked {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .group-error {
      margin: 0 0 8px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class SettingsTab {
  private readonly api = inject(CompetitionsApi);
  private readonly notify = inject(NotifyService);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);

  protected readonly languages = CONTENT_LANGUAGES;
  protected readonly names = signal(this.namesForm(null));
  protected readonly settings = signal(createSettingsForm());
  protected readonly fields = signal(fieldsArray([]));
  protected readonly saving = signal<Section | null>(null);
  protected readonly errors = signal<Partial<Record<Section, AppError>>>({});

  protected readonly settingsLock = computed(() => this.lockReason('EDIT_SETTINGS'));
  protected readonly fieldsLock = computed(() => this.lockReason('EDIT_FIELDS'));

  constructor() {
    effect(() => {
      const competition = this.store.value();
      if (competition) untracked(() => this.reset(competition));
    });
    effect(() => {
      const locked = this.settingsLock() !== null;
      const form = this.settings();
      untracked(() => (locked ? form.disable() : form.enable()));
    });
    effect(() => {
      const locked = this.fieldsLock() !== null;
      const form = this.fields();
      untracked(() => (locked ? form.disable() : form.enable()));
    });
  }

  protected languageLabel(language: ContentLanguage): TranslationKey {
    return `content.language.${language}`;
  }

  protected async saveNames(): Promise<void> {
    const form = this.names();
    if (form.invalid) return form.markAllAsTouched();
    const value = form.getRawValue();
    await this.save('names', form, async (competitionId) =>
      this.store.replace(
        await this.api.update({
          competitionId,
          name: localizedValue(value.name),
          organisers: localizedValue(value.organisers),
        }),
      ),
    );
  }

  protected async saveSettings(): Promise<void> {
    const form = this.settings();
    if (form.invalid) return form.markAllAsTouched();
    await this.save('settings', form, async (competitionId) =>
      this.store.replace(await this.api.update({ competitionId, settings: settingsValue(form) })),
    );
  }

  protected async saveFields(): Promise<void> {
    const form = this.fields();
    if (form.invalid) return form.markAllAsTouched();
    await this.save('fields', null, async (competitionId) =>
      this.store.setFields(await this.api.setFields(competitionId, fieldsValue(form))),
    );
  }

  private async save(section: Section, form: FormGroup | null, write: (id: string) => Promise<void>) {
    const id = this.store.id();
    if (!id) return;
    this.saving.set(section);
    this.errors.update((errors) => ({ ...errors, [section]: undefined }));
    try {
      await write(id);
      const message = {
        names: 'adminCompetitions.settings.nameSaved',
        settings: 'adminCompetitions.settings.saved',
        fields: 'adminCompetitions.fields.saved',
      } as const satisfies Record<Section, TranslationKey>;
      this.notify.success(this.i18n.t(message[section]));
    } catch (caught) {
      const error = toAppError(caught);
      const placed = form ? applyServerErrors(form, error, { fields: SETTINGS_SERVER_FIELDS }) : false;
      if (!placed) this.errors.update((errors) => ({ ...errors, [section]: error }));
    } finally {
      this.saving.set(null);
    }
  }

  private lockReason(action: 'EDIT_SETTINGS' | 'EDIT_FIELDS'): string | null {
    const stage = this.store.stage();
    const blocker = stage ? actionBlocker(stage, action) : null;
    return blocker ? blockerMessage(blocker, this.i18n) : null;
  }

  private reset(competition: CompetitionDetail): void {
    this.names.set(this.namesForm(competition));
    this.settings.set(createSettingsForm(competition.settings));
    this.fields.set(fieldsArray(competition.fields));
  }

  private namesForm(competition: CompetitionDetail | null) {
    return new FormGroup({
      name: localizedGroup(competition?.name, true),
      organisers: localizedGroup(competition?.organisers, false),
    });
  }
}
