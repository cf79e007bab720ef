/**
 * <network-view>: a digit's journey through the trained network, live as the reader draws.
 * Data flow: input (a DigitPad's DIGIT_INPUT, or a chosen sample) → forward pass → every
 * activation → neuron brightness, the input picture, and a canvas of connections (thickness
 * |w|, colour and dash for the sign, brightness |w·a|) → a throttled sentence naming the
 * strongest signals. Geometry is built once per size (ResizeObserver); a frame recomputes
 * activations and strokes a few dozen style buckets, at most once per animation frame.
 * Selection (click, Enter, Space; Escape or a second click lets go) highlights a neuron's
 * incoming edges and shows its weight picture or bars.
 */
import { DIGIT_INPUT, requestDigitInput, type DigitInputDetail } from '~/components/events';
import { loadDigitAssets, showLoadError, type SharedNetwork } from '~/digits/load';
import { formatNumber } from '~/render/format';
import { css, LIGHT_RAMP, onSchemeChange, readRamp, type Ramp } from '~/render/palette';
import type { Schema } from '~/state/url-state';
import { applyControlLocks } from '~/components/controls/apply-locks';
import { isFree } from '~/state/control-locks';
import {
  bindIslandLink,
  IslandLife,
  NearStart,
  readIslandConfig,
  type IslandLink,
} from '~/components/island/kit';
import { DIGIT_FILES_SHAPE, optional, type Shape } from '~/components/island/config-shape';
import { buildFrame, buildScene, type NeuronRef, type NetworkScene } from '~/render/network-frame';
import { pixelCentres } from '~/render/network-geometry';
import { setText } from '~/components/set-text';
import { strokeEdges } from '~/render/network-paint';
import type { DigitFiles } from './digit-config';
import { detailText, showWeights } from './network-detail';
import { viewSummary } from './network-summary';
import { PIXELS, SIDE } from '~/digits/picture';

/** Input edges drawn into each first-layer neuron: its strongest contributions w·x. */
const PER_NEURON = 8;
/**
 * While the input keeps changing (the reader is drawing), frames are lighter: fewer input
 * edges per neuron, and the neurons' spoken names wait. SETTLE ms after the last change the
 * full picture and the names are drawn. (Rasterising the strokes is most of a frame's cost.)
 */
const LIVE_PER_NEURON = 4;
/**
 * Live frames are rasterised at this fraction of the settled resolution (a quarter of the
 * pixels: software rasterising is most of a live frame's cost) and shown stretched to the same
 * box; the settled picture is sharp again.
 */
const LIVE_RESOLUTION = 0.5;
const SETTLE = 120;
/** The spoken sentence changes at most this often while the input moves (ms). */
const SUMMARY_EVERY = 1500;

type Config = DigitFiles & { id: string; follow?: string };

/** What the island checks in data-config before using it (config-shape.ts). */
const NETWORK_VIEW_SHAPE: Shape = {
  id: 'string',
  follow: optional('string'),
  ...DIGIT_FILES_SHAPE,
};

/** A neuron as a link names it: "h1.3" (hidden layer 1, neuron 3), "out.7" (digit 7). */
export function neuronKey({ layer, neuron }: NeuronRef): string {
  return layer === 3 ? `out.${neuron}` : `h${layer}.${neuron + 1}`;
}

/** The neuron a link's key names, if `sizes` (neurons in layers 1–3) has it. */
export function parseNeuronKey(key: string, sizes: readonly number[]): NeuronRef | undefined {
  const match = /^(?:h([12])\.([1-9]\d?)|out\.(\d))$/.exec(key);
  if (!match) return undefined;
  const ref = match[3]
    ? { layer: 3, neuron: Number(match[3]) }
    : { layer: Number(match[1]), neuron: Number(match[2]) - 1 };
  return ref.neuron < (sizes[ref.layer - 1] ?? 0) ? ref : undefined;
}

class NetworkViewElement extends HTMLElement {
  private config?: Config;
  private network?: SharedNetwork;
  private starting = false;
  /** The start (model, then the first picture), once the view nears the screen. */
  private readonly near = new NearStart(this, () => {
    if (!this.starting && !this.network) void this.start();
  });
  /** a⁽⁰⁾ … a⁽ᴸ⁾ of the last render: the view's own copies (`predictLayers`). */
  private activations: Float64Array[] = [];
  private readonly input = new Float64Array(PIXELS);
  private selected?: NeuronRef;
  private scene?: NetworkScene;
  /** The page's diverging ramp (palette.ts), and its ends as CSS colours for the strokes. */
  private ramp: Ramp = LIGHT_RAMP;
  private colours = { positive: css(LIGHT_RAMP.positive), negative: css(LIGHT_RAMP.negative) };
  private ratio = 1;
  /** The edges canvas's size in CSS pixels (measured by layout). */
  private edgesBox = { width: 0, height: 0 };
  private drewThisFrame = false;
  private pending = false;
  private frameRequest = 0;
  private summaryTimer = 0;
  private summaryAt = -Infinity;
  private frames = 0;
  /** When the input last changed (ms), and the timer that draws the settled picture. */
  private inputAt = -Infinity;
  private settleTimer = 0;
  private live = false;
  private pixels?: ImageData;
  /** This connection's listeners on the page, its observer and its link writer. */
  private life?: IslandLife;
  private link?: IslandLink<Schema>;
  /** Link keys: `n` the selected neuron; `x` the sample shown (from 1), without a pad. */
  private schema: Schema = {};
  private sample = 0;
  /** Whether a teacher's link locked (or hid) the choice of neuron (`n`). */
  private selectionLocked = false;

