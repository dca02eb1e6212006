import { IsIn, IsOptional } from 'class-validator';
import { DOSSIER_LANGUAGES, DOSSIER_SHEETS } from '../dossier.sheets';
import type { DossierLanguage, DossierSheetKey } from '../dossier.sheets';

/** Query of the dossier downloads: `?sheet=scores&lang=zh` (and `format` on /dossier). */
export class DossierQuery {
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { context: { options: 'xlsx,csv' } })
  format?: 'xlsx' | 'csv';

  @IsOptional()
  @IsIn([...DOSSIER_SHEETS], { context: { options: DOSSIER_SHEETS.join(',') } })
  sheet?: DossierSheetKey;

  @IsOptional()
  @IsIn([...DOSSIER_LANGUAGES], { context: { options: DOSSIER_LANGUAGES.join(',') } })
  lang?: DossierLanguage;
}
