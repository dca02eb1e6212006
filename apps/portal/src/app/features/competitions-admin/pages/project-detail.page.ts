import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { JUDGING_ROUNDS, JudgingRound, LocalizedText, resolveText } from '@bridge/contracts';
import { ErrorStateComponent, LoadingComponent, LocalizedTextComponent } from '@bridge/ui';
import { Loader } from '../../../core/data/loader';
import { ErrorMessagePipe } from '../../../core/errors';
import { I18nService, LocalDatePipe, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { AdminIconComponent } from '../components/admin-icon.component';
import { CompetitionStore } from '../data/competition.store';
import { ProjectProfile, ProjectReviews, ProjectsApi, Review } from '../data/projects.api';
import { formatMoney, formatNumber } from '../logic/format';
import { adminLabels } from '../logic/labels';

interface RoundReviews {
  round: JudgingRound;
  reviews: Review[] | null;
  criteria: { id: string; name: LocalizedText; maxScore: number }[];
}

/** One application with its full profile and, for organizers, every judge's scores and comments. */
@Component({
  selector: 'bridge-project-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatTableModule,
    ErrorStateComponent,
    LoadingComponent,
    LocalizedTextComponent,
    AdminIconComponent,
    TranslatePipe,
    LocalDatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './project-detail.page.html',
  styleUrl: './project-detail.page.scss',
})
export class ProjectDetailPage {
  private readonly api = inject(ProjectsApi);
  protected readonly store = inject(CompetitionStore);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = adminLabels;

  /** The route's :projectId. */
  readonly projectId = input.required<string>();

  protected readonly project = new Loader<ProjectProfile>();
  protected readonly reviews = new Loader<ProjectReviews>();
  protected readonly rounds = computed<RoundReviews[]>(() => {
    const value = this.reviews.value();
    if (!value) return [];
    return JUDGING_ROUNDS.map((round) => ({
      round,
      reviews: round === 'PRELIMINARY' ? (value.preliminary ?? null) : (value.final ?? null),
      criteria: [...(round === 'PRELIMINARY' ? value.preliminaryCriteria : value.finalCriteria)].sort(
        (a, b) => a.position - b.position,
      ),
    })).filter((round) => round.round === 'PRELIMINARY' || (round.reviews?.length ?? 0) > 0);
  });

  constructor() {
    effect(() => {
      const id = this.projectId();
      const competitionId = this.store.id();
      if (competitionId) untracked(() => void this.load(id, competitionId));
    });
  }

  protected load(id = this.projectId(), competitionId = this.store.id()): Promise<unknown> {
    if (!competitionId) return Promise.resolve();
    return Promise.all([
      this.project.run(() => this.api.project(id)),
      this.reviews.run(() => this.api.reviews(id, competitionId)),
    ]);
  }

  protected columns(round: RoundReviews): string[] {
    return ['judge', 'status', ...round.criteria.map((criterion) => criterion.id), 'total'];
  }

  protected score(review: Review, criterionId: string): string {
    const score = review.scores.find((candidate) => candidate.criterionId === criterionId);
    return score ? formatNumber(score.value, this.i18n.locale()) : '—';
  }

  /** A review's comments, each with the name of its criterion. */
  protected comments(review: Review, round: RoundReviews): { criterion: string; text: string }[] {
    return review.scores
      .filter((score) => (score.comment ?? '').trim().length > 0)
      .map((score) => ({
        criterion: this.text(round.criteria.find((criterion) => criterion.id === score.criterionId)?.name),
        text: score.comment ?? '',
      }));
  }

  protected hasComments(round: RoundReviews): boolean {
    return (round.reviews ?? []).some((review) => this.comments(review, round).length > 0);
  }

  protected number(value: number, digits: number): string {
    return formatNumber(value, this.i18n.locale(), digits);
  }

  protected total(review: Review): string {
    return formatNumber(review.total, this.i18n.locale(), 1);
  }

  protected money(project: ProjectProfile): string {
    return project.fundingAsk ? formatMoney(project.fundingAsk, this.i18n.locale()) : '—';
  }

  protected text(value: LocalizedText | null | undefined): string {
    return resolveText(value, this.i18n.locale())?.text ?? '';
  }
}
