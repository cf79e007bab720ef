/**
 * <digit-pad>: drawing → prepared 28 × 28 input → network → outputs and a verdict.
 * Data flow: pointer strokes (kept as vector paths in the pad's 280 × 280 space) or a chosen
 * sample → input (784 values; strokes go through strokesToInput, which draws them at an
 * MNIST pen width whatever size the reader drew) → forward pass → bars, verdict ("It reads 7",
 * "Not sure: 8 or 6?") and the input picture → DIGIT_INPUT event (for a NetworkView).
 * The pad's own picture is only for the reader's eyes; the network never reads its pixels.
 */
import { argmax, type Network } from '~/core/network.ts';
import { emitDigitInput } from '~/components/events';
import { loadDigitAssets, showLoadError } from '~/digits/load';
import { strokesToInput, type Point } from '~/digits/strokes';
import { verdict } from '~/digits/verdict';
import { formatNumber } from '~/render/format';
import { grey, paintGrid } from '~/render/palette';
import type { DigitFiles } from './digit-config';

type Sample = { pixels: Float64Array; label: number };

/** Brush: a thick line with soft edges, like the pen strokes of the MNIST digits. */
const BRUSH = { width: 20, blur: 10 };

class DigitPadElement extends HTMLElement {
  private config!: DigitFiles & { id: string };
  private network?: Network;
  private samples: Sample[] = [];
  private input: Float64Array = new Float64Array(784);
  private drawing = false;
  private last?: Point;
  /** The reader's strokes since the last Clear, in pad coordinates. */
  private strokes: Point[][] = [];
  private classifyQueued = false;

  connectedCallback(): void {
    if (this.config) return;
    this.config = JSON.parse(this.dataset.config!) as DigitFiles & { id: string };
    void this.start();
  }

  private get pad(): HTMLCanvasElement {
    return this.querySelector<HTMLCanvasElement>('[data-pad]')!;
  }

  private async start(): Promise<void> {
    try {
      ({ network: this.network, samples: this.samples } = await loadDigitAssets(this.config));
    } catch (error) {
      showLoadError(this, error, 'The drawing pad cannot run without it', () => void this.start());
      this.querySelector('[data-sample] option')!.textContent = 'Samples unavailable';
      return;
    }
    this.clearPad();
    this.wire();
    this.fillSamples();
  }

  private wire(): void {
    const pad = this.pad;
    pad.addEventListener('pointerdown', (e) => {
      pad.setPointerCapture(e.pointerId);
      if (this.strokes.length === 0) this.clearPad(); // a sample on show gives way to ink
      this.drawing = true;
      this.last = this.point(e);
      this.strokes.push([this.last]);
      this.stroke(this.last, this.last);
      this.queueClassify();
    });
    pad.addEventListener('pointermove', (e) => {
      if (!this.drawing) return;
      const p = this.point(e);
      this.strokes.at(-1)!.push(p);
      this.stroke(this.last!, p);
      this.last = p;
      this.queueClassify();
    });
    const end = () => {
      if (!this.drawing) return;
      this.drawing = false;
      this.classify();
    };
    pad.addEventListener('pointerup', end);
    pad.addEventListener('pointercancel', end);
    const clear = this.querySelector<HTMLButtonElement>('[data-clear]')!;
    clear.disabled = false;
    clear.addEventListener('click', () => {
      this.clearPad();
      this.strokes = [];
      this.querySelector<HTMLSelectElement>('[data-sample]')!.value = '';
      this.classify();
    });
    const select = this.querySelector<HTMLSelectElement>('[data-sample]')!;
    select.addEventListener('change', () => {
      const sample = this.samples[Number(select.value)];
      if (select.value === '' || !sample) return;
      this.showSample(sample);
    });
  }

  private fillSamples(): void {
    const select = this.querySelector<HTMLSelectElement>('[data-sample]')!;
    const options = [new Option('Choose a sample…', '')];
    const seen = new Array<number>(10).fill(0);
    this.samples.forEach((s, k) => {
      seen[s.label]! += 1;
      options.push(new Option(`A handwritten ${s.label} (number ${seen[s.label]})`, String(k)));
    });
    select.replaceChildren(...options);
    select.disabled = false;
  }

  /** Pointer position in the pad's 280 × 280 drawing space. */
  private point(e: PointerEvent): Point {
    const r = this.pad.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) / r.width) * this.pad.width,
      y: ((e.clientY - r.top) / r.height) * this.pad.height,
    };
  }

  /** Draws one segment for the reader to see (a soft, thick brush: looks only). */
  private stroke(from: Point, to: Point): void {
    const ctx = this.pad.getContext('2d')!;
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = BRUSH.width;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.shadowColor = '#fff';
    ctx.shadowBlur = BRUSH.blur;
    ctx.beginPath();
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(to.x + 0.01, to.y);
    ctx.stroke();
  }

  private clearPad(): void {
    const ctx = this.pad.getContext('2d')!;
    ctx.shadowBlur = 0;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, this.pad.width, this.pad.height);
  }

  /** Shows a sample on the pad and classifies its exact pixels. */
  private showSample(sample: Sample): void {
    const small = document.createElement('canvas');
    small.width = 28;
    small.height = 28;
    paintGrid(small, sample.pixels, grey);
    const ctx = this.pad.getContext('2d')!;
    ctx.shadowBlur = 0;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(small, 0, 0, this.pad.width, this.pad.height);
    this.strokes = [];
    this.input = Float64Array.from(sample.pixels);
    this.render();
  }

  private queueClassify(): void {
    if (this.classifyQueued) return;
    this.classifyQueued = true;
    requestAnimationFrame(() => {
      this.classifyQueued = false;
      this.classify();
    });
  }

  /** Turns the strokes into the network's input, as an MNIST digit would be made. */
  private classify(): void {
    this.input = strokesToInput(this.strokes);
    this.render();
  }

  private render(): void {
    const network = this.network!;
    paintGrid(this.querySelector<HTMLCanvasElement>('[data-input-view]')!, this.input, grey);
    const empty = this.input.every((v) => v === 0);
    const outputs = network.predict(this.input);
    const best = argmax(outputs);
    const said = verdict(outputs);
    this.querySelectorAll<HTMLElement>('[data-digit]').forEach((li, d) => {
      li.classList.toggle('best', !empty && d === best);
      li.classList.toggle('unsure', !empty && !said.sure && (d === said.best || d === said.second));
      li.querySelector<HTMLElement>('.fill')!.style.width = empty ? '0' : `${outputs[d]! * 100}%`;
      li.querySelector('output')!.textContent = empty ? '–' : formatNumber(outputs[d]!);
    });
    const guess = this.querySelector<HTMLElement>('[data-guess]')!;
    guess.textContent = empty ? 'Draw a digit' : said.text;
    guess.dataset.sure = String(!empty && said.sure);
    this.dataset.guess = empty ? '' : String(best);
    emitDigitInput({ id: this.config.id, input: this.input });
  }
}

if (!customElements.get('digit-pad')) customElements.define('digit-pad', DigitPadElement);
