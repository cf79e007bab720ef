/**
 * <digit-pad>: drawing → prepared 28 × 28 input → network → outputs and a verdict.
 * Data flow: pointer strokes (kept as vector paths in the pad's 280 × 280 space) or a chosen
 * sample → input (784 values; strokes go through strokesToInput, which draws them at an
 * MNIST pen width whatever size the reader drew) → forward pass → bars, verdict ("It reads 7",
 * "Not sure: 8 or 6?") and the input picture → DIGIT_INPUT event (for a NetworkView).
 * The pad's own picture is only for the reader's eyes; the network never reads its pixels.
 */
import { argmax } from '~/core/network.ts';
import { emitDigitInput, onDigitInput, onDigitRequest } from '~/components/events';
import {
  bindIslandLink,
  IslandLife,
  NearStart,
  readIslandConfig,
  type IslandLink,
} from '~/components/island/kit';
import { DIGIT_FILES_SHAPE, type Shape } from '~/components/island/config-shape';
import { attachPadGoal, type DigitPadHost } from '~/components/challenge/pad-goal';
import { loadDigitAssets, showLoadError, type SharedNetwork } from '~/digits/load';
import { strokesToInput, type Point } from '~/digits/strokes';
import { verdict } from '~/digits/verdict';
import { formatNumber } from '~/render/format';
import { setText } from '~/components/set-text';
import {
  checkStrokes,
  decodeStrokes,
  encodeStrokes,
  fitDrawingToLink,
  roundPoint,
} from '~/state/link-codecs';
import type { Schema } from '~/state/url-state';
import { isFree, noLocks, type ControlLocks } from '~/state/control-locks';
import { grey, paintGrid } from '~/render/palette';
import type { DigitFiles } from './digit-config';
import { PIXELS, SIDE } from '~/digits/picture';

type Sample = { pixels: Float64Array; label: number };

/**
 * What a link holds: `d` the drawing (strokes, see link-codecs) or `s` the sample shown
 * (counting from 1; 0 for none). A drawing wins over a sample.
 */
const SCHEMA = {
  d: { kind: 'text', default: '', maxLength: 2000, check: checkStrokes },
  s: { kind: 'number', min: 0, max: 1000, default: 0, decimals: 0, integer: true },
} satisfies Schema;

/**
 * What a teacher's link can lock or hide: `draw` (drawing on the pad, and Clear) and `s` (the
 * sample menu). A locked pad keeps showing the linked drawing or sample.
 */
const CONTROLS = ['draw', 's'] as const;

/** What the island checks in data-config before using it (config-shape.ts). */
const DIGIT_PAD_SHAPE: Shape = { id: 'string', ...DIGIT_FILES_SHAPE };

/** Brush: a thick line with soft edges, like the pen strokes of the MNIST digits. */
const BRUSH = { width: 20, blur: 10 };

class DigitPadElement extends HTMLElement {
  config!: DigitFiles & { id: string };
  network?: SharedNetwork;
  samples: Sample[] = [];
  input: Float64Array = new Float64Array(PIXELS);
  private drawing = false;
  private last?: Point;
  /** The reader's strokes since the last Clear, in pad coordinates. */
  strokes: Point[][] = [];
  private classifyQueued = false;
  /** The sample on show (index into samples), if the pad shows one. */
  sample?: number;
  private link?: IslandLink<typeof SCHEMA>;
  private locks: ControlLocks = noLocks();
  /** The page-wide listeners of this connection (window, document): gone on disconnect. */
  private life?: IslandLife;
  private ready = false;
  /** The start (model and samples), once the island nears the view. */
  private readonly near = new NearStart(this, () => void this.start());
  /** Until it starts: a follower's request for the input starts it (see waitToStart). */
  private wake?: AbortController;
  /** The goal's check, run on every new input, if the lesson gave the pad a goal. */
  private checkGoal?: () => void;

  connectedCallback(): void {
    if (this.config) {
      // Connected again: the markup is wired; listen to the page again (or wait to start).
      if (this.ready) this.attach();
      else this.waitToStart();
      return;
    }
    const config = readIslandConfig<DigitFiles & { id: string }>(this, DIGIT_PAD_SHAPE);
    if (!config) return;
    this.config = config;
    this.waitToStart();
  }

  disconnectedCallback(): void {
    this.near.stop();
    this.wake?.abort();
    this.life?.dispose();
  }

  /**
   * Starts when the reader nears the pad, or when a follower asks for its input first: a
   * network view presented alone (?present=its id), with the pad hidden, still shows the
   * drawing or sample the link gives the pad.
   */
  private waitToStart(): void {
    this.near.wait();
    this.wake?.abort();
    this.wake = new AbortController();
    onDigitRequest(this.config.id, () => this.near.now(), this.wake.signal);
  }

  /** Listens to the page: followers asking for the input, the goal, the address bar. */
  private attach(): void {
    this.life?.dispose();
    const life = (this.life = new IslandLife());
    this.link?.rebind(life);
    onDigitRequest(this.config.id, () => this.announce(), life.signal);
    if (this.checkGoal) onDigitInput(this.config.id, this.checkGoal, life.signal);
  }

  private get pad(): HTMLCanvasElement {
    return this.querySelector<HTMLCanvasElement>('[data-pad]')!;
  }

  private async start(): Promise<void> {
    this.wake?.abort();
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
    this.ready = true;
    this.attach();
    this.restore();
    // A lesson's goal for this pad (a challenge it checks), if it set one.
    if (this.querySelector('[data-goal]')) {
      this.checkGoal = attachPadGoal(this as unknown as DigitPadHost);
      if (this.checkGoal) onDigitInput(this.config.id, this.checkGoal, this.life!.signal);
    }
    // Removed from the page while the files loaded: let go of the page again.
    if (!this.isConnected) this.life!.dispose();
  }

