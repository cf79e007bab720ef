/**
 * Geometry of the single-neuron diagram: input nodes on the left, a pipe per weight into the
 * neuron, and the output on the right. Pure data (no DOM), so the server render and the live
 * island draw the same picture.
 */

/** One input's node and the pipe carrying x_i · w_i to the neuron. */
export interface PipeGeometry {
  /** Centre of the input node. */
  x: number;
  y: number;
  /** Stroke width in viewBox units, growing with |w|. */
  width: number;
  /** Sign of the weight: 1, −1, or 0 for a zero weight. */
  sign: 1 | -1 | 0;
  /** Where the sign mark (+ or −) sits, partway along the pipe. */
  markX: number;
  markY: number;
}

export interface NeuronGeometry {
  viewBox: string;
  width: number;
  height: number;
  neuron: { x: number; y: number; r: number };
  output: { x: number; y: number };
  pipes: PipeGeometry[];
  nodeRadius: number;
}

const WIDTH = 440;
const ROW = 64;
const PAD = 40;

/** Pipe width for weight w: thin but visible at 0, capped so large weights stay readable. */
export function pipeWidth(w: number, maxAbs: number): number {
  const scale = maxAbs > 0 ? Math.min(Math.abs(w) / maxAbs, 1) : 0;
  return 1.5 + 12 * scale;
}

/**
 * Lays out a neuron with `weights.length` inputs. `maxAbsWeight` is the weight that gets the
 * thickest pipe (the end of the weight sliders' range), so thickness compares across demos.
 */
export function layoutNeuron(weights: readonly number[], maxAbsWeight: number): NeuronGeometry {
  const n = weights.length;
  const height = Math.max(2 * PAD + (n - 1) * ROW, 150);
  const neuron = { x: 270, y: height / 2, r: 34 };
  const top = height / 2 - ((n - 1) * ROW) / 2;
  const pipes = weights.map((w, i): PipeGeometry => {
    const x = 70;
    const y = top + i * ROW;
    // Marks sit near the input end, where the pipes are still apart.
    const t = 0.3;
    return {
      x,
      y,
      width: pipeWidth(w, maxAbsWeight),
      sign: w > 0 ? 1 : w < 0 ? -1 : 0,
      markX: x + (neuron.x - x) * t,
      markY: y + (neuron.y - y) * t,
    };
  });
  return {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: WIDTH,
    height,
    neuron,
    output: { x: 390, y: neuron.y },
    pipes,
    nodeRadius: 23,
  };
}

/** Glow of a node showing value v, as an opacity in [0.08, 1]; |v| ≥ `full` glows fully. */
export function glow(v: number, full = 1): number {
  if (!Number.isFinite(v)) return 1;
  return 0.08 + 0.92 * Math.min(Math.abs(v) / full, 1);
}

/** The mark drawn on a pipe: "+" for a positive weight, "−" for a negative one, "0" for zero. */
export function signMark(sign: -1 | 0 | 1): string {
  return sign > 0 ? '+' : sign < 0 ? '\u2212' : '0';
}

/**
 * The font size, in viewBox units, of a value written inside an input node (radius 23): 14,
 * or 11 for a value of five characters or more ("−6.00"), which at 14 reaches past the
 * circle's curve. The neuron's own circle is wider and keeps 14.
 */
export function nodeValueSize(text: string): number {
  return [...text].length >= 5 ? 11 : 14;
}
