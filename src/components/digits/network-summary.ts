/**
 * The NetworkView's sentence for screen readers (and anyone): a neuron, its activation and
 * the strongest signals w·a coming into it, e.g. "Output 7 at 0.93 (the network's top guess);
 * strongest signals w·a into it, from hidden layer 2: neuron 3 (+2.10), neuron 5 (+1.40), neuron 9
 * (−0.80)." Pure text, no DOM.
 */
import { strongestContributions } from '~/render/network-geometry';
import { formatNumber, formatSigned } from '~/render/format';
import type { LayerWeights, NeuronRef } from '~/render/network-frame';
import { SIDE } from '~/digits/picture';
import { argmax } from '~/core/network.ts';

/** How many contributions the sentence names. */
export const SUMMARY_INPUTS = 3;

/** "Hidden layer 2, neuron 4" or "Output 7" (layers counted from 1, the first hidden layer). */
export function neuronName({ layer, neuron }: NeuronRef, layerCount: number): string {
  return layer === layerCount ? `Output ${neuron}` : `Hidden layer ${layer}, neuron ${neuron + 1}`;
}

/** "pixel row 12, column 14" for input j of a 28 × 28 picture, else "neuron j + 1". */
function sourceName(layer: number, j: number): string {
  return layer === 1
    ? `pixel row ${Math.floor(j / SIDE) + 1}, column ${(j % SIDE) + 1}`
    : `neuron ${j + 1}`;
}

/**
 * The sentence for `target`, given every layer's activations a⁽⁰⁾ … a⁽ᴸ⁾ and the network's
 * layers; `top` marks the output the network ranks first when nothing is selected.
 */
export function summaryText(
  target: NeuronRef,
  layers: readonly LayerWeights[],
  activations: readonly ArrayLike<number>[],
  top = false,
): string {
  const { layer, neuron } = target;
  const W = layers[layer - 1]!;
  const index = new Int32Array(SUMMARY_INPUTS);
  const value = new Float64Array(SUMMARY_INPUTS);
  const n = strongestContributions(
    W.weights,
    W.inputSize,
    neuron,
    activations[layer - 1]!,
    SUMMARY_INPUTS,
    index,
    value,
  );
  const head = `${neuronName(target, layers.length)} at ${formatNumber(activations[layer]![neuron]!, 2)}${top ? " (the network's top guess)" : ''}`;
  if (n === 0) return `${head}; no inked pixel reaches it, so its sum is its bias alone.`;
  const from = layer === 1 ? 'the input' : `hidden layer ${layer - 1}`;
  const list = Array.from(
    { length: n },
    (_, r) => `${sourceName(layer, index[r]!)} (${formatSigned(value[r]!, 2)})`,
  );
  return `${head}; strongest signals w·a into it, from ${from}: ${list.join(', ')}.`;
}

/**
 * What the view's sentence says for `input` (the 784 pixels a⁽⁰⁾): about the `selected` neuron,
 * or, with none selected, about the output the network ranks first, after "Nothing drawn yet."
 * when no pixel is inked. The element writes it as the reader draws; the page carries it from
 * the build for the demo's first state, so the view does not grow when it starts.
 */
export function viewSummary(
  layers: readonly LayerWeights[],
  activations: readonly ArrayLike<number>[],
  input: ArrayLike<number>,
  selected?: NeuronRef,
): string {
  const last = layers.length;
  const target = selected ?? { layer: last, neuron: argmax(activations[last]!) };
  const blank = !selected && Array.prototype.every.call(input, (x: number) => x === 0);
  return `${blank ? 'Nothing drawn yet. ' : ''}${summaryText(target, layers, activations, !selected)}`;
}
