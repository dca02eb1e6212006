import type { JudgingRound } from '@bridge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from '../../audit/audit-event.entity';
import { AuditService } from '../../audit/audit.service';
import { CompetitionsService } from '../../competitions/competitions.service';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import { assignJudges } from '../../judging/assign';
import { loadConflictChecker } from '../../judging/conflict-checker';
import { AssignmentEntity } from '../../judging/entities/assignment.entity';
import { CriterionEntity } from '../../judging/entities/criterion.entity';
import { JudgeEntity } from '../../judging/entities/judge.entity';
import { ScoreEntity } from '../../judging/entities/score.entity';
import { SelectionOverrideEntity } from '../../judging/entities/selection-override.entity';
import { SelectionRunEntity } from '../../judging/entities/selection-run.entity';
import { reviewTotal } from '../../judging/review-total';
import { FinalResult, SelectionResult, rankFinal, runSelection } from '../../judging/selection';
import { SelectionService } from '../../judging/selection.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { ProjectEntity } from '../../projects/entities/project.entity';
import {
  FINAL_CRITERIA,
  JUDGES,
  OVERRIDE_REASON,
  PAST_EDITION,
  PRELIMINARY_CRITERIA,
} from './demo-edition.data';
import { ABSTAIN_REASONS, COMMENTS } from './demo-edition.phrases';
import { bulkInsert } from './demo-db';
import type { EditionPlan } from './demo-edition.generator';
import { judgeMarks } from './demo-quality';
import { publishAwards, publishFinalists } from './demo-edition.publish';
import { DemoRandom, at, demoUuid } from './demo-random';

export interface DemoContext {
  dataSource: DataSource;
  manager: EntityManager;
  competitionId: string;
  year: number;
  seed: number;
  organizer: { userId: string; organizationId: string | null };
  plan: EditionPlan;
}

interface Review {
  id: string;
  judgeId: string;
  projectId: string;
  source: 'AUTO' | 'MANUAL';
  createdAt: Date;
  abstainReason?: string;
}

/**
 * Judges the edition as the organizers and judges would have in 2020: automatic assignment,
 * scores, a few abstentions, the selection (with one override), publication, the final and the
 * awards — with the real assignment and selection code, and the run stored exactly as
 * SelectionService stores it (its own input fingerprint), so the published runs are not stale.
 */
