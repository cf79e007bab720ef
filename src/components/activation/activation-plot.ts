/**
 * <activation-plot>: upgrades the build-time SVG plot to a live chart.js chart with a cursor
 * (pointer or the "Plot cursor z" slider) and the followed neuron's point.
 * Data flow: config (data-config) → state {names, cursorZ, point} → chart + overlay + text.
 * chart.js draws only the curves (again only when the function or colours change); the
 * cursor and the point live in an SVG overlay, so a slider moving them redraws no canvas.
 */
const SVG = 'http://www.w3.org/2000/svg';
import {
  Chart,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  type ChartDataset,
} from 'chart.js';
import { getActivation, type ActivationName } from '~/core/activations.ts';
import { onNeuronChange, requestNeuronState } from '~/components/events';
import { formatNumber } from '~/render/format';
import { plotCurves, readout, yExtent } from '~/render/plot';
import type { ActivationPlotConfig } from './plot-config';

Chart.register(ScatterController, LineElement, PointElement, LinearScale);

interface PlotState {
  names: ActivationName[];
  cursorZ: number;
  point?: { z: number; activation: ActivationName };
}

type XY = { x: number; y: number };

class ActivationPlotElement extends HTMLElement {
  private config!: ActivationPlotConfig;
  private state!: PlotState;
  private chart?: Chart<'scatter', XY[]>;
  private overlay!: { cursor: SVGLineElement; point: SVGCircleElement };

