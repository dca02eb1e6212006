import { Injectable, inject } from '@angular/core';
import type { LandingApplicationStatus, LandingOfferStatus } from '@bridge/contracts';
import {
  AcceptLandingInvitationDocument,
  ApplyToLandingOfferDocument,
  CloseLandingOfferDocument,
  CreateLandingOfferDocument,
  EligibleOffersDocument,
  InviteToLandingOfferDocument,
  LandingFieldOptionsDocument,
  LandingApplicationsDocument,
  LandingOfferDocument,
  MyLandingApplicationsDocument,
  MyLandingOffersDocument,
  OpenLandingOfferDocument,
  RejectLandingApplicationDocument,
  ShortlistLandingApplicationDocument,
  UpdateLandingOfferDocument,
  WithdrawLandingApplicationDocument,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';
import { FieldOption, fieldOptions } from '../../recommendations/data/edition-fields';
import type { ApplicationView, OfferEligibilityView, OfferView, Page } from './landing.types';
import { formToInput, OfferFormValue } from './offer-form';

/** Items per page of the offer and application lists. */
export const LANDING_PAGE = 50;

interface ConnectionLike<T> {
  edges: { node: T }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount: number;
}

function toPage<T>(connection: ConnectionLike<T>): Page<T> {
  return {
    items: connection.edges.map((edge) => edge.node),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
    totalCount: connection.totalCount,
  };
}

@Injectable({ providedIn: 'root' })
export class LandingApi {
  private readonly gql = inject(GraphqlService);

  /** The fields of every edition, by code (target fields and the FIELD rule). */
  async fieldOptions(): Promise<FieldOption[]> {
    return fieldOptions((await this.gql.query(LandingFieldOptionsDocument)).competitions);
  }

  /** The park's own offers, any status. */
  async myOffers(
    status: LandingOfferStatus | null = null,
    after: string | null = null,
  ): Promise<Page<OfferView>> {
    const data = await this.gql.query(MyLandingOffersDocument, { status, first: LANDING_PAGE, after });
    return toPage<OfferView>(data.myLandingOffers);
  }

  /** NOT_FOUND for a draft of another park. */
  async offer(id: string): Promise<OfferView> {
    return (await this.gql.query(LandingOfferDocument, { id })).landingOffer;
  }

  /** Every open offer with the project's eligibility, rule by rule. */
  async eligibleOffers(projectId: string): Promise<OfferEligibilityView[]> {
    return (await this.gql.query(EligibleOffersDocument, { projectId })).eligibleOffers;
  }

  async create(form: OfferFormValue): Promise<OfferView> {
    const input = formToInput(form);
    return (await this.gql.mutate(CreateLandingOfferDocument, { input })).createLandingOffer;
  }

  async update(id: string, form: OfferFormValue): Promise<OfferView> {
    const input = { id, ...formToInput(form) };
    return (await this.gql.mutate(UpdateLandingOfferDocument, { input })).updateLandingOffer;
  }

  async open(id: string): Promise<OfferView> {
    return (await this.gql.mutate(OpenLandingOfferDocument, { id })).openLandingOffer;
  }

  async close(id: string): Promise<OfferView> {
    return (await this.gql.mutate(CloseLandingOfferDocument, { id })).closeLandingOffer;
  }

  /** A park's applications: of one offer, or of all its offers. */
  async applications(
    offerId: string | null,
    status: LandingApplicationStatus | null,
    after: string | null = null,
  ): Promise<Page<ApplicationView>> {
    const data = await this.gql.query(LandingApplicationsDocument, {
      offerId,
      status,
      first: LANDING_PAGE,
      after,
    });
    return toPage<ApplicationView>(data.landingApplications);
  }

  /** The start-up's applications and invitations. */
  async myApplications(
    status: LandingApplicationStatus | null = null,
    after: string | null = null,
  ): Promise<Page<ApplicationView>> {
    const data = await this.gql.query(MyLandingApplicationsDocument, { status, first: LANDING_PAGE, after });
    return toPage<ApplicationView>(data.myLandingApplications);
  }

  async apply(offerId: string, projectId: string, message: string): Promise<ApplicationView> {
    return (await this.gql.mutate(ApplyToLandingOfferDocument, { input: { offerId, projectId, message } }))
      .applyToLandingOffer;
  }

  async invite(offerId: string, projectId: string, message: string): Promise<ApplicationView> {
    return (await this.gql.mutate(InviteToLandingOfferDocument, { input: { offerId, projectId, message } }))
      .inviteToLandingOffer;
  }

  async withdraw(id: string): Promise<ApplicationView> {
    return (await this.gql.mutate(WithdrawLandingApplicationDocument, { id })).withdrawLandingApplication;
  }

  async shortlist(id: string): Promise<ApplicationView> {
    return (await this.gql.mutate(ShortlistLandingApplicationDocument, { id })).shortlistLandingApplication;
  }

  async reject(id: string, reason: string): Promise<ApplicationView> {
    return (await this.gql.mutate(RejectLandingApplicationDocument, { input: { id, reason } }))
      .rejectLandingApplication;
  }

  async acceptInvitation(id: string): Promise<ApplicationView> {
    return (await this.gql.mutate(AcceptLandingInvitationDocument, { id })).acceptLandingInvitation;
  }
}
