/**
 * <weight-image>: weights w (paintable), pixels x, products w·x, and z = Σ w_i x_i + b, a = σ(z).
 * Data flow: paint strokes, preset, input choice or bias → state {weights, input, bias} →
 * three pictures and the two numbers.
 */
import { setText } from '~/components/set-text';
import { getActivation } from '~/core/activations.ts';
import { wireSliderFields } from '~/components/controls/slider-fields';
import { onDigitInput, requestDigitInput } from '~/components/events';
import { loadDigitAssets, showLoadError, type SharedNetwork } from '~/digits/load';
import { paintWeights, presetBias, verticalStrokeDetector } from '~/digits/presets';
import { formatNumber } from '~/render/format';
import { diverging, grey, onSchemeChange, paintGrid, readRamp, type Ramp } from '~/render/palette';
import { checkWeights, decodeWeights, encodeWeights, roundWeight } from '~/state/link-codecs';
import type { Schema } from '~/state/url-state';
import { isFree, noLocks, type ControlLocks } from '~/state/control-locks';
import {
  bindIslandLink,
  IslandLife,
  NearStart,
  readIslandConfig,
  type IslandLink,
} from '~/components/island/kit';
import { DIGIT_FILES_SHAPE, optional, type Shape } from '~/components/island/config-shape';
import { WEIGHT_IMAGE_BIAS, type DigitFiles } from './digit-config';
import { PIXELS, SIDE } from '~/digits/picture';

/** `sample` counts from 1, as the digit menu does. */
type Config = DigitFiles & { id: string; start: string; follow?: string; sample: number };

/** What the island checks in data-config before using it (config-shape.ts). */
const WEIGHT_IMAGE_SHAPE: Shape = {
  id: 'string',
  start: 'string',
  follow: optional('string'),
  sample: 'number',
  ...DIGIT_FILES_SHAPE,
};

/** How much one brush dab adds to a weight. */
const DAB = 0.35;
/** The bias slider's range. */
const BIAS = WEIGHT_IMAGE_BIAS;
/** The weight presets a link may name. */
const PRESETS = ['blank', 'stroke', ...Array.from({ length: 16 }, (_, n) => `hidden-${n + 1}`)];

/**
 * What a link holds: `p` the preset the weights started from, `w` the weights when the reader
 * has painted them (link-codecs), `x` the input (a sample's number from 1, or "pad") and `b`
 * the bias when it is not the preset's own.
 */
function weightImageSchema(config: Config, samples: number) {
  return {
    p: { kind: 'choice', choices: PRESETS, default: config.start },
    w: { kind: 'text', default: '', maxLength: 1800, check: checkWeights },
    x: {
      kind: 'text',
      default: String(Math.min(config.sample, samples)),
      maxLength: 8,
      check: (raw: string) =>
        (raw === 'pad' && config.follow) || (/^[1-9]\d*$/.test(raw) && Number(raw) <= samples)
          ? undefined
          : `is not ${config.follow ? '"pad" or ' : ''}a sample from 1 to ${samples}`,
    },
    b: { kind: 'number', min: BIAS.min, max: BIAS.max, default: 0, decimals: 2 },
  } satisfies Schema;
}

class WeightImageElement extends HTMLElement {
  private config!: Config;
  /** The start (model), once the island nears the view. */
  private readonly near = new NearStart(this, () => void this.start());
  /** The page's weight colours, read once and again when the colour scheme changes. */
  private ramp?: Ramp;
  private network?: SharedNetwork;
  private weights: Float64Array = new Float64Array(PIXELS);
  private input: Float64Array = new Float64Array(PIXELS);
  private bias = 0;
  private padInput?: Float64Array;
  private samples: { pixels: Float64Array; label: number }[] = [];
  private painting = false;
  /** This connection's listeners on the page and its link writer. */
  private life?: IslandLife;
  private link?: IslandLink<ReturnType<typeof weightImageSchema>>;
  private schema!: ReturnType<typeof weightImageSchema>;
  private preset = '';
  /** Whether the reader has painted since the preset was chosen (then `w` is linked). */
  private painted = false;
  /** The input shown: a sample's index, or 'pad'. */
  private inputChoice = '';
  /** What a teacher's link locks or hides: `w` painting, `p` the preset, `x` the input, `b`. */
  private locks: ControlLocks = noLocks();

