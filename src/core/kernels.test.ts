import { describe, expect, it } from 'vitest';
import { addOuterProduct, sparseWeightedSums, transposedProduct, weightedSums } from './kernels.ts';
import { createRandom } from './random.ts';

const random = createRandom(31);
const vec = (n: number, zeroShare = 0) =>
  Float64Array.from({ length: n }, () => (random.next() < zeroShare ? 0 : random.normal()));

describe.each([
  [1, 1],
  [3, 5],
  [4, 784],
  [7, 9],
  [16, 16],
  [10, 3],
])('kernels on a %i × %i matrix', (nOut, nIn) => {
  const W = vec(nOut * nIn);
  const b = vec(nOut);

  it('weightedSums equals Σ_j W_ij x_j + b_i', () => {
    const x = vec(nIn);
    const z = new Float64Array(nOut);
    weightedSums(W, b, x, z, nIn);
    for (let i = 0; i < nOut; i++) {
      let s = b[i]!;
      for (let j = 0; j < nIn; j++) s += W[i * nIn + j]! * x[j]!;
      expect(z[i]).toBeCloseTo(s, 12);
    }
  });

  it('the sparse version gives the same sums on a mostly-zero input', () => {
    const x = vec(nIn, 0.8);
    const nz = new Int32Array(nIn);
    let count = 0;
    x.forEach((v, j) => v !== 0 && (nz[count++] = j));
    const dense = new Float64Array(nOut);
    const sparse = new Float64Array(nOut);
    weightedSums(W, b, x, dense, nIn);
    sparseWeightedSums(W, b, x, nz, count, sparse, nIn);
    sparse.forEach((v, i) => expect(v).toBeCloseTo(dense[i]!, 12));
  });

  it('transposedProduct equals Σ_i W_ij δ_i', () => {
    const delta = vec(nOut);
    const below = new Float64Array(nIn);
    transposedProduct(W, delta, below, nIn);
    for (let j = 0; j < nIn; j++) {
      let s = 0;
      for (let i = 0; i < nOut; i++) s += W[i * nIn + j]! * delta[i]!;
      expect(below[j]).toBeCloseTo(s, 12);
    }
  });

  it('addOuterProduct adds scale · δ_i a_j, sparse or not', () => {
    const delta = vec(nOut);
    const a = vec(nIn, 0.5);
    const nz = new Int32Array(nIn);
    let count = 0;
    a.forEach((v, j) => v !== 0 && (nz[count++] = j));
    const dense = W.slice();
    const sparse = W.slice();
    addOuterProduct(dense, delta, a, -0.5);
    addOuterProduct(sparse, delta, a, -0.5, nz, count);
    for (let i = 0; i < nOut; i++) {
      for (let j = 0; j < nIn; j++) {
        const expected = W[i * nIn + j]! - 0.5 * delta[i]! * a[j]!;
        expect(dense[i * nIn + j]).toBeCloseTo(expected, 12);
        expect(sparse[i * nIn + j]).toBeCloseTo(expected, 12);
      }
    }
  });
});
