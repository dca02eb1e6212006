import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { MatTabsModule } from '@angular/material/tabs';
import { CONTENT_LANGUAGES, ContentLanguage, LocalizedText } from '@bridge/contracts';
import { AppError, ErrorMessagePipe } from '../../../core/errors';
import { FieldErrorPipe, anyLanguageValidator, applyServerErrors, urlValidator } from '../../../core/forms';
import { UpdateOrganizationInput } from '../../../core/graphql/generated';
import { TranslatePipe, TranslationKey } from '../../../core/i18n';
import { OrganizationProfile } from '../data/organization.api';

// The server's limits (UpdateOrganizationInput).
const MAX_NAME = 200;
const MAX_DESCRIPTION = 5000;
const MAX_WEBSITE = 300;
const MAX_PLACE = 120;
const MAX_EMAIL = 254;
const MAX_PHONE = 60;
const MAX_MESSENGER = 120;

/** Editing the active organisation's profile (owners only). */
@Component({
  selector: 'bridge-organization-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    MatTabsModule,
    TranslatePipe,
    FieldErrorPipe,
    ErrorMessagePipe,
  ],
  templateUrl: './organization-form.component.html',
  styles: `
    .tab {
      padding-top: 16px;
    }
    .group-error {
      margin: 0 0 8px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
    h3 {
      margin-top: 16px;
    }
  `,
})
export class OrganizationFormComponent {
  private readonly fb = inject(NonNullableFormBuilder);

  readonly organization = input.required<OrganizationProfile>();
  readonly saving = input(false);
  /** The server's answer to the last save; field errors appear next to their fields. */
  readonly error = input<AppError | null>(null);
  readonly save = output<UpdateOrganizationInput>();
  readonly cancelled = output<void>();

  protected readonly languages = CONTENT_LANGUAGES;
  protected readonly form = this.fb.group({
    name: this.fb.group(this.localizedControls(MAX_NAME), { validators: anyLanguageValidator }),
    description: this.fb.group(this.localizedControls(MAX_DESCRIPTION)),
    website: ['', [urlValidator, Validators.maxLength(MAX_WEBSITE)]],
    city: ['', Validators.maxLength(MAX_PLACE)],
    country: ['', Validators.maxLength(MAX_PLACE)],
    contactEmail: ['', [Validators.email, Validators.maxLength(MAX_EMAIL)]],
    contactPhone: ['', Validators.maxLength(MAX_PHONE)],
    contactMessenger: ['', Validators.maxLength(MAX_MESSENGER)],
  });

  constructor() {
    effect(() => {
      const organization = this.organization();
      untracked(() => this.reset(organization));
    });
    effect(() => {
      const error = this.error();
      if (error) untracked(() => applyServerErrors(this.form, error));
    });
  }

  private reset(organization: OrganizationProfile): void {
    this.form.reset({
      name: text(organization.name),
      description: text(organization.description),
      website: organization.website ?? '',
      city: organization.city ?? '',
      country: organization.country ?? '',
      contactEmail: organization.contacts?.email ?? '',
      contactPhone: organization.contacts?.phone ?? '',
      contactMessenger: organization.contacts?.messenger ?? '',
    });
  }

  protected languageLabel(language: ContentLanguage): TranslationKey {
    return `content.language.${language}`;
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.save.emit({
      organizationId: this.organization().id,
      name: localized(value.name),
      description: localized(value.description),
      website: orNull(value.website),
      city: orNull(value.city),
      country: orNull(value.country),
      contactEmail: orNull(value.contactEmail),
      contactPhone: orNull(value.contactPhone),
      contactMessenger: orNull(value.contactMessenger),
    });
  }

  private localizedControls(max: number) {
    return {
      zh: ['', Validators.maxLength(max)],
      en: ['', Validators.maxLength(max)],
      ru: ['', Validators.maxLength(max)],
    };
  }
}

function text(value: LocalizedText): Record<ContentLanguage, string> {
  return { zh: value.zh ?? '', en: value.en ?? '', ru: value.ru ?? '' };
}

function localized(value: Record<ContentLanguage, string>): LocalizedText {
  return { zh: orNull(value.zh), en: orNull(value.en), ru: orNull(value.ru) };
}

/** Empty fields are sent as null: the value is cleared. */
function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