  connectedCallback(): void {
    if (this.chart) return;
    this.config = JSON.parse(this.dataset.config!) as ActivationPlotConfig;
    this.state = { names: [...this.config.functions], cursorZ: this.cursorInput.valueAsNumber };
    this.createChart();
    this.cursorInput.disabled = false;
    this.cursorInput.addEventListener('input', () =>
      this.setCursor(this.cursorInput.valueAsNumber),
    );
    const canvas = this.chart!.canvas;
    const fromPointer = (event: PointerEvent) => {
      const z = this.chart!.scales.x!.getValueForPixel(event.offsetX);
      if (z !== undefined) this.setCursor(z);
    };
    canvas.addEventListener('pointermove', fromPointer);
    canvas.addEventListener('pointerdown', fromPointer);
    if (this.config.follow) {
      onNeuronChange(this.config.follow, ({ z, activation }) => {
        if (this.config.trackActivation && this.state.names[0] !== activation) {
          this.state.names = [activation];
          this.rebuild();
        }
        this.state.point = { z, activation };
        this.render();
      });
      requestNeuronState(this.config.follow);
    }
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => this.rebuild());
  }

  private get cursorInput(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('.cursor-input')!;
  }

  private setCursor(z: number): void {
    const [zMin, zMax] = this.config.zRange;
    this.state.cursorZ = Math.min(zMax, Math.max(zMin, z));
    this.cursorInput.value = String(this.state.cursorZ);
    this.render();
  }

  private color(name: string): string {
    return getComputedStyle(this).getPropertyValue(name).trim() || '#888';
  }

  /** Replaces the static SVG with a canvas and draws the curves. */
  private createChart(): void {
    const frame = this.querySelector<HTMLElement>('.plot-frame')!;
    const svg = frame.querySelector('svg');
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', svg?.getAttribute('aria-label') ?? 'Activation plot');
    svg?.remove();
    frame.append(canvas, this.createOverlay());
    const [zMin, zMax] = this.config.zRange;
    const grid = this.color('--rule');
    const ink = this.color('--ink-soft');
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
            min: zMin,
            max: zMax,
            grid: { color: grid },
            ticks: { color: ink },
            title: { display: true, text: 'weighted sum z', color: ink },
          },
          y: { type: 'linear', grid: { color: grid }, ticks: { color: ink } },
        },
      },
      // After every layout (first draw, resize) the overlay is placed again.
      plugins: [{ id: 'overlay', afterRender: () => this.renderOverlay() }],
    });
    this.rebuild();
  }

  /** The SVG layer over the canvas holding the cursor line and the neuron's point. */
  private createOverlay(): SVGSVGElement {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'overlay');
    svg.setAttribute('aria-hidden', 'true');
    const cursor = document.createElementNS(SVG, 'line');
    cursor.setAttribute('class', 'overlay-cursor');
    const point = document.createElementNS(SVG, 'circle');
    point.setAttribute('class', 'overlay-point');
    point.setAttribute('r', '7');
    svg.append(cursor, point);
    this.overlay = { cursor, point };
    return svg;
  }

  /** Puts the cursor and the point at their places in the chart's pixel space. */
  private renderOverlay(): void {
    const chart = this.chart;
    if (!chart) return;
    const { chartArea, scales } = chart;
    const { cursor, point } = this.overlay;
    const x = scales.x!.getPixelForValue(this.state.cursorZ);
    cursor.setAttribute('x1', String(x));
    cursor.setAttribute('x2', String(x));
    cursor.setAttribute('y1', String(chartArea.top));
    cursor.setAttribute('y2', String(chartArea.bottom));
    const p = this.shownPoint();
    point.style.display = p ? '' : 'none';
    if (p) {
      point.setAttribute('cx', String(scales.x!.getPixelForValue(p.z)));
      point.setAttribute('cy', String(scales.y!.getPixelForValue(p.y)));
    }
  }

  /** The neuron's point as drawn: z clamped into the plot, on its activation's curve. */
  private shownPoint(): { z: number; y: number } | undefined {
    const { point, names } = this.state;
    if (!point || !names.includes(point.activation)) return undefined;
    const [zMin, zMax] = this.config.zRange;
    const z = Math.min(zMax, Math.max(zMin, point.z));
    return { z, y: getActivation(point.activation).output(z) };
  }

  /** Rebuilds the curves (after the function or the colour scheme changes). */
  private rebuild(): void {
    const chart = this.chart!;
    const [zMin, zMax] = this.config.zRange;
    const curves = plotCurves(this.state.names, this.config.derivatives, zMin, zMax);
    const [yMin, yMax] = yExtent(curves);
    // Suggested (not fixed) bounds let chart.js round the axis to tidy ticks.
    chart.options.scales!.y!.suggestedMin = yMin;
    chart.options.scales!.y!.suggestedMax = yMax;
    const datasets: ChartDataset<'scatter', XY[]>[] = curves.map((c) => ({
      label: c.label,
      data: c.points.map((p) => ({ x: p.z, y: p.y })),
      showLine: true,
      borderColor: this.color(c.colorVar),
      borderWidth: c.derivative ? 1.75 : 2.5,
      borderDash: c.derivative ? [6, 4] : [],
      pointRadius: 0,
    }));
    chart.data.datasets = datasets;
    if (this.config.trackActivation) this.renderLegend(curves);
    chart.update('none');
    this.render();
  }

  /** Rewrites the legend's curve entries (only a NeuronLab's own plot changes function). */
  private renderLegend(curves: ReturnType<typeof plotCurves>): void {
    const legend = this.querySelector('.legend')!;
    legend.querySelectorAll('li[data-curve]').forEach((li) => li.remove());
    const follow = legend.querySelector('[data-follow-point]');
    for (const c of curves) {
      const f = getActivation(c.name);
      const li = document.createElement('li');
      li.dataset.curve = c.label;
      const swatch = document.createElement('span');
      swatch.className = c.derivative ? 'swatch dashed' : 'swatch';
      swatch.style.setProperty('--swatch', `var(${c.colorVar})`);
      swatch.setAttribute('aria-hidden', 'true');
      const text = document.createElement('span');
      text.textContent = c.derivative
        ? `${c.label} slope of ${f.label} (dashed)`
        : `${c.label} ${f.label}, output range ${f.range}`;
      li.append(swatch, text);
      legend.insertBefore(li, follow);
    }
  }

  /** Updates the cursor, the neuron's point and the texts from the state (no canvas redraw). */
  private render(): void {
    const { cursorZ, point, names } = this.state;
    this.renderOverlay();
    const shown = this.shownPoint();
    if (shown) this.dataset.point = `${shown.z},${shown.y}`;
    else delete this.dataset.point;
    this.querySelector('[data-readout]')!.textContent = readout(
      names,
      this.config.derivatives,
      cursorZ,
    );
    const followText = this.querySelector('.follow-text');
    if (followText && point) {
      const [zMin, zMax] = this.config.zRange;
      const off = point.z < zMin || point.z > zMax ? ' (off the plot: shown at its edge)' : '';
      followText.textContent = names.includes(point.activation)
        ? `The neuron now: z = ${formatNumber(point.z, 2)}${off}`
        : `The neuron uses ${getActivation(point.activation).label}, not drawn here`;
    }
  }
}

if (!customElements.get('activation-plot')) {
  customElements.define('activation-plot', ActivationPlotElement);
}