  connectedCallback(): void {
    this.config ??= readIslandConfig<Config>(this, NETWORK_VIEW_SHAPE);
    if (!this.config) return;
    if (this.network) this.attach();
    else this.near.wait();
  }

  disconnectedCallback(): void {
    this.near.stop();
    this.life?.dispose();
    cancelAnimationFrame(this.frameRequest);
    clearTimeout(this.summaryTimer);
    clearTimeout(this.settleTimer);
    this.frameRequest = this.summaryTimer = this.settleTimer = 0;
    this.drewThisFrame = this.pending = false;
  }

  private async start(): Promise<void> {
    this.starting = true;
    let samples: { pixels: Float64Array; label: number }[];
    try {
      ({ network: this.network, samples } = await loadDigitAssets(this.config!));
    } catch (error) {
      this.starting = false;
      // The build's sentence describes a reading the picture cannot show now.
      this.querySelector<HTMLElement>('[data-summary]')!.hidden = true;
      showLoadError(this, error, 'This picture of the network cannot be shown', () => {
        if (!this.starting && !this.network) void this.start();
      });
      return;
    }
    this.activations = this.network.sizes.map((n) => new Float64Array(n));
    this.wireNeurons();
    const select = this.querySelector<HTMLSelectElement>('[data-sample]');
    if (select) {
      select.replaceChildren(
        ...samples.map(
          (s, k) => new Option(`A handwritten ${s.label} (sample ${k + 1})`, String(k)),
        ),
      );
      select.disabled = false;
      // The menu is wired once, with the markup; it goes with the element.
      select.addEventListener('change', () => {
        this.sample = Number(select.value);
        this.input.set(samples[this.sample]!.pixels);
        this.requestRender();
        this.saveState();
      });
    }
    const sizes = [1, 2, 3].map((l) => this.buttons(l).length);
    this.schema = {
      n: {
        kind: 'text',
        default: '',
        maxLength: 8,
        check: (raw) =>
          parseNeuronKey(raw, sizes) ? undefined : 'is not a neuron of this network',
      },
      ...(this.config!.follow
        ? {}
        : {
            x: {
              kind: 'number',
              min: 1,
              max: samples.length,
              default: 1,
              decimals: 0,
              integer: true,
            },
          }),
    };
    // A teacher's link can lock or hide the sample menu (`x`; a view that follows a pad has none).
    this.life ??= new IslandLife();
    this.link = bindIslandLink(this, this.life, {
      id: this.config!.id,
      schema: this.schema,
      controls: this.config!.follow ? ['n'] : ['x', 'n'],
    });
    const { state, locks, corrections } = this.link;
    // A locked `n` keeps the link's selection (or none): the neurons still read out and take
    // focus, but clicks, Enter, Space and Escape leave the selection as it is.
    this.selectionLocked = !isFree(locks, 'n');
    if (this.selectionLocked) {
      this.querySelector('[data-control="n"]')!.textContent =
        'This link keeps the selected neuron as it is; arrow keys still move between neurons.';
      for (const b of this.querySelectorAll('button[data-neuron]'))
        b.setAttribute('aria-disabled', 'true');
      // The sentence replaced the control's words: mark it again.
      applyControlLocks(this, locks);
    }
    this.sample = this.config!.follow ? 0 : (state['x'] as number) - 1;
    if (select) select.value = String(this.sample);
    // A follower starts blank, as its pad does, until the reader draws or picks a sample.
    if (!this.config!.follow) this.input.set(samples[this.sample]!.pixels);
    const chosen = parseNeuronKey(state['n'] as string, sizes);
    if (chosen) queueMicrotask(() => this.select(chosen));
    if (corrections.length) this.saveState();
    // The page carries the sentence from the build, unless the build could not read the model.
    this.querySelector<HTMLElement>('[data-summary]')!.hidden = false;
    if (this.isConnected) this.attach();
    else this.life.dispose();
  }

