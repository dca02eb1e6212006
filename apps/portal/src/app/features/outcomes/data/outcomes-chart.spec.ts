import { aBreakdown, aFunnel, aStageTime } from '../testing/factories';
import {
  BREAKDOWN_STEPS,
  ChartLabels,
  breakdownChartOption,
  breakdownTargetAt,
  formatRate,
  funnelChartOption,
  funnelRows,
  funnelStepAt,
  outcomesExportUrl,
  stageTargetAt,
  stageTimesChartOption,
} from './outcomes-chart';

const labels: ChartLabels = {
  step: (step) => `<${step}>`,
  rate: (row) => (row.conversion ? `(${formatRate(row.conversion.rate, 'en')})` : ''),
  aria: 'Funnel chart',
};

describe('outcome chart shaping', () => {
  it('lists the funnel steps in order with the conversion that leads into each', () => {
    const sut = funnelRows(aFunnel({ applications: 100, finalists: 20, engagements: 8, landed: 2 }));

    expect(sut.map((row) => [row.step, row.value])).toEqual([
      ['applications', 100],
      ['finalists', 20],
      ['requested', 30],
      ['accepted', 12],
      ['engagements', 8],
      ['landed', 2],
      ['invested', 2],
      ['rd', 1],
    ]);
    expect(sut[0].conversion).toBeNull();
    expect(sut[1].conversion).toEqual({ from: 'applications', rate: 0.2 });
    expect(sut[5].conversion).toEqual({ from: 'engagements', rate: 0.25 });
  });

  it('formats rates as percentages in the language, and a dash without a rate', () => {
    expect(formatRate(0.125, 'en')).toBe('12.5%');
    expect(formatRate(0.5, 'ru').replace(/\s/g, ' ')).toBe('50 %');
    expect(formatRate(1, 'zh-CN')).toBe('100%');
    expect(formatRate(null, 'en')).toBe('—');
  });

  it('draws the funnel as labelled bars, first step on top, with the rate beside the count', () => {
    const sut = funnelChartOption(aFunnel({ engagements: 10, landed: 3 }), labels);

    expect(sut.aria).toEqual({ enabled: true, label: { description: 'Funnel chart' } });
    expect(sut.yAxis.data[0]).toBe('<rd>');
    expect(sut.yAxis.data.at(-1)).toBe('<applications>');
    const landed = sut.series[0].data.find((d) => d.name === '<landed>');
    expect(landed?.value).toBe(3);
    expect(landed?.label.formatter).toBe('3  (30%)');
    expect(sut.series[0].data.at(-1)?.label.formatter).toBe('120');
  });

  it('maps a click on a funnel bar back to its step, and the rates with no base to a dash', () => {
    expect(funnelStepAt(0)).toBe('rd');
    expect(funnelStepAt(7)).toBe('applications');
    const empty = funnelChartOption(aFunnel({ engagements: 0, landed: 0 }), labels);
    expect(empty.series[0].data.find((d) => d.name === '<landed>')?.label.formatter).toBe('0  (—)');
  });

  it('draws a breakdown with one series per step and opens that key and step on click', () => {
    const items = [aBreakdown('AI', 'AI', { landed: 2 }), aBreakdown('ROBOTICS', 'Robotics', { landed: 5 })];
    const sut = breakdownChartOption(items, (b) => b.label?.en ?? b.key, labels);

    expect(sut.xAxis.data).toEqual(['AI', 'Robotics']);
    expect(sut.series.map((s) => s.name)).toEqual(BREAKDOWN_STEPS.map((s) => `<${s}>`));
    const landed = BREAKDOWN_STEPS.indexOf('landed');
    expect(sut.series[landed].data).toEqual([2, 5]);
    expect(breakdownTargetAt(items, 'field', 1, landed)).toEqual({ fieldCode: 'ROBOTICS', step: 'landed' });
    expect(breakdownTargetAt(items, 'park', 0, BREAKDOWN_STEPS.indexOf('engagements'))).toEqual({
      parkId: 'AI',
    });
    expect(breakdownTargetAt(items, 'field', 5, 0)).toBeNull();
  });

  it('charts only the stages with finished stays and opens the engagements in the clicked stage', () => {
    const times = [
      aStageTime({ kind: 'LANDING', stage: 'INTEREST', medianDays: 3 }),
      aStageTime({ kind: 'LANDING', stage: 'OPERATING', medianDays: null, samples: 0 }),
      aStageTime({ kind: 'INVESTMENT', stage: 'MEETING', medianDays: 8.5 }),
    ];
    const sut = stageTimesChartOption(
      times,
      (s) => s.stage,
      (d) => `${d} d`,
      'Stage times',
    );

    expect(sut.yAxis.data).toEqual(['MEETING', 'INTEREST']);
    expect(sut.series[0].data.map((d) => d.label.formatter)).toEqual(['8.5 d', '3 d']);
    expect(stageTargetAt(times, 0)).toEqual({ kind: 'INVESTMENT', stage: 'MEETING' });
    expect(stageTargetAt(times, 2)).toBeNull();
  });

  it('builds the download links of one edition or all', () => {
    expect(outcomesExportUrl('xlsx', 'c1', 'zh')).toBe('/outcomes/export.xlsx?lang=zh&competitionId=c1');
    expect(outcomesExportUrl('csv', null, 'ru', 'engagements')).toBe(
      '/outcomes/export.csv?lang=ru&sheet=engagements',
    );
  });
});
