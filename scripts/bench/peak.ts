/**
 * The machine's JavaScript scalar multiply-add peak: dot products of two in-cache
 * Float64Arrays with four and with eight independent accumulators, whichever is faster
 * (the arrays are constants of the closure, so V8 can drop bounds checks: the best a scalar
 * JS loop does). Returned as multiply-adds per second.
 */
export function scalarPeak(seconds = 0.5): number {
  const n = 784 * 16;
  const a = new Float64Array(n).map((_, i) => (i % 7) / 7);
  const b = new Float64Array(n).map((_, i) => (i % 5) / 5);
  let sink = 0;
  const dot4 = () => {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0;
    for (let i = 0; i < n; i += 4) {
      s0 += a[i]! * b[i]!;
      s1 += a[i + 1]! * b[i + 1]!;
      s2 += a[i + 2]! * b[i + 2]!;
      s3 += a[i + 3]! * b[i + 3]!;
    }
    return s0 + s1 + s2 + s3;
  };
  const dot8 = () => {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0;
    for (let i = 0; i < n; i += 8) {
      s0 += a[i]! * b[i]!;
      s1 += a[i + 1]! * b[i + 1]!;
      s2 += a[i + 2]! * b[i + 2]!;
      s3 += a[i + 3]! * b[i + 3]!;
      s4 += a[i + 4]! * b[i + 4]!;
      s5 += a[i + 5]! * b[i + 5]!;
      s6 += a[i + 6]! * b[i + 6]!;
      s7 += a[i + 7]! * b[i + 7]!;
    }
    return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
  };
  let best = 0;
  for (const dot of [dot4, dot8]) {
    for (let k = 0; k < 200; k++) sink += dot();
    for (let trial = 0; trial < 5; trial++) {
      let reps = 0;
      const start = performance.now();
      let elapsed = 0;
      while (elapsed < (seconds * 1000) / 5) {
        for (let k = 0; k < 50; k++) sink += dot();
        reps += 50;
        elapsed = performance.now() - start;
      }
      best = Math.max(best, (reps * n) / (elapsed / 1000));
    }
  }
  if (sink === 42) console.log(''); // keeps the loop from being optimised away
  return best;
}
