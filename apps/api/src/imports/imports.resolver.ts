import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import { ImportJobConnection, ImportJobDto } from './dtos/import-job.dto';
import { ImportJobsArgs } from './dtos/import-jobs.args';
import { ImportCommitter } from './import-committer.service';
import { ImportsService } from './imports.service';

/** Preview and commit of application imports (the upload itself is `POST /imports/applications`). */
@Resolver(() => ImportJobDto)
export class ImportsResolver {
  constructor(
    private readonly imports: ImportsService,
    private readonly committer: ImportCommitter,
  ) {}

  @Allow('RUN_COMPETITIONS')
  @Query(() => ImportJobDto, { description: 'An import: progress, counts, row-by-row errors and a preview.' })
  async importJob(@Args('id', { type: () => ID }) id: string): Promise<ImportJobDto> {
    const { job, live } = await this.imports.get(id);
    return ImportJobDto.from(job, live);
  }

  @Allow('RUN_COMPETITIONS')
  @Query(() => ImportJobConnection, { description: "An edition's imports, newest first." })
  async importJobs(@Args() args: ImportJobsArgs) {
    const connection = await this.imports.list(args.competitionId, args);
    return {
      ...connection,
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: ImportJobDto.from(e.node) })),
    };
  }

  @Allow('RUN_COMPETITIONS')
  @Mutation(() => ImportJobDto, {
    description:
      'Writes a READY import in one transaction (new start-ups and projects, updates of earlier imports). ' +
      'CONFLICT errors.import.hasErrors / errors.import.notReady otherwise.',
  })
  async commitImport(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return ImportJobDto.from(await this.committer.commit(viewer, id));
  }
}
