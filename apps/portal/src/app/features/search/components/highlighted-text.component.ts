import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface HighlightSegment {
  text: string;
  highlighted: boolean;
}

/** Text from the API with the matching pieces in <mark>; always text bindings, never HTML. */
@Component({
  selector: 'bridge-highlighted-text',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (segment of segments(); track $index) {
      @if (segment.highlighted) {
        <mark>{{ segment.text }}</mark>
      } @else {
        <span>{{ segment.text }}</span>
      }
    }
  `,
  styles: `
    mark {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-radius: 2px;
    }
  `,
})
export class HighlightedTextComponent {
  readonly segments = input.required<readonly HighlightSegment[]>();
}
