import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { Router, RouterLink } from '@angular/router';
import { resolveText } from '@bridge/contracts';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  IconComponent,
  LoadingComponent,
  LocalizedTextComponent,
} from '@bridge/ui';
import { firstValueFrom } from 'rxjs';
import { Loader } from '../../../core/data/loader';
import { AppError, ErrorMessagePipe, toAppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService, TranslatePipe } from '../../../core/i18n';
import { ContentMarkers } from '../../../core/i18n/content-markers';
import { ProjectProfileComponent } from '../../projects/components/project-profile.component';
import { PlayIconComponent } from '../../projects/components/play-icon.component';
import { AbstainDialogComponent } from '../components/abstain-dialog.component';
import {
  ConflictDeclaration,
  ConflictDialogComponent,
  ConflictDialogData,
} from '../components/conflict-dialog.component';
import { OtherReviewsComponent } from '../components/other-reviews.component';
import { ScoreRequest, ScorecardFormComponent } from '../components/scorecard-form.component';
import { judgingLabels } from '../data/judging-labels';
import { JudgingApi, LoadedScorecard, ScorecardAssignment } from '../data/judging.api';
import { nextOpenAssignment, roundState } from '../data/scorecard';

/** One assignment: the project as the judge may see it beside the scorecard. */
@Component({
  selector: 'bridge-scorecard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCardModule,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    IconComponent,
    LoadingComponent,
    LocalizedTextComponent,
    ProjectProfileComponent,
    PlayIconComponent,
    ScorecardFormComponent,
    OtherReviewsComponent,
    TranslatePipe,
    ErrorMessagePipe,
  ],
  templateUrl: './scorecard.page.html',
  styleUrl: './scorecard.page.scss',
})
export class ScorecardPage {
  private readonly api = inject(JudgingApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(NotifyService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);
  protected readonly markers = inject(ContentMarkers);
  protected readonly labels = judgingLabels;

  /** Route parameter: the assignment. */
  readonly id = input.required<string>();

  protected readonly card = new Loader<LoadedScorecard | null>();
  protected readonly busy = signal(false);
  protected readonly error = signal<AppError | null>(null);
  protected readonly state = computed(() => {
    const card = this.card.value();
    return card ? roundState(card.competition, card.assignment.round) : null;
  });
  protected readonly sortedCriteria = computed(() =>
    [...(this.card.value()?.criteria ?? [])].sort((a, b) => a.position - b.position),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected load(id = this.id()): Promise<void> {
    this.error.set(null);
    return this.card.run(() => this.api.scorecard(id));
  }

  protected async saveScores(request: ScoreRequest): Promise<void> {
    const card = this.card.value();
    if (!card) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const saved = await this.api.saveScores(card.assignment.id, request.scores, request.submit);
      this.replace(saved);
      this.notify.success(this.i18n.t(request.submit ? 'scorecard.submitted' : 'scorecard.saved'));
      if (request.next) await this.openNext();
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async abstain(): Promise<void> {
    const card = this.card.value();
    if (!card) return;
    const ref = this.dialog.open<AbstainDialogComponent, void, string>(AbstainDialogComponent, {
      maxWidth: '32rem',
      width: '100%',
    });
    const reason = await firstValueFrom(ref.afterClosed());
    if (!reason) return;
    await this.act(async () => {
      // Abstaining deletes the judge's scores of the assignment.
      this.replace({ ...(await this.api.abstain(card.assignment.id, reason)), myScores: [] });
      this.notify.success(this.i18n.t('scorecard.abstained'));
    });
  }

  /**
   * Declares a conflict of interest. A conflict with the project's organisation ends an assignment
   * not yet scored (the API removes it), so the judge goes back to the list.
   */
  protected async declareConflict(): Promise<void> {
    const card = this.card.value();
    if (!card) return;
    const organizationName = resolveText(card.project.organizationName, this.i18n.locale())?.text ?? '';
    const ref = this.dialog.open<ConflictDialogComponent, ConflictDialogData, ConflictDeclaration>(
      ConflictDialogComponent,
      { data: { organizationName }, maxWidth: '36rem', width: '100%' },
    );
    const declaration = await firstValueFrom(ref.afterClosed());
    if (!declaration) return;
    await this.act(async () => {
      await this.api.declareConflict({
        judgeId: card.assignment.judgeId,
        kind: declaration.kind,
        organizationId: declaration.kind === 'ORGANIZATION' ? card.project.organizationId : null,
        personName: declaration.personName,
        note: declaration.note,
      });
      this.notify.success(this.i18n.t('scorecard.conflictDeclared'));
      if (declaration.kind === 'ORGANIZATION' && card.assignment.status === 'ASSIGNED') {
        await this.router.navigateByUrl('/assignments');
      }
    });
  }

  private async openNext(): Promise<void> {
    const card = this.card.value();
    if (!card) return;
    const next = nextOpenAssignment(card.myAssignments, card.assignment.id);
    if (next) {
      await this.router.navigate(['/assignments', next.id]);
    } else {
      this.notify.success(this.i18n.t('scorecard.roundDone'));
      await this.router.navigateByUrl('/assignments');
    }
  }

  private replace(updated: ScorecardAssignment): void {
    this.card.update((card) =>
      card
        ? {
            ...card,
            assignment: { ...card.assignment, ...updated },
            myAssignments: card.myAssignments.map((a) => (a.id === updated.id ? { ...a, ...updated } : a)),
          }
        : card,
    );
  }

  private async act(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(toAppError(error));
    } finally {
      this.busy.set(false);
    }
  }
}
