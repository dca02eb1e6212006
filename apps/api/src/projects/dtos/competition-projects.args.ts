import { PROJECT_STATUSES } from '@bridge/contracts';
import type { ProjectStatus } from '@bridge/contracts';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection';
import { ProjectStatusEnum } from '../../competitions/dtos/competition.enums';

@ArgsType()
export class CompetitionProjectsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() competitionId: string;

  @Field(() => ProjectStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn([...PROJECT_STATUSES])
  status?: ProjectStatus | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() fieldId?: string | null;
}