export async function judgeEdition(context: DemoContext): Promise<void> {
  const { manager, year } = context;
  const rng = new DemoRandom(context.seed + 1);
  const audit = new AuditService();
  const selection = new SelectionService(
    context.dataSource,
    new CompetitionsService(context.dataSource, audit),
    audit,
    new NotificationsService(context.dataSource),
  );
  const events: Array<Partial<AuditEventEntity>> = [];
  const record = (
    action: string,
    entityType: string,
    entityId: string,
    when: Date,
    after: Record<string, unknown> | null = null,
    before: Record<string, unknown> | null = null,
  ) =>
    events.push({
      actorUserId: context.organizer.userId,
      actorOrganizationId: context.organizer.organizationId,
      action,
      entityType,
      entityId,
      before,
      after,
      createdAt: when,
    });
  record('competition.created', 'competition', context.competitionId, at(`${year}-05-15`, 480), {
    year,
    editionNumber: PAST_EDITION.editionNumber,
  });

  // Preliminary round: k judges per submitted project, a few abstentions (some replaced by hand).
  const preliminary = await assign(context, 'PRELIMINARY', at(`${year}-09-01`, 360));
  record('assignments.auto', 'competition', context.competitionId, at(`${year}-09-01`, 360), {
    round: 'PRELIMINARY',
    created: preliminary.length,
    shortfalls: 0,
  });
  const reviews = await withAbstentions(context, rng, preliminary);
  await score(context, rng, 'PRELIMINARY', reviews, { from: at(`${year}-09-03`), days: 25 });
  record('round.closed', 'competition', context.competitionId, at(`${year}-09-30`, 600), {
    round: 'PRELIMINARY',
  });

  let competition = await manager.findOneByOrFail(CompetitionEntity, { id: context.competitionId });
  const first = await storeRun(context, selection, competition, 'PRELIMINARY', at(`${year}-10-02`, 450));
  record('selection.run', 'selection_run', first.id, first.createdAt, { method: first.method });
  // The organizers exclude a finalist that withdrew from the final, with a written reason, and run again.
  const biotechFinalists = (first.result as unknown as SelectionResult).projects.filter(
    (o) =>
      o.selected &&
      o.projectId !== context.plan.agroVisionProjectId &&
      o.fieldId === demoUuid(`${year}/field/BIOTECH`),
  );
  const excluded = biotechFinalists[biotechFinalists.length - 1];
  await manager.insert(SelectionOverrideEntity, {
    competitionId: context.competitionId,
    projectId: excluded.projectId,
    decision: 'EXCLUDE',
    reason: OVERRIDE_REASON,
    createdById: context.organizer.userId,
    createdAt: at(`${year}-10-05`, 550),
  });
  record('selection.override', 'project', excluded.projectId, at(`${year}-10-05`, 550), {
    decision: 'EXCLUDE',
    reason: OVERRIDE_REASON,
  });
  const second = await storeRun(context, selection, competition, 'PRELIMINARY', at(`${year}-10-06`, 480));
  record('selection.run', 'selection_run', second.id, second.createdAt, { method: second.method });
  const announced = at(`${year}-10-09`, 240);
  await publishFinalists(context, selection, competition, second, announced);
  record(
    'selection.published',
    'competition',
    context.competitionId,
    announced,
    { stage: 'FINALISTS_ANNOUNCED', runId: second.id },
    { stage: 'PRELIMINARY_REVIEW' },
  );

  // The online final: every finalist scored by k judges on the final criteria.
  await manager.update(CompetitionEntity, { id: context.competitionId }, { stage: 'FINAL' });
  record(
    'competition.stage_changed',
    'competition',
    context.competitionId,
    at(`${year}-10-21`, 120),
    { stage: 'FINAL' },
    { stage: 'FINALISTS_ANNOUNCED' },
  );
  const final = await assign(context, 'FINAL', at(`${year}-10-21`, 180));
  record('assignments.auto', 'competition', context.competitionId, at(`${year}-10-21`, 180), {
    round: 'FINAL',
    created: final.length,
    shortfalls: 0,
  });
  await score(context, rng, 'FINAL', final, { from: at(`${year}-11-05`), days: 5 });
  await manager.update(
    CompetitionEntity,
    { id: context.competitionId },
    { finalClosedAt: at(`${year}-11-11`, 600) },
  );
  record('round.closed', 'competition', context.competitionId, at(`${year}-11-11`, 600), { round: 'FINAL' });
  competition = await manager.findOneByOrFail(CompetitionEntity, { id: context.competitionId });
  const ranking = await storeRun(context, selection, competition, 'FINAL', at(`${year}-11-12`, 480));
  record('final.run', 'selection_run', ranking.id, ranking.createdAt, { method: ranking.method });
  const awarded = at(`${year}-11-20`, 240);
  await publishAwards(context, selection, competition, ranking, awarded);
  record(
    'awards.published',
    'competition',
    context.competitionId,
    awarded,
    { stage: 'AWARDS', runId: ranking.id },
    { stage: 'FINAL' },
  );

  // A past edition: the deal flow goes on.
  await manager.update(CompetitionEntity, { id: context.competitionId }, { stage: 'MATCHMAKING' });
  record(
    'competition.stage_changed',
    'competition',
    context.competitionId,
    at(`${year}-11-21`, 60),
    { stage: 'MATCHMAKING' },
    { stage: 'AWARDS' },
  );
  await bulkInsert(manager, AuditEventEntity, events);
}

