import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import type { EngagementView } from '../data/engagement.types';
import { daysBetween } from '../data/stages';
import { StageNamePipe } from './stage-name.pipe';

/** A card of the board: the project, the other party, and how long it has been in its stage. */
@Component({
  selector: 'bridge-engagement-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, StageNamePipe],
  template: `
    @let e = engagement();
    <a
      class="card"
      [routerLink]="['/engagements', e.id]"
      data-testid="engagement-card"
      [attr.data-stage]="e.stage"
      [attr.data-engagement-id]="e.id"
      [attr.aria-label]="
        'engagements.cardAria'
          | t: { project: project(), partner: counterpart(), stage: (e.stage | stageName) }
      "
    >
      <span class="project">{{ project() }}</span>
      <span class="partner">{{ counterpart() }}</span>
      <span class="days">{{ 'engagements.inStageDays' | t: { days: days() } }}</span>
    </a>
  `,
  styles: `
    .card {
      display: grid;
      gap: 2px;
      padding: 10px 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface);
      color: inherit;
      text-decoration: none;
    }
    .card:hover,
    .card:focus-visible {
      border-color: var(--mat-sys-primary);
    }
    .project {
      font: var(--mat-sys-title-small);
    }
    .partner,
    .days {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class EngagementCardComponent {
  private readonly i18n = inject(I18nService);
  readonly engagement = input.required<EngagementView>();
  /** Now, for the time in stage (a test sets it). */
  readonly now = input<Date>(new Date());

  protected readonly project = computed(
    () => resolveText(this.engagement().projectTitle, this.i18n.locale())?.text ?? '',
  );
  /** The other party: the partner for the start-up, the start-up for the partner. */
  protected readonly counterpart = computed(() => {
    const e = this.engagement();
    const other = e.side === 'STARTUP' ? e.partner : e.side === 'PARTNER' ? e.startup : e.partner;
    return resolveText(other.name, this.i18n.locale())?.text ?? '';
  });
  protected readonly days = computed(() => daysBetween(this.engagement().stageEnteredAt, this.now()));
}
