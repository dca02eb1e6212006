import type { EngagementKind, LocalizedText, OrganizationKind } from '@bridge/contracts';

/**
 * What the engagement screens show, in the shape of the API's `Engagement` (apps/api/schema.gql).
 * The operations' generated types are assigned to these in engagements.api.ts.
 */
export interface EngagementPartyView {
  id: string;
  kind?: OrganizationKind;
  name: LocalizedText;
}

export interface RegisteredCompanyView {
  name: string;
  registrationNumber: string;
  /** yyyy-mm-dd. */
  registeredOn: string;
}

export interface EngagementEventView {
  id: string;
  fromStage?: string | null;
  toStage: string;
  note?: string | null;
  actorName?: string | null;
  createdAt: string;
}

export interface MilestoneView {
  id: string;
  title: string;
  /** yyyy-mm-dd. */
  dueOn: string;
  done: boolean;
  doneAt?: string | null;
  createdAt?: string;
}

export interface EngagementView {
  id: string;
  kind: EngagementKind;
  stage: string;
  /** The kind's stages, in order. */
  stages: readonly string[];
  /** True when the stage is a final outcome. */
  terminal: boolean;
  projectId: string;
  projectTitle: LocalizedText;
  startup: EngagementPartyView;
  partner: EngagementPartyView;
  origin: string;
  introductionId?: string | null;
  stageEnteredAt: string;
  createdAt: string;
  updatedAt?: string;
  version: number;
  registeredCompany?: RegisteredCompanyView | null;
  events?: readonly EngagementEventView[];
  milestones?: readonly MilestoneView[];
  /** The viewer's side: STARTUP or PARTNER. */
  side?: string | null;
}

export interface MoveInput {
  id: string;
  toStage: string;
  expectedStage: string;
  note: string | null;
  registeredCompany: RegisteredCompanyView | null;
}

export interface EngagementPage {
  items: EngagementView[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number;
}
