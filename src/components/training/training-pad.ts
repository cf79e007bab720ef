/**
 * The TrainingLab's small drawing pad: pointer strokes kept as vector paths in the canvas's
 * own 280 × 280 space, drawn with a soft brush for the reader's eyes, and turned into the
 * network's 784 inputs by strokesToInput (MNIST-style, whatever size the reader draws), like
 * the DigitPad. `onChange` gets the new input at most once a frame while drawing.
 */
import { strokesToInput, type Point } from '~/digits/strokes';

const BRUSH = { width: 20, blur: 10 };

export class TrainingPad {
  private strokes: Point[][] = [];
  private drawing = false;
  private queued = false;
  private readonly abort = new AbortController();

  private readonly canvas: HTMLCanvasElement;
  private readonly onChange: (input: Float64Array, empty: boolean) => void;

  constructor(canvas: HTMLCanvasElement, onChange: (input: Float64Array, empty: boolean) => void) {
    this.canvas = canvas;
    this.onChange = onChange;
    const signal = this.abort.signal;
    canvas.addEventListener(
      'pointerdown',
      (e) => {
        canvas.setPointerCapture(e.pointerId);
        this.drawing = true;
        const p = this.point(e);
        this.strokes.push([p]);
        this.segment(p, p);
        this.queue();
      },
      { signal },
    );
    canvas.addEventListener(
      'pointermove',
      (e) => {
        if (!this.drawing) return;
        const stroke = this.strokes.at(-1)!;
        const p = this.point(e);
        this.segment(stroke.at(-1)!, p);
        stroke.push(p);
        this.queue();
      },
      { signal },
    );
    const end = () => {
      if (!this.drawing) return;
      this.drawing = false;
      this.changed();
    };
    canvas.addEventListener('pointerup', end, { signal });
    canvas.addEventListener('pointercancel', end, { signal });
    this.clear();
  }

  /** True when nothing is drawn. */
  get empty(): boolean {
    return this.strokes.length === 0;
  }

  /** The network's 784 inputs for the drawing. */
  input(): Float64Array {
    return strokesToInput(this.strokes);
  }

  clear(): void {
    this.strokes = [];
    const ctx = this.canvas.getContext('2d')!;
    ctx.shadowBlur = 0;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /** Removes the pad's listeners. */
  destroy(): void {
    this.abort.abort();
  }

  private point(e: PointerEvent): Point {
    const r = this.canvas.getBoundingClientRect();
    return {
      x: ((e.clientX - r.left) / r.width) * this.canvas.width,
      y: ((e.clientY - r.top) / r.height) * this.canvas.height,
    };
  }

  private segment(from: Point, to: Point): void {
    const ctx = this.canvas.getContext('2d')!;
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

  private queue(): void {
    if (this.queued) return;
    this.queued = true;
    requestAnimationFrame(() => {
      this.queued = false;
      this.changed();
    });
  }

  private changed(): void {
    this.onChange(this.input(), this.empty);
  }
}
