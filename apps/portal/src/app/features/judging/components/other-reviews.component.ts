import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { LocalizedTextComponent } from '@bridge/ui';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { judgingLabels } from '../data/judging-labels';
import { OtherReview, ScorecardCriterion } from '../data/judging.api';

/**
 * Every judge's scores of the project once the round is closed (the API sends null before that).
 * The viewer's own review is marked; the others follow in the API's order.
 */
@Component({
  selector: 'bridge-other-reviews',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalizedTextComponent, TranslatePipe],
  template: `
    <section class="reviews" data-testid="other-reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{{ 'scorecard.othersTitle' | t }}</h2>
      @if (ordered(); as list) {
        @if (list.length) {
          <div class="reviews__list">
            @for (review of list; track review.assignmentId) {
              <article class="review" [attr.data-testid]="'review-' + review.assignmentId">
                <header class="review__head">
                  <h3>
                    {{ review.assignmentId === ownAssignmentId() ? ('scorecard.you' | t) : review.judgeName }}
                  </h3>
                  <span class="bridge-muted">{{ labels.status(review.status) | t }}</span>
                  @if (review.total !== null && review.total !== undefined) {
                    <strong>{{ formatTotal(review.total) }} / 100</strong>
                  }
                </header>
                @if (review.abstainReason) {
                  <p class="bridge-muted">
                    {{ 'scorecard.abstainedBecause' | t: { reason: review.abstainReason } }}
                  </p>
                }
                @if (review.scores.length) {
                  <dl class="review__scores">
                    @for (criterion of criteria(); track criterion.id) {
                      @let score = scoreOf(review, criterion.id);
                      @if (score) {
                        <div>
                          <dt>
                            <bridge-localized-text
                              [text]="criterion.name"
                              [locale]="i18n.locale()"
                              [markerLabels]="markers.labels()"
                            />
                          </dt>
                          <dd>
                            <strong>{{ score.value }} / {{ criterion.maxScore }}</strong>
                            @if (score.comment) {
                              <span class="review__comment">{{ score.comment }}</span>
                            }
                          </dd>
                        </div>
                      }
                    }
                  </dl>
                }
              </article>
            }
          </div>
        } @else {
          <p class="bridge-muted">{{ 'scorecard.othersNone' | t }}</p>
        }
      } @else {
        <p class="bridge-muted" data-testid="others-hidden">{{ 'scorecard.othersHidden' | t }}</p>
      }
    </section>
  `,
  styles: `
    .reviews__list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: 16px;
    }
    .review {
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
    }
    .review__head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
      h3 {
        margin: 0;
      }
    }
    .review__scores {
      margin: 8px 0 0;
      dt {
        font: var(--mat-sys-label-medium);
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0 0 8px;
        display: flex;
        flex-direction: column;
      }
    }
    .review__comment {
      font: var(--mat-sys-body-medium);
      white-space: pre-line;
    }
  `,
})
export class OtherReviewsComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = judgingLabels;

  /** null: the round is still open, so the API keeps the other judges' scores hidden. */
  readonly reviews = input<readonly OtherReview[] | null | undefined>(null);
  readonly criteria = input.required<readonly ScorecardCriterion[]>();
  readonly ownAssignmentId = input<string | null>(null);

  protected readonly ordered = computed(() => {
    const reviews = this.reviews();
    if (!reviews) return null;
    const own = this.ownAssignmentId();
    return [...reviews].sort((a, b) => Number(b.assignmentId === own) - Number(a.assignmentId === own));
  });

  protected scoreOf(review: OtherReview, criterionId: string) {
    return review.scores.find((score) => score.criterionId === criterionId) ?? null;
  }

  protected formatTotal(total: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(total);
  }
}
