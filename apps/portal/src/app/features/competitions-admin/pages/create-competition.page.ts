import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { CONTENT_LANGUAGES, ContentLanguage, resolveText } from '@bridge/contracts';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { FieldErrorPipe, applyServerErrors } from '../../../core/forms';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { AdminIconComponent } from '../components/admin-icon.component';
import { FieldsEditorComponent } from '../components/fields-editor.component';
import { SettingsFieldsComponent } from '../components/settings-fields.component';
import { CompetitionsApi } from '../data/competitions.api';
import { defaultFieldsArray, fieldsValue, localizedGroup, localizedValue } from '../logic/fields-form';
import {
  SETTINGS_SERVER_FIELDS,
  createSettingsForm,
  integerRange,
  settingsValue,
} from '../logic/settings-form';

/** A new edition: names, year and number, settings of the 2020 call and the default fields. */
@Component({
  selector: 'bridge-create-competition-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatInputModule,
    AdminIconComponent,
    FieldsEditorComponent,
    SettingsFieldsComponent,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './create-competition.page.html',
  styles: `
    .group-error {
      margin: 0 0 8px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    mat-card + mat-card {
      margin-top: 16px;
    }
  `,
})
export class CreateCompetitionPage {
  private readonly api = inject(CompetitionsApi);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  private readonly i18n = inject(I18nService);

  protected readonly languages = CONTENT_LANGUAGES;
  protected readonly form = new FormGroup({
    name: localizedGroup(null, true),
    organisers: localizedGroup(null, false),
    year: new FormControl(new Date().getFullYear(), {
      nonNullable: true,
      validators: [Validators.required, integerRange(2000, 2100)],
    }),
    editionNumber: new FormControl(1, {
      nonNullable: true,
      validators: [Validators.required, integerRange(1, 1000)],
    }),
    settings: createSettingsForm(),
    fields: defaultFieldsArray(),
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<AppError | null>(null);

  protected languageLabel(language: ContentLanguage): TranslationKey {
    return `content.language.${language}`;
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    try {
      const created = await this.api.create({
        name: localizedValue(value.name),
        organisers: localizedValue(value.organisers),
        year: value.year,
        editionNumber: value.editionNumber,
        settings: settingsValue(this.form.controls.settings),
        fields: fieldsValue(this.form.controls.fields),
      });
      const name = resolveText(created.name, this.i18n.locale())?.text ?? '';
      this.notify.success(this.i18n.t('adminCompetitions.create.created', { name }));
      await this.router.navigate(['/admin/competitions', created.id]);
    } catch (caught) {
      const error = toAppError(caught);
      const placed = applyServerErrors(this.form, error, {
        fields: Object.fromEntries(
          Object.entries(SETTINGS_SERVER_FIELDS).map(([server, control]) => [server, `settings.${control}`]),
        ),
      });
      if (!placed) this.error.set(error);
    } finally {
      this.submitting.set(false);
    }
  }

  protected errorText(error: AppError): string {
    return error.code === 'CONFLICT' && error.params['reason'] === 'editionExists'
      ? this.i18n.t('adminCompetitions.create.exists')
      : '';
  }
}
