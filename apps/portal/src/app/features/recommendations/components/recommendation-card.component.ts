import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { AwardBadgeComponent } from '../../projects/components/award-badge.component';
import { ProjectStatusComponent } from '../../projects/components/project-status.component';
import { fitPercent, renderFitReason } from '../data/fit-reasons';
import { Recommendation } from '../data/recommendations.api';

/** A recommended project: its card, how well it fits (a bar) and why, as ✓/✗ reasons. */
@Component({
  selector: 'bridge-recommendation-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, RouterLink, AwardBadgeComponent, ProjectStatusComponent, TranslatePipe],
  templateUrl: './recommendation-card.component.html',
  styleUrl: './recommendation-card.component.scss',
})
export class RecommendationCardComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);

  readonly recommendation = input.required<Recommendation>();
  /** A field's name in the UI language, by code. */
  readonly fieldName = input<(code: string) => string>((code) => code);

  protected readonly hit = computed(() => this.recommendation().hit);
  protected readonly title = computed(() =>
    this.hit()
      .title.map((segment) => segment.text)
      .join(''),
  );
  protected readonly summary = computed(() =>
    this.hit()
      .summary.map((segment) => segment.text)
      .join(''),
  );
  protected readonly lang = computed(() => (this.hit().language === 'zh' ? 'zh-CN' : this.hit().language));
  protected readonly fit = computed(() => fitPercent(this.recommendation().fit));
  protected readonly score = computed(() => {
    const score = this.hit().score;
    return score === null || score === undefined
      ? null
      : new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(score);
  });
  protected readonly reasons = computed(() => {
    const context = {
      t: this.i18n.t.bind(this.i18n),
      locale: this.i18n.locale(),
      fieldName: this.fieldName(),
    };
    return this.recommendation().reasons.map((reason) => renderFitReason(reason, context));
  });
}
