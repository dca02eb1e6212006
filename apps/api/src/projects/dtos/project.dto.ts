import type { Currency, ProjectStage, ProjectStatus, SeekingKind } from '@bridge/contracts';
import { usdEquivalentMinor } from '@bridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import { ConnectionType } from '../../common/pagination/connection';
import {
  CurrencyEnum,
  ProjectStageEnum,
  ProjectStatusEnum,
  SeekingKindEnum,
} from '../../competitions/dtos/competition.enums';
import { ProjectEntity } from '../entities/project.entity';
import { ProjectAccess, seesFullProfile } from '../project-access';

@ObjectType('Money')
export class MoneyDto {
  @Field(() => Float, { description: 'Minor units (kopecks, fen, cents).' }) amountMinor: number;
  @Field(() => CurrencyEnum) currency: Currency;
  @Field(() => Float, { description: 'USD equivalent in cents, from the reference rates.' }) usdMinor: number;
}

@ObjectType('ProjectContacts', {
  description: 'Private: the team, organizers and accepted counterparties only.',
})
export class ProjectContactsDto {
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) messenger: string | null;
}

@ObjectType('ProjectResult', { description: 'Published results; scores only where DESIGN.md §4 allows.' })
export class ProjectResultDto {
  @Field(() => Float, { nullable: true, description: 'Normalised preliminary score (0–100 scale).' })
  score: number | null;
  @Field(() => Int, { nullable: true }) rankInField: number | null;
  @Field() finalist: boolean;
  @Field(() => Int, { nullable: true }) awardPlace: number | null;
}

/**
 * A project as one viewer may see it: fields beyond the public card are null for PUBLIC access;
 * contacts and results are resolved by field resolvers from `access` and the private values.
 */
@ObjectType('Project')
export class ProjectDto {
  @Field(() => ID) id: string;
  @Field(() => ID) competitionId: string;
  @Field(() => ID, { nullable: true }) fieldId: string | null;
  @Field(() => ID) organizationId: string;
  @Field(() => ProjectStatusEnum) status: ProjectStatus;
  @Field(() => LocalizedTextDto) title: LocalizedTextDto;
  @Field(() => LocalizedTextDto) summary: LocalizedTextDto;
  @Field(() => LocalizedTextDto, { nullable: true }) description: LocalizedTextDto | null;
  @Field(() => [String], { nullable: true }) tags: string[] | null;
  @Field(() => Int, { nullable: true }) trl: number | null;
  @Field(() => ProjectStageEnum, { nullable: true }) stage: ProjectStage | null;
  @Field(() => MoneyDto, { nullable: true }) fundingAsk: MoneyDto | null;
  @Field(() => [SeekingKindEnum], { nullable: true }) seeking: SeekingKind[] | null;
  @Field(() => Int, { nullable: true }) teamSize: number | null;
  @Field(() => Int, { nullable: true }) foundedYear: number | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) pitchDeckUrl: string | null;
  @Field(() => String, { nullable: true }) videoUrl: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Team and organizers only.' }) visibilityConsent:
    boolean | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field() updatedAt: Date;

  /** Internal: what the viewer may see, and the values behind the guarded fields. */
  access: ProjectAccess;
  entity: ProjectEntity;

  static from(entity: ProjectEntity, access: ProjectAccess): ProjectDto {
    const full = seesFullProfile(access);
    const own = access === 'TEAM' || access === 'ORGANIZER';
    const money =
      entity.fundingAskAmount !== null && entity.fundingAskCurrency
        ? {
            amountMinor: entity.fundingAskAmount,
            currency: entity.fundingAskCurrency,
            usdMinor: usdEquivalentMinor(entity.fundingAskAmount, entity.fundingAskCurrency),
          }
        : null;
    return Object.assign(new ProjectDto(), {
      id: entity.id,
      competitionId: entity.competitionId,
      fieldId: entity.fieldId,
      organizationId: entity.organizationId,
      status: entity.status,
      title: entity.title,
      summary: entity.summary,
      description: full ? entity.description : null,
      tags: full ? entity.tags : null,
      trl: full ? entity.trl : null,
      stage: full ? entity.stage : null,
      fundingAsk: full ? money : null,
      seeking: full ? entity.seeking : null,
      teamSize: full ? entity.teamSize : null,
      foundedYear: full ? entity.foundedYear : null,
      city: entity.city,
      pitchDeckUrl: full ? entity.pitchDeckUrl : null,
      videoUrl: full ? entity.videoUrl : null,
      visibilityConsent: own ? entity.visibilityConsent : null,
      submittedAt: entity.submittedAt,
      updatedAt: entity.updatedAt,
      access,
      entity,
    });
  }
}

export const ProjectConnection = ConnectionType(ProjectDto, 'Project');