  /** Shows the drawing or sample the link holds, with a notice for what it could not use. */
  private restore(): void {
    const link = (this.link = bindIslandLink(this, this.life!, {
      id: this.config.id,
      schema: SCHEMA,
      controls: CONTROLS,
    }));
    const { state, locks } = link;
    const corrections = [...link.corrections];
    this.locks = locks;
    if (!isFree(locks, 'draw')) {
      const pad = this.pad;
      pad.dataset.linkLocked = '';
      pad.hidden = locks.hide.includes('draw');
      pad.setAttribute(
        'aria-label',
        'Drawing pad, locked by this link: it shows the drawing the link holds',
      );
    }
    const select = this.querySelector<HTMLSelectElement>('[data-sample]')!;
    if (state.d) {
      this.strokes = decodeStrokes(state.d)!;
      this.redraw();
      this.classify();
    } else if (state.s > this.samples.length) {
      corrections.push(`s was ${state.s}, but there are ${this.samples.length} samples; left out`);
    } else if (state.s > 0) {
      select.value = String(state.s - 1);
      this.showSample(state.s - 1);
    }
    link.notice(corrections);
    if (corrections.length) this.saveState();
  }

  /** Writes the drawing or the sample into the address bar (coalesced). */
  saveState(): void {
    const state = {
      d: this.strokes.length ? encodeStrokes(this.strokes) : '',
      s: this.sample === undefined ? 0 : this.sample + 1,
    };
    this.link?.write(state);
  }

  /** Paints the kept strokes on a clear pad (after a link or a simplification). */
  redraw(): void {
    this.clearPad();
    for (const stroke of this.strokes) {
      stroke.forEach((p, k) => this.stroke(stroke[Math.max(0, k - 1)]!, p));
    }
  }

  private wire(): void {
    const pad = this.pad;
    pad.addEventListener('pointerdown', (e) => {
      if (!isFree(this.locks, 'draw')) return;
      pad.setPointerCapture(e.pointerId);
      if (this.strokes.length === 0) this.clearPad(); // a sample on show gives way to ink
      this.sample = undefined;
      this.drawing = true;
      this.last = this.point(e);
      this.strokes.push([this.last]);
      this.stroke(this.last, this.last);
      this.queueClassify();
    });
    pad.addEventListener('pointermove', (e) => {
      if (!this.drawing) return;
      const p = this.point(e);
      if (p.x === this.last!.x && p.y === this.last!.y) return;
      this.strokes.at(-1)!.push(p);
      this.stroke(this.last!, p);
      this.last = p;
      this.queueClassify();
    });
    const end = () => {
      if (!this.drawing) return;
      this.drawing = false;
      // What the pad keeps is what a link restores: simplified only if too long for a link.
      const fitted = fitDrawingToLink(this.strokes);
      if (fitted.flat().length !== this.strokes.flat().length) {
        this.strokes = fitted;
        this.redraw();
      }
      this.classify();
      this.saveState();
    };
    pad.addEventListener('pointerup', end);
    pad.addEventListener('pointercancel', end);
    const clear = this.querySelector<HTMLButtonElement>('[data-clear]')!;
    clear.disabled = false;
    clear.addEventListener('click', () => {
      this.clearPad();
      this.strokes = [];
      this.sample = undefined;
      this.querySelector<HTMLSelectElement>('[data-sample]')!.value = '';
      this.classify();
      this.saveState();
    });
    const select = this.querySelector<HTMLSelectElement>('[data-sample]')!;
    select.addEventListener('change', () => {
      if (select.value === '' || !this.samples[Number(select.value)]) return;
      this.showSample(Number(select.value));
      this.saveState();
    });
  }

  private fillSamples(): void {
    const select = this.querySelector<HTMLSelectElement>('[data-sample]')!;
    const options = [new Option('Choose a sample…', '')];
    // Named as every digit demo names them: "sample k" counts the same shipped samples.
    this.samples.forEach((s, k) => {
      options.push(new Option(`A handwritten ${s.label} (sample ${k + 1})`, String(k)));
    });
    select.replaceChildren(...options);
    select.disabled = false;
  }

  /** Pointer position in the pad's 280 × 280 drawing space, in whole pixels (as linked). */
  private point(e: PointerEvent): Point {
    const r = this.pad.getBoundingClientRect();
    return roundPoint({
      x: ((e.clientX - r.left) / r.width) * this.pad.width,
      y: ((e.clientY - r.top) / r.height) * this.pad.height,
    });
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

  /** Shows sample `index` on the pad and classifies its exact pixels. */
  showSample(index: number): void {
    const sample = this.samples[index]!;
    this.sample = index;
    const small = document.createElement('canvas');
    small.width = SIDE;
    small.height = SIDE;
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
  classify(): void {
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
      setText(li.querySelector('output')!, empty ? '–' : formatNumber(outputs[d]!));
    });
    const guess = this.querySelector<HTMLElement>('[data-guess]')!;
    setText(guess, empty ? 'Draw a digit' : said.text);
    guess.dataset.sure = String(!empty && said.sure);
    this.dataset.guess = empty ? '' : String(best);
    this.announce();
  }

  /** Tells followers (a network view, a weight painter) the input the network now sees. */
  private announce(): void {
    emitDigitInput({ id: this.config.id, input: this.input });
  }
}

if (!customElements.get('digit-pad')) customElements.define('digit-pad', DigitPadElement);