/** Assigns the round's projects with the real algorithm (k judges, load limits, conflicts respected). */
async function assign(context: DemoContext, round: JudgingRound, createdAt: Date): Promise<Review[]> {
  const { manager, competitionId } = context;
  const competition = await manager.findOneByOrFail(CompetitionEntity, { id: competitionId });
  const projects = await manager.find(ProjectEntity, {
    where: { competitionId, status: round === 'PRELIMINARY' ? 'SUBMITTED' : 'FINALIST' },
    order: { id: 'ASC' },
  });
  const judges = await manager.find(JudgeEntity, {
    where: { competitionId, status: 'ACTIVE' },
    order: { id: 'ASC' },
  });
  const conflicted = await loadConflictChecker(
    manager,
    judges,
    projects.map((p) => p.id),
  );
  const k = round === 'FINAL' ? Math.max(competition.reviewsPerProject, 1) : competition.reviewsPerProject;
  const { pairs, shortfalls } = assignJudges(
    projects.map((p) => ({ projectId: p.id, fieldId: p.fieldId ?? 'none', judgeIds: [] })),
    judges.map((j) => ({
      judgeId: j.id,
      loadLimit: j.loadLimit ?? competition.judgeLoadLimit,
      load: 0,
      fieldLoad: {},
    })),
    k,
    (judgeId, projectId) => conflicted(judgeId, projectId).length > 0,
  );
  if (shortfalls.length) throw new Error(`demo edition: ${shortfalls.length} projects lack judges`);
  return pairs.map((pair, i) => ({
    ...pair,
    id: demoUuid(`${context.year}/assignment/${round}/${pair.judgeId}/${pair.projectId}`),
    source: 'AUTO' as const,
    createdAt: new Date(createdAt.getTime() + i * 1000),
  }));
}

/**
 * Five judges abstain (each on a different project, never AgroVision's); three of those projects
 * get a replacement judge by hand, two stay below the minimum number of reviews.
 */
async function withAbstentions(context: DemoContext, rng: DemoRandom, reviews: Review[]): Promise<Review[]> {
  const { manager, competitionId, year } = context;
  const judges = await manager.find(JudgeEntity, {
    where: { competitionId, status: 'ACTIVE' },
    order: { id: 'ASC' },
  });
  const projectIds = [...new Set(reviews.map((r) => r.projectId))];
  const conflicted = await loadConflictChecker(manager, judges, projectIds);
  const candidates = rng.shuffle(reviews.filter((r) => r.projectId !== context.plan.agroVisionProjectId));
  const chosen: Review[] = [];
  for (const review of candidates) {
    if (chosen.length === 5) break;
    if (chosen.some((c) => c.projectId === review.projectId || c.judgeId === review.judgeId)) continue;
    chosen.push(review);
  }
  const load = (judgeId: string) => reviews.filter((r) => r.judgeId === judgeId).length;
  const extra: Review[] = [];
  chosen.forEach((review, i) => {
    const judge = JUDGES.find((j) => demoUuid(`${year}/judge/${j.login}`) === review.judgeId);
    const language = judge?.locale === 'zh-CN' ? 'zh' : (judge?.locale ?? 'en');
    review.abstainReason = ABSTAIN_REASONS[i % ABSTAIN_REASONS.length][language];
    if (i >= 3) return;
    const replacement = judges
      .filter((j) => !reviews.some((r) => r.projectId === review.projectId && r.judgeId === j.id))
      .filter((j) => !extra.some((r) => r.projectId === review.projectId && r.judgeId === j.id))
      .filter((j) => conflicted(j.id, review.projectId).length === 0)
      .sort((a, b) => load(a.id) - load(b.id) || a.id.localeCompare(b.id))[0];
    extra.push({
      id: demoUuid(`${year}/assignment/PRELIMINARY/${replacement.id}/${review.projectId}`),
      judgeId: replacement.id,
      projectId: review.projectId,
      source: 'MANUAL',
      createdAt: at(`${year}-09-${String(10 + i).padStart(2, '0')}`, 420),
    });
  });
  return [...reviews, ...extra];
}

