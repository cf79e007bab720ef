/**
 * Seeded pseudo-random numbers. The core never calls Math.random: anything random (initial
 * weights, shuffling) takes a `Random`, so a run with the same seed is reproducible exactly.
 */
export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A standard normal number (mean 0, standard deviation 1). */
  normal(): number;
  /** A uniform whole number in [0, n). */
  int(n: number): number;
}

/**
 * A small, fast generator (mulberry32, 32-bit state) from a whole-number seed.
 * `createRandom(42).next()` gives the same sequence on every machine.
 */
export function createRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new Error(`Random seed must be a whole number; got ${seed}`);
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spare: number | undefined;
  return {
    next,
    // Box–Muller: two uniforms give two independent normals; the second is kept for next time.
    normal() {
      if (spare !== undefined) {
        const value = spare;
        spare = undefined;
        return value;
      }
      const u = 1 - next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int: (n) => Math.floor(next() * n),
  };
}

/** Shuffles `items` in place (Fisher–Yates) with `random`, and returns it. */
export function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}
