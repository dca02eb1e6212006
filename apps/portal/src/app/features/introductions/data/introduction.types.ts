import type {
  DeclineReason,
  IntroductionPurpose,
  IntroductionStatus,
  LocalizedText,
  OrganizationKind,
  VerificationStatus,
} from '@bridge/contracts';

/**
 * What the introduction screens show, in the shape of the API's `Introduction` (apps/api/schema.gql).
 * The operations' generated types are assigned to these in introductions.api.ts, so the compiler
 * checks that the selections give every field the screens need.
 */
export interface OrganizationContactsView {
  email?: string | null;
  phone?: string | null;
  messenger?: string | null;
}

export interface OrganizationView {
  id: string;
  kind: OrganizationKind;
  name: LocalizedText;
  description?: LocalizedText | null;
  city?: string | null;
  country?: string | null;
  website?: string | null;
  verificationStatus: VerificationStatus;
  /** Null unless the viewer may see them (after an accepted introduction). */
  contacts?: OrganizationContactsView | null;
}

export interface ProposedSlotView {
  startsAt: string;
  minutes: number;
}

export type IntroductionSide = 'STARTUP' | 'REQUESTER';

export interface IntroductionNoteView {
  id: string;
  side: IntroductionSide;
  body: string;
  authorName?: string | null;
  createdAt: string;
}

export interface FitReasonView {
  key: string;
  met: boolean;
  params?: unknown;
}

export interface IntroductionView {
  id: string;
  purpose: IntroductionPurpose;
  status: IntroductionStatus;
  message: string;
  proposedSlots: ProposedSlotView[];
  declineReason?: DeclineReason | null;
  declineNote?: string | null;
  createdAt: string;
  expiresAt?: string | null;
  answeredAt?: string | null;
  /** The viewer's side. */
  side: IntroductionSide;
  projectId: string;
  projectTitle: LocalizedText;
  requester: OrganizationView;
  requesterName?: string | null;
  startup: OrganizationView;
  fit?: number | null;
  fitReasons?: FitReasonView[] | null;
  notes: IntroductionNoteView[];
  conversationId?: string | null;
}

export interface IntroductionPage {
  items: IntroductionView[];
  endCursor: string | null;
  hasNextPage: boolean;
  totalCount: number | null;
}

export interface RequestIntroductionInput {
  projectId: string;
  purpose: IntroductionPurpose;
  message: string;
  proposedSlots: ProposedSlotView[];
}

/** An open or answered request of the viewer's organisation for a project (introductionFor). */
export type IntroductionSummary = Pick<IntroductionView, 'id' | 'purpose' | 'status'>;
