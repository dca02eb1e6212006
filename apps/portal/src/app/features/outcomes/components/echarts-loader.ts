import type { EChartsType } from 'echarts/core';

let loading: Promise<(element: HTMLElement) => EChartsType> | null = null;

/**
 * ECharts, loaded on first use only (dynamic imports: never in the initial bundle), with just the
 * parts the outcome charts use: bar charts, grid, legend, tooltip, ARIA descriptions, SVG renderer.
 */
export function loadECharts(): Promise<(element: HTMLElement) => EChartsType> {
  loading ??= Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ])
    .then(([core, charts, components, renderers]) => {
      core.use([
        charts.BarChart,
        components.GridComponent,
        components.LegendComponent,
        components.TooltipComponent,
        components.AriaComponent,
        renderers.SVGRenderer,
      ]);
      return (element: HTMLElement) => core.init(element, undefined, { renderer: 'svg' });
    })
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}
