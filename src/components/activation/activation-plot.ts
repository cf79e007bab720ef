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
 * The chart comes later than the rest: the element wires its controls, link and texts at once,
 * and imports the drawing (plot-chart.ts, with chart.js) only when the plot comes within half
 * a screen of the view, or the reader focuses or presses inside it. Until then the build-time
 * SVG stays, in the same box (the frame's aspect ratio sets it), and the readout and legend
 * already give every value; so a page's first load runs no chart.js at all.
 *
 * One readout per quantity: while "Cursor on the neuron" is ticked (the default when the plot
 * follows a neuron) the cursor sits exactly on the neuron's h, so the plot's readout shows the
 * neuron's own z and a to the digit. Moving the cursor unticks it; ticking it puts it back.
 */
import { setAttr, setSpans, setText } from '~/components/set-text';
import { getActivation, type ActivationName } from '~/core/activations.ts';
import { onNeuronChange, requestNeuronState, type NeuronChangeDetail } from '~/components/events';
import { formatNumber } from '~/render/format';
import { type Schema } from '~/state/url-state';
import { isFree, noLocks, type ControlLocks } from '~/state/control-locks';
import {
  bindIslandLink,
  IslandLife,
  readIslandConfig,
  whenNear,
  type IslandLink,
} from '~/components/island/kit';
import { plotCurves, readout, readoutPieces, yExtent } from '~/render/plot';
import {
  axisTitle,
  inputAxis,
  inputAxisText,
  switchPoint,
  switchText,
  Z_AXIS,
  zAt,
  type NeuronNumbers,
  type PlotAxis,
} from '~/render/plot-axis';
import { ACTIVATION_PLOT_SHAPE, type ActivationPlotConfig } from './plot-config';
import type { PlotChart } from './plot-chart';

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
  /** The live chart, once loaded (near the view, see `whenNear`); the static SVG until then. */
  private chart?: PlotChart;
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
    this.rebuild();
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
    // After the controls are enabled: the link's locks disable some again.
    const linked = this.readLink(life);
    if (linked !== undefined) this.moveCursor(linked, false);
    if (config.follow) {
      onNeuronChange(config.follow, (detail) => this.follow(detail), life.signal);
      requestNeuronState(config.follow);
    }
    life.on(matchMedia('(prefers-color-scheme: dark)'), 'change', () => this.rebuild());
    // The chart loads near the view (at once when an earlier connection already had it).
    if (this.querySelector('.plot-frame canvas')) void this.upgrade(life);
    else whenNear(this, life.signal, () => void this.upgrade(life));
  }

  /** Loads the chart and draws it in place of the static SVG (which stays if loading fails). */
  private async upgrade(life: IslandLife): Promise<void> {
    let PlotChartClass: typeof PlotChart;
    try {
      ({ PlotChart: PlotChartClass } = await import('./plot-chart'));
    } catch (error) {
      console.error(
        '<activation-plot>: the chart could not load; the drawing stays static.',
        error,
      );
      return;
    }
    // Disconnected meanwhile: the next connection upgrades itself.
    if (life.disposed) return;
    const chart = new PlotChartClass(this, this.querySelector<HTMLElement>('.plot-frame')!, {
      range: this.config.range,
      axisTitle: axisTitle(this.axis),
      onLayout: () => this.renderOverlay(),
    });
    this.chart = chart;
    const fromPointer = (event: PointerEvent) => {
      if (!isFree(this.locks, 'c')) return;
      if (event.type === 'pointermove' && event.buttons === 0) return;
      const h = chart.valueAt(event.offsetX);
      if (h !== undefined) this.moveCursor(h);
    };
    life.on(chart.canvas, 'pointermove', fromPointer);
    life.on(chart.canvas, 'pointerdown', fromPointer);
    this.rebuild();
    this.dataset.chart = 'ready';
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

  /** Puts the chart's cursor, switch line and point (nothing to do before it is loaded). */
  private renderOverlay(): void {
    if (!this.chart) return;
    const at = this.config.input > 0 ? switchPoint(this.axis) : undefined;
    const [hMin, hMax] = this.config.range;
    this.chart.place({
      cursor: this.clamp(this.cursorH()),
      jump: at !== undefined && at >= hMin && at <= hMax ? at : undefined,
      point: this.shownPoint(),
    });
  }

  /** The neuron's point as drawn: h clamped into the plot, on its activation's curve. */
  private shownPoint(): XY | undefined {
    const { point, names } = this.state;
    const h = this.neuronH();
    if (!point || h === undefined || !names.includes(point.activation)) return undefined;
    const x = this.clamp(h);
    const axis = this.axis;
    const y = getActivation(point.activation).output(zAt(axis, x));
    return { x, y: Math.min(this.yRange[1], Math.max(this.yRange[0], y)) };
  }

  /** Rebuilds the curves (after the function, the neuron or the colour scheme changes). */
  private rebuild(): void {
    const [hMin, hMax] = this.config.range;
    const curves = plotCurves(this.state.names, this.config.derivatives, hMin, hMax, this.axis);
    this.yRange = yExtent(curves);
    if (this.config.trackActivation) this.renderLegend(curves);
    this.chart?.draw(curves, this.yRange);
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
    const value = String(this.clamp(h));
    if (input.value !== value) input.value = value;
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
