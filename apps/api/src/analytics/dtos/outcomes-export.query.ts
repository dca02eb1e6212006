import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DOSSIER_LANGUAGES } from '../../judging/dossier/dossier.sheets';
import type { DossierLanguage } from '../../judging/dossier/dossier.sheets';
import { OUTCOME_SHEETS } from '../outcomes-export.sheets';
import type { OutcomeSheetKey } from '../outcomes-export.sheets';

/** `?competitionId=…&lang=zh|en|ru&sheet=funnel|engagements|fields|parks|stages` (sheet: CSV only). */
export class OutcomesExportQuery {
  @IsOptional()
  @IsUUID()
  competitionId?: string;

  @IsOptional()
  @IsIn([...DOSSIER_LANGUAGES], { context: { options: DOSSIER_LANGUAGES.join(',') } })
  lang?: DossierLanguage;

  @IsOptional()
  @IsIn([...OUTCOME_SHEETS], { context: { options: OUTCOME_SHEETS.join(',') } })
  sheet?: OutcomeSheetKey;
}
