/**
 * <training-lab>: the reader trains a digit network in a Web Worker and watches it learn.
 * Data flow: controls → settings (URL state) → worker commands; worker reports → progress
 * state → render (numbers, weight pictures, chart, live region), coalesced into one animation
 * frame, the chart redrawn at most every CHART_MS.
 *
 * Lifecycle: nothing is downloaded until the reader first presses Train (or Step): then the
 * training set is fetched and checked here, and one worker is started (a second press while
 * it starts waits for the same one). A failed or damaged download shows a message with
 * "Try again"; a worker error shows a message, and the page goes on working. Leaving the
 * page (pagehide) or removing the island stops the worker.
 */
import { showLoadError } from '~/digits/load';
import { verdict } from '~/digits/verdict';
import type { Schema } from '~/state/url-state';
import { applyControlLocks } from '~/components/controls/apply-locks';
import {
  bindIslandLink,
  IslandLife,
  readIslandConfig,
  type IslandLink,
} from '~/components/island/kit';
import type { Command, Example, Progress, Report } from './messages';
import { loadTrainingData, startTrainingWorker } from './training-client';
import { LIGHT_RAMP, readRamp } from '~/render/palette';
import {
  paintProgressWeights,
  renderProgress,
  renderStatus,
  type ProgressView,
  type Status,
} from './training-view';
import { TrainingPad } from './training-pad';
import {
  settingsOf,
  TRAINING_LAB_SHAPE,
  trainingLabSchema,
  type TrainingLabConfig,
  type TrainingLabState,
} from './training-lab-config';
import type { TrainingChart } from './training-chart';

/** The reader's drawing is read again at most this often while the network changes. */
const PREDICT_MS = 400;

class TrainingLabElement extends HTMLElement {
  private config!: TrainingLabConfig;
  private schema!: Schema;
  private state!: TrainingLabState;
  private life?: IslandLife;
  private link?: IslandLink<Schema>;
  private worker?: Worker;
  private starting?: Promise<Worker | undefined>;
  private data?: ArrayBuffer;
  private ready = false;
  private examples: Example[] = [];
  private view: ProgressView = { points: [], chartDrawn: 0, announced: 0, ramp: LIGHT_RAMP };
  private latest?: Progress;
  private frame = 0;
  private chart?: TrainingChart;
  private chartLoading?: Promise<void>;
  private pad?: TrainingPad;
  private predictId = 0;
  private lastPredict = 0;

  connectedCallback(): void {
    const config = readIslandConfig<TrainingLabConfig>(this, TRAINING_LAB_SHAPE);
    if (!config) return;
    const life = (this.life = new IslandLife());
    this.config = config;
    this.schema = trainingLabSchema(config);
    this.link = bindIslandLink(this, life, {
      id: config.id,
      schema: this.schema,
      // Every setting's link key is also the name a link can lock it by.
      controls: Object.keys(this.schema),
    });
    this.state = { ...(this.link.state as TrainingLabState) };
    this.wireControls(life);
    // The controls are enabled now: the link's locks disable some again.
    applyControlLocks(this, this.link.locks);
    this.pad = new TrainingPad(this.$('[data-pad]'), () => this.padChanged());
    life.add(() => {
      this.pad?.destroy();
      this.stop();
      cancelAnimationFrame(this.frame);
      this.chart?.destroy();
      this.chart = undefined;
      this.chartLoading = undefined;
    });
    life.on(window, 'pagehide', () => this.stop());
    this.view.ramp = readRamp(this);
    life.on(matchMedia('(prefers-color-scheme: dark)'), 'change', () => {
      this.chart?.recolor();
      this.view.ramp = readRamp(this);
      if (this.latest) paintProgressWeights(this, this.latest, this.view);
    });
    this.setStatus('idle');
  }

  disconnectedCallback(): void {
    this.life?.dispose();
  }

  /** Whether the island is on the page (a download finishing after it left is dropped). */
  private get wired(): boolean {
    return this.life !== undefined && !this.life.disposed;
  }

