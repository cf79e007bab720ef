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
  /** The weighted sum z and activation a = f(z). */
  z: number;
  a: number;
}

/** Announces a NeuronLab's new state to the page (dispatched on `document`). */
export function emitNeuronChange(detail: NeuronChangeDetail): void {
  document.dispatchEvent(new CustomEvent<NeuronChangeDetail>(NEURON_CHANGE, { detail }));
}

/** Calls `handler` with every change of the NeuronLab `id`. */
export function onNeuronChange(id: string, handler: (detail: NeuronChangeDetail) => void): void {
  document.addEventListener(NEURON_CHANGE, (event) => {
    const detail = (event as CustomEvent<NeuronChangeDetail>).detail;
    if (detail.id === id) handler(detail);
  });
}

/** Fired on `document` by a follower that starts after its NeuronLab, asking for its state. */
export const NEURON_REQUEST = 'neuron-lab:request';

/** Asks the NeuronLab `id` to announce its current state again. */
export function requestNeuronState(id: string): void {
  document.dispatchEvent(new CustomEvent<{ id: string }>(NEURON_REQUEST, { detail: { id } }));
}

/** Calls `handler` whenever a follower asks the NeuronLab `id` for its state. */
export function onNeuronRequest(id: string, handler: () => void): void {
  document.addEventListener(NEURON_REQUEST, (event) => {
    if ((event as CustomEvent<{ id: string }>).detail.id === id) handler();
  });
}
