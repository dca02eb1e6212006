import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { contentLanguageOf } from '@bridge/contracts';
import type { Request, Response } from 'express';
import { AppExceptionHttpFilter } from '../common/errors/app-exception-http.filter';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import type { DossierLanguage } from '../judging/dossier/dossier.sheets';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, writeCsv, writeXlsx } from '../judging/dossier/dossier.writers';
import { ShortlistExportQuery } from './dtos/shortlist-export.query';
import { ShortlistExportService } from './shortlist-export.service';
import { shortlistSheet } from './shortlist-export.sheet';
import { ShortlistsService } from './shortlists.service';

/**
 * Downloads of a shortlist, for its organisation's members (session cookie):
 *   GET /shortlists/:id/export.csv?lang=zh|en|ru
 *   GET /shortlists/:id/export.xlsx?lang=zh|en|ru
 * Another organisation's list is 404, like one that does not exist. Every download is audited.
 */
@Controller('shortlists')
@UseFilters(AppExceptionHttpFilter)
export class ShortlistExportController {
  constructor(
    private readonly exports: ShortlistExportService,
    private readonly shortlists: ShortlistsService,
  ) {}

  @Allow('MARKET')
  @Get(':id/export.csv')
  csv(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Query() query: ShortlistExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.send(viewer, id, query, 'csv', req, res);
  }

  @Allow('MARKET')
  @Get(':id/export.xlsx')
  xlsx(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Query() query: ShortlistExportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.send(viewer, id, query, 'xlsx', req, res);
  }

  private async send(
    viewer: Viewer,
    id: string,
    query: ShortlistExportQuery,
    format: 'csv' | 'xlsx',
    req: Request,
    res: Response,
  ): Promise<void> {
    const { shortlist, rows } = await this.exports.read(viewer, id);
    const lang: DossierLanguage = query.lang ?? contentLanguageOf(viewer.user.locale);
    const origin = `${req.protocol}://${req.get('host')}`;
    // The dossier's writers read a sheet's name, columns and rows; `key` only names dossier sheets.
    const sheet = shortlistSheet(rows, lang, (projectId) => `${origin}/projects/${projectId}`);
    const body =
      format === 'csv'
        ? writeCsv(sheet)
        : await writeXlsx([sheet], { title: shortlist.name, created: new Date() });
    await this.shortlists.recordExport(viewer, shortlist.id, format, rows.length);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', attachment(shortlist.name, format));
    res.send(body);
  }
}

/** An ASCII file name, and the list's own name (any script) for the programs that read `filename*`. */
export function attachment(name: string, format: 'csv' | 'xlsx'): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'list';
  const encoded = encodeURIComponent(`bridge-shortlist-${name}.${format}`).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="bridge-shortlist-${ascii}.${format}"; filename*=UTF-8''${encoded}`;
}
