/**
 * How the TrainingLab shows its status (text and which buttons work) and one progress report: the numbers, the first layer's weight
 * pictures, the learning curve (redrawn at most every CHART_MS while training runs) and a
 * sentence for the live region (at most every ANNOUNCE_MS while it runs; at once when it
 * stops). DOM writes only; the island decides when.
 */
import { formatNumber } from '~/render/format';
import type { Ramp } from '~/render/palette';
import { paintWeightGrid } from '~/render/weight-grid';
import type { Progress } from './messages';
import type { TrainingChart } from './training-chart';

/** The chart is redrawn at most this often while training runs. */
export const CHART_MS = 500;
/** The live region speaks at most this often while training runs. */
export const ANNOUNCE_MS = 5000;

/** What the view remembers between reports. */
export interface ProgressView {
  /** Every report's point so far (for a chart that loads late), thinned like the chart's. */
  points: { seen: number; cost: number; accuracy: number }[];
  /** When the chart was last redrawn and the live region last spoke (performance.now()). */
  chartDrawn: number;
  announced: number;
  /** The weight pictures' colours: the page's ramp, re-read when the colour scheme changes. */
  ramp: Ramp;
}

/** Made once: `toLocaleString` builds a formatter on every call (about 25 ms the first time). */
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
/** "12,340" */
const whole = (n: number) => WHOLE.format(n);

/** A cost as a reader should see it; not a number once the weights have blown up. */
export function costText(cost: number): string {
  if (Number.isNaN(cost)) return '–';
  return Number.isFinite(cost) ? formatNumber(cost) : 'too large';
}

/** "93.4%" */
export function percentText(accuracy: number): string {
  return `${(accuracy * 100).toFixed(1)}%`;
}

/** The live region's sentence for a report. */
export function progressSentence(p: Progress): string {
  const cost = Number.isNaN(p.trainingCost) ? '' : `, training cost ${costText(p.trainingCost)}`;
  return `After ${whole(p.seen)} digits: held-out accuracy ${percentText(p.accuracy)}${cost}.`;
}

/** The first layer's weight pictures of report `p`, in the view's colours. */
export function paintProgressWeights(root: HTMLElement, p: Progress, view: ProgressView): void {
  const canvas = root.querySelector<HTMLCanvasElement>('[data-weights]')!;
  paintWeightGrid(canvas, p.weights, p.hidden, p.hidden > 32 ? 16 : 8, view.ramp);
}

export function renderProgress(
  root: HTMLElement,
  p: Progress,
  view: ProgressView,
  chart: TrainingChart | undefined,
  settled: boolean,
): void {
  const set = (selector: string, text: string) =>
    (root.querySelector(selector)!.textContent = text);
  set('[data-seen]', whole(p.seen));
  set('[data-epochs]', (p.seen / p.epochSize).toFixed(1));
  if (!Number.isNaN(p.trainingCost)) set('[data-cost]', costText(p.trainingCost));
  else if (p.batches === 0) set('[data-cost]', '–');
  set('[data-accuracy]', percentText(p.accuracy));
  paintProgressWeights(root, p, view);
  root.querySelector<HTMLElement>('[data-weights-placeholder]')!.hidden = true;
  const now = performance.now();
  if (chart && (settled || now - view.chartDrawn >= CHART_MS)) {
    // In a task of its own, apart from the numbers and pictures above: each stays short.
    setTimeout(() => chart.draw());
    view.chartDrawn = now;
  }
  if (settled || now - view.announced >= ANNOUNCE_MS) {
    root.querySelector('[data-announce]')!.textContent = progressSentence(p);
    view.announced = now;
  }
}

/** Where the island is: before any training, downloading, training, paused, or stopped. */
export type Status = 'idle' | 'loading' | 'running' | 'paused' | 'stopped';

const STATUS_TEXT: Record<Status, string> = {
  idle: 'Not trained yet.',
  loading: 'Downloading the training digits…',
  running: 'Training…',
  paused: 'Paused.',
  stopped: 'Stopped. Press Train to start again from the beginning.',
};

/** The status text, and the buttons that make sense now (`hasWorker`: a network exists). */
export function renderStatus(root: HTMLElement, status: Status, hasWorker: boolean): void {
  root.querySelector('[data-status]')!.textContent = STATUS_TEXT[status];
  root.dataset.status = status;
  const running = status === 'running';
  const busy = status === 'loading';
  // While the digits download, Pause stays available (it cancels the pending run).
  const disabled = {
    train: running || busy,
    pause: !running && !busy,
    step: running || busy,
    reset: !hasWorker || busy,
  };
  const button = (name: string) => root.querySelector<HTMLButtonElement>(`[data-${name}]`)!;
  const focused = document.activeElement;
  for (const [name, off] of Object.entries(disabled)) button(name).disabled = off;
  // A pressed button that is now disabled hands focus to the one that undoes it.
  if (focused instanceof HTMLButtonElement && focused.disabled && root.contains(focused)) {
    const next = button(focused.matches('[data-pause]') ? 'train' : 'pause');
    if (!next.disabled) next.focus();
  }
}
