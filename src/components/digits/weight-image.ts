/**
 * <weight-image>: weights w (paintable), pixels x, products w·x, and z = Σ w_i x_i + b, a = σ(z).
 * Data flow: paint strokes, preset, input choice or bias → state {weights, input, bias} →
 * three pictures and the two numbers.
 */
import { getActivation } from '~/core/activations.ts';
import type { Network } from '~/core/network.ts';
import { wireSliderFields } from '~/components/controls/slider-fields';
import { onDigitInput } from '~/components/events';
import { loadDigitAssets, showLoadError } from '~/digits/load';
import { paintWeights, STROKE, verticalStrokeDetector } from '~/digits/presets';
import { formatNumber } from '~/render/format';
import { diverging, grey, paintGrid } from '~/render/palette';
import type { DigitFiles } from './digit-config';

/** `sample` counts from 1, as the digit menu does. */
type Config = DigitFiles & { id: string; start: string; follow?: string; sample: number };

/** How much one brush dab adds to a weight. */
const DAB = 0.35;

class WeightImageElement extends HTMLElement {
  private config!: Config;
  private network?: Network;
  private weights: Float64Array = new Float64Array(784);
  private input: Float64Array = new Float64Array(784);
  private bias = 0;
  private padInput?: Float64Array;
  private samples: { pixels: Float64Array; label: number }[] = [];
  private painting = false;

  connectedCallback(): void {
    if (this.config) return;
    this.config = JSON.parse(this.dataset.config!) as Config;
    void this.start();
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
      this.bias = Math.max(-20, Math.min(20, value));
      sliders.sync({ b: this.bias });
      this.render();
    });
    this.syncBias = (b) => sliders.sync({ b });
    this.wirePainting();
    this.wireChoices();
    this.applyPreset(this.config.start);
    this.input = this.samples[this.firstSample()]!.pixels;
    this.render();
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
      this.input =
        input.value === 'pad'
          ? (this.padInput ?? new Float64Array(784))
          : this.samples[Number(input.value)]!.pixels;
      this.render();
    });
    if (this.config.follow) {
      onDigitInput(this.config.follow, ({ input: drawn }) => {
        this.padInput = drawn;
        if (input.value === 'pad') {
          this.input = drawn;
          this.render();
        }
      });
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.disabled = false;
  }

  /** Sets the weights (and bias) from a preset: blank, the stroke detector, or hidden-N. */
  private applyPreset(name: string): void {
    const hidden = /^hidden-(\d+)$/.exec(name);
    if (hidden) {
      const layer = this.network!.layers[0]!;
      const n = Number(hidden[1]) - 1;
      const w = layer.weights.subarray(n * 784, (n + 1) * 784);
      // Trained weights are small; scale them into [−1, 1] for painting, and the bias with them.
      const max = Math.max(...w.map(Math.abs));
      this.weights = Float64Array.from(w, (v) => v / max);
      this.bias = Number((layer.biases[n]! / max).toFixed(1));
    } else {
      this.weights = name === 'stroke' ? verticalStrokeDetector() : new Float64Array(784);
      this.bias = name === 'stroke' ? STROKE.bias : 0;
    }
    this.syncBias(this.bias);
  }

  private wirePainting(): void {
    const canvas = this.$<HTMLCanvasElement>('[data-weights]');
    const dab = (e: PointerEvent) => {
      const r = canvas.getBoundingClientRect();
      const x = ((e.clientX - r.left) / r.width) * 28;
      const y = ((e.clientY - r.top) / r.height) * 28;
      const brush = Number(this.$<HTMLInputElement>('input[type="radio"]:checked').value);
      paintWeights(this.weights, x, y, brush * DAB);
      this.render();
    };
    canvas.addEventListener('pointerdown', (e) => {
      canvas.setPointerCapture(e.pointerId);
      this.painting = true;
      dab(e);
    });
    canvas.addEventListener('pointermove', (e) => this.painting && dab(e));
    const stop = () => (this.painting = false);
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);
  }

  private render(): void {
    const products = this.weights.map((w, k) => w * this.input[k]!);
    const sum = products.reduce((s, v) => s + v, 0);
    const z = sum + this.bias;
    const a = getActivation('sigmoid').output(z);
    paintGrid(this.$('[data-weights]'), this.weights, (w) => diverging(w, 1));
    paintGrid(this.$('[data-pixels]'), this.input, grey);
    const maxProduct = Math.max(1e-9, ...products.map(Math.abs));
    paintGrid(this.$('[data-products]'), products, (p) => diverging(p, maxProduct));
    const b = formatNumber(this.bias, 2);
    this.$('[data-sum]').textContent =
      `${formatNumber(sum)} +\u00a0${b.startsWith('\u2212') ? `(${b})` : b}`;
    this.$('[data-z]').textContent = formatNumber(z);
    this.$('[data-a]').textContent = formatNumber(a);
  }
}

if (!customElements.get('weight-image')) customElements.define('weight-image', WeightImageElement);
