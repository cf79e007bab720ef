/**
 * DOM events by which islands on one page talk to each other: the only channel between them.
 * A NeuronLab announces every change; an ActivationPlot that follows it listens.
 */

/** Fired on `document` by a NeuronLab after each update. */
export const NEURON_CHANGE = 'neuron-lab:change';

export interface NeuronChangeDetail {
  /** The NeuronLab's island id. */
  id: string;
  activation: import('~/core/activations.ts').ActivationName;
  /** x_1 … x_n, w_1 … w_n and b (a plot against one input redraws its curve from them). */
  inputs: number[];
  weights: number[];
  bias: number;
  /** The weighted sum z and activation a = f(z). */
  z: number;
  a: number;
}

/** Announces a NeuronLab's new state to the page (dispatched on `document`). */
export function emitNeuronChange(detail: NeuronChangeDetail): void {
  document.dispatchEvent(new CustomEvent<NeuronChangeDetail>(NEURON_CHANGE, { detail }));
}

/** Calls `handler` with every change of the NeuronLab `id`. */
export function onNeuronChange(
  id: string,
  handler: (detail: NeuronChangeDetail) => void,
  signal?: AbortSignal,
): void {
  document.addEventListener(
    NEURON_CHANGE,
    (event) => {
      const detail = (event as CustomEvent<NeuronChangeDetail>).detail;
      if (detail.id === id) handler(detail);
    },
    { signal },
  );
}

/** Fired on `document` by a follower that starts after its NeuronLab, asking for its state. */
export const NEURON_REQUEST = 'neuron-lab:request';

/** Asks the NeuronLab `id` to announce its current state again. */
export function requestNeuronState(id: string): void {
  document.dispatchEvent(new CustomEvent<{ id: string }>(NEURON_REQUEST, { detail: { id } }));
}

/** Calls `handler` whenever a follower asks the NeuronLab `id` for its state. */
export function onNeuronRequest(id: string, handler: () => void, signal?: AbortSignal): void {
  document.addEventListener(
    NEURON_REQUEST,
    (event) => {
      if ((event as CustomEvent<{ id: string }>).detail.id === id) handler();
    },
    { signal },
  );
}

/** Fired on `document` by a DigitPad whenever the network's input changes. */
export const DIGIT_INPUT = 'digit-pad:input';

export interface DigitInputDetail {
  /** The DigitPad's island id. */
  id: string;
  /** The 784 prepared pixels the network sees. */
  input: Float64Array;
}

/** Announces a DigitPad's new input to the page. */
export function emitDigitInput(detail: DigitInputDetail): void {
  document.dispatchEvent(new CustomEvent<DigitInputDetail>(DIGIT_INPUT, { detail }));
}

/** Calls `handler` with every new input of the DigitPad `id`. */
export function onDigitInput(
  id: string,
  handler: (detail: DigitInputDetail) => void,
  signal?: AbortSignal,
): void {
  document.addEventListener(
    DIGIT_INPUT,
    (event) => {
      const detail = (event as CustomEvent<DigitInputDetail>).detail;
      if (detail.id === id) handler(detail);
    },
    { signal },
  );
}

/** Fired on `document` by a follower that starts after its DigitPad, asking for its input. */
export const DIGIT_REQUEST = 'digit-pad:request';

/** Asks the DigitPad `id` to announce its current input again (if it has one yet). */
export function requestDigitInput(id: string): void {
  document.dispatchEvent(new CustomEvent<{ id: string }>(DIGIT_REQUEST, { detail: { id } }));
}

/** Calls `handler` whenever a follower asks the DigitPad `id` for its input. */
export function onDigitRequest(id: string, handler: () => void, signal?: AbortSignal): void {
  document.addEventListener(
    DIGIT_REQUEST,
    (event) => {
      if ((event as CustomEvent<{ id: string }>).detail.id === id) handler();
    },
    { signal },
  );
}

/** Fired on `document` by a quiz question each time the reader checks an answer or shows it. */
export const QUIZ_ANSWERED = 'quiz-question:answered';

export interface QuizAnsweredDetail {
  /** The question's key (questionKey of its prompt, src/state/progress.ts). */
  question: string;
  /** What the reader's press showed: a right or a wrong answer, or the answer on request. */
  result: 'right' | 'wrong' | 'shown';
}

/** Announces a checked answer to the page (the lesson's progress recorder listens). */
export function emitQuizAnswered(detail: QuizAnsweredDetail): void {
  document.dispatchEvent(new CustomEvent<QuizAnsweredDetail>(QUIZ_ANSWERED, { detail }));
}

/** Calls `handler` with every checked answer on the page. */
export function onQuizAnswered(
  handler: (detail: QuizAnsweredDetail) => void,
  signal?: AbortSignal,
): void {
  document.addEventListener(
    QUIZ_ANSWERED,
    (event) => handler((event as CustomEvent<QuizAnsweredDetail>).detail),
    { signal },
  );
}
