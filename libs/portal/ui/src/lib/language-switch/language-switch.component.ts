import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export interface LanguageOption {
  /** Locale code, e.g. 'zh-CN'. */
  value: string;
  /** The language's own name, e.g. '中文'. */
  label: string;
  /** A short form for narrow screens, e.g. '中'. */
  short: string;
}

/**
 * The language switch of the toolbar: one toggle button per language, each labelled in its own
 * language. Plain buttons with aria-pressed (a Material button-toggle would pull in @angular/forms).
 */
@Component({
  selector: 'bridge-language-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'group', class: 'bridge-language-switch', '[attr.aria-label]': 'ariaLabel()' },
  template: `
    @for (option of options(); track option.value) {
      <button
        type="button"
        class="bridge-language-switch__option"
        [class.bridge-language-switch__option--active]="option.value === value()"
        [attr.aria-pressed]="option.value === value()"
        [attr.lang]="option.value"
        [attr.aria-label]="option.label"
        [attr.data-testid]="'lang-' + option.value"
        (click)="option.value !== value() && valueChange.emit(option.value)"
      >
        <span class="bridge-language-switch__long">{{ option.label }}</span>
        <span class="bridge-language-switch__short" aria-hidden="true">{{ option.short }}</span>
      </button>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-full);
      overflow: hidden;
    }
    .bridge-language-switch__option {
      min-height: 36px;
      min-width: 44px;
      padding: 0 12px;
      border: 0;
      background: transparent;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      cursor: pointer;
    }
    .bridge-language-switch__option + .bridge-language-switch__option {
      border-inline-start: 1px solid var(--mat-sys-outline);
    }
    .bridge-language-switch__option:hover {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 8%, transparent);
    }
    .bridge-language-switch__option:focus-visible {
      outline: 3px solid var(--mat-sys-primary);
      outline-offset: -3px;
    }
    .bridge-language-switch__option--active {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .bridge-language-switch__short {
      display: none;
    }
    @media (max-width: 599.98px) {
      .bridge-language-switch__long {
        display: none;
      }
      .bridge-language-switch__short {
        display: inline;
      }
    }
  `,
})
export class LanguageSwitchComponent {
  readonly options = input.required<readonly LanguageOption[]>();
  readonly value = input.required<string>();
  /** Translated name of the control, e.g. "Language". */
  readonly ariaLabel = input.required<string>();
  readonly valueChange = output<string>();
}
