import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  effect,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { EChartsType } from 'echarts/core';
import { loadECharts } from './echarts-loader';

/** Which bar was clicked. */
export interface ChartSelection {
  dataIndex: number;
  seriesIndex: number;
}

/**
 * One ECharts chart (loaded lazily), labelled for assistive technology (`role="img"`, `label`); the
 * figures are also in a table next to it. Emits the bar a click selects.
 */
@Component({
  selector: 'bridge-outcome-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
      #canvas
      class="canvas"
      role="img"
      [attr.aria-label]="label()"
      [style.height.px]="height()"
    ></div>
    @if (failed()) {
      <p class="failed">{{ label() }}</p>
    }`,
  styles: `
    :host {
      display: block;
    }
    .canvas {
      width: 100%;
    }
    .failed {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class OutcomeChartComponent {
  readonly option = input.required<Record<string, unknown>>();
  readonly label = input.required<string>();
  readonly height = input(320);
  readonly selected = output<ChartSelection>();

  protected readonly failed = signal(false);
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private chart: EChartsType | null = null;
  private destroyed = false;

  constructor() {
    const destroyRef = inject(DestroyRef);
    let observer: ResizeObserver | null = null;
    effect(() => {
      const option = this.option();
      const element = this.canvas().nativeElement;
      if (this.chart) {
        this.chart.setOption(option, { notMerge: true });
        return;
      }
      loadECharts().then(
        (init) => {
          if (this.destroyed) return;
          this.chart ??= init(element);
          this.chart.setOption(this.option(), { notMerge: true });
          this.chart.on('click', (event) =>
            this.selected.emit({ dataIndex: event.dataIndex ?? 0, seriesIndex: event.seriesIndex ?? 0 }),
          );
          if (typeof ResizeObserver !== 'undefined') {
            observer = new ResizeObserver(() => this.chart?.resize());
            observer.observe(element);
          }
        },
        () => this.failed.set(true),
      );
    });
    destroyRef.onDestroy(() => {
      this.destroyed = true;
      observer?.disconnect();
      this.chart?.dispose();
      this.chart = null;
    });
  }
}
