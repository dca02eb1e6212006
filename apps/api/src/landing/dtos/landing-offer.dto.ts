import type { LandingOfferStatus, LandingSpaceType, ProjectStage } from '@bridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectStageEnum } from '../../competitions/dtos/competition.enums';
import GraphQLJSON from '../../common/graphql/json.scalar';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import { ConnectionType } from '../../common/pagination/connection';
import type { Eligibility } from '../eligibility';
import type { LandingOfferEntity } from '../entities/landing-offer.entity';
import type { OfferValue } from '../offer-value';
import { LandingOfferStatusEnum, LandingSpaceTypeEnum } from './landing.enums';

@ObjectType('EligibilityRules', { description: 'Empty values are rules the offer does not set.' })
export class EligibilityRulesDto {
  @Field(() => Int, { nullable: true, description: 'Whole years since founding, at most.' })
  maxCompanyAgeYears: number | null;
  @Field(() => [ProjectStageEnum]) stages: ProjectStage[];
  @Field(() => Int, { nullable: true }) trlMin: number | null;
  @Field(() => Int, { nullable: true }) trlMax: number | null;
  @Field(() => Float, { nullable: true, description: 'USD cents (the ask’s USD equivalent).' })
  fundingUsdMin: number | null;
  @Field(() => Float, { nullable: true, description: 'USD cents.' }) fundingUsdMax: number | null;
  @Field(() => [String]) fieldCodes: string[];
}

@ObjectType('OfferValuePart')
export class OfferValuePartDto {
  @Field({ description: 'RENT_FREE, RENT_SUBSIDY_YEAR_1..3 or CASH_GRANT.' }) key: string;
  @Field(() => Float) cnyMinor: number;
}

@ObjectType('OfferValue', {
  description:
    'The money of an offer over its first 36 months, as one comparable figure (docs/landing.md): rent-free months at a reference rent, rent subsidies, cash grants.',
})
export class OfferValueDto {
  @Field(() => Float) cnyMinor: number;
  @Field(() => Float, { description: 'USD cents at the shared reference rate.' }) usdMinor: number;
  @Field(() => [OfferValuePartDto]) breakdown: OfferValuePartDto[];

  static from(value: OfferValue): OfferValueDto {
    return Object.assign(new OfferValueDto(), value);
  }
}

@ObjectType('EligibilityRule')
export class EligibilityRuleDto {
  @Field({ description: 'COMPANY_AGE, STAGE, TRL, FUNDING_ASK or FIELD.' }) key: string;
  @Field(() => Boolean, { nullable: true, description: 'null: unknown (the project lacks the value).' })
  met: boolean | null;
  @Field(() => GraphQLJSON, {
    description: 'What the rule asks (min, max, allowed) and the project’s actual.',
  })
  params: Record<string, unknown>;
}

@ObjectType('Eligibility')
export class EligibilityDto {
  @Field({ description: 'Every rule met (an unknown one does not count as met).' }) eligible: boolean;
  @Field(() => [EligibilityRuleDto]) rules: EligibilityRuleDto[];

  static from(eligibility: Eligibility): EligibilityDto {
    return Object.assign(new EligibilityDto(), eligibility);
  }
}

/** A landing offer as the viewer sees it; `mine` and `applicationCount` depend on who asks. */
@ObjectType('LandingOffer')
export class LandingOfferDto {
  @Field(() => ID) id: string;
  @Field(() => LandingOfferStatusEnum) status: LandingOfferStatus;
  @Field(() => LocalizedTextDto) title: LocalizedTextDto;
  @Field(() => LocalizedTextDto, { nullable: true }) description: LocalizedTextDto | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => Int, { nullable: true }) spaceSqm: number | null;
  @Field(() => LandingSpaceTypeEnum, { nullable: true }) spaceType: LandingSpaceType | null;
  @Field(() => Int, { nullable: true }) rentFreeMonths: number | null;
  @Field(() => [Float], { description: 'CNY fen per m² per month, for year 1, 2, … of the stay.' })
  rentSubsidyPerSqmMonthByYear: number[];
  @Field(() => Float, { nullable: true, description: 'CNY fen.' }) cashGrantCnyMinor: number | null;
  @Field(() => LocalizedTextDto, { nullable: true }) taxIncentives: LocalizedTextDto | null;
  @Field(() => LocalizedTextDto, { nullable: true }) talentSupport: LocalizedTextDto | null;
  @Field(() => LocalizedTextDto, { nullable: true }) housingSupport: LocalizedTextDto | null;
  @Field(() => [String], { description: 'LANDING_SERVICE_CODES.' }) services: string[];
  @Field(() => LocalizedTextDto, { nullable: true, description: 'More about the services.' })
  servicesNote: LocalizedTextDto | null;
  @Field(() => [String]) targetFieldCodes: string[];
  @Field(() => Date, { nullable: true }) deadline: Date | null;
  @Field(() => EligibilityRulesDto) rules: EligibilityRulesDto;
  @Field(() => Date, { nullable: true }) openedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field({ description: 'Your active organisation posted it.' }) mine: boolean;
  @Field({ description: 'OPEN and before its deadline: it takes applications now.' })
  acceptingApplications: boolean;

  /** Internal: the row behind it. */
  entity: LandingOfferEntity;

  static from(entity: LandingOfferEntity, mine: boolean, now = new Date()): LandingOfferDto {
    const rules = entity.rules ?? {};
    return Object.assign(new LandingOfferDto(), {
      id: entity.id,
      status: entity.status,
      title: entity.title,
      description: entity.description,
      city: entity.city,
      spaceSqm: entity.spaceSqm,
      spaceType: entity.spaceType,
      rentFreeMonths: entity.rentFreeMonths,
      rentSubsidyPerSqmMonthByYear: entity.rentSubsidyPerSqmMonthByYear,
      cashGrantCnyMinor: entity.cashGrantCnyMinor,
      taxIncentives: entity.taxIncentives,
      talentSupport: entity.talentSupport,
      housingSupport: entity.housingSupport,
      services: entity.services,
      servicesNote: entity.servicesNote,
      targetFieldCodes: entity.targetFieldCodes,
      deadline: entity.deadline,
      rules: {
        maxCompanyAgeYears: rules.maxCompanyAgeYears ?? null,
        stages: [...(rules.stages ?? [])],
        trlMin: rules.trlMin ?? null,
        trlMax: rules.trlMax ?? null,
        fundingUsdMin: rules.fundingUsdMin ?? null,
        fundingUsdMax: rules.fundingUsdMax ?? null,
        fieldCodes: [...(rules.fieldCodes ?? [])],
      },
      openedAt: entity.openedAt,
      closedAt: entity.closedAt,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      mine,
      acceptingApplications: acceptsApplications(entity, now),
      entity,
    });
  }
}

/** OPEN and its deadline (if any) not passed. */
export function acceptsApplications(
  offer: Pick<LandingOfferEntity, 'status' | 'deadline'>,
  now = new Date(),
) {
  return offer.status === 'OPEN' && (!offer.deadline || offer.deadline.getTime() > now.getTime());
}

export const LandingOfferConnection = ConnectionType(LandingOfferDto, 'LandingOffer');

@ObjectType('OfferEligibility')
export class OfferEligibilityDto {
  @Field(() => LandingOfferDto) offer: LandingOfferDto;
  @Field(() => EligibilityDto) eligibility: EligibilityDto;
}
