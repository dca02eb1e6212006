import type { ProjectStage, SeekingKind } from '@bridge/contracts';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ProjectStageEnum, SeekingKindEnum } from '../../competitions/dtos/competition.enums';
import type { MarketPreferencesEntity } from '../market-preferences.entity';

@ObjectType('MarketPreferences', {
  description: 'What your organisation looks for; recommendations rank the projects you may see by it.',
})
export class MarketPreferencesDto {
  @Field(() => [String], { description: 'Field codes, e.g. AI, ROBOTICS.' }) fieldCodes: string[];
  @Field(() => [ProjectStageEnum]) stages: ProjectStage[];
  @Field(() => Int, { nullable: true }) trlMin: number | null;
  @Field(() => Int, { nullable: true }) trlMax: number | null;
  @Field(() => Float, { nullable: true, description: 'Smallest ticket, USD equivalent in cents.' })
  ticketMinUsd: number | null;
  @Field(() => Float, { nullable: true, description: 'Largest ticket, USD equivalent in cents.' })
  ticketMaxUsd: number | null;
  @Field(() => [SeekingKindEnum], { description: 'What you offer, matched against what projects seek.' })
  offers: SeekingKind[];
  @Field(() => [String], { description: 'City names, or keys of the search CITY facet.' }) cities: string[];
  @Field() updatedAt: Date;

  static from(entity: MarketPreferencesEntity): MarketPreferencesDto {
    return {
      fieldCodes: entity.fieldCodes,
      stages: entity.stages,
      trlMin: entity.trlMin,
      trlMax: entity.trlMax,
      ticketMinUsd: entity.ticketMinUsd,
      ticketMaxUsd: entity.ticketMaxUsd,
      offers: entity.offers,
      cities: entity.cities,
      updatedAt: entity.updatedAt,
    };
  }
}
