import type { JudgingRound } from '@bridge/contracts';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CompetitionDto } from '../competitions/dtos/competition.dto';
import { JudgingRoundEnum } from '../competitions/dtos/competition.enums';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import { OverrideInput, PublishRunInput, RoundInput } from './dtos/judging.inputs';
import { SelectionOverrideDto, SelectionRunDto } from './dtos/selection.dto';
import { SelectionRunEntity } from './entities/selection-run.entity';
import type { FinalResult, SelectionResult } from './selection';
import { SelectionService } from './selection.service';

@Resolver(() => SelectionRunDto)
export class SelectionResolver {
  constructor(private readonly selection: SelectionService) {}

  private async toDto(run: SelectionRunEntity): Promise<SelectionRunDto> {
    const preliminary = run.round === 'PRELIMINARY' ? (run.result as unknown as SelectionResult) : null;
    const final = run.round === 'FINAL' ? (run.result as unknown as FinalResult) : null;
    const effects = preliminary?.judges ?? final?.judges ?? [];
    const [names, stale, overrides] = await Promise.all([
      this.selection.judgeNames(effects.map((j) => j.judgeId)),
      this.selection.isStale(run),
      run.round === 'PRELIMINARY' ? this.selection.overrides(run.competitionId) : Promise.resolve([]),
    ]);
    return {
      id: run.id,
      competitionId: run.competitionId,
      round: run.round,
      method: run.method,
      createdAt: run.createdAt,
      publishedAt: run.publishedAt,
      stale,
      converged: preliminary?.converged ?? true,
      iterations: preliminary?.iterations ?? 0,
      tieBreak: preliminary?.tieBreak ?? [],
      outcomes: preliminary?.projects ?? [],
      finalOutcomes: final?.projects ?? [],
      judges: effects.map((j) => ({
        ...j,
        judgeName: names.find((n) => n.id === j.judgeId)?.displayName ?? '',
      })),
      fields: preliminary?.fields ?? [],
      overrides: overrides.map((o) => ({
        id: o.id,
        projectId: o.projectId,
        decision: o.decision,
        reason: o.reason,
        createdAt: o.createdAt,
      })),
    };
  }

  @Allow('RUN_COMPETITIONS')
  @Query(() => SelectionRunDto, {
    nullable: true,
    description: 'The latest selection (or final ranking) run.',
  })
  async selectionRun(
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('round', { type: () => JudgingRoundEnum }) round: JudgingRound,
  ) {
    const run = await this.selection.latest(competitionId, round);
    return run ? this.toDto(run) : null;
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => SelectionRunDto, {
    description: 'Runs the selection (PRELIMINARY) or the final ranking (FINAL).',
  })
  async runSelection(@CurrentViewer() viewer: Viewer, @Args('input') input: RoundInput) {
    return this.toDto(await this.selection.run(viewer, input.competitionId, input.round));
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => SelectionOverrideDto, {
    description: 'Includes or excludes a project, with a written reason.',
  })
  async setSelectionOverride(@CurrentViewer() viewer: Viewer, @Args('input') input: OverrideInput) {
    const o = await this.selection.override(viewer, input);
    return {
      id: o.id,
      projectId: o.projectId,
      decision: o.decision,
      reason: o.reason,
      createdAt: o.createdAt,
    };
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => Boolean)
  removeSelectionOverride(
    @CurrentViewer() viewer: Viewer,
    @Args('competitionId', { type: () => ID }) competitionId: string,
    @Args('projectId', { type: () => ID }) projectId: string,
  ) {
    return this.selection.removeOverride(viewer, competitionId, projectId);
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => CompetitionDto, {
    description: 'Publishes the finalists of the latest, current selection run.',
  })
  async publishSelection(@CurrentViewer() viewer: Viewer, @Args('input') input: PublishRunInput) {
    return CompetitionDto.from(
      await this.selection.publish(viewer, input.competitionId, input.runId, 'PRELIMINARY'),
    );
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => CompetitionDto, { description: 'Publishes the award places of the latest final ranking.' })
  async publishAwards(@CurrentViewer() viewer: Viewer, @Args('input') input: PublishRunInput) {
    return CompetitionDto.from(
      await this.selection.publish(viewer, input.competitionId, input.runId, 'FINAL'),
    );
  }
}
