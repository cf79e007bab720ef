/**
 * What the training worker does with each command, apart from the worker itself: it owns the
 * data, the trainer and the run loop, and posts reports through `post`. The loop trains in
 * slices of SLICE_MS and yields between them through `schedule` (so commands such as pause
 * are read promptly). While it runs it reports only at a multiple of MEASURE_EVERY batches, at
 * most every REPORT_MS, and pause trains on to the next multiple: so what a reader sees does
 * not depend on the machine's speed. Only one loop ever runs: `run` while running changes
 * nothing.
 */
import { decodeTrainSet, type TrainSet } from '~/digits/train-set.ts';
import {
  MEASURE_EVERY,
  parseCommand,
  REPORT_MS,
  type Command,
  type Example,
  type Report,
} from './messages';
import { DigitTrainer, type TrainingSettings } from './trainer';

/** Training time between two looks at the message queue. */
export const SLICE_MS = 20;

export interface SessionHost {
  post(report: Report, transfer?: Transferable[]): void;
  /** Calls `task` soon, after any messages already waiting. */
  schedule(task: () => void): void;
  now(): number;
}

export class TrainingSession {
  private data?: TrainSet;
  private trainer?: DigitTrainer;
  private settings?: TrainingSettings;
  private readonly examples: Example[] = [];
  private running = false;
  private looping = false;
  private lastReport = -Infinity;

  private readonly host: SessionHost;

  constructor(host: SessionHost) {
    this.host = host;
  }

  /** Handles one message from the page; a bad message or a failure is reported, not thrown. */
  handle(message: unknown): void {
    let command: Command;
    try {
      command = parseCommand(message);
    } catch (error) {
      this.fail('training', `The worker got a message it cannot use: ${(error as Error).message}`);
      return;
    }
    try {
      this.apply(command);
    } catch (error) {
      this.fail(command.type === 'init' ? 'data' : 'training', (error as Error).message);
    }
  }

  private apply(command: Command): void {
    if (command.type === 'init') {
      this.data = decodeTrainSet(command.data);
      this.settings = command.settings;
      this.examples.splice(0, this.examples.length, ...command.examples);
      this.fresh();
      this.host.post({
        type: 'ready',
        train: this.data.train.count,
        heldOut: this.data.heldOut.count,
      });
      this.report();
      return;
    }
    if (command.type === 'predict') {
      const outputs = Array.from(this.need().predict(command.input));
      this.host.post({ type: 'prediction', id: command.id, outputs });
      return;
    }
    const trainer = this.need();
    switch (command.type) {
      case 'run':
        this.running = true;
        if (!this.looping) {
          this.looping = true;
          this.host.schedule(() => this.tick());
        }
        return;
      case 'pause':
        // A run stops at a measuring point (at most MEASURE_EVERY − 1 batches on, a few ms).
        if (this.running) while (trainer.batches % MEASURE_EVERY !== 0) trainer.step();
        this.running = false;
        this.report();
        return;
      case 'step':
        this.running = false;
        trainer.step();
        this.report();
        return;
      case 'reset':
        this.running = false;
        this.fresh();
        this.report();
        return;
      case 'settings': {
        const before = this.settings!;
        const next = command.settings;
        this.settings = next;
        const same =
          before.hidden.join() === next.hidden.join() &&
          before.activation === next.activation &&
          before.cost === next.cost &&
          before.batchSize === next.batchSize &&
          before.seed === next.seed;
        // A new shape starts a fresh network; if training was running, it goes on running.
        if (same) trainer.setLearningRate(next.learningRate);
        else this.fresh();
        this.report();
        return;
      }
      case 'add':
        this.examples.push(command.example);
        trainer.addExample(command.example.input, command.example.label);
        this.host.post({ type: 'added', count: this.examples.length });
    }
  }

  private need(): DigitTrainer {
    if (!this.trainer) throw new Error('The training digits have not been loaded yet');
    return this.trainer;
  }

  private fresh(): void {
    this.trainer = new DigitTrainer(this.data!, this.settings!, this.examples);
  }

  /** One slice of training, a report when one is due, and the next slice. */
  private tick(): void {
    if (!this.running) {
      this.looping = false;
      return;
    }
    try {
      const trainer = this.need();
      const end = this.host.now() + SLICE_MS;
      do {
        trainer.step();
        const measuring = trainer.batches % MEASURE_EVERY === 0;
        if (measuring && this.host.now() - this.lastReport >= REPORT_MS) this.report();
      } while (this.host.now() < end);
    } catch (error) {
      this.running = false;
      this.looping = false;
      this.fail('training', (error as Error).message);
      return;
    }
    this.host.schedule(() => this.tick());
  }

  private report(): void {
    const trainer = this.trainer;
    if (!trainer) return;
    this.lastReport = this.host.now();
    const { cost, accuracy } = trainer.score();
    const weights = trainer.firstLayerWeights();
    this.host.post(
      {
        type: 'progress',
        batches: trainer.batches,
        seen: trainer.seen,
        epochSize: trainer.epochSize,
        trainingCost: trainer.takeTrainingCost(),
        heldOutCost: cost,
        accuracy,
        running: this.running,
        hidden: trainer.settings.hidden[0]!,
        weights,
      },
      [weights.buffer],
    );
  }

  private fail(stage: 'data' | 'training', message: string): void {
    this.running = false;
    this.host.post({ type: 'error', stage, message });
  }
}
