import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ProjectResult } from '../data/project.types';
import { AwardBadgeComponent } from './award-badge.component';

/** A project's published result (score, rank in field, finalist, award), or that none is published yet. */
@Component({
  selector: 'bridge-project-result',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AwardBadgeComponent, TranslatePipe],
  template: `
    <section class="result" data-testid="project-result" [attr.aria-label]="'projectProfile.result' | t">
      <h3>{{ 'projectProfile.result' | t }}</h3>
      @if (result(); as r) {
        <div class="result__badges">
          @if (r.awardPlace) {
            <bridge-award-badge [place]="r.awardPlace" />
          } @else if (r.finalist) {
            <bridge-award-badge />
          } @else {
            <span class="bridge-muted">{{ 'projectProfile.notFinalist' | t }}</span>
          }
        </div>
        @if (r.score !== null && r.score !== undefined) {
          <dl class="result__facts">
            <div>
              <dt>{{ 'projectProfile.score' | t }}</dt>
              <dd data-testid="result-score">
                {{ 'projectProfile.scoreValue' | t: { score: formatScore(r.score) } }}
              </dd>
            </div>
            @if (r.rankInField) {
              <div>
                <dt>{{ 'projectProfile.rankInField' | t }}</dt>
                <dd data-testid="result-rank">
                  {{ 'projectProfile.rankValue' | t: { rank: r.rankInField } }}
                </dd>
              </div>
            }
          </dl>
        }
      } @else {
        <p class="bridge-muted" data-testid="result-unpublished">
          {{ 'projectProfile.resultsNotPublished' | t }}
        </p>
      }
    </section>
  `,
  styles: `
    .result h3 {
      margin: 0 0 8px;
    }
    .result__badges {
      margin-bottom: 8px;
    }
    .result__facts {
      display: flex;
      flex-wrap: wrap;
      gap: 12px 32px;
      margin: 0;
      dt {
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 2px 0 0;
        font: var(--mat-sys-title-medium);
      }
    }
  `,
})
export class ProjectResultComponent {
  protected readonly i18n = inject(I18nService);
  readonly result = input<ProjectResult | null | undefined>(null);

  protected formatScore(score: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(score);
  }
}
