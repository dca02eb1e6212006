import { IsIn, IsOptional } from 'class-validator';
import { DOSSIER_LANGUAGES } from '../../judging/dossier/dossier.sheets';
import type { DossierLanguage } from '../../judging/dossier/dossier.sheets';

/** Query of the shortlist downloads: `?lang=zh|en|ru` (default: the viewer's language). */
export class ShortlistExportQuery {
  @IsOptional()
  @IsIn([...DOSSIER_LANGUAGES], { context: { options: DOSSIER_LANGUAGES.join(',') } })
  lang?: DossierLanguage;
}
