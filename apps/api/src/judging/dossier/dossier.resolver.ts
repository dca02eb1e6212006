import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../../identity/access.decorators';
import type { Viewer } from '../../identity/viewer';
import { CriterionDto } from '../dtos/judging.dto';
import { DossierService } from './dossier.service';
import { FairnessDossierDto } from './dtos/fairness-dossier.dto';

@Resolver(() => FairnessDossierDto)
export class DossierResolver {
  constructor(private readonly dossiers: DossierService) {}

  @Allow('RUN_COMPETITIONS')
  @Query(() => FairnessDossierDto, {
    description:
      "An edition's fairness dossier, for the printable page (the files: /competitions/:id/dossier.xlsx|csv).",
  })
  async fairnessDossier(
    @CurrentViewer() viewer: Viewer,
    @Args('competitionId', { type: () => ID }) competitionId: string,
  ): Promise<FairnessDossierDto> {
    const { competition: c, ...dossier } = await this.dossiers.build(viewer, competitionId);
    return {
      competitionId: c.id,
      competitionName: c.name,
      year: c.year,
      editionNumber: c.editionNumber,
      stage: c.stage,
      settings: {
        applicationTarget: c.applicationTarget,
        finalistTotal: c.finalistTotal,
        perFieldCap: c.perFieldCap,
        unfilledSlotRule: c.unfilledSlotRule,
        minReviews: c.minReviews,
        awardPlaces: c.awardPlaces,
        normalizationMethod: c.method,
        zscoreMinScores: c.zscoreMinScores,
        reviewsPerProject: c.reviewsPerProject,
        judgeLoadLimit: c.judgeLoadLimit,
        bootstrapRounds: c.bootstrapRounds,
      },
      preliminaryClosedAt: c.preliminaryClosedAt,
      finalistsPublishedAt: c.finalistsPublishedAt,
      finalClosedAt: c.finalClosedAt,
      awardsPublishedAt: c.awardsPublishedAt,
      generatedAt: dossier.generatedAt,
      timeline: dossier.timeline,
      criteria: dossier.criteria.map((criterion) => Object.assign(new CriterionDto(), criterion)),
      runs: dossier.runs,
      judges: dossier.judges,
      assignments: dossier.assignments,
      scores: dossier.scores,
      recusals: dossier.recusals,
      overrides: dossier.overrides,
      results: dossier.results,
    };
  }
}
