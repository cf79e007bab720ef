/**
 * Seeded pseudo-random numbers. The core never calls Math.random: anything random (initial
 * weights, shuffling) takes a `Random`, so a run with the same seed is reproducible exactly, in
 * every browser: the normals use portable-math's ln and the exact √, not the engine's own
 * Math.log, Math.sin and Math.cos, which differ between engines in the last bit.
 */
import { log } from './portable-math.ts';

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
    // Marsaglia's polar method: a uniform point (u, v) in the unit disc, s = u² + v², gives two
    // independent normals u·m and v·m with m = √(−2 ln s / s); the second is kept for next time.
    normal() {
      if (spare !== undefined) {
        const value = spare;
        spare = undefined;
        return value;
      }
      let u: number;
      let v: number;
      let s: number;
      do {
        u = 2 * next() - 1;
        v = 2 * next() - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const m = Math.sqrt((-2 * log(s)) / s);
      spare = v * m;
      return u * m;
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
