import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { CompetitionDto } from '../competitions/dtos/competition.dto';
import { Public, CurrentViewer } from '../identity/access.decorators';
import type { RequestContext, Viewer } from '../identity/viewer';
import { ProjectDto } from '../projects/dtos/project.dto';
import { ProjectEntity } from '../projects/entities/project.entity';
import { projectAccess } from '../projects/project-access';

/** Published results of an edition, for everyone: finalists and winners as public cards (or more). */
@Resolver(() => CompetitionDto)
export class ResultsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @ResolveField(() => [ProjectDto], { description: 'Published finalists (winners first, by place).' })
  async finalists(
    @Parent() competition: CompetitionDto,
    @CurrentViewer() viewer: Viewer | null,
    @Context() _context: RequestContext,
  ): Promise<ProjectDto[]> {
    if (!competition.finalistsPublishedAt) return [];
    const projects = await this.dataSource.getRepository(ProjectEntity).find({
      where: { competitionId: competition.id, status: In(['FINALIST', 'AWARDED']) },
      order: { publishedRankInField: 'ASC', id: 'ASC' },
    });
    const awardsOut = !!competition.awardsPublishedAt;
    return projects
      .map((p) => ({ p, access: projectAccess(viewer, p, competition, false) }))
      .filter((x): x is { p: ProjectEntity; access: NonNullable<typeof x.access> } => !!x.access)
      .sort((a, b) => (awardsOut ? (a.p.awardPlace ?? 99) - (b.p.awardPlace ?? 99) : 0))
      .map(({ p, access }) => ProjectDto.from(p, access));
  }
}
