/**
 * Synthetic, human-like digit drawings for scripts/bench-digits.mjs: hand-made stroke
 * templates (several styles per digit, drawn as people write them, in stroke order), bent by a
 * random size, aspect, slant, rotation, position, pen wobble and pointer-event spacing.
 *
 * Template units: the digit's box is about 0.6 wide and 1 tall, y down. A control point
 * [x, y] is passed through smoothly (Catmull–Rom); [x, y, 1] is a corner.
 */
import { createRandom } from '../../src/core/random.ts';

type Control = readonly [number, number] | readonly [number, number, 1];
/** One style of a digit: its strokes, each a list of control points. */
type Style = readonly (readonly Control[])[];
export interface Point {
  x: number;
  y: number;
}

/** Ellipse control points from angle a0 to a1 (radians, 0 = right, clockwise on screen). */
function arc(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number, n = 10) {
  return Array.from(
    { length: n + 1 },
    (_, k): Control => [
      cx + rx * Math.cos(a0 + ((a1 - a0) * k) / n),
      cy + ry * Math.sin(a0 + ((a1 - a0) * k) / n),
    ],
  );
}
const PI = Math.PI;

/** Styles per digit, in the order people usually draw the strokes. */
export const TEMPLATES: readonly (readonly Style[])[] = [
  // 0: an oval started at the top, a rounder one, one drawn the other way with an overlap
  [
    [arc(0.3, 0.5, 0.28, 0.5, -PI / 2, (3 * PI) / 2 + 0.15, 16)],
    [arc(0.32, 0.5, 0.32, 0.48, -PI / 2 - 0.3, -PI / 2 - 2 * PI, 16)],
    [arc(0.28, 0.5, 0.22, 0.5, -PI / 2 + 0.3, (3 * PI) / 2 + 0.6, 16)],
  ],
  // 1: a plain bar, a bar with a flag, flag and base
  [
    [
      [
        [0.3, 0],
        [0.3, 1],
      ],
    ],
    [
      [
        [0.1, 0.2, 1],
        [0.35, 0, 1],
        [0.35, 1],
      ],
    ],
    [
      [
        [0.12, 0.18, 1],
        [0.32, 0, 1],
        [0.32, 1],
      ],
      [
        [0.1, 1],
        [0.55, 1],
      ],
    ],
  ],
  // 2: a curved neck and flat base, a 2 with a loop at the bottom, an angular Z-like 2
  [
    [
      [
        [0.05, 0.25],
        [0.25, 0.02],
        [0.5, 0.08],
        [0.55, 0.3],
        [0.35, 0.6],
        [0.02, 1, 1],
        [0.62, 0.98],
      ],
    ],
    [
      [
        [0.05, 0.2],
        [0.3, 0],
        [0.55, 0.2],
        [0.45, 0.5],
        [0.1, 0.9],
        [0.12, 1],
        [0.3, 0.9],
        [0.4, 0.95],
        [0.65, 1],
      ],
    ],
    [
      [
        [0.05, 0.15],
        [0.3, 0],
        [0.55, 0.15],
        [0.5, 0.35],
        [0.05, 1, 1],
        [0.6, 1],
      ],
    ],
  ],
  // 3: two round bumps, a flat-topped 3, a narrow 3 with a sharp middle
  [
    [
      [
        [0.05, 0.12],
        [0.3, 0],
        [0.55, 0.15],
        [0.5, 0.35],
        [0.22, 0.47, 1],
        [0.5, 0.56],
        [0.6, 0.78],
        [0.42, 0.97],
        [0.15, 1],
        [0, 0.88],
      ],
    ],
    [
      [
        [0.05, 0, 1],
        [0.58, 0, 1],
        [0.25, 0.4, 1],
        [0.52, 0.55],
        [0.6, 0.78],
        [0.4, 0.98],
        [0.1, 0.95],
      ],
    ],
    [
      [
        [0.08, 0.1],
        [0.3, 0],
        [0.48, 0.18],
        [0.25, 0.45, 1],
        [0.48, 0.65],
        [0.42, 0.92],
        [0.2, 1],
        [0.04, 0.9],
      ],
    ],
  ],
  // 4: closed-top 4 in two strokes, open 4 (two strokes), a 4 with a long cross bar
  [
    [
      [
        [0.42, 0, 1],
        [0.02, 0.65, 1],
        [0.65, 0.65],
      ],
      [
        [0.48, 0.3],
        [0.48, 1],
      ],
    ],
    [
      [
        [0.08, 0, 1],
        [0.04, 0.55, 1],
        [0.6, 0.55],
      ],
      [
        [0.5, 0],
        [0.5, 1],
      ],
    ],
    [
      [
        [0.15, 0, 1],
        [0.05, 0.6, 1],
        [0.7, 0.58],
      ],
      [
        [0.45, 0.1],
        [0.42, 1],
      ],
    ],
  ],
  // 5: stem and belly then the top bar, one stroke from the top right, a rounder belly
  [
    [
      [
        [0.1, 0, 1],
        [0.06, 0.45, 1],
        [0.3, 0.38],
        [0.55, 0.5],
        [0.58, 0.78],
        [0.38, 0.98],
        [0.1, 0.98],
        [0, 0.88],
      ],
      [
        [0.1, 0],
        [0.6, 0],
      ],
    ],
    [
      [
        [0.6, 0, 1],
        [0.1, 0, 1],
        [0.05, 0.45, 1],
        [0.35, 0.4],
        [0.58, 0.6],
        [0.5, 0.9],
        [0.2, 1],
        [0, 0.9],
      ],
    ],
    [
      [
        [0.55, 0.02, 1],
        [0.15, 0.02, 1],
        [0.08, 0.42, 1],
        [0.4, 0.45],
        [0.6, 0.7],
        [0.45, 0.95],
        [0.15, 0.97],
      ],
    ],
  ],
  // 6: a long curve into a loop, a straighter back, a small loop
  [
    [
      [
        [0.5, 0],
        [0.2, 0.25],
        [0.05, 0.62],
        [0.15, 0.95],
        [0.4, 1],
        [0.56, 0.8],
        [0.45, 0.55],
        [0.2, 0.55],
        [0.06, 0.72],
      ],
    ],
    [
      [
        [0.4, 0],
        [0.15, 0.4],
        [0.08, 0.8],
        [0.3, 1],
        [0.52, 0.85],
        [0.45, 0.62],
        [0.2, 0.6],
        [0.1, 0.75],
      ],
    ],
    [
      [
        [0.55, 0.05],
        [0.3, 0.15],
        [0.1, 0.5],
        [0.1, 0.88],
        [0.32, 1],
        [0.5, 0.85],
        [0.38, 0.68],
        [0.12, 0.78],
      ],
    ],
  ],
  // 7: bar and straight stem, crossed 7, a curved stem
  [
    [
      [
        [0, 0, 1],
        [0.6, 0, 1],
        [0.22, 1],
      ],
    ],
    [
      [
        [0, 0.05, 1],
        [0.6, 0, 1],
        [0.25, 1],
      ],
      [
        [0.2, 0.5],
        [0.55, 0.5],
      ],
    ],
    [
      [
        [0.02, 0.02, 1],
        [0.62, 0, 1],
        [0.4, 0.45],
        [0.3, 1],
      ],
    ],
  ],
  // 8: one stroke (S down, back up), two stacked loops, a big bottom loop
  [
    [
      [
        [0.52, 0.1],
        [0.3, 0],
        [0.08, 0.14],
        [0.2, 0.38],
        [0.5, 0.6],
        [0.56, 0.85],
        [0.3, 1],
        [0.04, 0.85],
        [0.1, 0.6],
        [0.4, 0.4],
        [0.52, 0.18],
        [0.44, 0.04],
      ],
    ],
    [
      arc(0.3, 0.24, 0.2, 0.24, PI / 2, PI / 2 + 2 * PI, 12),
      arc(0.3, 0.74, 0.26, 0.26, -PI / 2, -PI / 2 + 2 * PI, 12),
    ],
    [
      [
        [0.45, 0.08],
        [0.28, 0],
        [0.12, 0.12],
        [0.22, 0.32],
        [0.52, 0.55],
        [0.58, 0.85],
        [0.32, 1],
        [0.05, 0.82],
        [0.15, 0.55],
        [0.38, 0.35],
        [0.45, 0.08],
      ],
    ],
  ],
  // 9: loop and straight stem in one stroke, loop then a separate stem, a curved tail
  [
    [
      [
        [0.5, 0.15],
        [0.3, 0],
        [0.06, 0.15],
        [0.1, 0.4],
        [0.35, 0.45],
        [0.54, 0.25, 1],
        [0.52, 1],
      ],
    ],
    [
      arc(0.28, 0.22, 0.24, 0.22, 0, 2 * PI + 0.3, 14),
      [
        [0.53, 0.1],
        [0.5, 1],
      ],
    ],
    [
      [
        [0.52, 0.12],
        [0.28, 0],
        [0.05, 0.18],
        [0.15, 0.42],
        [0.42, 0.38],
        [0.55, 0.15, 1],
        [0.52, 0.6],
        [0.4, 0.92],
        [0.15, 0.98],
      ],
    ],
  ],
];