  connectedCallback(): void {
    if (this.config) {
      // Connected again: the markup is wired; listen to the page again (or wait to start).
      if (this.link) this.attach();
      else this.near.wait();
      return;
    }
    const config = readIslandConfig<Config>(this, WEIGHT_IMAGE_SHAPE);
    if (!config) return;
    this.config = config;
    this.near.wait();
  }

  disconnectedCallback(): void {
    this.near.stop();
    this.life?.dispose();
  }

  /** Listens to the page for this connection: the followed pad and the colour scheme. */
  private attach(): void {
    if (!this.life || this.life.disposed) {
      this.life = new IslandLife();
      this.link?.rebind(this.life);
    }
    const life = this.life;
    life.add(
      onSchemeChange(() => {
        this.ramp = readRamp(this);
        this.render();
      }),
    );
    const follow = this.config.follow;
    if (follow) {
      onDigitInput(
        follow,
        ({ input: drawn }) => {
          this.padInput = drawn;
          if (this.inputChoice === 'pad') {
            this.input = drawn;
            this.render();
          }
        },
        life.signal,
      );
      // The pad may have shown a linked drawing before this demo was listening.
      requestDigitInput(follow);
    }
  }

  private $<T extends Element>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private async start(): Promise<void> {
    try {
      ({ network: this.network, samples: this.samples } = await loadDigitAssets(this.config));
    } catch (error) {
      showLoadError(this, error, 'This demo cannot run without it', () => void this.start());
      return;
    }
    const sliders = wireSliderFields(this, (_key, value) => {
      this.bias = Math.max(BIAS.min, Math.min(BIAS.max, value));
      sliders.sync({ b: this.bias });
      this.render();
      this.saveState();
    });
    this.syncBias = (b) => sliders.sync({ b });
    this.wirePainting();
    this.wireChoices();
    this.life ??= new IslandLife();
    this.restore(this.life);
    this.render();
    if (this.isConnected) this.attach();
    else this.life.dispose();
  }

  /** Sets the demo from the link (or the lesson's props), with a notice for corrections. */
  private restore(life: IslandLife): void {
    this.schema = weightImageSchema(this.config, this.samples.length);
    const params = new URLSearchParams(location.search);
    this.link = bindIslandLink(this, life, {
      id: this.config.id,
      schema: this.schema,
      controls: ['w', 'p', 'x', 'b'],
    });
    const { state, locks, corrections } = this.link;
    this.locks = locks;
    if (!isFree(locks, 'w')) this.$<HTMLElement>('[data-weights]').dataset.linkLocked = '';
    this.applyPreset(state.p);
    this.$<HTMLSelectElement>('[data-start]').value = state.p;
    if (state.w) {
      this.weights = decodeWeights(state.w)!;
      this.painted = true;
    }
    // A linked bias replaces the preset's; an unusable one was corrected to 0 above.
    if (params.has(`${this.config.id}.b`)) {
      this.bias = state.b;
      this.syncBias(this.bias);
    }
    this.chooseInput(state.x === 'pad' ? 'pad' : String(Number(state.x) - 1));
    if (corrections.length) this.saveState();
  }

  /** Writes the demo's state into the address bar (coalesced). */
  private saveState(): void {
    const presetBias = this.presetBias(this.preset);
    const state = {
      p: this.preset,
      w: this.painted ? encodeWeights(this.weights) : '',
      x: this.inputChoice === 'pad' ? 'pad' : String(Number(this.inputChoice) + 1),
      b: this.bias,
    };
    this.link?.write(state, (params) => {
      // The bias is linked whenever it is not the preset's own (even when it is 0).
      const key = `${this.config.id}.b`;
      params.delete(key);
      if (this.bias !== presetBias) params.set(key, String(Number(this.bias.toFixed(2))));
    });
  }

  /** Shows input `choice` (a sample's index, or 'pad') in the menu and the pictures. */
  private chooseInput(choice: string): void {
    this.inputChoice = choice;
    this.$<HTMLSelectElement>('[data-input]').value = choice;
    this.input =
      choice === 'pad'
        ? (this.padInput ?? new Float64Array(PIXELS))
        : this.samples[Number(choice)]!.pixels;
  }

  private syncBias: (b: number) => void = () => {};

