import { Controller, Get, Param, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, CurrentViewer } from '../../identity/access.decorators';
import type { Viewer } from '../../identity/viewer';
import { AppExceptionHttpFilter } from '../../common/errors/app-exception-http.filter';
import { DossierService } from './dossier.service';
import { buildSheet, buildSheets } from './dossier.sheets';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, writeCsv, writeXlsx } from './dossier.writers';
import { DossierQuery } from './dtos/dossier.query';

/**
 * Downloads of an edition's fairness dossier, for organizers:
 *   GET /competitions/:id/dossier.xlsx?lang=en|zh|ru           every sheet in one workbook
 *   GET /competitions/:id/dossier.csv?sheet=scores&lang=…      one sheet (default: scores)
 *   GET /competitions/:id/dossier?format=xlsx|csv&sheet=…      the same, by parameter
 */
@Controller('competitions')
@UseFilters(AppExceptionHttpFilter)
export class DossierController {
  constructor(private readonly dossiers: DossierService) {}

  @Allow('RUN_COMPETITIONS')
  @Get(':id/dossier.xlsx')
  xlsx(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Query() query: DossierQuery,
    @Res() res: Response,
  ) {
    return this.send(viewer, id, { ...query, format: 'xlsx' }, res);
  }

  @Allow('RUN_COMPETITIONS')
  @Get(':id/dossier.csv')
  csv(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Query() query: DossierQuery,
    @Res() res: Response,
  ) {
    return this.send(viewer, id, { ...query, format: 'csv' }, res);
  }

  @Allow('RUN_COMPETITIONS')
  @Get(':id/dossier')
  file(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Query() query: DossierQuery,
    @Res() res: Response,
  ) {
    return this.send(viewer, id, query, res);
  }

  private async send(viewer: Viewer, id: string, query: DossierQuery, res: Response): Promise<void> {
    const dossier = await this.dossiers.build(viewer, id);
    const lang = query.lang ?? 'en';
    const base = `bridge-fairness-dossier-${dossier.competition.year}-edition-${dossier.competition.editionNumber}`;
    res.setHeader('Cache-Control', 'no-store');
    if (query.format === 'csv') {
      const sheet = query.sheet ?? 'scores';
      await this.dossiers.recordExport(viewer, id, 'csv', sheet);
      res.setHeader('Content-Type', CSV_CONTENT_TYPE);
      res.setHeader('Content-Disposition', `attachment; filename="${base}-${sheet}.csv"`);
      res.send(writeCsv(buildSheet(dossier, sheet, lang)));
      return;
    }
    const title = `Fairness dossier ${dossier.competition.year} (${dossier.competition.editionNumber})`;
    const body = await writeXlsx(buildSheets(dossier, lang), { title, created: dossier.generatedAt });
    await this.dossiers.recordExport(viewer, id, 'xlsx', null);
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${base}.xlsx"`);
    res.send(body);
  }
}
