/**
 * <activation-plot>: upgrades the build-time SVG plot to a live chart.js chart with a cursor
 * (dragged with a pointer, or the "Plot cursor" slider) and the followed neuron's point.
 *
 * The horizontal variable h is z itself, or (config.input = i > 0) the neuron's input x_i with
 * z(h) = w_i·h + (b + Σ_{j≠i} w_j x_j) (see render/plot-axis.ts); a followed NeuronLab's
 * changes redraw that curve, so a change of b slides it and a change of w_i steepens it.
 *
 * Data flow: config (data-config) and NeuronLab events → state → chart, overlay and texts.
 * chart.js draws only the curves (again only when they change); the cursor and the point
 * live in an SVG overlay, so a slider moving them redraws no canvas.
 *
 * One readout per quantity: while "Cursor on the neuron" is ticked (the default when the plot
 * follows a neuron) the cursor sits exactly on the neuron's h, so the plot's readout shows the
 * neuron's own z and a to the digit. Moving the cursor unticks it; ticking it puts it back.
 */
const SVG = 'http://www.w3.org/2000/svg';
import { setAttr, setSpans, setText } from '~/components/set-text';
import {
  Chart,
  LinearScale,
  LineElement,
  PointElement,
  ScatterController,
  type ChartDataset,
} from 'chart.js';
import { getActivation, type ActivationName } from '~/core/activations.ts';
import { onNeuronChange, requestNeuronState, type NeuronChangeDetail } from '~/components/events';
import { formatNumber } from '~/render/format';
import { type Schema } from '~/state/url-state';
import { isFree, noLocks, type ControlLocks } from '~/state/control-locks';
import {
  bindIslandLink,
  IslandLife,
  readIslandConfig,
  type IslandLink,
} from '~/components/island/kit';
import { plotCurves, readout, readoutPieces, tickLabel, yExtent } from '~/render/plot';
import { followFont } from '~/render/chart-font';
import {
  axisTitle,
  inputAxis,
  inputAxisText,
  switchPoint,
  switchText,
  Z_AXIS,
  type NeuronNumbers,
  type PlotAxis,
} from '~/render/plot-axis';
import { ACTIVATION_PLOT_SHAPE, type ActivationPlotConfig } from './plot-config';

Chart.register(ScatterController, LineElement, PointElement, LinearScale);

interface PlotState {
  names: ActivationName[];
  /** The cursor's place on the horizontal axis (exact; the slider's thumb snaps to its step). */
  cursorH: number;
  /** True while the cursor sits on the followed neuron. */
  cursorOnNeuron: boolean;
  /** On a plot against an input: the neuron's x, w and b the curve is drawn for. */
  neuron?: NeuronNumbers;
  /** The followed neuron's last announced state. */
  point?: { z: number; activation: ActivationName; inputs: number[] };
}

type XY = { x: number; y: number };

class ActivationPlotElement extends HTMLElement {
  private config!: ActivationPlotConfig;
  private state!: PlotState;
  private chart?: Chart<'scatter', XY[]>;
  private overlay!: { cursor: SVGLineElement; point: SVGCircleElement; jump: SVGLineElement };
  /** The y range drawn (from yExtent), so the neuron's point can be kept inside it. */
  private yRange: [number, number] = [0, 1];

  private life?: IslandLife;
  private link?: IslandLink<Schema>;

  connectedCallback(): void {
    const config = readIslandConfig<ActivationPlotConfig>(this, ACTIVATION_PLOT_SHAPE);
    if (!config) return;
    const life = (this.life = new IslandLife());
    this.config = config;
    const toggle = this.followToggle;
    this.state = {
      names: [...this.config.functions],
      cursorH: this.cursorInput.valueAsNumber,
      cursorOnNeuron: toggle?.checked ?? false,
    };
    if (this.config.neuron) this.state.neuron = structuredClone(this.config.neuron);
    this.createChart();
    life.add(() => {
      this.chart?.destroy();
      this.chart = undefined;
    });
    this.cursorInput.disabled = false;
    life.on(this.cursorInput, 'input', () => this.moveCursor(this.cursorInput.valueAsNumber));
    if (toggle) {
      toggle.disabled = false;
      life.on(toggle, 'change', () => {
        this.state.cursorOnNeuron = toggle.checked;
        this.render();
        this.saveState();
      });
    }
    const canvas = this.chart!.canvas;
    const fromPointer = (event: PointerEvent) => {
      if (!isFree(this.locks, 'c')) return;
      if (event.type === 'pointermove' && event.buttons === 0) return;
      const h = this.chart!.scales.x!.getValueForPixel(event.offsetX);
      if (h !== undefined) this.moveCursor(h);
    };
    life.on(canvas, 'pointermove', fromPointer);
    life.on(canvas, 'pointerdown', fromPointer);
    // After the controls are enabled: the link's locks disable some again.
    const linked = this.readLink(life);
    if (linked !== undefined) this.moveCursor(linked, false);
    if (config.follow) {
      onNeuronChange(config.follow, (detail) => this.follow(detail), life.signal);
      requestNeuronState(config.follow);
    }
    life.on(matchMedia('(prefers-color-scheme: dark)'), 'change', () => this.rebuild());
  }

