import { COMMA, ENTER } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  FormArray,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTabsModule } from '@angular/material/tabs';
import {
  CONTENT_LANGUAGES,
  CURRENCIES,
  ContentLanguage,
  Currency,
  PROJECT_STAGES,
  ProjectStage,
  SEEKING_KINDS,
  SeekingKind,
  contentLanguageOf,
} from '@bridge/contracts';
import { LocalizedTextComponent } from '@bridge/ui';
import { AppError } from '../../../core/errors';
import { FieldErrorPipe, applyServerErrors, urlValidator } from '../../../core/forms';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { Edition } from '../data/projects.api';
import { projectLabels } from '../data/project-labels';
import {
  ProjectContent,
  ProjectFormValue,
  SERVER_FIELD_CONTROLS,
  formValueToContent,
  projectToFormValue,
} from '../data/project-form';
import { MyProject } from '../data/project.types';

// The server's limits (ProjectContentInput).
const MAX_TITLE = 200;
const MAX_TEXT = 5000;
const MAX_TAGS = 20;
const MAX_TAG = 40;
const MAX_CITY = 120;
const MAX_URL = 500;
const MAX_EMAIL = 254;
const MAX_PHONE = 60;
const MAX_MESSENGER = 120;
const MAX_AMOUNT_MAJOR = 1e11;

/** An amount needs its currency (the API refuses one without the other). */
function currencyWithAmount(group: AbstractControl): ValidationErrors | null {
  const amount = group.get('fundingAmount')?.value;
  const currency = group.get('fundingAskCurrency');
  if (!currency) return null;
  const { required: _previous, ...rest } = currency.errors ?? {};
  const missing = amount !== null && amount !== undefined && `${amount}` !== '' && !currency.value;
  currency.setErrors(missing ? { ...rest, required: true } : Object.keys(rest).length ? rest : null);
  return null;
}

/** Editing every part of the start-up's project; the page saves and submits what it emits. */
@Component({
  selector: 'bridge-project-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatChipsModule,
    MatInputModule,
    MatSelectModule,
    MatTabsModule,
    LocalizedTextComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  templateUrl: './project-form.component.html',
  styleUrl: './project-form.component.scss',
})
export class ProjectFormComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = projectLabels;

  readonly project = input.required<MyProject>();
  readonly edition = input<Edition | null>(null);
  readonly saving = input(false);
  /** Shows the submit button (a draft while applications are open). */
  readonly canSubmit = input(false);
  /** The server's answer to the last save or submission; field errors appear next to their fields. */
  readonly error = input<AppError | null>(null);
  readonly save = output<ProjectContent>();
  readonly submitProject = output<{ content: ProjectContent; changed: boolean }>();

  protected readonly languages = CONTENT_LANGUAGES;
  /** The texts open on the tab of the viewer's language. */
  protected readonly ownLanguageIndex = CONTENT_LANGUAGES.indexOf(contentLanguageOf(this.i18n.locale()));
  protected readonly stages = PROJECT_STAGES;
  protected readonly seekingKinds = SEEKING_KINDS;
  protected readonly currencies = CURRENCIES;
  protected readonly trls = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  protected readonly separators = [ENTER, COMMA];
  protected readonly tagLimit = MAX_TAGS;
  protected readonly tagError = signal(false);

  protected readonly form = this.fb.group(
    {
      title: this.fb.group(this.texts(MAX_TITLE)),
      summary: this.fb.group(this.texts(MAX_TEXT)),
      description: this.fb.group(this.texts(MAX_TEXT)),
      fieldId: this.fb.control<string | null>(null),
      tags: this.fb.control<string[]>([]),
      trl: this.fb.control<number | null>(null),
      stage: this.fb.control<ProjectStage | null>(null),
      fundingAmount: this.fb.control<number | null>(null, [
        Validators.min(0),
        Validators.max(MAX_AMOUNT_MAJOR),
      ]),
      fundingAskCurrency: this.fb.control<Currency | null>(null),
      seeking: this.fb.control<SeekingKind[]>([]),
      teamSize: this.fb.control<number | null>(null, [
        Validators.min(1),
        Validators.max(100000),
        Validators.pattern(/^\d+$/),
      ]),
      foundedYear: this.fb.control<number | null>(null, [
        Validators.min(1950),
        Validators.max(2100),
        Validators.pattern(/^\d+$/),
      ]),
      city: ['', Validators.maxLength(MAX_CITY)],
      pitchDeckUrl: ['', [urlValidator, Validators.maxLength(MAX_URL)]],
      videoUrl: ['', [urlValidator, Validators.maxLength(MAX_URL)]],
      contactEmail: ['', [Validators.email, Validators.maxLength(MAX_EMAIL)]],
      contactPhone: ['', Validators.maxLength(MAX_PHONE)],
      contactMessenger: ['', Validators.maxLength(MAX_MESSENGER)],
      visibilityConsent: false,
    },
    { validators: currencyWithAmount },
  );

  constructor() {
    effect(() => {
      const project = this.project();
      untracked(() => this.form.reset(projectToFormValue(project)));
    });
    effect(() => {
      const error = this.error();
      if (error) untracked(() => applyServerErrors(this.form, error, { fields: SERVER_FIELD_CONTROLS }));
    });
  }

  protected languageLabel(language: ContentLanguage): TranslationKey {
    return `content.language.${language}`;
  }

  protected langAttr(language: ContentLanguage): string {
    return language === 'zh' ? 'zh-CN' : language;
  }

  protected addTag(event: MatChipInputEvent): void {
    const tag = event.value.trim();
    const tags = this.form.controls.tags.value;
    this.tagError.set(tag.length > MAX_TAG || (!!tag && tags.length >= MAX_TAGS));
    if (!tag || this.tagError()) return;
    if (!tags.includes(tag)) this.setTags([...tags, tag]);
    event.chipInput.clear();
  }

  protected removeTag(tag: string): void {
    this.tagError.set(false);
    this.setTags(this.form.controls.tags.value.filter((candidate) => candidate !== tag));
  }

  protected toggleSeeking(kind: SeekingKind, change: MatCheckboxChange): void {
    const control = this.form.controls.seeking;
    const others = control.value.filter((candidate) => candidate !== kind);
    control.setValue(change.checked ? [...others, kind] : others);
    control.markAsDirty();
    control.markAsTouched();
  }

  protected onSave(): void {
    const content = this.validContent();
    if (content) this.save.emit(content);
  }

  protected onSubmit(): void {
    const content = this.validContent();
    if (content) this.submitProject.emit({ content, changed: this.form.dirty });
  }

  private validContent(): ProjectContent | null {
    // The server's errors of the last answer are old now: check with the validators alone.
    revalidate(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return null;
    }
    return formValueToContent(this.form.getRawValue() as ProjectFormValue);
  }

  private setTags(tags: string[]): void {
    this.form.controls.tags.setValue(tags);
    this.form.controls.tags.markAsDirty();
  }

  private texts(max: number) {
    return {
      zh: ['', Validators.maxLength(max)],
      en: ['', Validators.maxLength(max)],
      ru: ['', Validators.maxLength(max)],
    };
  }
}

/** Runs every control's validators again, children first (dropping errors set from outside). */
function revalidate(control: AbstractControl): void {
  if (control instanceof FormGroup || control instanceof FormArray) {
    Object.values(control.controls).forEach((child: AbstractControl) => revalidate(child));
  }
  control.updateValueAndValidity({ onlySelf: true, emitEvent: false });
}
