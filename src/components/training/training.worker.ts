/// <reference lib="webworker" />
/**
 * The TrainingLab's worker: trains the reader's network off the page's main thread. All the
 * logic is in TrainingSession; this file only connects it to the worker's messages and
 * yields between training slices through a MessageChannel (a zero-delay timer would be
 * clamped to 4 ms after a few rounds).
 */
import { TrainingSession } from './session';

declare const self: DedicatedWorkerGlobalScope;

const channel = new MessageChannel();
let queued: (() => void) | undefined;
channel.port1.onmessage = () => {
  const task = queued;
  queued = undefined;
  task?.();
};

const session = new TrainingSession({
  post: (report, transfer = []) => self.postMessage(report, transfer),
  schedule: (task) => {
    queued = task;
    channel.port2.postMessage(0);
  },
  now: () => performance.now(),
});

self.onmessage = (event: MessageEvent) => session.handle(event.data);
