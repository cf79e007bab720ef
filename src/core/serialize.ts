import { isActivationName, ACTIVATION_NAMES, type ActivationName } from './activations.ts';
import { Network } from './network.ts';

/** The document's format tag and the version this code reads and writes. */
export const NETWORK_FORMAT = 'neuron-lab/network';
export const NETWORK_VERSION = 1;

/**
 * A network as a versioned JSON document.
 *
 * ```json
 * { "format": "neuron-lab/network", "version": 1,
 *   "sizes": [2, 2, 1], "activations": ["sigmoid", "sigmoid"], "output": "activation",
 *   "layers": [ { "weights": [[w00, w01], [w10, w11]], "biases": [b0, b1] }, … ] }
 * ```
 * `layers[l].weights[i]` is row i of W⁽ˡ⁺¹⁾: the weights into neuron i of layer l + 1.
 */
export interface NetworkDocument {
  format: typeof NETWORK_FORMAT;
  version: typeof NETWORK_VERSION;
  sizes: number[];
  activations: ActivationName[];
  output: 'softmax' | 'activation';
  layers: { weights: number[][]; biases: number[] }[];
}

/**
 * The network as a document. `significantDigits` (1 to 17) rounds each number, which makes
 * files for the web much smaller; leave it out to keep every bit.
 */
export function toDocument(network: Network, significantDigits?: number): NetworkDocument {
  if (
    significantDigits !== undefined &&
    (!Number.isInteger(significantDigits) || significantDigits < 1 || significantDigits > 17)
  ) {
    throw new Error(
      `significantDigits must be a whole number from 1 to 17; got ${significantDigits}`,
    );
  }
  const round = (v: number) =>
    significantDigits === undefined ? v : Number(v.toPrecision(significantDigits));
  return {
    format: NETWORK_FORMAT,
    version: NETWORK_VERSION,
    sizes: [...network.sizes],
    activations: network.layers.map((l) => l.activation.name),
    output: network.softmaxOutput ? 'softmax' : 'activation',
    layers: network.layers.map((layer) => ({
      weights: Array.from({ length: layer.outputSize }, (_, i) =>
        Array.from(layer.weights.subarray(i * layer.inputSize, (i + 1) * layer.inputSize), round),
      ),
      biases: Array.from(layer.biases, round),
    })),
  };
}

/**
 * Builds a network from a document (already parsed from JSON), checking everything first:
 * format, version, shape, activation names and every number. Throws an Error naming the
 * problem and where it is; on error no network is returned, so nothing is half-loaded.
 */
export function fromDocument(doc: unknown): Network {
  const d = asRecord(doc, 'The network document');
  if (d.format !== NETWORK_FORMAT) {
    throw new Error(
      `Not a network document: format must be "${NETWORK_FORMAT}"; got ${JSON.stringify(d.format)}`,
    );
  }
  if (d.version !== NETWORK_VERSION) {
    throw new Error(
      `Unsupported network document version ${JSON.stringify(d.version)}: this code reads version ${NETWORK_VERSION}`,
    );
  }
  if (!Array.isArray(d.activations)) {
    throw new Error(`activations must be a list of names; got ${JSON.stringify(d.activations)}`);
  }
  d.activations.forEach((name, l) => {
    if (!isActivationName(name)) {
      throw new Error(
        `activations[${l}] is ${JSON.stringify(name)}, not a known activation (${ACTIVATION_NAMES.join(', ')})`,
      );
    }
  });
  if (d.output !== 'softmax' && d.output !== 'activation') {
    throw new Error(`output must be "softmax" or "activation"; got ${JSON.stringify(d.output)}`);
  }
  // The constructor checks sizes and that there is one activation per layer.
  const network = new Network({
    sizes: d.sizes as number[],
    activations: d.activations as ActivationName[],
    output: d.output,
  });
  if (!Array.isArray(d.layers) || d.layers.length !== network.layers.length) {
    throw new Error(
      `layers must list ${network.layers.length} layers; got ${Array.isArray(d.layers) ? d.layers.length : JSON.stringify(d.layers)}`,
    );
  }
  const layerDocs: unknown[] = d.layers;
  network.layers.forEach((layer, l) => {
    const doc = asRecord(layerDocs[l], `layers[${l}]`);
    const rows = doc.weights;
    if (!Array.isArray(rows) || rows.length !== layer.outputSize) {
      throw new Error(
        `layers[${l}].weights must have ${layer.outputSize} rows (one per neuron); got ${Array.isArray(rows) ? rows.length : JSON.stringify(rows)}`,
      );
    }
    rows.forEach((row: unknown, i) => {
      copyFinite(
        row,
        layer.inputSize,
        `layers[${l}].weights[${i}]`,
        layer.weights,
        i * layer.inputSize,
      );
    });
    copyFinite(doc.biases, layer.outputSize, `layers[${l}].biases`, layer.biases, 0);
  });
  return network;
}

/** JSON text of a network (see toDocument). */
export function serialiseNetwork(network: Network, significantDigits?: number): string {
  return JSON.stringify(toDocument(network, significantDigits));
}

/** A network from JSON text; throws on invalid JSON or an invalid document (see fromDocument). */
export function parseNetwork(json: string): Network {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (error) {
    throw new Error(`The network file is not valid JSON: ${(error as Error).message}`);
  }
  return fromDocument(doc);
}

function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(
      `${what} must be an object; got ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}`,
    );
  }
  return value as Record<string, unknown>;
}

function copyFinite(
  values: unknown,
  length: number,
  what: string,
  into: Float64Array,
  offset: number,
): void {
  if (!Array.isArray(values) || values.length !== length) {
    throw new Error(
      `${what} must have ${length} numbers; got ${Array.isArray(values) ? values.length : JSON.stringify(values)}`,
    );
  }
  for (let k = 0; k < length; k++) {
    const v = values[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`${what}[${k}] must be a finite number; got ${JSON.stringify(v)}`);
    }
    into[offset + k] = v;
  }
}
