import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ContentLanguage, Locale, LocalizedText, resolveText } from '@bridge/contracts';

const LANG_ATTR: Record<ContentLanguage, string> = { zh: 'zh-CN', en: 'en', ru: 'ru' };

/**
 * Shows a {@link LocalizedText} in the viewer's language, falling back to en, ru, zh (DESIGN.md §5),
 * with a small marker naming the language when another one is shown.
 */
@Component({
  selector: 'bridge-localized-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'bridge-localized-text' },
  template: `
    @let shown = resolved();
    @if (shown) {
      <span class="bridge-localized-text__text" [attr.lang]="langAttr()">{{ shown.text }}</span>
      @if (shown.fallback) {
        <abbr
          class="bridge-localized-text__marker"
          data-testid="language-marker"
          [attr.title]="markerLabels()[shown.language]"
          [attr.aria-label]="markerLabels()[shown.language]"
          >{{ shown.language.toUpperCase() }}</abbr
        >
      }
    } @else {
      <span class="bridge-localized-text__empty">{{ emptyText() }}</span>
    }
  `,
  styles: `
    .bridge-localized-text__marker {
      display: inline-block;
      margin-inline-start: 6px;
      padding: 0 4px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: none;
      vertical-align: middle;
      cursor: help;
    }
    .bridge-localized-text__empty {
      color: var(--mat-sys-on-surface-variant);
      font-style: italic;
    }
  `,
})
export class LocalizedTextComponent {
  readonly text = input<LocalizedText | null | undefined>(null);
  readonly locale = input.required<Locale>();
  /** Translated description of each language for the marker, e.g. { en: 'Shown in English', … }. */
  readonly markerLabels = input.required<Record<ContentLanguage, string>>();
  /** Shown when no language is filled. */
  readonly emptyText = input<string>('—');

  protected readonly resolved = computed(() => resolveText(this.text(), this.locale()));
  protected readonly langAttr = computed(() => {
    const shown = this.resolved();
    return shown ? LANG_ATTR[shown.language] : null;
  });
}
