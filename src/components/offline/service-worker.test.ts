import { describe, expect, it } from 'vitest';
import {
  SKIP_WAITING,
  takeOver,
  watchForUpdates,
  workerLocation,
  type RegistrationLike,
  type WorkerLike,
} from './service-worker';

/** A worker whose state a test moves along, firing statechange as a browser does. */
class FakeWorker extends EventTarget implements WorkerLike {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  moveTo(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** A registration: a new worker starts installing with updatefound. */
class FakeRegistration extends EventTarget implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  listeners = 0;
  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    this.listeners--;
    super.removeEventListener(...args);
  }
  startInstalling(): FakeWorker {
    const worker = new FakeWorker();
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    return worker;
  }
  finishInstalling(worker: FakeWorker): void {
    this.installing = null;
    this.waiting = worker;
    worker.moveTo('installed');
  }
}

describe('workerLocation', () => {
  it.each([
    ['/', '/sw.js', '/'],
    ['/neuron-lab/', '/neuron-lab/sw.js', '/neuron-lab/'],
    ['/neuron-lab', '/neuron-lab/sw.js', '/neuron-lab/'],
    ['/a/b/', '/a/b/sw.js', '/a/b/'],
  ])('under %s the worker is %s with scope %s', (base, script, scope) => {
    expect(workerLocation(base)).toEqual({ script, scope });
  });
});

describe('watchForUpdates', () => {
  it('does not report a first install: no worker controls the page yet', () => {
    const registration = new FakeRegistration();
    const seen: WorkerLike[] = [];
    watchForUpdates(
      registration,
      () => false,
      (w) => seen.push(w),
    );
    const worker = registration.startInstalling();
    registration.finishInstalling(worker);
    worker.moveTo('activating');
    worker.moveTo('activated');
    expect(seen).toEqual([]);
  });

  it('reports a new version once it has installed behind the controlling one', () => {
    const registration = new FakeRegistration();
    const seen: WorkerLike[] = [];
    watchForUpdates(
      registration,
      () => true,
      (w) => seen.push(w),
    );
    const worker = registration.startInstalling();
    expect(seen).toEqual([]); // still installing: not ready to take over
    registration.finishInstalling(worker);
    expect(seen).toEqual([worker]);
  });

  it('reports a version already waiting when the page loads, once', () => {
    const registration = new FakeRegistration();
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    registration.waiting = waiting;
    const seen: WorkerLike[] = [];
    watchForUpdates(
      registration,
      () => true,
      (w) => seen.push(w),
    );
    expect(seen).toEqual([waiting]);
    waiting.dispatchEvent(new Event('statechange'));
    expect(seen).toEqual([waiting]);
  });

  it('reports a version that was already installing when the page started watching', () => {
    const registration = new FakeRegistration();
    const worker = registration.startInstalling(); // its updatefound fired before the watch
    const seen: WorkerLike[] = [];
    watchForUpdates(
      registration,
      () => true,
      (w) => seen.push(w),
    );
    expect(seen).toEqual([]);
    registration.finishInstalling(worker);
    expect(seen).toEqual([worker]);
  });

  it('does not report a version that failed to install', () => {
    const registration = new FakeRegistration();
    const seen: WorkerLike[] = [];
    watchForUpdates(
      registration,
      () => true,
      (w) => seen.push(w),
    );
    registration.startInstalling().moveTo('redundant');
    expect(seen).toEqual([]);
  });

  it('reports each of two successive versions', () => {
    const registration = new FakeRegistration();
    const seen: WorkerLike[] = [];
    watchForUpdates(
      registration,
      () => true,
      (w) => seen.push(w),
    );
    const first = registration.startInstalling();
    registration.finishInstalling(first);
    first.moveTo('redundant'); // replaced by a newer deploy before the reader reloaded
    const second = registration.startInstalling();
    registration.finishInstalling(second);
    expect(seen).toEqual([first, second]);
  });

  it('stops watching when asked', () => {
    const registration = new FakeRegistration();
    const seen: WorkerLike[] = [];
    const stop = watchForUpdates(
      registration,
      () => true,
      (w) => seen.push(w),
    );
    const worker = registration.startInstalling();
    stop();
    expect(registration.listeners).toBe(0);
    registration.finishInstalling(worker);
    registration.startInstalling();
    expect(seen).toEqual([]);
  });
});

describe('takeOver', () => {
  it('asks a waiting worker to take over, and waits for it', () => {
    const worker = new FakeWorker();
    worker.state = 'installed';
    expect(takeOver(worker)).toBe('wait');
    expect(worker.messages).toEqual([SKIP_WAITING]);
    expect(SKIP_WAITING).toEqual({ type: 'SKIP_WAITING' });
  });

  it('only reloads when the worker has already taken over (another tab’s Reload)', () => {
    const worker = new FakeWorker();
    worker.state = 'activated';
    expect(takeOver(worker)).toBe('reload');
    expect(worker.messages).toEqual([]);
  });
});
