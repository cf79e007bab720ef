/**
 * The inner loops of the core, written for V8: flat Float64Arrays, no allocation, and
 * register blocking (four rows of W share each load of x), which runs about twice as fast
 * as one row at a time. Matrices are row-major: W[i * nIn + j].
 */

/**
 * z = W x + b, W of shape z.length × nIn. Exact: the same sums as the textbook loop, up to the
 * order of additions.
 */
export function weightedSums(
  W: Float64Array,
  b: Float64Array,
  x: Float64Array,
  z: Float64Array,
  nIn: number,
): void {
  const nOut = z.length;
  let i = 0;
  for (; i + 3 < nOut; i += 4) {
    const r0 = i * nIn;
    const r1 = r0 + nIn;
    const r2 = r1 + nIn;
    const r3 = r2 + nIn;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let j = 0; j < nIn; j++) {
      const xj = x[j]!;
      s0 += W[r0 + j]! * xj;
      s1 += W[r1 + j]! * xj;
      s2 += W[r2 + j]! * xj;
      s3 += W[r3 + j]! * xj;
    }
    z[i] = s0 + b[i]!;
    z[i + 1] = s1 + b[i + 1]!;
    z[i + 2] = s2 + b[i + 2]!;
    z[i + 3] = s3 + b[i + 3]!;
  }
  for (; i < nOut; i++) {
    const r = i * nIn;
    let s = 0;
    for (let j = 0; j < nIn; j++) s += W[r + j]! * x[j]!;
    z[i] = s + b[i]!;
  }
}

/**
 * z = W x + b when most of x is zero (a digit is about 80% black pixels): only the columns
 * listed in nz[0 … count) are visited. Gives the same sums as `weightedSums`, since the
 * skipped terms are exactly 0.
 */
export function sparseWeightedSums(
  W: Float64Array,
  b: Float64Array,
  x: Float64Array,
  nz: Int32Array,
  count: number,
  z: Float64Array,
  nIn: number,
): void {
  const nOut = z.length;
  let i = 0;
  for (; i + 3 < nOut; i += 4) {
    const r0 = i * nIn;
    const r1 = r0 + nIn;
    const r2 = r1 + nIn;
    const r3 = r2 + nIn;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let t = 0; t < count; t++) {
      const j = nz[t]!;
      const xj = x[j]!;
      s0 += W[r0 + j]! * xj;
      s1 += W[r1 + j]! * xj;
      s2 += W[r2 + j]! * xj;
      s3 += W[r3 + j]! * xj;
    }
    z[i] = s0 + b[i]!;
    z[i + 1] = s1 + b[i + 1]!;
    z[i + 2] = s2 + b[i + 2]!;
    z[i + 3] = s3 + b[i + 3]!;
  }
  for (; i < nOut; i++) {
    const r = i * nIn;
    let s = 0;
    for (let t = 0; t < count; t++) s += W[r + nz[t]!]! * x[nz[t]!]!;
    z[i] = s + b[i]!;
  }
}

/** below = Wᵀ δ for W of shape δ.length × nIn. */
export function transposedProduct(
  W: Float64Array,
  delta: Float64Array,
  below: Float64Array,
  nIn: number,
): void {
  below.fill(0);
  for (let i = 0, row = 0; i < delta.length; i++, row += nIn) {
    const d = delta[i]!;
    for (let j = 0; j < nIn; j++) below[j] = below[j]! + W[row + j]! * d;
  }
}

/**
 * T += scale · δ aᵀ (T of shape δ.length × a.length). When `nz` is given, only the columns
 * nz[0 … count) are touched: the others have a_j = 0 and would add nothing.
 */
export function addOuterProduct(
  T: Float64Array,
  delta: Float64Array,
  a: Float64Array,
  scale: number,
  nz?: Int32Array,
  count = 0,
): void {
  const nIn = a.length;
  for (let i = 0, row = 0; i < delta.length; i++, row += nIn) {
    const g = scale * delta[i]!;
    if (g === 0) continue;
    if (nz) {
      for (let t = 0; t < count; t++) {
        const j = nz[t]!;
        T[row + j] = T[row + j]! + g * a[j]!;
      }
    } else {
      for (let j = 0; j < nIn; j++) T[row + j] = T[row + j]! + g * a[j]!;
    }
  }
}

/** x += scale · y. */
export function addScaled(x: Float64Array, y: Float64Array, scale: number): void {
  for (let k = 0; k < x.length; k++) x[k] = x[k]! + scale * y[k]!;
}
