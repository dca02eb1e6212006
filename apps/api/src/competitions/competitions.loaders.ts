import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { byKey, groupByKey, requestLoader } from '../common/dataloader/request-loader';
import type { RequestContext } from '../identity/viewer';
import { CompetitionFieldEntity } from './entities/competition-field.entity';
import { CompetitionStageDateEntity } from './entities/competition-stage-date.entity';
import { CompetitionEntity } from './entities/competition.entity';

@Injectable()
export class CompetitionsLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  competitions(context: RequestContext) {
    return requestLoader(context, 'competitions', async (ids: readonly string[]) =>
      byKey(
        ids,
        await this.dataSource.getRepository(CompetitionEntity).findBy({ id: In([...ids]) }),
        (c) => c.id,
      ),
    );
  }

  fields(context: RequestContext) {
    return requestLoader(context, 'competitionFields', async (ids: readonly string[]) =>
      byKey(
        ids,
        await this.dataSource.getRepository(CompetitionFieldEntity).findBy({ id: In([...ids]) }),
        (f) => f.id,
      ),
    );
  }

  fieldsOfCompetition(context: RequestContext) {
    return requestLoader(context, 'fieldsOfCompetition', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(CompetitionFieldEntity)
        .find({ where: { competitionId: In([...ids]) }, order: { position: 'ASC' } });
      return groupByKey(ids, rows, (f) => f.competitionId);
    });
  }

  timelineOfCompetition(context: RequestContext) {
    return requestLoader(context, 'timelineOfCompetition', async (ids: readonly string[]) => {
      const rows = await this.dataSource
        .getRepository(CompetitionStageDateEntity)
        .find({ where: { competitionId: In([...ids]) }, order: { startsOn: 'ASC' } });
      return groupByKey(ids, rows, (d) => d.competitionId);
    });
  }
}
