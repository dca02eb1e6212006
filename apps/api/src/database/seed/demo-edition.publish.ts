import type { JudgingRound } from '@bridge/contracts';
import { CompetitionEntity } from '../../competitions/entities/competition.entity';
import { SelectionRunEntity } from '../../judging/entities/selection-run.entity';
import type { FinalResult, SelectionResult } from '../../judging/selection';
import { SelectionService } from '../../judging/selection.service';
import { NotificationEntity } from '../../notifications/notification.entity';
import { NotificationsService } from '../../notifications/notifications.service';
import { ProjectEntity } from '../../projects/entities/project.entity';
import { bulkInsert } from './demo-db';
import type { DemoContext } from './demo-edition.judging';

/**
 * Publication of the demo edition's results, with the same effects as SelectionService.publish:
 * only the latest run, only if its inputs are unchanged; project statuses, published score and rank
 * (or award places); notices to the start-ups' members; the edition's stage and timestamps. Written
 * here because the whole demo edition is one transaction, dated in its year.
 */
async function latestCurrentRun(
  context: DemoContext,
  selection: SelectionService,
  competition: CompetitionEntity,
  run: SelectionRunEntity,
  round: JudgingRound,
): Promise<void> {
  const latest = await context.manager.findOne(SelectionRunEntity, {
    where: { competitionId: competition.id, round },
    order: { createdAt: 'DESC' },
  });
  const inputs = await selection.inputs(context.manager, competition, round);
  if (latest?.id !== run.id || run.inputHash !== inputs.hash) {
    throw new Error(`demo edition: the ${round} run to publish is not the latest, current run`);
  }
}

const titleOf = (project: ProjectEntity) => project.title.en ?? project.title.ru ?? project.title.zh ?? '';

async function notices(context: DemoContext, projects: ProjectEntity[], createdAt: Date) {
  const members = await new NotificationsService(context.dataSource).membersOf(
    context.manager,
    projects.map((p) => p.organizationId),
  );
  return (message: (project: ProjectEntity) => Pick<NotificationEntity, 'kind' | 'key' | 'params'> | null) =>
    projects.flatMap((project) => {
      const text = message(project);
      const userIds = [...new Set(members.get(project.organizationId) ?? [])];
      return text
        ? userIds.map((userId) => ({ userId, ...text, link: `/projects/${project.id}`, createdAt }))
        : [];
    });
}

export async function publishFinalists(
  context: DemoContext,
  selection: SelectionService,
  competition: CompetitionEntity,
  run: SelectionRunEntity,
  publishedAt: Date,
): Promise<void> {
  const { manager } = context;
  await latestCurrentRun(context, selection, competition, run, 'PRELIMINARY');
  const projects = await manager.find(ProjectEntity, {
    where: { competitionId: competition.id, status: 'SUBMITTED' },
  });
  const outcomes = new Map((run.result as unknown as SelectionResult).projects.map((o) => [o.projectId, o]));
  const rows = projects.map((p) => {
    const outcome = outcomes.get(p.id);
    return {
      id: p.id,
      status: outcome?.selected ? 'FINALIST' : 'NOT_SELECTED',
      score: outcome?.quality ?? null,
      rank: outcome?.rankInField ?? null,
    };
  });
  await manager.query(
    `UPDATE projects p SET status = v.status, published_score = v.score, published_rank_in_field = v.rank, updated_at = now()
       FROM unnest($1::uuid[], $2::varchar[], $3::numeric[], $4::int[]) AS v(id, status, score, rank)
      WHERE p.id = v.id AND p.status = 'SUBMITTED'`,
    [rows.map((r) => r.id), rows.map((r) => r.status), rows.map((r) => r.score), rows.map((r) => r.rank)],
  );
  const notify = await notices(context, projects, publishedAt);
  await bulkInsert(
    manager,
    NotificationEntity,
    notify((project) => ({
      kind: 'selection.published',
      key: outcomes.get(project.id)?.selected
        ? 'notifications.selection.finalist'
        : 'notifications.selection.notSelected',
      params: { project: titleOf(project) },
    })),
  );
  await manager.update(
    CompetitionEntity,
    { id: competition.id },
    { stage: 'FINALISTS_ANNOUNCED', finalistsPublishedAt: publishedAt },
  );
  await manager.update(SelectionRunEntity, { id: run.id }, { publishedAt });
}

export async function publishAwards(
  context: DemoContext,
  selection: SelectionService,
  competition: CompetitionEntity,
  run: SelectionRunEntity,
  publishedAt: Date,
): Promise<void> {
  const { manager } = context;
  await latestCurrentRun(context, selection, competition, run, 'FINAL');
  const projects = await manager.find(ProjectEntity, {
    where: { competitionId: competition.id, status: 'FINALIST' },
  });
  const places = new Map((run.result as unknown as FinalResult).projects.map((o) => [o.projectId, o.place]));
  for (const project of projects) {
    const place = places.get(project.id) ?? null;
    await manager.update(
      ProjectEntity,
      { id: project.id, status: 'FINALIST' },
      { awardPlace: place, ...(place ? { status: 'AWARDED' as const } : {}) },
    );
  }
  const notify = await notices(context, projects, publishedAt);
  await bulkInsert(
    manager,
    NotificationEntity,
    notify((project) => {
      const place = places.get(project.id);
      return place
        ? {
            kind: 'awards.published',
            key: 'notifications.awards.place',
            params: { place, project: titleOf(project) },
          }
        : null;
    }),
  );
  await manager.update(
    CompetitionEntity,
    { id: competition.id },
    { stage: 'AWARDS', awardsPublishedAt: publishedAt },
  );
  await manager.update(SelectionRunEntity, { id: run.id }, { publishedAt });
}
