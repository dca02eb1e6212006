import type { CompetitionStage, NormalizationMethodName, UnfilledSlotRuleName } from '@bridge/contracts';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import { CompetitionFieldEntity } from '../entities/competition-field.entity';
import { CompetitionStageDateEntity } from '../entities/competition-stage-date.entity';
import { CompetitionEntity } from '../entities/competition.entity';
import { CompetitionStageEnum, NormalizationMethodEnum, UnfilledSlotRuleEnum } from './competition.enums';

@ObjectType('CompetitionSettings')
export class CompetitionSettingsDto {
  @Field(() => Int) applicationTarget: number;
  @Field(() => Int) finalistTotal: number;
  @Field(() => Int) perFieldCap: number;
  @Field(() => UnfilledSlotRuleEnum) unfilledSlotRule: UnfilledSlotRuleName;
  @Field(() => Int) minReviews: number;
  @Field(() => Int) awardPlaces: number;
  @Field(() => NormalizationMethodEnum) normalizationMethod: NormalizationMethodName;
  @Field(() => Int) zscoreMinScores: number;
  @Field(() => Int) reviewsPerProject: number;
  @Field(() => Int) judgeLoadLimit: number;
  @Field(() => Int) bootstrapRounds: number;
}

@ObjectType('CompetitionField')
export class CompetitionFieldDto {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field(() => LocalizedTextDto) name: LocalizedTextDto;
  @Field(() => Int) position: number;

  static from(entity: CompetitionFieldEntity): CompetitionFieldDto {
    return Object.assign(new CompetitionFieldDto(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      position: entity.position,
    });
  }
}

@ObjectType('StageDate')
export class StageDateDto {
  @Field(() => CompetitionStageEnum) stage: CompetitionStage;
  @Field() startsOn: string;
  @Field(() => String, { nullable: true }) endsOn: string | null;

  static from(entity: CompetitionStageDateEntity): StageDateDto {
    return Object.assign(new StageDateDto(), {
      stage: entity.stage,
      startsOn: entity.startsOn,
      endsOn: entity.endsOn,
    });
  }
}

@ObjectType('Competition')
export class CompetitionDto {
  @Field(() => ID) id: string;
  @Field(() => LocalizedTextDto) name: LocalizedTextDto;
  @Field(() => Int) year: number;
  @Field(() => Int) editionNumber: number;
  @Field(() => LocalizedTextDto) organisers: LocalizedTextDto;
  @Field(() => CompetitionStageEnum) stage: CompetitionStage;
  @Field(() => CompetitionSettingsDto) settings: CompetitionSettingsDto;
  @Field() preliminaryClosed: boolean;
  @Field() finalClosed: boolean;
  @Field(() => Date, { nullable: true }) finalistsPublishedAt: Date | null;
  @Field(() => Date, { nullable: true }) awardsPublishedAt: Date | null;
  @Field() createdAt: Date;

  static from(entity: CompetitionEntity): CompetitionDto {
    return Object.assign(new CompetitionDto(), {
      id: entity.id,
      name: entity.name,
      year: entity.year,
      editionNumber: entity.editionNumber,
      organisers: entity.organisers ?? {},
      stage: entity.stage,
      settings: settingsOf(entity),
      preliminaryClosed: !!entity.preliminaryClosedAt,
      finalClosed: !!entity.finalClosedAt,
      finalistsPublishedAt: entity.finalistsPublishedAt,
      awardsPublishedAt: entity.awardsPublishedAt,
      createdAt: entity.createdAt,
    });
  }
}

export function settingsOf(entity: CompetitionEntity): CompetitionSettingsDto {
  return {
    applicationTarget: entity.applicationTarget,
    finalistTotal: entity.finalistTotal,
    perFieldCap: entity.perFieldCap,
    unfilledSlotRule: entity.unfilledSlotRule,
    minReviews: entity.minReviews,
    awardPlaces: entity.awardPlaces,
    normalizationMethod: entity.normalizationMethod,
    zscoreMinScores: entity.zscoreMinScores,
    reviewsPerProject: entity.reviewsPerProject,
    judgeLoadLimit: entity.judgeLoadLimit,
    bootstrapRounds: entity.bootstrapRounds,
  };
}
