import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { CONTENT_LANGUAGES, ContentLanguage, JudgingRound } from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, IconComponent, LoadingComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { FieldErrorPipe } from '../../../core/forms';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { CompetitionStore } from '../data/competition.store';
import { Criterion, JudgingApi } from '../data/judging.api';
import {
  MAX_CRITERIA,
  criteriaArray,
  criteriaValue,
  criterionGroup,
  weightShares,
} from '../logic/criteria-form';
import { moveControl } from '../logic/fields-form';
import { formatPercent } from '../logic/format';
import { adminLabels, blockerMessage } from '../logic/labels';
import { criteriaBlocker } from '../logic/stage-actions';
import { AdminIconComponent } from './admin-icon.component';

/** A round's weighted criteria: names in zh/en/ru, weight, maximum score; reorder and save. */
@Component({
  selector: 'bridge-criteria-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    AdminIconComponent,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './criteria-editor.component.html',
  styleUrl: './criteria-editor.component.scss',
})
export class CriteriaEditorComponent {
  private readonly api = inject(JudgingApi);
  private readonly notify = inject(NotifyService);
  private readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);

  readonly round = input.required<JudgingRound>();

  protected readonly labels = adminLabels;
  protected readonly languages = CONTENT_LANGUAGES;
  protected readonly maxCriteria = MAX_CRITERIA;
  protected readonly criteria = new Loader<Criterion[]>();
  protected readonly form = signal(criteriaArray([]));
  protected readonly saving = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly lock = computed(() => {
    const stage = this.store.stage();
    const blocker = stage ? criteriaBlocker(stage, this.round()) : null;
    return blocker ? blockerMessage(blocker, this.i18n) : null;
  });

  constructor() {
    effect(() => {
      const id = this.store.id();
      const round = this.round();
      if (id) untracked(() => void this.load(id, round));
    });
    effect(() => {
      const locked = this.lock() !== null;
      const form = this.form();
      untracked(() => (locked ? form.disable() : form.enable()));
    });
  }

  protected async load(id = this.store.id(), round = this.round()): Promise<void> {
    if (!id) return;
    await this.criteria.run(() => this.api.criteria(id, round));
    const loaded = this.criteria.value();
    if (loaded) this.reset(loaded);
  }

  /** Each criterion's share of the total, as the weights stand now (read on every check). */
  protected shares(): string[] {
    return weightShares(
      this.form()
        .getRawValue()
        .map((criterion) => criterion.weight),
    ).map((share) => formatPercent(share, this.i18n.locale()));
  }

  protected languageLabel(language: ContentLanguage): TranslationKey {
    return `content.language.${language}`;
  }

  protected add(): void {
    this.form().push(criterionGroup());
    this.form().markAsDirty();
  }

  protected remove(index: number): void {
    this.form().removeAt(index);
    this.form().markAsDirty();
  }

  protected move(index: number, delta: number): void {
    moveControl(this.form(), index, delta);
  }

  protected async save(): Promise<void> {
    const id = this.store.id();
    const form = this.form();
    if (!id) return;
    if (form.invalid) {
      form.markAllAsTouched();
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const saved = await this.api.setCriteria(id, this.round(), criteriaValue(form));
      this.criteria.update(() => saved);
      this.reset(saved);
      this.notify.success(this.i18n.t('adminJudging.criteria.saved'));
    } catch (caught) {
      this.error.set(toAppError(caught));
    } finally {
      this.saving.set(false);
    }
  }

  private reset(criteria: Criterion[]): void {
    const form = criteriaArray([...criteria].sort((a, b) => a.position - b.position));
    if (this.lock() !== null) form.disable();
    this.form.set(form);
  }
}
