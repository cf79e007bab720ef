/**
 * The live drawing of an <activation-plot>: a chart.js canvas for the curves and an SVG overlay
 * for the cursor, the switch line and the followed neuron's point. Loaded by the island only
 * when its plot nears the view (a dynamic import, activation-plot.ts), so a page's first load
 * carries no chart.js and a reader who never scrolls to a plot downloads none; until then the
 * build-time SVG (StaticPlot.astro) shows the same curves and the texts give every value.
 *
 * It holds no state of the island's: `draw` gets the curves to show, `place` where the marks
 * go, and the island owns everything else (config, link, followed neuron, texts).
 */
const SVG = 'http://www.w3.org/2000/svg';
import { setAttr } from '~/components/set-text';
import {
  Chart,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  type ChartDataset,
} from 'chart.js';
import { tickLabel, type Curve } from '~/render/plot';
import { followFont } from '~/render/chart-font';

Chart.register(ScatterController, LineElement, PointElement, LinearScale);

type XY = { x: number; y: number };

/** Where the overlay's marks go, in plot units; undefined hides a mark. */
export interface PlotMarks {
  cursor: number | undefined;
  jump: number | undefined;
  point: XY | undefined;
}

export interface PlotChartOptions {
  /** The range of the horizontal variable. */
  range: [number, number];
  /** The horizontal axis title, "weighted sum z" or "input x₁". */
  axisTitle: string;
  /** After every layout (first draw, resize): the island places its marks again. */
  onLayout: () => void;
}

export class PlotChart {
  readonly canvas: HTMLCanvasElement;
  private readonly chart: Chart<'scatter', XY[]>;
  private readonly host: HTMLElement;
  private readonly overlay: {
    cursor: SVGLineElement;
    point: SVGCircleElement;
    jump: SVGLineElement;
  };

  /** Replaces the static SVG in `frame` (inside the island `host`) with a canvas. */
  constructor(host: HTMLElement, frame: HTMLElement, options: PlotChartOptions) {
    this.host = host;
    const svg = frame.querySelector('svg:not(.overlay)');
    const label =
      svg?.getAttribute('aria-label') ??
      frame.querySelector('canvas')?.getAttribute('aria-label') ??
      'Activation plot';
    // Connected again after leaving the page: the last connection's canvas and overlay go.
    frame.querySelectorAll('canvas, svg.overlay').forEach((el) => el.remove());
    const canvas = (this.canvas = document.createElement('canvas'));
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    svg?.remove();
    const { layer, marks } = createOverlay();
    this.overlay = marks;
    frame.append(canvas, layer);
    const [hMin, hMax] = options.range;
    const grid = this.color('--rule');
    const ink = this.color('--ink-soft');
    // Labels follow the page's type size (larger in present mode), re-read on every resize.
    const labels = followFont(host);
    const ticks = {
      color: ink,
      font: labels.font,
      // Ticks only at tidy values, never at the exact (untidy) ends of the range.
      includeBounds: false,
      // True minus signs, and as many decimals as the tick step needs.
      callback: (value: number | string, _i: number, all: { value: number }[]) => {
        const step = all.length > 1 ? all[1]!.value - all[0]!.value : 1;
        return tickLabel(Number(value), step);
      },
    };
    this.chart = new Chart<'scatter', XY[]>(canvas, {
      type: 'scatter',
      data: { datasets: [] },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        events: [],
        scales: {
          x: {
            type: 'linear',
            min: hMin,
            max: hMax,
            grid: { color: grid },
            ticks,
            title: { display: true, text: options.axisTitle, color: ink, font: labels.font },
          },
          y: { type: 'linear', grid: { color: grid }, ticks },
        },
      },
      plugins: [labels.plugin, { id: 'overlay', afterRender: () => options.onLayout() }],
    });
  }

  private color(name: string): string {
    return getComputedStyle(this.host).getPropertyValue(name).trim() || '#888';
  }

  /** Draws `curves` over the y range `[yMin, yMax]` (colours read now: dark mode too). */
  draw(curves: readonly Curve[], [yMin, yMax]: [number, number]): void {
    const chart = this.chart;
    // The same y range as the build-time plot: chart.js's own rounding would add up to half
    // a tick step at each end and squash bounded curves beside an unbounded one.
    chart.options.scales!.y!.min = yMin;
    chart.options.scales!.y!.max = yMax;
    chart.data.datasets = curves.map((c): ChartDataset<'scatter', XY[]> => ({
      label: c.label,
      data: c.points,
      showLine: true,
      borderColor: this.color(c.colorVar),
      borderWidth: c.derivative ? 1.75 : 2.5,
      borderDash: c.derivative ? [6, 4] : [],
      pointRadius: 0,
      // Cut at the plot's edge: an unbounded curve may leave the y range (see yExtent).
      clip: 0,
    }));
    chart.update('none');
  }

  /** Puts the cursor, the switch line and the point at their places in pixel space. */
  place(marks: PlotMarks): void {
    const { chartArea, scales } = this.chart;
    if (!chartArea) return;
    const { cursor, point, jump } = this.overlay;
    const vertical = (line: SVGLineElement, h: number | undefined) => {
      line.style.display = h === undefined ? 'none' : '';
      if (h === undefined) return;
      const x = String(scales.x!.getPixelForValue(h));
      setAttr(line, 'x1', x);
      setAttr(line, 'x2', x);
      setAttr(line, 'y1', String(chartArea.top));
      setAttr(line, 'y2', String(chartArea.bottom));
    };
    vertical(cursor, marks.cursor);
    vertical(jump, marks.jump);
    const p = marks.point;
    point.style.display = p ? '' : 'none';
    if (p) {
      setAttr(point, 'cx', String(scales.x!.getPixelForValue(p.x)));
      setAttr(point, 'cy', String(scales.y!.getPixelForValue(p.y)));
    }
  }

  /** The horizontal value under a pixel offset from the canvas's left edge. */
  valueAt(offsetX: number): number | undefined {
    return this.chart.scales.x?.getValueForPixel(offsetX);
  }

  destroy(): void {
    this.chart.destroy();
  }
}

/** The SVG layer over the canvas: the cursor line, the switch line and the neuron's point. */
function createOverlay(): {
  layer: SVGSVGElement;
  marks: { cursor: SVGLineElement; point: SVGCircleElement; jump: SVGLineElement };
} {
  const layer = document.createElementNS(SVG, 'svg');
  layer.setAttribute('class', 'overlay');
  layer.setAttribute('aria-hidden', 'true');
  const cursor = document.createElementNS(SVG, 'line');
  cursor.setAttribute('class', 'overlay-cursor');
  const jump = document.createElementNS(SVG, 'line');
  jump.setAttribute('class', 'overlay-switch');
  const point = document.createElementNS(SVG, 'circle');
  point.setAttribute('class', 'overlay-point');
  point.setAttribute('r', '7');
  layer.append(jump, cursor, point);
  return { layer, marks: { cursor, point, jump } };
}
