import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '../../common/pagination/connection';

@ArgsType()
export class ImportJobsArgs extends PageArgs {
  @Field(() => ID) @IsUUID() competitionId: string;
}
