/**
 * The NetworkView's detail panel for a selected neuron: its numbers as a sentence, and its
 * incoming weights as a 28 × 28 picture (first hidden layer) or one bar per weight (later
 * layers). Built when the selection changes; only the sentence follows the input.
 */
import type { DenseLayer } from '~/core/network.ts';
import { formatNumber, formatSigned } from '~/render/format';
import { diverging, paintGrid, type Ramp } from '~/render/palette';
import type { NeuronRef } from '~/render/network-frame';
import { SIDE } from '~/digits/picture';

/** "Output neuron for digit 7" or "Hidden layer 1, neuron 2" (the detail panel's name). */
export function detailName({ layer, neuron }: NeuronRef, layerCount: number): string {
  return layer === layerCount
    ? `Output neuron for digit ${neuron}`
    : `Hidden layer ${layer}, neuron ${neuron + 1}`;
}

/** The incoming weights of `neuron` in layer W (a view, not a copy). */
function row(W: DenseLayer, neuron: number): Float64Array {
  return W.weights.subarray(neuron * W.inputSize, (neuron + 1) * W.inputSize);
}

/** The sentence: activation, bias and the range of the incoming weights. */
export function detailText(
  selection: NeuronRef,
  layers: readonly DenseLayer[],
  activation: number,
): string {
  const W = layers[selection.layer - 1]!;
  const weights = row(W, selection.neuron);
  return `${detailName(selection, layers.length)}: activation ${formatNumber(activation)}, bias ${formatNumber(
    W.biases[selection.neuron]!,
  )}. ${W.inputSize} incoming weights, from ${formatNumber(Math.min(...weights))} to ${formatNumber(
    Math.max(...weights),
  )}.`;
}

/** Shows the selected neuron's weight picture or bars inside `root` (hides both for none). */
export function showWeights(
  root: Element,
  layers: readonly DenseLayer[],
  selection: NeuronRef | undefined,
  ramp: Ramp,
): void {
  const picture = root.querySelector<HTMLElement>('[data-weight-picture]')!;
  const bars = root.querySelector<HTMLOListElement>('[data-weight-bars]')!;
  picture.hidden = selection?.layer !== 1;
  bars.hidden = !selection || selection.layer === 1;
  if (!selection) return;
  const W = layers[selection.layer - 1]!;
  const weights = row(W, selection.neuron);
  const max = Math.max(...weights.map(Math.abs));
  const name = detailName(selection, layers.length);
  if (selection.layer === 1) {
    const canvas = root.querySelector<HTMLCanvasElement>('[data-weight-image]')!;
    paintGrid(canvas, weights, (w) => diverging(w, max, ramp));
    canvas.setAttribute('aria-label', `Incoming weights of ${name} as a ${SIDE} × ${SIDE} picture`);
    root.querySelector('[data-legend-min]')!.textContent = formatNumber(-max, 2);
    root.querySelector('[data-legend-max]')!.textContent = `+${formatNumber(max, 2)}`;
    return;
  }
  bars.setAttribute('aria-label', `Incoming weights of ${name}`);
  bars.replaceChildren(
    ...Array.from(weights, (w, j) => {
      const li = document.createElement('li');
      const from = document.createElement('span');
      from.textContent = `neuron ${j + 1}`;
      const neg = document.createElement('span');
      neg.className = 'neg';
      neg.style.width = `${w < 0 ? (-w / max) * 100 : 0}%`;
      const pos = document.createElement('span');
      pos.className = 'pos';
      pos.style.width = `${w > 0 ? (w / max) * 100 : 0}%`;
      const value = document.createElement('span');
      value.textContent = formatSigned(w, 2);
      li.append(from, neg, pos, value);
      return li;
    }),
  );
}
