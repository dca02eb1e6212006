import { ERROR_KEYS, LANDING_PROJECT_STATUSES } from '@bridge/contracts';
import type { Currency, ProjectStage, ProjectStatus } from '@bridge/contracts';
import { EntityManager } from 'typeorm';
import { AppException } from '../common/errors/app.exception';
import type { Viewer } from '../identity/viewer';
import type { EligibilityProject } from './eligibility';
import type { LandingOfferEntity } from './entities/landing-offer.entity';

/** The viewer's park: a verified SCIENCE_PARK as the active organisation; FORBIDDEN otherwise. */
export function parkOf(viewer: Viewer): string {
  const active = viewer.active;
  if (!active || active.organization.kind !== 'SCIENCE_PARK' || !viewer.capabilities.has('MARKET'))
    throw AppException.forbidden(ERROR_KEYS.landingParkRequired);
  return active.organizationId;
}

/** The viewer's active organisation posted the offer. */
export const ownsOffer = (viewer: Viewer, offer: Pick<LandingOfferEntity, 'parkOrganizationId'>) =>
  viewer.active?.organizationId === offer.parkOrganizationId;

/** Drafts are their park's only; OPEN and CLOSED offers are shown to everyone signed in. */
export const seesOffer = (viewer: Viewer, offer: LandingOfferEntity) =>
  offer.status !== 'DRAFT' || ownsOffer(viewer, offer);

/** A project as eligibility and applications read it. */
export interface LandingProject extends EligibilityProject {
  id: string;
  organizationId: string;
  status: ProjectStatus;
  visibilityConsent: boolean;
  title: Record<string, string>;
}

const APPLICABLE = new Set<string>(LANDING_PROJECT_STATUSES);
export const canApply = (project: Pick<LandingProject, 'status'>) => APPLICABLE.has(project.status);

/** Projects with their field code, in one statement (for eligibility). */
export async function landingProjects(
  manager: EntityManager,
  where: { ids?: readonly string[]; organizationIds?: readonly string[]; applicableOnly?: boolean },
): Promise<LandingProject[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (where.ids) {
    params.push([...where.ids]);
    conditions.push(`p.id = ANY($${params.length}::uuid[])`);
  }
  if (where.organizationIds) {
    params.push([...where.organizationIds]);
    conditions.push(`p.organization_id = ANY($${params.length}::uuid[])`);
  }
  if (where.applicableOnly) {
    params.push([...LANDING_PROJECT_STATUSES]);
    conditions.push(`p.status = ANY($${params.length}::text[])`);
  }
  const rows: Array<{
    id: string;
    organization_id: string;
    status: ProjectStatus;
    visibility_consent: boolean;
    title: Record<string, string>;
    founded_year: number | null;
    stage: ProjectStage | null;
    trl: number | null;
    funding_ask_amount: string | null;
    funding_ask_currency: Currency | null;
    field_code: string | null;
  }> = await manager.query(
    `SELECT p.id, p.organization_id, p.status, p.visibility_consent, p.title, p.founded_year, p.stage,
            p.trl, p.funding_ask_amount, p.funding_ask_currency, f.code AS field_code
       FROM projects p LEFT JOIN competition_fields f ON f.id = p.field_id
      WHERE ${conditions.join(' AND ') || 'true'}
      ORDER BY p.created_at DESC, p.id`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    status: r.status,
    visibilityConsent: r.visibility_consent,
    title: r.title,
    foundedYear: r.founded_year,
    stage: r.stage,
    trl: r.trl,
    fundingAskAmount: r.funding_ask_amount === null ? null : Number(r.funding_ask_amount),
    fundingAskCurrency: r.funding_ask_currency,
    fieldCode: r.field_code,
  }));
}
