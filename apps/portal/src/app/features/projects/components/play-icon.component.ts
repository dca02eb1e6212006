import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * A play icon (Material "play_circle", Apache License 2.0) drawn inline: only lazy pages use it, so
 * its path stays out of the shared icon set in the initial bundle.
 */
@Component({
  selector: 'bridge-play-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true' },
  template: `<svg viewBox="0 0 24 24" focusable="false">
    <path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 14.5v-9l6 4.5-6 4.5z" />
  </svg>`,
  styles: `
    :host {
      display: inline-flex;
      width: 20px;
      height: 20px;
      flex: none;
      vertical-align: middle;
    }
    svg {
      width: 100%;
      height: 100%;
      fill: currentColor;
    }
  `,
})
export class PlayIconComponent {}
