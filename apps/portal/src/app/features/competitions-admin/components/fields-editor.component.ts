import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormArray, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatInputModule } from '@angular/material/input';
import { CONTENT_LANGUAGES, ContentLanguage } from '@bridge/contracts';
import { IconComponent } from '@bridge/ui';
import { FieldErrorPipe } from '../../../core/forms';
import { TranslatePipe, TranslationKey } from '../../../core/i18n';
import { FieldGroup, MAX_FIELDS, fieldGroup, moveControl } from '../logic/fields-form';
import { AdminIconComponent } from './admin-icon.component';

/** Rows of fields (code and name in zh/en/ru) to add, reorder and remove; the parent saves. */
@Component({
  selector: 'bridge-fields-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatInputModule,
    IconComponent,
    AdminIconComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  template: `
    <ol class="fields" data-testid="fields-editor">
      @for (group of fields().controls; track group; let i = $index; let last = $last) {
        <li class="field" [formGroup]="group" [attr.data-testid]="'field-row-' + i">
          <div class="bridge-form-row">
            <mat-form-field appearance="outline" class="code">
              <mat-label>{{ 'adminCompetitions.fields.code' | t }}</mat-label>
              <input matInput formControlName="code" [attr.data-testid]="'field-code-' + i" />
              <mat-hint>{{ 'adminCompetitions.fields.codeHint' | t }}</mat-hint>
              <mat-error>{{ group.controls.code | fieldError }}</mat-error>
            </mat-form-field>
            <ng-container formGroupName="name">
              @for (language of languages; track language) {
                <mat-form-field appearance="outline">
                  <mat-label>{{
                    'adminCompetitions.fields.name' | t: { language: languageLabel(language) | t }
                  }}</mat-label>
                  <input
                    matInput
                    [formControlName]="language"
                    [attr.lang]="language === 'zh' ? 'zh-CN' : language"
                    [attr.data-testid]="'field-name-' + language + '-' + i"
                  />
                  <mat-error>{{ group.controls.name.controls[language] | fieldError }}</mat-error>
                </mat-form-field>
              }
            </ng-container>
          </div>
          @if (group.controls.name.touched && group.controls.name.errors?.['anyLanguage']) {
            <p class="group-error" role="alert">{{ 'validation.anyLanguage' | t }}</p>
          }
          <div class="row-actions">
            <button
              mat-icon-button
              type="button"
              [disabled]="disabled() || i === 0"
              [attr.aria-label]="'adminCompetitions.fields.moveUp' | t: { code: group.controls.code.value }"
              (click)="move(i, -1)"
            >
              <bridge-admin-icon name="arrowUp" />
            </button>
            <button
              mat-icon-button
              type="button"
              [disabled]="disabled() || last"
              [attr.aria-label]="'adminCompetitions.fields.moveDown' | t: { code: group.controls.code.value }"
              (click)="move(i, 1)"
            >
              <bridge-admin-icon name="arrowDown" />
            </button>
            <button
              mat-icon-button
              type="button"
              [disabled]="disabled() || fields().length === 1"
              [attr.data-testid]="'field-remove-' + i"
              [attr.aria-label]="'adminCompetitions.fields.remove' | t: { code: group.controls.code.value }"
              (click)="remove(i)"
            >
              <bridge-icon name="delete" />
            </button>
          </div>
        </li>
      }
    </ol>
    @if (fields().errors?.['duplicateCode']) {
      <p class="bridge-form-error" role="alert">{{ 'adminCompetitions.fields.duplicate' | t }}</p>
    }
    <button
      mat-stroked-button
      type="button"
      data-testid="field-add"
      [disabled]="disabled() || fields().length >= maxFields"
      (click)="add()"
    >
      <bridge-admin-icon name="add" [size]="20" />
      {{ 'adminCompetitions.fields.add' | t }}
    </button>
  `,
  styles: `
    .fields {
      list-style: none;
      margin: 0 0 8px;
      padding: 0;
    }
    .field {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0 8px;
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .field > .bridge-form-row {
      flex: 1 1 36rem;
    }
    .code {
      flex: 0 1 9rem;
    }
    .row-actions {
      display: flex;
      padding-top: 8px;
    }
    .group-error {
      flex-basis: 100%;
      margin: 0 0 8px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
})
export class FieldsEditorComponent {
  readonly fields = input.required<FormArray<FieldGroup>>();
  readonly disabled = input(false);

  protected readonly languages = CONTENT_LANGUAGES;
  protected readonly maxFields = MAX_FIELDS;

  protected languageLabel(language: ContentLanguage): TranslationKey {
    return `content.language.${language}`;
  }

  protected add(): void {
    this.fields().push(fieldGroup());
    this.fields().markAsDirty();
  }

  protected remove(index: number): void {
    this.fields().removeAt(index);
    this.fields().markAsDirty();
  }

  protected move(index: number, delta: number): void {
    moveControl(this.fields(), index, delta);
  }
}
