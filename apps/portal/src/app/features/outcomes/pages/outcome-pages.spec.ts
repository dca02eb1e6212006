import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MemoryStorage } from '../../../../testing/factories';
import { AppError } from '../../../core/errors';
import { NotifyService } from '../../../core/feedback/notify.service';
import { I18nService } from '../../../core/i18n';
import { LOCALE_STORAGE } from '../../../core/i18n/i18n.tokens';
import { OutcomesApi } from '../data/outcomes.api';
import { aFunnel, anEdition, anEngagement, anOutcomes } from '../testing/factories';
import { OutcomeReportPage } from './outcome-report.page';
import { OutcomesPage } from './outcomes.page';

// A stand-in for ECharts: records the options and lets the test click a bar.
const charts: Array<{
  option: Record<string, unknown>;
  click: (e: { dataIndex: number; seriesIndex: number }) => void;
}> = [];
jest.mock('../components/echarts-loader', () => ({
  loadECharts: async () => () => {
    const chart = {
      option: {} as Record<string, unknown>,
      click: (_e: { dataIndex: number; seriesIndex: number }) => undefined as void,
      setOption(option: Record<string, unknown>) {
        chart.option = option;
      },
      on(_name: string, handler: (e: { dataIndex: number; seriesIndex: number }) => void) {
        chart.click = handler;
      },
      resize: () => undefined,
      dispose: () => undefined,
    };
    charts.push(chart);
    return chart;
  },
}));

describe('outcome pages', () => {
  let api: Record<'editions' | 'outcomes' | 'engagements', jest.Mock>;
  let element: HTMLElement;
  const byTestId = (id: string) => element.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  const all = (id: string) => [...element.querySelectorAll(`[data-testid="${id}"]`)] as HTMLElement[];
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
  const cells = (row: Element) => [...row.querySelectorAll('td')].map(text);
  const settle = async (fixture: ComponentFixture<unknown>) => {
    for (let i = 0; i < 3; i++) {
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
    }
  };

  beforeEach(async () => {
    charts.length = 0;
    api = { editions: jest.fn(), outcomes: jest.fn(), engagements: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: OutcomesApi, useValue: api },
        { provide: NotifyService, useValue: { success: jest.fn(), error: jest.fn() } },
        { provide: LOCALE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    await TestBed.inject(I18nService).setLocale('en');
  });

  describe('/outcomes', () => {
    async function render(edition?: string) {
      const fixture = TestBed.createComponent(OutcomesPage);
      if (edition) fixture.componentRef.setInput('edition', edition);
      element = fixture.nativeElement as HTMLElement;
      await settle(fixture);
      return fixture;
    }

    it('shows every funnel number, the rates and the chart with its description', async () => {
      const edition = anEdition();
      api.editions.mockResolvedValue([edition]);
      api.outcomes.mockResolvedValue(anOutcomes({ funnel: aFunnel({ engagements: 10, landed: 4 }) }));
      await render(edition.id);

      expect(api.outcomes).toHaveBeenCalledWith(edition.id);
      expect(text(byTestId('funnel-value-applications'))).toBe('120');
      expect(text(byTestId('funnel-value-landed'))).toBe('4');
      expect(text(byTestId('funnel-value-rd'))).toBe('1');
      expect(text(element.querySelector('[data-testid="funnel-value-landed"] + td'))).toBe(
        '40% of Engagements',
      );
      expect(byTestId('funnel-chart')?.querySelector('[role="img"]')?.getAttribute('aria-label')).toContain(
        'Companies landed: 4',
      );
      expect(byTestId('outcomes-export-xlsx')?.getAttribute('href')).toBe(
        `/outcomes/export.xlsx?lang=en&competitionId=${edition.id}`,
      );
      expect(charts.length).toBe(4); // funnel, fields, parks, stage times
    });

    it('opens the engagements of a clicked bar, filtered by its step', async () => {
      const edition = anEdition();
      api.editions.mockResolvedValue([edition]);
      api.outcomes.mockResolvedValue(anOutcomes());
      api.engagements.mockResolvedValue({
        totalCount: 1,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [{ node: anEngagement() }],
      });
      const fixture = await render(edition.id);
      expect(byTestId('outcomes-list')).toBeNull();

      charts[0].click({ dataIndex: 2, seriesIndex: 0 }); // bars run bottom-up: landed
      await settle(fixture);

      expect(api.engagements).toHaveBeenCalledWith({ competitionId: edition.id, step: 'landed' }, 25);
      expect(text(byTestId('outcomes-list'))).toContain('Filtered by: Companies landed');
      expect(all('outcomes-list-row').map(cells)).toEqual([
        ['Farm robot', 'AI', 'Zhongguancun Park', 'Landing', 'Company registered', 'Mar 1, 2026'],
      ]);
    });

    it('says so when an edition has nothing yet, and shows a translated error', async () => {
      api.editions.mockResolvedValue([]);
      api.outcomes.mockResolvedValue(
        anOutcomes({ funnel: aFunnel({ applications: 0, introductionsRequested: 0, engagements: 0 }) }),
      );
      await render();
      expect(byTestId('outcomes-empty')).not.toBeNull();

      api.outcomes.mockRejectedValue(new AppError('FORBIDDEN', 'errors.forbidden'));
      await render();
      expect(byTestId('outcomes-error')).not.toBeNull();
    });
  });

  describe('/outcomes/report/:competitionId', () => {
    async function render(lang: string | undefined) {
      const edition = anEdition();
      api.editions.mockResolvedValue([edition]);
      api.outcomes.mockResolvedValue(anOutcomes());
      const fixture = TestBed.createComponent(OutcomeReportPage);
      fixture.componentRef.setInput('competitionId', edition.id);
      if (lang) fixture.componentRef.setInput('lang', lang);
      element = fixture.nativeElement as HTMLElement;
      await settle(fixture);
      return { fixture, edition };
    }

    it('prints in Russian whatever the UI language: funnel, fields, landed companies, stage times', async () => {
      api.engagements.mockResolvedValue({
        totalCount: 1,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [{ node: anEngagement() }],
      });
      const { edition } = await render('ru');

      expect(api.engagements).toHaveBeenCalledWith({ competitionId: edition.id, step: 'landed' }, 100);
      expect(byTestId('outcome-report')?.getAttribute('lang')).toBe('ru');
      expect(text(element.querySelector('h1'))).toBe('Отчёт о результатах');
      expect(text(byTestId('report-edition'))).toBe('Российско-китайский конкурс (2020)');
      expect(text(byTestId('report-value-applications'))).toBe('120');
      expect(text(element.querySelector('[data-testid="report-value-landed"] + td'))).toMatch(
        /^30\s%\sот «Сделки»$/,
      );
      expect(text(byTestId('report-fields'))).toContain('Artificial intelligence (ру)');
      expect(all('report-landed-row').map(cells)).toEqual([
        ['Агроробот', 'Парк Чжунгуаньцунь', '北京农机科技有限公司', '91110108MA01', '1 мар. 2026 г.'],
      ]);
      expect(text(byTestId('report-stages'))).toContain('Размещение');
      expect(document.body.classList).toContain('bridge-outcome-report-printing');
    });

    it('prints in Chinese by default, and says when no company has landed', async () => {
      api.engagements.mockResolvedValue({
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      });
      await render(undefined);

      expect(byTestId('outcome-report')?.getAttribute('lang')).toBe('zh-CN');
      expect(text(element.querySelector('h1'))).toBe('成果报告');
      expect(text(byTestId('report-landed'))).toContain('尚无注册企业。');
      expect(all('report-landed-row')).toHaveLength(0);
    });
  });
});