/** Dense points along one stroke: Catmull–Rom through the control points, corners kept. */
function trace(controls: readonly Control[], step = 0.01): Point[] {
  const runs: Control[][] = [[]];
  controls.forEach((c, k) => {
    runs.at(-1)!.push(c);
    if (c.length === 3 && k > 0 && k < controls.length - 1) runs.push([c]);
  });
  const out: Point[] = [];
  for (const run of runs) {
    for (let k = 0; k < run.length - 1; k++) {
      const [p0, p1, p2, p3] = [run[k - 1] ?? run[k]!, run[k]!, run[k + 1]!, run[k + 2] ?? run[k + 1]!];
      const n = Math.max(2, Math.ceil(Math.hypot(p2[0] - p1[0], p2[1] - p1[1]) / step));
      for (let i = 0; i < n; i++) {
        const t = i / n;
        const f = (a: number, b: number, c: number, d: number) =>
          0.5 *
          (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t * t + (-a + 3 * b - 3 * c + d) * t ** 3);
        out.push({ x: f(p0[0], p1[0], p2[0], p3[0]), y: f(p0[1], p1[1], p2[1], p3[1]) });
      }
    }
    const last = run.at(-1)!;
    out.push({ x: last[0], y: last[1] });
  }
  return out;
}

/** One synthetic drawing: its label, style, size (larger side / pad side) and strokes. */
export interface Drawing {
  label: number;
  style: number;
  size: number;
  /** Strokes in pad coordinates (0 … padSize), as pointer positions. */
  strokes: Point[][];
}

