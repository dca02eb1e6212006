import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { IconComponent } from '@bridge/ui';
import { TranslatePipe, TranslationKey } from '../../../core/i18n';

const PLACE_KEYS: Record<number, TranslationKey> = {
  1: 'projectProfile.place1',
  2: 'projectProfile.place2',
  3: 'projectProfile.place3',
};

/** An award place (1st, 2nd, 3rd, …) or the finalist mark, as a small badge. */
@Component({
  selector: 'bridge-award-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [IconComponent, TranslatePipe],
  host: {
    class: 'award-badge',
    '[class.award-badge--place]': 'place() !== null',
    '[attr.data-place]': 'place()',
    'data-testid': 'award-badge',
  },
  template: `
    <bridge-icon [name]="place() !== null ? 'trophy' : 'verified'" [size]="16" />
    <span>{{ label().key | t: { place: label().place } }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding: 2px 10px 2px 8px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
    }
    :host(.award-badge--place) {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class AwardBadgeComponent {
  /** null: a finalist without an award place. */
  readonly place = input<number | null>(null);

  protected readonly label = computed(() => {
    const place = this.place();
    if (place === null) return { key: 'projectProfile.finalist' as TranslationKey, place: '' };
    return { key: PLACE_KEYS[place] ?? ('projectProfile.placeN' as TranslationKey), place };
  });
}
