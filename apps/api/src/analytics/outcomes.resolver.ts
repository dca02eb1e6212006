import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../identity/access.decorators';
import { OutcomeEngagementsArgs, OutcomesArgs } from './dtos/outcomes.args';
import { OutcomeEngagementConnection, OutcomeFunnelDto, OutcomesDto } from './dtos/outcomes.dto';
import type { Funnel } from './outcomes.funnel';
import { OutcomesService } from './outcomes.service';

/** The outcomes dashboard and report, for organizers (the files: /outcomes/export.xlsx|csv). */
@Resolver(() => OutcomesDto)
export class OutcomesResolver {
  constructor(private readonly service: OutcomesService) {}

  @Allow('RUN_COMPETITIONS')
  @Query(() => OutcomesDto, {
    description:
      'The outcome funnel of one edition (or every edition), per field and per park, and stage times.',
  })
  async outcomes(@Args() args: OutcomesArgs): Promise<OutcomesDto> {
    const { funnel, byField, byPark, stageTimes } = await this.service.outcomes(args.competitionId ?? null);
    return {
      funnel: toDto(funnel),
      byField: byField.map((b) => ({ ...b, funnel: toDto(b.funnel) })),
      byPark: byPark.map((b) => ({ ...b, funnel: toDto(b.funnel) })),
      stageTimes,
    };
  }

  @Allow('RUN_COMPETITIONS')
  @Query(() => OutcomeEngagementConnection, {
    description:
      'The engagements behind a chart segment, newest first: stages and dates, never notes or messages.',
  })
  async outcomeEngagements(@Args() args: OutcomeEngagementsArgs): Promise<OutcomeEngagementConnection> {
    const page = await this.service.engagements(args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({
        cursor,
        node: {
          engagementId: node.id,
          projectId: node.projectId,
          projectTitle: node.projectTitle,
          fieldCode: node.fieldCode,
          partnerName: node.partnerName,
          kind: node.kind,
          stage: node.stage,
          stageEnteredAt: node.stageEnteredAt,
          startedAt: node.createdAt,
          registeredCompany: node.registeredCompany,
        },
      })),
    };
  }
}

function toDto(funnel: Funnel): OutcomeFunnelDto {
  return {
    competitionId: funnel.competitionId,
    applications: funnel.applications,
    finalists: funnel.finalists,
    introductionsRequested: funnel.requested,
    introductionsAccepted: funnel.accepted,
    engagements: funnel.engagements,
    landed: funnel.landed,
    invested: funnel.invested,
    rdAgreements: funnel.rd,
    conversion: funnel.conversion,
  };
}