/** Scores every review (abstentions excepted) from the project's hidden quality and the judge's habit. */
async function score(
  context: DemoContext,
  rng: DemoRandom,
  round: JudgingRound,
  reviews: Review[],
  window: { from: Date; days: number },
): Promise<void> {
  const { manager, competitionId, year } = context;
  const criteria = await manager.find(CriterionEntity, {
    where: { competitionId, round },
    order: { position: 'ASC' },
  });
  const specs = round === 'PRELIMINARY' ? PRELIMINARY_CRITERIA : FINAL_CRITERIA;
  const keyOf = new Map(criteria.map((c, i) => [c.id, specs[i].key]));
  const habits = new Map(JUDGES.map((j) => [demoUuid(`${year}/judge/${j.login}`), j]));
  const projects = new Map(context.plan.projects.map((p) => [p.id, p]));
  const assignments: Array<Partial<AssignmentEntity>> = [];
  const scores: Array<Partial<ScoreEntity>> = [];
  for (const review of reviews) {
    const submittedAt = new Date(
      window.from.getTime() + Math.floor(rng.next() * window.days * 1440) * 60_000,
    );
    const base = {
      id: review.id,
      competitionId,
      round,
      judgeId: review.judgeId,
      projectId: review.projectId,
      source: review.source,
      createdAt: review.createdAt,
    };
    if (review.abstainReason) {
      assignments.push({
        ...base,
        status: 'ABSTAINED',
        total: null,
        abstainReason: review.abstainReason,
        submittedAt,
      });
      continue;
    }
    const judge = habits.get(review.judgeId);
    const project = projects.get(review.projectId);
    if (!judge || !project) throw new Error('demo edition: unknown judge or project');
    const marks = judgeMarks(rng, project, judge, specs);
    const values = new Map(criteria.map((c) => [c.id, marks[keyOf.get(c.id) ?? '']]));
    assignments.push({
      ...base,
      status: 'SUBMITTED',
      total: reviewTotal(criteria, values),
      abstainReason: null,
      submittedAt,
    });
    const language = judge.locale === 'zh-CN' ? 'zh' : judge.locale;
    for (const c of criteria) {
      const key = keyOf.get(c.id) ?? '';
      const value = values.get(c.id) ?? 0;
      const level = value / c.maxScore < 0.45 ? 0 : value / c.maxScore < 0.75 ? 1 : 2;
      const comment = rng.chance(0.35) ? COMMENTS[key][level][language] : null;
      scores.push({ assignmentId: review.id, criterionId: c.id, value, comment });
    }
  }
  await bulkInsert(manager, AssignmentEntity, assignments);
  await bulkInsert(manager, ScoreEntity, scores);
}

/** Runs the selection (or final ranking) on SelectionService's own inputs and stores the run as it does. */
async function storeRun(
  context: DemoContext,
  selection: SelectionService,
  competition: CompetitionEntity,
  round: JudgingRound,
  createdAt: Date,
): Promise<SelectionRunEntity> {
  const inputs = await selection.inputs(context.manager, competition, round);
  const result: SelectionResult | FinalResult =
    round === 'PRELIMINARY'
      ? runSelection(
          inputs.candidates,
          inputs.scores,
          inputs.settings,
          inputs.overrides.map((o) => ({ projectId: o.projectId, decision: o.decision, reason: o.reason })),
        )
      : rankFinal(inputs.candidates, inputs.scores, inputs.settings, competition.awardPlaces);
  return context.manager.save(
    context.manager.create(SelectionRunEntity, {
      competitionId: competition.id,
      round,
      method: inputs.settings.method,
      settings: { ...inputs.settings, awardPlaces: competition.awardPlaces },
      inputHash: inputs.hash,
      result: result as unknown as Record<string, unknown>,
      createdById: context.organizer.userId,
      createdAt,
    }),
  );
}