  /** Listens to the page (the pad, the colour scheme, the size) for this connection. */
  private attach(): void {
    if (!this.life || this.life.disposed) {
      this.life = new IslandLife();
      this.link?.rebind(this.life);
    }
    const life = this.life;
    const on = (target: EventTarget, type: string, fn: (e: Event) => void) =>
      life.on(target, type, fn);
    const follow = this.config!.follow;
    if (follow) {
      on(document, DIGIT_INPUT, (e) => {
        const { id, input } = (e as CustomEvent<DigitInputDetail>).detail;
        if (id !== follow) return;
        this.input.set(input);
        this.inputChanged();
        this.requestRender();
      });
      // The pad may have shown a linked drawing before this view was listening.
      requestDigitInput(follow);
    }
    life.add(
      onSchemeChange(() => {
        this.readColours();
        if (this.network) showWeights(this, this.network.layers, this.selected, this.ramp);
        this.drawWiring();
        this.draw();
      }),
    );
    on(this, 'keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Escape' || !this.selected || this.selectionLocked) return;
      e.stopPropagation();
      this.select(undefined);
    });
    life.observeSize(this.querySelector('[data-net]')!, () => {
      this.layout();
      this.draw();
    });
    this.readColours();
    this.render();
  }

  private buttons(layer: number): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>(`[data-layer="${layer}"] button`)];
  }

  /** Roving tabindex over the neuron buttons: arrows, Home and End; click toggles selection. */
  private wireNeurons(): void {
    const all = [1, 2, 3].map((l) => this.buttons(l));
    const focus = (target: HTMLButtonElement) => {
      for (const b of all.flat()) b.tabIndex = b === target ? 0 : -1;
      target.focus();
    };
    all.forEach((column, l) =>
      column.forEach((button, i) => {
        button.disabled = false;
        button.addEventListener('click', () => {
          focus(button);
          if (this.selectionLocked) return;
          const same = this.selected?.layer === l + 1 && this.selected.neuron === i;
          this.select(same ? undefined : { layer: l + 1, neuron: i });
        });
        button.addEventListener('keydown', (e) => {
          const move: Record<string, [number, number]> = {
            ArrowUp: [0, -1],
            ArrowDown: [0, 1],
            ArrowLeft: [-1, 0],
            ArrowRight: [1, 0],
          };
          let target: HTMLButtonElement | undefined;
          if (e.key in move) {
            const [dl, di] = move[e.key]!;
            const col = all[Math.min(2, Math.max(0, l + dl))]!;
            // Moving across layers keeps the same relative height in the column.
            const index =
              dl === 0 ? i + di : Math.round((i / (column.length - 1)) * (col.length - 1));
            target = col[Math.min(col.length - 1, Math.max(0, index))];
          } else if (e.key === 'Home') target = column[0];
          else if (e.key === 'End') target = column.at(-1);
          if (!target) return;
          e.preventDefault();
          focus(target);
        });
      }),
    );
  }

  /**
   * Notes a change of input: a change within SETTLE ms of the previous one makes the frames
   * live (lighter) until the input rests for SETTLE ms, when the full picture is drawn.
   */
  private inputChanged(): void {
    const now = performance.now();
    this.live = now - this.inputAt < SETTLE;
    this.inputAt = now;
    clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(() => {
      this.settleTimer = 0;
      if (!this.live) return;
      this.live = false;
      this.requestRender();
    }, SETTLE);
  }

  /** Renders now unless this frame already has a render; then once, at the next frame. */
  private requestRender(): void {
    if (this.drewThisFrame) this.pending = true;
    else this.render();
  }

  private render(): void {
    if (!this.network) return;
    this.activations = this.network.predictLayers(this.input);
    this.paintInput();
    [1, 2, 3].forEach((l) =>
      this.buttons(l).forEach((button, i) => {
        const a = this.activations[l]![i]!;
        button.querySelector<HTMLElement>('.dot')!.style.setProperty('--a', a.toFixed(3));
        // Changing 42 names relays out the page: while drawing they wait until the input rests.
        if (this.live) return;
        const name = button.querySelector<HTMLElement>('[data-name]')!;
        name.dataset.base ??= name.textContent!.trim();
        const text = `${name.dataset.base}, activation ${formatNumber(a, 2)}`;
        setText(name, text);
      }),
    );
    if (!this.live) this.showDetailText();
    this.draw();
    this.summarise(false);
    this.drewThisFrame = true;
    this.frameRequest ||= requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.drewThisFrame = false;
      if (this.pending) {
        this.pending = false;
        this.render();
      }
    });
  }

  private paintInput(): void {
    const canvas = this.querySelector<HTMLCanvasElement>('[data-input]')!;
    const ctx = canvas.getContext('2d')!;
    this.pixels ??= ctx.createImageData(SIDE, SIDE);
    const data = this.pixels.data;
    for (let k = 0; k < PIXELS; k++) {
      const g = Math.round(255 * Math.max(0, Math.min(1, this.input[k]!)));
      data[4 * k] = data[4 * k + 1] = data[4 * k + 2] = g;
      data[4 * k + 3] = 255;
    }
    ctx.putImageData(this.pixels, 0, 0);
  }

  private readColours(): void {
    this.ramp = readRamp(this);
    this.colours = { positive: css(this.ramp.positive), negative: css(this.ramp.negative) };
  }

  /** Measures where every neuron and pixel sits and precomputes the edges between them. */
  private layout(): void {
    const canvas = this.querySelector<HTMLCanvasElement>('[data-edges]')!;
    const box = canvas.getBoundingClientRect();
    this.ratio = Math.min(devicePixelRatio || 1, 2);
    this.edgesBox = { width: box.width, height: box.height };
    for (const c of [canvas, this.querySelector<HTMLCanvasElement>('[data-wiring]')!]) {
      c.width = Math.round(box.width * this.ratio);
      c.height = Math.round(box.height * this.ratio);
    }
    const centres = (layer: number) =>
      Float32Array.from(
        this.buttons(layer).flatMap((b) => {
          const r = b.querySelector('.dot')!.getBoundingClientRect();
          return [r.left + r.width / 2 - box.left, r.top + r.height / 2 - box.top];
        }),
      );
    const r = this.querySelector('[data-input]')!.getBoundingClientRect();
    const picture = { x: r.left - box.left, y: r.top - box.top, width: r.width, height: r.height };
    const nodes = [1, 2, 3].map(centres);
    this.scene = buildScene(this.network!.layers, pixelCentres(picture), nodes, PER_NEURON);
    this.dataset.wiringEdges = String(this.scene.wiring.count);
    this.drawWiring();
  }

  /** Redraws the faint wiring (once per size and colour scheme). */
  private drawWiring(): void {
    if (!this.scene) return;
    strokeEdges(this.querySelector<HTMLCanvasElement>('[data-wiring]')!, this.scene.wiring, {
      ratio: this.ratio,
      colours: this.colours,
      dim: false,
    });
  }

  /** Strokes the edges that carry the current signal. */
  private draw(): void {
    const scene = this.scene;
    if (!scene || !this.network) return;
    const perNeuron = this.live ? LIVE_PER_NEURON : PER_NEURON;
    const frame = buildFrame(scene, this.activations, perNeuron, this.selected);
    const canvas = this.querySelector<HTMLCanvasElement>('[data-edges]')!;
    const ratio = this.ratio * (this.live ? LIVE_RESOLUTION : 1);
    const width = Math.round(this.edgesBox.width * ratio);
    const height = Math.round(this.edgesBox.height * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    strokeEdges(canvas, frame, { ratio, colours: this.colours, dim: !!this.selected });
    this.dataset.drawnEdges = String(frame.count);
    this.dataset.selectedEdges = String(frame.highlighted);
    this.dataset.frame = String(++this.frames);
  }

  private showDetailText(): void {
    const text = this.selected
      ? detailText(
          this.selected,
          this.network!.layers,
          this.activations[this.selected.layer]![this.selected.neuron]!,
        )
      : 'No neuron selected.';
    const out = this.querySelector('[data-detail-text]')!;
    setText(out, text);
  }

  /** The spoken sentence: at once when asked, else at most every SUMMARY_EVERY ms. */
  private summarise(now: boolean): void {
    const wait = this.summaryAt + SUMMARY_EVERY - performance.now();
    if (!now && wait > 0) {
      this.summaryTimer ||= window.setTimeout(() => {
        this.summaryTimer = 0;
        this.summarise(true);
      }, wait);
      return;
    }
    clearTimeout(this.summaryTimer);
    this.summaryTimer = 0;
    this.summaryAt = performance.now();
    const text = viewSummary(this.network!.layers, this.activations, this.input, this.selected);
    setText(this.querySelector('[data-summary]')!, text);
  }

  /** Writes the selected neuron (and the sample, without a pad) into the address bar. */
  private saveState(): void {
    const state = {
      n: this.selected ? neuronKey(this.selected) : '',
      ...(this.config!.follow ? {} : { x: this.sample + 1 }),
    };
    this.link?.write(state);
  }

  private select(selection: NeuronRef | undefined): void {
    this.selected = selection;
    this.saveState();
    for (const l of [1, 2, 3]) {
      this.buttons(l).forEach((b, i) =>
        b.setAttribute('aria-pressed', String(l === selection?.layer && i === selection.neuron)),
      );
    }
    showWeights(this, this.network!.layers, selection, this.ramp);
    this.querySelector('[data-wiring]')!.classList.toggle('dim', !!selection);
    this.showDetailText();
    this.draw();
    this.summarise(true);
  }
}

if (!customElements.get('network-view')) customElements.define('network-view', NetworkViewElement);
