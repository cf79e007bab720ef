/**
 * What the digit demos must show, computed here from the shipped files with the maths written
 * out (not with the site's core): the model's ten outputs for a sample, and the pad's verdict.
 */
import { readFileSync } from 'node:fs';
import { parseNetwork } from '../../src/core/serialize.ts';
import { decodeSamples } from '../../src/digits/samples.ts';
import { ORACLE } from './neuron-maths';

/** The shipped trained network, parsed. */
export const model = parseNetwork(readFileSync('public/models/digits.json', 'utf8'));

/** The shipped sample digits. */
export const samples = decodeSamples(readFileSync('public/models/digit-samples.bin'));

/** The ten outputs of the shipped model. */
export function modelOutputs(pixels: Float64Array): number[] {
  let a = Array.from(pixels);
  for (const layer of model.layers) {
    a = Array.from({ length: layer.outputSize }, (_, i) => {
      let z = layer.biases[i]!;
      for (let j = 0; j < layer.inputSize; j++)
        z += layer.weights[i * layer.inputSize + j]! * a[j]!;
      return ORACLE.sigmoid!(z);
    });
  }
  return a;
}

/**
 * What the pad must say for these outputs: "It reads d" when the top output is ≥ 0.5 and
 * ≥ 0.3 ahead of the second, else "Not sure: d or e?" naming the top two.
 */
export function expectedVerdict(outputs: number[]): string {
  const sorted = [...outputs].sort((p, q) => q - p);
  const best = outputs.indexOf(sorted[0]!);
  if (sorted[0]! >= 0.5 && sorted[0]! - sorted[1]! >= 0.3) return `It reads ${best}`;
  if (sorted[0]! < 0.1) return 'Not sure: no output is above 0.1';
  return `Not sure: ${best} or ${outputs.indexOf(sorted[1]!)}?`;
}
