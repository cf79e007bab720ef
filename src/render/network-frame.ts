/**
 * The live network picture in two layers. The wiring: every edge between later layers, faint,
 * thickness from |w| and a mark for the sign, drawn once per size. A frame, on top: the edges
 * that carry signal now, from the precomputed geometry (a NetworkScene) and the current
 * activations. Input edges: the `perNeuron` strongest contributions w_ij·x_j into each
 * first-layer neuron (every non-zero one for a selected first-layer neuron). Later layers:
 * every edge whose |w·a| is above MIN_SIGNAL of the layer's strongest, plus every edge into
 * a selected neuron (highlighted). Brightness is |w·a| against the strongest |w·a| of the same
 * layer; thickness is |w| against the layer's largest |w|. Pure, no DOM.
 */
import {
  FrameEdges,
  denseEdges,
  alphaLevel,
  strongestContributions,
  styleKey,
  widthLevel,
  type DenseEdges,
} from './network-geometry';

/** The part of a dense layer the picture needs: W (row-major n_out × n_in). */
export interface LayerWeights {
  readonly inputSize: number;
  readonly outputSize: number;
  readonly weights: ArrayLike<number>;
}

/** A neuron: layer 1 … L (1 = first hidden layer) and its index in the layer. */
export interface NeuronRef {
  layer: number;
  neuron: number;
}

/** Everything about the picture that changes only with its size. */
export interface NetworkScene {
  layers: readonly LayerWeights[];
  /** Centres of the input pixels, interleaved x, y. */
  pixels: Float32Array;
  /** Centres of the neurons of layers 1 … L (index l − 1), interleaved x, y. */
  nodes: Float32Array[];
  /** Every edge of layers 2 … L (index l − 2), weakest |w| first. */
  dense: DenseEdges[];
  /** max |w| over the first layer (for input edge thickness). */
  inputMaxAbs: number;
  /** Scratch for the input contributions, n₁ × n₀ of each. */
  index: Int32Array;
  value: Float64Array;
  count: Int32Array;
  /** The frame's edges: room for every input edge of one selected neuron and all others. */
  frame: FrameEdges;
  /** Every dense edge at brightness 0: the faint wiring under the frames. */
  wiring: FrameEdges;
}

/** Builds the scene for neurons drawn at `nodes` and the input picture's pixels at `pixels`. */
export function buildScene(
  layers: readonly LayerWeights[],
  pixels: Float32Array,
  nodes: Float32Array[],
  perNeuron: number,
): NetworkScene {
  const first = layers[0]!;
  const dense = layers
    .slice(1)
    .map((layer, l) =>
      denseEdges(layer.weights, layer.inputSize, layer.outputSize, nodes[l]!, nodes[l + 1]!),
    );
  let inputMaxAbs = 0;
  for (let k = 0; k < first.weights.length; k++)
    inputMaxAbs = Math.max(inputMaxAbs, Math.abs(first.weights[k]!));
  const denseCount = dense.reduce((n, d) => n + d.count, 0);
  const wiring = new FrameEdges(denseCount);
  for (const d of dense) {
    for (let e = 0; e < d.count; e++)
      wiring.push(
        d.x1[e]!,
        d.y1[e]!,
        d.x2[e]!,
        d.y2[e]!,
        styleKey(0, 0, d.weight[e]! < 0, d.width[e]!),
      );
  }
  wiring.group();
  return {
    wiring,
    layers,
    pixels,
    nodes,
    dense,
    inputMaxAbs,
    index: new Int32Array(first.outputSize * first.inputSize),
    value: new Float64Array(first.outputSize * first.inputSize),
    count: new Int32Array(first.outputSize),
    frame: new FrameEdges(first.inputSize + first.outputSize * perNeuron + denseCount),
  };
}

/**
 * Fills `scene.frame` with this frame's edges, grouped by style. `activations` are a⁽⁰⁾ (the
 * input) … a⁽ᴸ⁾; `perNeuron` input edges are kept per first-layer neuron.
 */
export function buildFrame(
  scene: NetworkScene,
  activations: readonly ArrayLike<number>[],
  perNeuron: number,
  selected?: NeuronRef,
): FrameEdges {
  const { frame, layers, index, value, count } = scene;
  frame.clear();
  const first = layers[0]!;
  const n0 = first.inputSize;
  const input = activations[0]!;
  let maxS = 0;
  for (let i = 0; i < first.outputSize; i++) {
    const all = selected?.layer === 1 && selected.neuron === i;
    const c = strongestContributions(
      first.weights,
      n0,
      i,
      input,
      all ? n0 : perNeuron,
      index.subarray(i * n0, (i + 1) * n0),
      value.subarray(i * n0, (i + 1) * n0),
    );
    count[i] = c;
    if (c > 0) maxS = Math.max(maxS, Math.abs(value[i * n0]!));
  }
  const to = scene.nodes[0]!;
  for (let i = 0; i < first.outputSize; i++) {
    const hl = selected?.layer === 1 && selected.neuron === i ? 1 : 0;
    // Weakest first within a neuron, so its strongest edges land on top in their bucket.
    for (let r = count[i]! - 1; r >= 0; r--) {
      const j = index[i * n0 + r]!;
      const s = value[i * n0 + r]!;
      const w = first.weights[i * n0 + j]!;
      const level = alphaLevel(s, maxS);
      if (level === 0 && hl === 0) continue;
      const key = styleKey(hl, level, w < 0, widthLevel(w, scene.inputMaxAbs));
      frame.push(scene.pixels[2 * j]!, scene.pixels[2 * j + 1]!, to[2 * i]!, to[2 * i + 1]!, key);
    }
  }
  scene.dense.forEach((edges, d) => {
    const layer = d + 2;
    const a = activations[layer - 1]!;
    let max = 0;
    for (let e = 0; e < edges.count; e++)
      max = Math.max(max, Math.abs(edges.weight[e]! * a[edges.source[e]!]!));
    for (let e = 0; e < edges.count; e++) {
      const w = edges.weight[e]!;
      const hl = selected?.layer === layer && selected.neuron === edges.target[e] ? 1 : 0;
      const level = alphaLevel(w * a[edges.source[e]!]!, max);
      if (level === 0 && hl === 0) continue;
      const key = styleKey(hl, level, w < 0, edges.width[e]!);
      frame.push(edges.x1[e]!, edges.y1[e]!, edges.x2[e]!, edges.y2[e]!, key);
    }
  });
  frame.group();
  return frame;
}
