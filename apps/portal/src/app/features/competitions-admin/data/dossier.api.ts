import { Injectable, inject } from '@angular/core';
import { Locale, contentLanguageOf } from '@bridge/contracts';
import {
  AdminFairnessDossierDocument,
  AdminFairnessDossierQuery,
} from '../../../core/graphql/lazy/generated';
import { GraphqlService } from '../../../core/graphql/graphql.service';

export type Dossier = AdminFairnessDossierQuery['fairnessDossier'];

/** The sheets of the downloads (DOSSIER_SHEETS of the API). */
export const DOSSIER_SHEETS = [
  'summary',
  'assignments',
  'scores',
  'judges',
  'recusals',
  'overrides',
  'runs',
  'results',
] as const;
export type DossierSheet = (typeof DOSSIER_SHEETS)[number];

/** The fairness dossier of an edition (organizers): a printable page and downloads. */
@Injectable({ providedIn: 'root' })
export class DossierApi {
  private readonly gql = inject(GraphqlService);

  async dossier(competitionId: string): Promise<Dossier> {
    return (await this.gql.query(AdminFairnessDossierDocument, { competitionId })).fairnessDossier;
  }
}

/** `GET /competitions/:id/dossier.xlsx` (every sheet) or `.csv?sheet=…` (one), headers in the UI language. */
export function dossierDownloadUrl(
  competitionId: string,
  format: 'xlsx' | 'csv',
  locale: Locale,
  sheet?: DossierSheet,
): string {
  const params = new URLSearchParams({ lang: contentLanguageOf(locale) });
  if (format === 'csv' && sheet) params.set('sheet', sheet);
  return `/competitions/${encodeURIComponent(competitionId)}/dossier.${format}?${params.toString()}`;
}
