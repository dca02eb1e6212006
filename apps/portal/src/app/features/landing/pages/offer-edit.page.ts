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
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatInputModule } from '@angular/material/input';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import {
  CONTENT_LANGUAGES,
  ContentLanguage,
  LANDING_SERVICE_CODES,
  LANDING_SPACE_TYPES,
  LandingServiceCode,
  PROJECT_STAGES,
  ProjectStage,
  contentLanguageOf,
  resolveText,
} from '@bridge/contracts';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@bridge/ui';
import { AuthService } from '../../../core/auth/auth.service';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { projectLabels } from '../../projects/data/project-labels';
import type { FieldOption } from '../../recommendations/data/edition-fields';
import { todayIn } from '../../engagements/data/stages';
import { landingLabels } from '../data/landing-labels';
import { LandingApi } from '../data/landing.api';
import type { OfferView } from '../data/landing.types';
import {
  OFFER_TEXT_FIELDS,
  OfferFormValue,
  OfferTextField,
  SUBSIDY_YEARS_MAX,
  emptyOfferForm,
  offerProblems,
  offerToForm,
} from '../data/offer-form';

type ListField = 'targetFieldCodes' | 'ruleFieldCodes' | 'stages' | 'services';
type ScalarField = Exclude<keyof OfferFormValue, 'texts' | 'subsidies' | ListField>;

/**
 * /landing/offers/new and /landing/offers/:id: the park's offer as a structured record — texts in
 * zh/en/ru tabs, space and money, rent subsidies per year, services, target fields, deadline and the
 * eligibility rules. Save keeps it (a draft stays a draft), Open publishes it, Close ends it.
 */
@Component({
  selector: 'bridge-offer-edit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    MatInputModule,
    MatTabsModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './offer-edit.page.html',
  styleUrl: './offer-edit.page.scss',
})
export class OfferEditPage {
  private readonly api = inject(LandingApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly notify = inject(NotifyService);
  protected readonly i18n = inject(I18nService);
  protected readonly labels = landingLabels;
  protected readonly languages = CONTENT_LANGUAGES;
  protected readonly textFields = OFFER_TEXT_FIELDS;
  protected readonly spaceTypes = LANDING_SPACE_TYPES;
  protected readonly stagesList = PROJECT_STAGES;
  protected readonly serviceCodes = LANDING_SERVICE_CODES;
  protected readonly subsidyMax = SUBSIDY_YEARS_MAX;
  /** The texts open on the tab of the UI language. */
  protected readonly initialTab = Math.max(
    0,
    CONTENT_LANGUAGES.indexOf(contentLanguageOf(this.i18n.locale())),
  );

  /** Route parameter; absent for a new offer. */
  readonly id = input<string | undefined>();

  protected readonly offer = new Loader<OfferView | null>();
  protected readonly form = signal<OfferFormValue>(emptyOfferForm());
  protected readonly fields = signal<FieldOption[]>([]);
  protected readonly showErrors = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly today = computed(() => todayIn(this.auth.user()?.timeZone));
  protected readonly problems = computed(() => offerProblems(this.form(), this.today()));
  protected readonly status = computed(() => this.offer.value()?.status ?? null);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    this.api.fieldOptions().then(
      (fields) => this.fields.set(fields),
      () => this.fields.set([]),
    );
  }

  protected load(id = this.id()): Promise<void> {
    return this.offer.run(async () => {
      if (!id) {
        this.form.set(emptyOfferForm());
        return null;
      }
      const offer = await this.api.offer(id);
      this.form.set(offerToForm(offer));
      return offer;
    });
  }

  protected fieldName(field: FieldOption): string {
    return resolveText(field.name, this.i18n.locale())?.text ?? field.code;
  }

  protected stageLabel(stage: ProjectStage): TranslationKey {
    return projectLabels.stage(stage);
  }

  protected serviceLabel(code: LandingServiceCode): TranslationKey {
    return `landing.service.${code}`;
  }

  protected textLabel(field: OfferTextField): TranslationKey {
    return `landing.form.${field}`;
  }

  protected langLabel(lang: ContentLanguage): TranslationKey {
    return `landing.form.lang.${lang}`;
  }

  /** The first problem of a field, when errors are shown. */
  protected problem(field: string): TranslationKey | null {
    if (!this.showErrors()) return null;
    const found = this.problems().find((p) => p.field === field);
    return found ? landingLabels.problem(found.problem) : null;
  }

  protected setText(field: OfferTextField, lang: ContentLanguage, value: string): void {
    this.form.update((f) => ({ ...f, texts: { ...f.texts, [field]: { ...f.texts[field], [lang]: value } } }));
  }

  protected set(field: ScalarField, value: string): void {
    this.form.update((f) => ({ ...f, [field]: value }));
  }

  protected toggle(field: ListField, value: string, on: boolean): void {
    this.form.update((f) => {
      const list = f[field] as string[];
      const next = on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
      return { ...f, [field]: next };
    });
  }

  protected setSubsidy(index: number, value: string): void {
    this.form.update((f) => ({ ...f, subsidies: f.subsidies.map((v, i) => (i === index ? value : v)) }));
  }

  protected addYear(): void {
    this.form.update((f) =>
      f.subsidies.length >= SUBSIDY_YEARS_MAX
        ? f
        : { ...f, subsidies: [...f.subsidies, f.subsidies.at(-1) ?? ''] },
    );
  }

  protected removeYear(index: number): void {
    this.form.update((f) => ({ ...f, subsidies: f.subsidies.filter((_, i) => i !== index) }));
  }

  protected has(field: ListField, value: string): boolean {
    return (this.form()[field] as string[]).includes(value);
  }

  /** Saves (creating the offer the first time); true when saved. */
  protected async save(quiet = false): Promise<OfferView | null> {
    this.showErrors.set(true);
    if (this.problems().length) {
      this.error.set(null);
      return null;
    }
    return this.run(async () => {
      const id = this.offer.value()?.id;
      const saved = id ? await this.api.update(id, this.form()) : await this.api.create(this.form());
      if (!quiet) this.notify.success(this.i18n.t('landing.form.saved'));
      this.applySaved(saved, !id);
      return saved;
    });
  }

  protected async open(): Promise<void> {
    const saved = await this.save(true);
    if (!saved) return;
    await this.run(async () => {
      const opened = await this.api.open(saved.id);
      this.notify.success(this.i18n.t('landing.form.opened'));
      this.applySaved(opened, false);
      return opened;
    });
  }

  protected async close(): Promise<void> {
    const id = this.offer.value()?.id;
    if (!id) return;
    await this.run(async () => {
      const closed = await this.api.close(id);
      this.notify.success(this.i18n.t('landing.form.closed'));
      this.applySaved(closed, false);
      return closed;
    });
  }

  private applySaved(offer: OfferView, created: boolean): void {
    this.offer.update(() => offer);
    this.form.set(offerToForm(offer));
    this.showErrors.set(false);
    if (created) void this.router.navigate(['/landing/offers', offer.id], { replaceUrl: true });
  }

  private async run<T>(work: () => Promise<T>): Promise<T | null> {
    if (this.busy()) return null;
    this.busy.set(true);
    this.error.set(null);
    try {
      return await work();
    } catch (caught) {
      this.error.set(toAppError(caught));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