  /** Index of the sample shown first: the configured one, or the last if there are fewer. */
  private firstSample(): number {
    return Math.min(this.config.sample, this.samples.length) - 1;
  }

  private wireChoices(): void {
    const start = this.$<HTMLSelectElement>('[data-start]');
    start.disabled = false;
    start.addEventListener('change', () => {
      this.applyPreset(start.value);
      this.render();
      this.saveState();
    });
    const input = this.$<HTMLSelectElement>('[data-input]');
    const options = this.samples.map(
      (s, k) => new Option(`A handwritten ${s.label} (sample ${k + 1})`, String(k)),
    );
    if (this.config.follow) options.unshift(new Option('Your drawing on the pad above', 'pad'));
    input.replaceChildren(...options);
    input.value = String(this.firstSample());
    input.disabled = false;
    input.addEventListener('change', () => {
      this.chooseInput(input.value);
      this.render();
      this.saveState();
    });
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.disabled = false;
  }

  /** Sets the weights (and bias) from a preset: blank, the stroke detector, or hidden-N. */
  private applyPreset(name: string): void {
    this.preset = name;
    this.painted = false;
    const hidden = /^hidden-(\d+)$/.exec(name);
    if (hidden) {
      const w = this.trainedWeights(Number(hidden[1]) - 1);
      // Trained weights are small; scale them into [−1, 1] for painting, and the bias with them.
      const max = Math.max(...w.map(Math.abs));
      this.weights = Float64Array.from(w, (v) => v / max);
    } else {
      this.weights = name === 'stroke' ? verticalStrokeDetector() : new Float64Array(PIXELS);
    }
    this.bias = this.presetBias(name);
    this.syncBias(this.bias);
  }

  /** Hidden neuron n's 784 incoming weights in the trained network. */
  private trainedWeights(n: number): Float64Array {
    return this.network!.layers[0]!.weights.subarray(n * PIXELS, (n + 1) * PIXELS);
  }

  /** The bias preset `name` comes with (a trained one scaled as its weights are). */
  private presetBias(name: string): number {
    return presetBias(name, this.network!.layers[0]);
  }

  private wirePainting(): void {
    const canvas = this.$<HTMLCanvasElement>('[data-weights]');
    const dab = (e: PointerEvent) => {
      const r = canvas.getBoundingClientRect();
      const x = ((e.clientX - r.left) / r.width) * SIDE;
      const y = ((e.clientY - r.top) / r.height) * SIDE;
      const brush = Number(this.$<HTMLInputElement>('input[type="radio"]:checked').value);
      paintWeights(this.weights, x, y, brush * DAB);
      this.render();
    };
    canvas.addEventListener('pointerdown', (e) => {
      if (!isFree(this.locks, 'w')) return;
      canvas.setPointerCapture(e.pointerId);
      this.painting = true;
      dab(e);
    });
    canvas.addEventListener('pointermove', (e) => this.painting && dab(e));
    const stop = () => {
      if (!this.painting) return;
      this.painting = false;
      // Kept as sixteenths, as a link holds them, so a copied link shows exactly this.
      this.weights = this.weights.map(roundWeight);
      this.painted = true;
      this.render();
      this.saveState();
    };
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);
  }

  private render(): void {
    const products = this.weights.map((w, k) => w * this.input[k]!);
    const sum = products.reduce((s, v) => s + v, 0);
    const z = sum + this.bias;
    const a = getActivation('sigmoid').output(z);
    const ramp = (this.ramp ??= readRamp(this));
    paintGrid(this.$('[data-weights]'), this.weights, (w) => diverging(w, 1, ramp));
    paintGrid(this.$('[data-pixels]'), this.input, grey);
    const maxProduct = Math.max(1e-9, ...products.map(Math.abs));
    paintGrid(this.$('[data-products]'), products, (p) => diverging(p, maxProduct, ramp));
    const b = formatNumber(this.bias, 2);
    this.$('[data-sum]').textContent =
      `${formatNumber(sum)} +\u00a0${b.startsWith('\u2212') ? `(${b})` : b}`;
    setText(this.$('[data-z]'), formatNumber(z));
    setText(this.$('[data-a]'), formatNumber(a));
  }
}

if (!customElements.get('weight-image')) customElements.define('weight-image', WeightImageElement);