  disconnectedCallback(): void {
    this.life?.dispose();
  }

  private get cursorInput(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('.cursor-input')!;
  }

  private get followToggle(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('[data-follow-cursor]');
  }

  /** The horizontal axis: z, or the input x_i of the neuron as it is now. */
  private get axis(): PlotAxis {
    const { neuron } = this.state;
    return neuron && this.config.input > 0 ? inputAxis(neuron, this.config.input) : Z_AXIS;
  }

  private clamp(h: number): number {
    const [hMin, hMax] = this.config.range;
    return Math.min(hMax, Math.max(hMin, h));
  }

  /** The reader moved the cursor: it leaves the neuron. */
  private moveCursor(h: number, save = true): void {
    this.state.cursorH = this.clamp(h);
    this.state.cursorOnNeuron = false;
    const toggle = this.followToggle;
    if (toggle) toggle.checked = false;
    this.render();
    if (save) this.saveState();
  }

  private schema: Schema = {};
  /** A link may lock or hide "c": the cursor (its slider, the follow box, the pointer). */
  private locks: ControlLocks = noLocks();

  /**
   * Reads the cursor from the link: `c` its place on the horizontal axis (which unticks
   * "Cursor on the neuron"). Returns the linked place, if any; shows a notice for corrections.
   */
  private readLink(life: IslandLife): number | undefined {
    const input = this.cursorInput;
    this.schema = {
      c: {
        kind: 'number',
        min: Number(input.min),
        max: Number(input.max),
        default: input.valueAsNumber,
        decimals: 3,
      },
    };
    const link = (this.link = bindIslandLink(this, life, {
      id: this.config.id,
      schema: this.schema,
      controls: ['c'],
    }));
    this.locks = link.locks;
    const linked = new URLSearchParams(location.search).has(`${this.config.id}.c`);
    return linked ? (link.state['c'] as number) : undefined;
  }

  /** Writes the cursor into the address bar, unless it sits on the neuron (then it follows). */
  private saveState(): void {
    const { cursorOnNeuron, cursorH } = this.state;
    this.link?.write({ c: cursorH }, (params) => {
      const key = `${this.config.id}.c`;
      params.delete(key);
      if (!cursorOnNeuron) params.set(key, String(Number(cursorH.toFixed(3))));
    });
  }

  /** A followed NeuronLab changed: new point, and on an input plot a new curve. */
  private follow(detail: NeuronChangeDetail): void {
    const { z, activation, inputs, weights, bias } = detail;
    let redraw = false;
    if (this.config.trackActivation && this.state.names[0] !== activation) {
      this.state.names = [activation];
      redraw = true;
    }
    if (this.config.input > 0) {
      this.state.neuron = { inputs: [...inputs], weights: [...weights], bias };
      redraw = true;
    }
    this.state.point = { z, activation, inputs: [...inputs] };
    if (redraw) this.rebuild();
    else this.render();
  }

  private color(name: string): string {
    return getComputedStyle(this).getPropertyValue(name).trim() || '#888';
  }

