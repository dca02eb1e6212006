import { Controller, HttpCode, HttpStatus, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { raw } from 'express';
import type { Request, Response } from 'express';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import { UploadApplicationsQuery } from './dtos/upload-applications.query';
import { ImportHttpExceptionFilter } from './import-http.filter';
import { ImportException } from './import.exception';
import { IMPORT_LIMITS } from './import.types';
import { ImportsService } from './imports.service';
import { formatOf, sanitizeFileName } from './upload-request';

/** express.raw, run by the handler itself: the body is read only after the AccessGuard let the request in. */
const readRawBody = raw({ type: () => true, limit: IMPORT_LIMITS.maxFileBytes });

function bodyOf(req: Request, res: Response): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    readRawBody(req, res, (error?: unknown) => {
      if (error) reject(error);
      else resolve(Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0));
    });
  });
}

/**
 * `POST /imports/applications?competitionId=…` with the file as the raw body (`text/csv` or the XLSX
 * type) answers 202 `{ importId }` at once; the portal then polls `importJob(id)` for progress and
 * the preview, and commits with `commitImport`.
 *
 * CSRF: the session cookie is SameSite=Lax (not sent on cross-site POSTs), and a cross-site HTML
 * form can only send `application/x-www-form-urlencoded`, `multipart/form-data` or `text/plain` — the
 * two types this route accepts are refused (415) before anything happens, and a cross-site `fetch`
 * with them needs a CORS preflight the API never grants.
 *
 * The body is not parsed by a route middleware: middleware runs before the global AccessGuard and
 * would buffer 20 MB for anyone. Here the guard (session cookie → viewer, `RUN_COMPETITIONS`), the
 * content type and the edition's stage are checked first, then express.raw reads the body with the
 * size limit (413 beyond it).
 */
@Controller('imports')
@UseFilters(ImportHttpExceptionFilter)
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Allow('RUN_COMPETITIONS')
  @Post('applications')
  @HttpCode(HttpStatus.ACCEPTED)
  async uploadApplications(
    @CurrentViewer() viewer: Viewer,
    @Query() query: UploadApplicationsQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ importId: string }> {
    const format = formatOf(req.headers['content-type']);
    if (!format) throw ImportException.unsupportedType();
    await this.imports.assertCanImport(query.competitionId);
    const bytes = await bodyOf(req, res);
    const fileName = sanitizeFileName(req.header('x-file-name'), format);
    const importId = await this.imports.upload(viewer, query.competitionId, { fileName, format, bytes });
    return { importId };
  }
}
