import type { EngagementKind } from '@bridge/contracts';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalizedTextDto } from '../../common/graphql/localized-text.dto';
import { ConnectionType } from '../../common/pagination/connection';
import { EngagementKindEnum } from './outcomes.enums';

@ObjectType('FunnelConversion', { description: 'A conversion between two funnel steps: `to / from`.' })
export class FunnelConversionDto {
  @Field({
    description:
      'A step key: applications, finalists, requested, accepted, engagements, landed, invested, rd.',
  })
  from: string;

  @Field()
  to: string;

  @Field(() => Float, { nullable: true, description: 'Null when `from` is 0.' })
  rate: number | null;
}

@ObjectType('OutcomeFunnel', { description: 'The outcome funnel of one edition (or all), field or park.' })
export class OutcomeFunnelDto {
  @Field(() => ID, { nullable: true })
  competitionId: string | null;

  @Field(() => Int, { description: 'Non-draft projects.' })
  applications: number;

  @Field(() => Int, { description: 'Projects that are FINALIST or AWARDED.' })
  finalists: number;

  @Field(() => Int, { description: 'Every introduction request to the projects.' })
  introductionsRequested: number;

  @Field(() => Int)
  introductionsAccepted: number;

  @Field(() => Int, { description: 'Every engagement of the projects.' })
  engagements: number;

  @Field(() => Int, { description: 'LANDING engagements at COMPANY_REGISTERED or OPERATING.' })
  landed: number;

  @Field(() => Int, { description: 'INVESTMENT engagements at CLOSED_WON.' })
  invested: number;

  @Field(() => Int, {
    description: 'RD_PARTNERSHIP engagements at AGREEMENT_SIGNED, IN_PROGRESS or COMPLETED.',
  })
  rdAgreements: number;

  @Field(() => [FunnelConversionDto])
  conversion: FunnelConversionDto[];
}

@ObjectType('StageTime', { description: 'Median days spent in a stage (stays that ended).' })
export class StageTimeDto {
  @Field(() => EngagementKindEnum)
  kind: EngagementKind;

  @Field()
  stage: string;

  @Field(() => Float, { nullable: true, description: 'Null without samples.' })
  medianDays: number | null;

  @Field(() => Int)
  samples: number;
}

@ObjectType('OutcomeBreakdown')
export class OutcomeBreakdownDto {
  @Field({ description: 'The field code, or the park organisation id.' })
  key: string;

  @Field(() => LocalizedTextDto, { nullable: true })
  label: LocalizedTextDto | null;

  @Field(() => OutcomeFunnelDto)
  funnel: OutcomeFunnelDto;
}

@ObjectType('Outcomes')
export class OutcomesDto {
  @Field(() => OutcomeFunnelDto)
  funnel: OutcomeFunnelDto;

  @Field(() => [OutcomeBreakdownDto])
  byField: OutcomeBreakdownDto[];

  @Field(() => [OutcomeBreakdownDto])
  byPark: OutcomeBreakdownDto[];

  @Field(() => [StageTimeDto])
  stageTimes: StageTimeDto[];
}

@ObjectType('OutcomeRegisteredCompany', { description: 'The company a landing registered (when recorded).' })
export class RegisteredCompanyDto {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  registrationNumber: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  registeredOn: string | null;
}

@ObjectType('OutcomeEngagement', {
  description: 'An engagement as organizers see it in outcome reports: stages and dates, never notes.',
})
export class OutcomeEngagementDto {
  @Field(() => ID)
  engagementId: string;

  @Field(() => ID)
  projectId: string;

  @Field(() => LocalizedTextDto)
  projectTitle: LocalizedTextDto;

  @Field(() => String, { nullable: true })
  fieldCode: string | null;

  @Field(() => LocalizedTextDto)
  partnerName: LocalizedTextDto;

  @Field(() => EngagementKindEnum)
  kind: EngagementKind;

  @Field()
  stage: string;

  @Field()
  stageEnteredAt: Date;

  @Field()
  startedAt: Date;

  @Field(() => RegisteredCompanyDto, { nullable: true })
  registeredCompany: RegisteredCompanyDto | null;
}

@ObjectType()
export class OutcomeEngagementConnection extends ConnectionType(OutcomeEngagementDto, 'OutcomeEngagement') {}
