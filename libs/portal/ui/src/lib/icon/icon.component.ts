import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ICON_PATHS, IconName } from './icon-paths';

/** A decorative 24px icon drawn inline; give the surrounding control its accessible name. */
@Component({
  selector: 'bridge-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'bridge-icon', 'aria-hidden': 'true', '[style.--bridge-icon-size.px]': 'size()' },
  template: `<svg viewBox="0 0 24 24" focusable="false"><path [attr.d]="path()" /></svg>`,
  styles: `
    :host {
      display: inline-flex;
      width: var(--bridge-icon-size, 24px);
      height: var(--bridge-icon-size, 24px);
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
export class IconComponent {
  readonly name = input.required<IconName>();
  readonly size = input(24);
  protected readonly path = computed(() => ICON_PATHS[this.name()]);
}
