import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { contentLanguageOf, GRAPHQL_LIMITS } from '@bridge/contracts';
import type { Response } from 'express';
import { AppExceptionHttpFilter } from '../common/errors/app-exception-http.filter';
import { Allow, CurrentViewer } from '../identity/access.decorators';
import type { Viewer } from '../identity/viewer';
import type { DossierLanguage } from '../judging/dossier/dossier.sheets';
import { CSV_CONTENT_TYPE, XLSX_CONTENT_TYPE, writeCsv, writeXlsx } from '../judging/dossier/dossier.writers';
import { OutcomesExportQuery } from './dtos/outcomes-export.query';
import { engagementsSheet, outcomeSheets } from './outcomes-export.sheets';
import { OutcomeEngagement, OutcomesService } from './outcomes.service';

/**
 * Downloads of the outcomes, for organizers (session cookie); every download is audited:
 *   GET /outcomes/export.xlsx?competitionId=…&lang=zh|en|ru                  every sheet
 *   GET /outcomes/export.csv?sheet=funnel|engagements|…&competitionId=…&lang=…  one sheet (default: funnel)
 * Without competitionId: every edition.
 */
@Controller('outcomes')
@UseFilters(AppExceptionHttpFilter)
export class OutcomesExportController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Allow('RUN_COMPETITIONS')
  @Get('export.xlsx')
  async xlsx(@CurrentViewer() viewer: Viewer, @Query() query: OutcomesExportQuery, @Res() res: Response) {
    const competitionId = query.competitionId ?? null;
    const lang = this.lang(viewer, query);
    const outcomes = await this.outcomes.outcomes(competitionId);
    const engagements = await this.allEngagements(competitionId);
    const body = await writeXlsx([...outcomeSheets(outcomes, lang), engagementsSheet(engagements, lang)], {
      title: 'Bridge outcomes',
      created: new Date(),
    });
    await this.outcomes.recordExport(viewer, competitionId, 'xlsx', null);
    await this.send(res, competitionId, 'xlsx', body);
  }

  @Allow('RUN_COMPETITIONS')
  @Get('export.csv')
  async csv(@CurrentViewer() viewer: Viewer, @Query() query: OutcomesExportQuery, @Res() res: Response) {
    const competitionId = query.competitionId ?? null;
    const lang = this.lang(viewer, query);
    const key = query.sheet ?? 'funnel';
    const sheets =
      key === 'engagements'
        ? [engagementsSheet(await this.allEngagements(competitionId), lang)]
        : outcomeSheets(await this.outcomes.outcomes(competitionId), lang);
    const sheet = sheets.find((s) => s.key === key) ?? sheets[0];
    await this.outcomes.recordExport(viewer, competitionId, 'csv', key);
    await this.send(res, competitionId, 'csv', writeCsv(sheet), key);
  }

  private lang(viewer: Viewer, query: OutcomesExportQuery): DossierLanguage {
    return query.lang ?? contentLanguageOf(viewer.user.locale);
  }

  /** Every engagement of the scope, page by page. */
  private async allEngagements(competitionId: string | null): Promise<OutcomeEngagement[]> {
    const rows: OutcomeEngagement[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.outcomes.engagements({
        competitionId,
        first: GRAPHQL_LIMITS.maxPageSize,
        after,
      });
      rows.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return rows;
      after = page.pageInfo.endCursor;
    }
  }

  private async send(
    res: Response,
    competitionId: string | null,
    format: 'csv' | 'xlsx',
    body: Buffer | string,
    sheet?: string,
  ) {
    const edition = await this.outcomes.competitionLabel(competitionId);
    const scope = edition ? `${edition.year}-edition-${edition.editionNumber}` : 'all-editions';
    const name = `bridge-outcomes-${scope}${sheet ? `-${sheet}` : ''}.${format}`;
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Type', format === 'csv' ? CSV_CONTENT_TYPE : XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.send(body);
  }
}
