/**
 * The TrainingLab's learning curve with chart.js: training cost (dashed, left axis) and
 * held-out accuracy in % (solid, right axis) against the digits seen so far, in thousands.
 * Loaded only when the reader first trains (a dynamic import), so a reader who never does
 * downloads no chart code. Points are added freely; the canvas is redrawn only by `draw`,
 * which the island throttles. Colours come from the page's CSS variables (dark mode too).
 */
import {
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
  type ChartDataset,
  type ChartOptions,
} from 'chart.js';
import { tickLabel } from '~/render/plot';
import { followFont } from '~/render/chart-font';

Chart.register(LineController, LineElement, PointElement, LinearScale);

type XY = { x: number; y: number | null };

/** At most this many points a line: past it, every other point is dropped. */
const MAX_POINTS = 200;

export class TrainingChart {
  private readonly chart: Chart<'line', XY[]>;
  private readonly host: Element;

  constructor(canvas: HTMLCanvasElement, host: Element) {
    this.host = host;
    const dataset = (label: string, axis: string, dashed: boolean): ChartDataset<'line', XY[]> => ({
      label,
      data: [],
      yAxisID: axis,
      borderWidth: 2,
      borderDash: dashed ? [6, 4] : [],
      pointRadius: 0,
      spanGaps: false,
    });
    const config: ChartConfiguration<'line', XY[]> = {
      type: 'line',
      data: {
        datasets: [
          dataset('Training cost', 'cost', true),
          dataset('Held-out accuracy (%)', 'accuracy', false),
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        events: [],
        parsing: false,
        normalized: true,
        scales: {
          x: { type: 'linear', min: 0, title: { display: true, text: 'Digits seen (thousands)' } },
          cost: {
            type: 'linear',
            position: 'left',
            min: 0,
            title: { display: true, text: 'Cost' },
          },
          accuracy: {
            type: 'linear',
            position: 'right',
            min: 0,
            max: 100,
            title: { display: true, text: 'Held-out accuracy (%)' },
            grid: { drawOnChartArea: false },
          },
        },
      },
    };
    // Coloured before the chart exists, so making it draws once (a second full update on a
    // cold chart.js was most of a 100 ms task on a busy 2-core machine).
    applyColours(config.data.datasets, config.options!.scales!, host);
    // Labels follow the page's type size (larger in present mode), re-read on every resize.
    const labels = followFont(host);
    for (const scale of Object.values(config.options!.scales!)) {
      scale!.ticks = { ...scale!.ticks, font: labels.font };
      if (scale!.title) scale!.title = { ...scale!.title, font: labels.font };
    }
    config.plugins = [labels.plugin];
    this.chart = new Chart<'line', XY[]>(canvas, config);
  }

  /** Adds one report's point; a cost that is not finite (weights blown up) leaves a gap. */
  add(seen: number, cost: number, accuracy: number): void {
    const x = seen / 1000;
    const [costLine, accuracyLine] = this.chart.data.datasets as [
      ChartDataset<'line', XY[]>,
      ChartDataset<'line', XY[]>,
    ];
    if (!Number.isNaN(cost)) costLine.data.push({ x, y: Number.isFinite(cost) ? cost : null });
    accuracyLine.data.push({ x, y: accuracy * 100 });
    for (const line of [costLine, accuracyLine]) {
      if (line.data.length > MAX_POINTS) line.data = line.data.filter((_, i) => i % 2 === 0);
    }
  }

  /** Forgets every point (a reset or a new network). */
  clear(): void {
    for (const line of this.chart.data.datasets) line.data = [];
  }

  private destroyed = false;

  /** Redraws the canvas with the points added so far (nothing once destroyed). */
  draw(): void {
    if (!this.destroyed) this.chart.update('none');
  }

  /** Takes the colours from the page's CSS again (after the colour scheme changes). */
  recolor(): void {
    applyColours(this.chart.data.datasets, this.chart.options.scales!, this.host);
    this.chart.update('none');
  }

  destroy(): void {
    this.destroyed = true;
    this.chart.destroy();
  }
}

/** Sets the lines', ticks' and grid's colours from `host`'s CSS variables (no redraw). */
function applyColours(
  [costLine, accuracyLine]: ChartDataset<'line', XY[]>[],
  scales: NonNullable<ChartOptions<'line'>['scales']>,
  host: Element,
): void {
  const css = getComputedStyle(host);
  const color = (name: string) => css.getPropertyValue(name).trim() || '#888';
  const ink = color('--ink-soft');
  const grid = color('--rule');
  costLine!.borderColor = color('--negative');
  accuracyLine!.borderColor = color('--accent');
  for (const scale of Object.values(scales)) {
    scale!.ticks = {
      ...scale!.ticks,
      color: ink,
      // A fixed rotation spares chart.js from measuring the labels to choose one.
      minRotation: 0,
      maxRotation: 0,
      // True minus signs, and as many decimals as the tick step needs.
      callback: (value: number | string, _i: number, all: { value: number }[]) =>
        tickLabel(Number(value), all.length > 1 ? all[1]!.value - all[0]!.value : 1),
    };
    scale!.grid = { ...scale!.grid, color: grid };
    if ('title' in scale! && scale.title) scale.title.color = ink;
  }
}
