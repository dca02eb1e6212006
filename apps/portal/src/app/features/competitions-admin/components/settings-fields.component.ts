import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { NORMALIZATION_METHODS, UNFILLED_SLOT_RULES } from '@bridge/contracts';
import { FieldErrorPipe } from '../../../core/forms';
import { I18nService, TranslatePipe, TranslationKey } from '../../../core/i18n';
import { adminLabels } from '../logic/labels';
import { NumericSetting, SETTINGS_LIMITS, SettingsForm, capacityShortfall } from '../logic/settings-form';

interface NumberField {
  name: NumericSetting;
  label: TranslationKey;
  hint?: TranslationKey;
}

/** The controls of an edition's settings, grouped; the parent owns the form and its submit. */
@Component({
  selector: 'bridge-settings-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatInputModule, MatSelectModule, TranslatePipe, FieldErrorPipe],
  template: `
    <ng-container [formGroup]="form()">
      @for (group of groups; track group.title) {
        <h3>{{ group.title | t }}</h3>
        <div class="bridge-form-row">
          @for (field of group.fields; track field.name) {
            <mat-form-field appearance="outline">
              <mat-label>{{ field.label | t }}</mat-label>
              <input
                matInput
                type="number"
                inputmode="numeric"
                [attr.min]="limits[field.name].min"
                [attr.max]="limits[field.name].max"
                step="1"
                [formControlName]="field.name"
                [attr.data-testid]="'setting-' + field.name"
              />
              @if (field.hint) {
                <mat-hint>{{ field.hint | t }}</mat-hint>
              }
              <mat-error>{{ form().controls[field.name] | fieldError }}</mat-error>
            </mat-form-field>
          }
          @if (group.title === 'adminCompetitions.settings.quotas') {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'adminCompetitions.settings.unfilledSlotRule' | t }}</mat-label>
              <mat-select formControlName="unfilledSlotRule" data-testid="setting-unfilledSlotRule">
                @for (rule of rules; track rule) {
                  <mat-option [value]="rule">{{ labels.rule(rule) | t }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
          @if (group.title === 'adminCompetitions.settings.normalization') {
            <mat-form-field appearance="outline" class="wide">
              <mat-label>{{ 'adminCompetitions.settings.normalizationMethod' | t }}</mat-label>
              <mat-select formControlName="normalizationMethod" data-testid="setting-normalizationMethod">
                @for (method of methods; track method) {
                  <mat-option [value]="method">{{ labels.method(method) | t }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
        </div>
      }
      @if (shortfall(); as shortfall) {
        <p class="bridge-banner" role="status" data-testid="settings-capacity">
          {{
            'adminCompetitions.settings.capacity'
              | t
                : {
                    fields: fieldCount(),
                    cap: form().controls.perFieldCap.value,
                    capacity: shortfall.capacity,
                    total: shortfall.total,
                  }
          }}
        </p>
      }
    </ng-container>
  `,
  styles: `
    h3 {
      margin: 16px 0 8px;
    }
    .wide {
      flex-basis: 100%;
    }
  `,
})
export class SettingsFieldsComponent {
  protected readonly i18n = inject(I18nService);
  readonly form = input.required<SettingsForm>();
  /** Number of fields of the edition, to warn when they cannot fill every place. */
  readonly fieldCount = input(0);

  protected readonly labels = adminLabels;
  protected readonly limits = SETTINGS_LIMITS;
  protected readonly rules = UNFILLED_SLOT_RULES;
  protected readonly methods = NORMALIZATION_METHODS;
  protected readonly groups: readonly { title: TranslationKey; fields: NumberField[] }[] = [
    {
      title: 'adminCompetitions.settings.general',
      fields: [{ name: 'applicationTarget', label: 'adminCompetitions.settings.applicationTarget' }],
    },
    {
      title: 'adminCompetitions.settings.quotas',
      fields: [
        { name: 'finalistTotal', label: 'adminCompetitions.settings.finalistTotal' },
        { name: 'perFieldCap', label: 'adminCompetitions.settings.perFieldCap' },
        { name: 'awardPlaces', label: 'adminCompetitions.settings.awardPlaces' },
      ],
    },
    {
      title: 'adminCompetitions.settings.judging',
      fields: [
        { name: 'reviewsPerProject', label: 'adminCompetitions.settings.reviewsPerProject' },
        { name: 'minReviews', label: 'adminCompetitions.settings.minReviews' },
        { name: 'judgeLoadLimit', label: 'adminCompetitions.settings.judgeLoadLimit' },
      ],
    },
    {
      title: 'adminCompetitions.settings.normalization',
      fields: [
        { name: 'zscoreMinScores', label: 'adminCompetitions.settings.zscoreMinScores' },
        {
          name: 'bootstrapRounds',
          label: 'adminCompetitions.settings.bootstrapRounds',
          hint: 'adminCompetitions.settings.bootstrapHint',
        },
      ],
    },
  ];

  /** Places the fields cannot fill, as the form stands now (read on every check). */
  protected shortfall() {
    const value = this.form().getRawValue();
    const fields = this.fieldCount();
    if (!fields || !value.finalistTotal || !value.perFieldCap) return null;
    return capacityShortfall({ finalistTotal: value.finalistTotal, perFieldCap: value.perFieldCap }, fields);
  }
}