/**
 * `perDigit` drawings of each digit, seeded. Each is a random style, aspect × 0.8–1.2, slant
 * (shear) −0.15 … 0.35, rotation ±12°, larger side a uniform 25–100 % of the pad, placed at a
 * random position inside the pad, with a smooth pen wobble of about 1 % of its size, then
 * sampled as pointer events every 3–10 pad pixels.
 */
export function makeDrawings(perDigit: number, seed: number, padSize = 280): Drawing[] {
  const random = createRandom(seed);
  const uniform = (a: number, b: number) => a + (b - a) * random.next();
  const drawings: Drawing[] = [];
  for (let n = 0; n < perDigit; n++) {
    for (let label = 0; label < 10; label++) {
      const styles = TEMPLATES[label]!;
      const style = Math.floor(random.next() * styles.length);
      const aspect = uniform(0.8, 1.2);
      const slant = uniform(-0.15, 0.35);
      const angle = (uniform(-12, 12) * PI) / 180;
      const wobble = Array.from({ length: 4 }, () => uniform(0, 2 * PI));
      const shape = styles[style]!.map((s) =>
        trace(s).map((p) => {
          const x = p.x * aspect + slant * (0.5 - p.y);
          const y = p.y;
          const w = 0.012 * Math.sin(9 * p.x + 7 * p.y + wobble[0]!);
          return {
            x: x * Math.cos(angle) - y * Math.sin(angle) + w,
            y: x * Math.sin(angle) + y * Math.cos(angle) + 0.012 * Math.sin(8 * p.y + wobble[1]!),
          };
        }),
      );
      const all = shape.flat();
      const [minX, maxX] = [Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x))];
      const [minY, maxY] = [Math.min(...all.map((p) => p.y)), Math.max(...all.map((p) => p.y))];
      const size = uniform(0.25, 1);
      // Keep the pen's centre 4 px inside the pad, so the ink touches the edge at full size.
      const room = padSize - 8;
      const scale = (size * room) / Math.max(maxX - minX, maxY - minY);
      const left = 4 + uniform(0, room - (maxX - minX) * scale);
      const top = 4 + uniform(0, room - (maxY - minY) * scale);
      const strokes = shape.map((s) => {
        const placed = s.map((p) => ({
          x: left + (p.x - minX) * scale,
          y: top + (p.y - minY) * scale,
        }));
        const events = [placed[0]!];
        let gap = uniform(3, 10);
        for (const p of placed.slice(1)) {
          const prev = events.at(-1)!;
          if (Math.hypot(p.x - prev.x, p.y - prev.y) >= gap) {
            events.push(p);
            gap = uniform(3, 10);
          }
        }
        if (events.at(-1) !== placed.at(-1)) events.push(placed.at(-1)!);
        return events;
      });
      drawings.push({ label, style, size, strokes });
    }
  }
  return drawings;
}
