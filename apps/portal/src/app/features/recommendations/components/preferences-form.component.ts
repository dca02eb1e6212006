import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { AbstractControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PROJECT_STAGES, SEEKING_KINDS, resolveText } from '@bridge/contracts';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { applyServerErrors } from '../../../core/forms';
import { I18nService, LocalDatePipe, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { projectLabels } from '../../projects/data/project-labels';
import { FieldOption } from '../data/edition-fields';
import {
  preferenceMessage,
  preferencesForm,
  toFormValue,
  toPreferencesInput,
} from '../data/preferences-form';
import { MarketPreferences, RecommendationsApi } from '../data/recommendations.api';

/** What the organisation looks for; any member may change it (setMarketPreferences). */
@Component({
  selector: 'bridge-preferences-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './preferences-form.component.html',
  styles: `
    .help {
      margin: 0 0 12px;
    }
    .updated {
      font: var(--mat-sys-body-small);
    }
  `,
})
export class PreferencesFormComponent {
  private readonly api = inject(RecommendationsApi);
  private readonly notify = inject(NotifyService);
  protected readonly i18n = inject(I18nService);

  readonly preferences = input<MarketPreferences | null>(null);
  readonly fields = input<readonly FieldOption[]>([]);
  readonly saved = output<MarketPreferences>();

  protected readonly form = preferencesForm();
  protected readonly stages = PROJECT_STAGES;
  protected readonly offers = SEEKING_KINDS;
  protected readonly labels = projectLabels;
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly fieldNames = computed(() => {
    const locale = this.i18n.locale();
    return this.fields().map((field) => ({
      code: field.code,
      name: resolveText(field.name, locale)?.text ?? field.code,
    }));
  });
  /** Saved codes no edition names any more still show (as their code), so they can be removed. */
  protected readonly fieldChoices = computed(() => {
    const known = this.fieldNames();
    const extra = (this.preferences()?.fieldCodes ?? []).filter(
      (code) => !known.some((f) => f.code === code),
    );
    return [...known, ...extra.map((code) => ({ code, name: code }))];
  });

  constructor() {
    effect(() => {
      const preferences = this.preferences();
      untracked(() => this.form.reset(toFormValue(preferences)));
    });
  }

  /** The translated message of a control's first error. */
  protected message(control: AbstractControl): string {
    const message = preferenceMessage(control.errors);
    if (!message) return '';
    const key: TranslationKey = this.i18n.has(message.key) ? message.key : 'validation.invalid';
    return this.i18n.t(key, message.params);
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const saved = await this.api.setPreferences(toPreferencesInput(this.form.value));
      this.notify.success(this.i18n.t('recommendations.preferences.saved'));
      this.saved.emit(saved);
    } catch (error) {
      const appError = toAppError(error);
      if (!applyServerErrors(this.form, appError)) this.error.set(appError);
    } finally {
      this.saving.set(false);
    }
  }
}