  /** Replaces the static SVG with a canvas and draws the curves. */
  private createChart(): void {
    const frame = this.querySelector<HTMLElement>('.plot-frame')!;
    const svg = frame.querySelector('svg:not(.overlay)');
    const label =
      svg?.getAttribute('aria-label') ??
      frame.querySelector('canvas')?.getAttribute('aria-label') ??
      'Activation plot';
    // Connected again after leaving the page: the last connection's canvas and overlay go.
    frame.querySelectorAll('canvas, svg.overlay').forEach((el) => el.remove());
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    svg?.remove();
    frame.append(canvas, this.createOverlay());
    const [hMin, hMax] = this.config.range;
    const grid = this.color('--rule');
    const ink = this.color('--ink-soft');
    // Labels follow the page's type size (larger in present mode), re-read on every resize.
    const labels = followFont(this);
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
            title: { display: true, text: axisTitle(this.axis), color: ink, font: labels.font },
          },
          y: { type: 'linear', grid: { color: grid }, ticks },
        },
      },
      // After every layout (first draw, resize) the overlay is placed again.
      plugins: [labels.plugin, { id: 'overlay', afterRender: () => this.renderOverlay() }],
    });
    this.rebuild();
  }

  /** The SVG layer over the canvas: the cursor line, the switch line and the neuron's point. */
  private createOverlay(): SVGSVGElement {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'overlay');
    svg.setAttribute('aria-hidden', 'true');
    const cursor = document.createElementNS(SVG, 'line');
    cursor.setAttribute('class', 'overlay-cursor');
    const jump = document.createElementNS(SVG, 'line');
    jump.setAttribute('class', 'overlay-switch');
    const point = document.createElementNS(SVG, 'circle');
    point.setAttribute('class', 'overlay-point');
    point.setAttribute('r', '7');
    svg.append(jump, cursor, point);
    this.overlay = { cursor, point, jump };
    return svg;
  }

  /** The cursor's h: the neuron's own h while it follows the neuron, else where it was put. */
  private cursorH(): number {
    const h = this.neuronH();
    return this.state.cursorOnNeuron && h !== undefined ? h : this.state.cursorH;
  }

  /** The followed neuron's place on the horizontal axis: its z, or its own x_i. */
  private neuronH(): number | undefined {
    const { point } = this.state;
    if (!point) return undefined;
    return this.config.input > 0 ? point.inputs[this.config.input - 1] : point.z;
  }

  /** Puts the cursor, the switch line and the point at their places in pixel space. */
  private renderOverlay(): void {
    const chart = this.chart;
    if (!chart) return;
    const { chartArea, scales } = chart;
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
    vertical(cursor, this.clamp(this.cursorH()));
    const at = this.config.input > 0 ? switchPoint(this.axis) : undefined;
    const [hMin, hMax] = this.config.range;
    vertical(jump, at !== undefined && at >= hMin && at <= hMax ? at : undefined);
    const p = this.shownPoint();
    point.style.display = p ? '' : 'none';
    if (p) {
      setAttr(point, 'cx', String(scales.x!.getPixelForValue(p.x)));
      setAttr(point, 'cy', String(scales.y!.getPixelForValue(p.y)));
    }
  }

  /** The neuron's point as drawn: h clamped into the plot, on its activation's curve. */
  private shownPoint(): XY | undefined {
    const { point, names } = this.state;
    const h = this.neuronH();
    if (!point || h === undefined || !names.includes(point.activation)) return undefined;
    const x = this.clamp(h);
    const axis = this.axis;
    const y = getActivation(point.activation).output(axis.slope * x + axis.offset);
    return { x, y: Math.min(this.yRange[1], Math.max(this.yRange[0], y)) };
  }

  /** Rebuilds the curves (after the function, the neuron or the colour scheme changes). */
  private rebuild(): void {
    const chart = this.chart!;
    const [hMin, hMax] = this.config.range;
    const curves = plotCurves(this.state.names, this.config.derivatives, hMin, hMax, this.axis);
    const [yMin, yMax] = yExtent(curves);
    this.yRange = [yMin, yMax];
    // The same y range as the build-time plot: chart.js's own rounding would add up to half
    // a tick step at each end and squash bounded curves beside an unbounded one.
    chart.options.scales!.y!.min = yMin;
    chart.options.scales!.y!.max = yMax;
    const datasets: ChartDataset<'scatter', XY[]>[] = curves.map((c) => ({
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
    chart.data.datasets = datasets;
    if (this.config.trackActivation) this.renderLegend(curves);
    chart.update('none');
    this.render();
  }

  /** Rewrites the legend's curve entries (only a NeuronLab's own plot changes function). */
  private renderLegend(curves: ReturnType<typeof plotCurves>): void {
    const legend = this.querySelector('.legend')!;
    legend.querySelectorAll('li[data-curve]').forEach((li) => li.remove());
    const first = legend.firstElementChild;
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
      legend.insertBefore(li, first);
    }
  }

  /** Updates the cursor, the neuron's point and the texts from the state (no canvas redraw). */
  private render(): void {
    const { point, names, neuron } = this.state;
    const axis = this.axis;
    const h = this.cursorH();
    this.renderOverlay();
    const input = this.cursorInput;
    if (input.value !== String(this.clamp(h))) input.value = String(this.clamp(h));
    setAttr(input, 'aria-valuetext', `${axis.symbol} = ${formatNumber(h)}`);
    const shown = this.shownPoint();
    if (shown) this.dataset.point = `${shown.x},${shown.y}`;
    else delete this.dataset.point;
    this.dataset.cursor = String(h);
    // Each value in an unbreakable span, with breakable spaces between them.
    setSpans(
      this.querySelector('[data-readout]')!,
      readoutPieces(readout(names, this.config.derivatives, h, axis)),
    );
    if (neuron && this.config.input > 0) {
      const held = this.querySelector('[data-held]');
      if (held) setText(held, inputAxisText(neuron, this.config.input));
      const jump = this.querySelector('[data-switch]');
      if (jump) setText(jump, switchText(axis, this.config.range));
    }
    const followText = this.querySelector('.follow-text');
    const neuronH = this.neuronH();
    if (followText && point && neuronH !== undefined) {
      const [hMin, hMax] = this.config.range;
      const off = neuronH < hMin || neuronH > hMax ? ' (off the plot: shown at its edge)' : '';
      const where = axis.symbol === 'z' ? '' : `${axis.symbol} = ${formatNumber(neuronH)}, `;
      setText(
        followText,
        names.includes(point.activation)
          ? `The neuron now: ${where}z = ${formatNumber(point.z)}${off}`
          : `The neuron uses ${getActivation(point.activation).label}, not drawn here`,
      );
    }
  }
}

if (!customElements.get('activation-plot')) {
  customElements.define('activation-plot', ActivationPlotElement);
}