  private $<T extends Element>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private wireControls(life: IslandLife): void {
    const signal = life.signal;
    const on = (selector: string, action: () => void) => {
      const el = this.$<HTMLButtonElement>(selector);
      el.addEventListener('click', action, { signal });
    };
    on('[data-train]', () => this.train());
    on('[data-pause]', () => void this.send({ type: 'pause' }));
    on('[data-step]', () => void this.send({ type: 'step' }));
    on('[data-reset]', () => void this.send({ type: 'reset' }));
    on('[data-clear]', () => {
      this.pad!.clear();
      this.padChanged();
    });
    on('[data-add]', () => this.addExample());
    for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-key]')) {
      const key = select.dataset.key!;
      select.value = this.state[key]!;
      select.disabled = false;
      select.addEventListener(
        'change',
        () => {
          this.state[key] = select.value;
          this.link?.write(this.state);
          this.worker?.postMessage({
            type: 'settings',
            settings: this.settings(),
          } satisfies Command);
        },
        { signal },
      );
    }
    this.$<HTMLSelectElement>('[data-label]').disabled = false;
    this.$<HTMLButtonElement>('[data-clear]').disabled = false;
  }

  private settings() {
    return settingsOf(this.config, this.state);
  }

  /**
   * Sends a command, starting the worker (and the download) first if needed. The page's
   * status follows the commands: running after `run`, paused after the others.
   */
  private async send(command: Command): Promise<void> {
    const worker = await this.ensureWorker();
    if (!worker) return;
    worker.postMessage(command);
    this.setStatus(command.type === 'run' ? 'running' : 'paused');
  }

  /** The one worker: running, starting (the same promise for every caller), or started now. */
  private ensureWorker(): Promise<Worker | undefined> {
    if (this.worker) return Promise.resolve(this.worker);
    this.starting ??= this.startWorker().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async startWorker(): Promise<Worker | undefined> {
    this.setStatus('loading');
    this.$<HTMLElement>('[data-message]').hidden = true;
    try {
      this.data ??= await loadTrainingData(this.config.data);
    } catch (error) {
      if (!this.wired) return undefined;
      this.setStatus('idle');
      showLoadError(this, error, 'Training cannot start without it', () => void this.train());
      return undefined;
    }
    if (!this.wired) return undefined;
    void this.loadChart();
    const worker = startTrainingWorker(
      (report) => this.receive(report),
      (reason) => this.crash(reason),
    );
    this.worker = worker;
    this.view.points = [];
    this.chart?.clear();
    const data = this.data.slice(0);
    const init: Command = {
      type: 'init',
      data,
      settings: this.settings(),
      examples: this.examples,
    };
    worker.postMessage(init, [data]);
    return worker;
  }

  private train(): void {
    void this.send({ type: 'run' });
  }

  private receive(report: Report): void {
    switch (report.type) {
      case 'ready':
        this.ready = true;
        // The invitation changes once there is a network to test.
        if (this.pad!.empty) this.padChanged();
        return;
      case 'progress':
        return this.progress(report);
      case 'prediction':
        if (report.id === this.predictId) this.showGuess(report.outputs);
        return;
      case 'added':
        return this.showExamples(report.count);
      case 'error':
        if (report.stage === 'training') return this.crash(report.message);
        this.data = undefined;
        this.halt('idle');
        showLoadError(
          this,
          new Error(`The training digits file is damaged: ${report.message}.`),
          'Training cannot start without it',
          () => this.train(),
        );
    }
  }

  private showExamples(count: number): void {
    this.$('[data-examples]').textContent =
      `${count} of your drawings ${count === 1 ? 'is' : 'are'} in the training set (each counts ten times an epoch). Press Train to keep training with them, or Reset and Train to retrain from the start.`;
  }

  private progress(report: Progress): void {
    if (this.latest && report.batches < this.latest.batches) {
      this.view.points = [];
      this.chart?.clear();
    }
    this.latest = report;
    const points = this.view.points;
    points.push({ seen: report.seen, cost: report.trainingCost, accuracy: report.accuracy });
    if (points.length > 200) this.view.points = points.filter((_, i) => i % 2 === 0);
    this.chart?.add(report.seen, report.trainingCost, report.accuracy);
    Object.assign(this.dataset, {
      batches: String(report.batches),
      seen: String(report.seen),
      accuracy: String(report.accuracy),
      cost: String(report.trainingCost),
      running: String(report.running),
    });
    if (!this.pad!.empty && performance.now() - this.lastPredict >= PREDICT_MS) this.predict();
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.render(!report.running));
  }

  private render(settled: boolean): void {
    if (this.latest) renderProgress(this, this.latest, this.view, this.chart, settled);
  }

  private async loadChart(): Promise<void> {
    // The chart is made in a task of its own, apart from the one that evaluates chart.js.
    const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value)));
    this.chartLoading ??= import('./training-chart').then(later).then(
      ({ TrainingChart }) => {
        if (!this.wired) return;
        const frame = this.$('[data-chart-frame]');
        const canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-labelledby', `${this.config.id}-curve`);
        // Made on a canvas not yet in the page, chart.js only sets itself up; it lays out and
        // draws when the canvas is attached, in a task of its own: two short tasks, not one long.
        const chart = new TrainingChart(canvas, this);
        this.chart = chart;
        setTimeout(() => {
          if (this.chart !== chart) return;
          chart.clear(); // reports that came meanwhile are in view.points too
          for (const p of this.view.points) chart.add(p.seen, p.cost, p.accuracy);
          frame.replaceChildren(canvas);
        });
      },
      () => {
        this.$('[data-placeholder]').textContent =
          'The chart could not be loaded; the numbers above still update.';
      },
    );
    return this.chartLoading;
  }

  private padChanged(): void {
    const empty = this.pad!.empty;
    this.$<HTMLButtonElement>('[data-add]').disabled = empty;
    if (empty) {
      this.predictId++;
      this.$('[data-guess]').textContent = this.ready
        ? 'Draw a digit.'
        : 'Train the network, then draw a digit.';
      return;
    }
    this.predict();
  }

  private predict(): void {
    if (!this.worker || !this.ready || this.pad!.empty) {
      this.$('[data-guess]').textContent =
        'Press Train first: your network reads drawings once it is learning.';
      return;
    }
    this.lastPredict = performance.now();
    const input = Float32Array.from(this.pad!.input());
    this.worker.postMessage({ type: 'predict', id: ++this.predictId, input } satisfies Command);
  }

  private showGuess(outputs: number[]): void {
    const guess = this.$<HTMLElement>('[data-guess]');
    const said = verdict(outputs);
    guess.textContent = said.text;
    this.dataset.guess = String(said.best);
  }

  private addExample(): void {
    if (this.pad!.empty) return;
    const label = Number(this.$<HTMLSelectElement>('[data-label]').value);
    const example: Example = { input: Float32Array.from(this.pad!.input()), label };
    this.examples.push(example);
    if (this.worker) this.worker.postMessage({ type: 'add', example } satisfies Command);
    else this.showExamples(this.examples.length);
    this.pad!.clear();
    this.padChanged();
  }

  private setStatus(status: Status): void {
    renderStatus(this, status, this.worker !== undefined);
  }

  /** Stops the worker (leaving the page, removing the island). */
  private stop(): void {
    if (!this.worker) return;
    this.halt('stopped');
  }

  private halt(status: Status): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = false;
    if (this.wired) this.setStatus(status);
  }

  private crash(message: string): void {
    this.halt('stopped');
    showLoadError(
      this,
      new Error(`Training stopped because of an error (${message}).`),
      'Press Train to start again from the beginning',
      () => this.train(),
    );
  }
}

if (!customElements.get('training-lab')) customElements.define('training-lab', TrainingLabElement);
