/**
 * Painting the NetworkView's edges on a canvas: one stroke per edge (Skia strokes a lone line
 * far faster than a path of many crossing lines), styles set once per bucket.
 */
import { BUCKETS, LINE_WIDTHS, alphaOf, styleOf, type FrameEdges } from './network-geometry';

/** Opacity factor for edges not into the selected neuron. */
export const DIM = 0.2;
/** Least opacity of an edge into the selected neuron, so that all of them show. */
export const HIGHLIGHT_FLOOR = 0.4;
const DASH = [4, 3];
const STYLES = Array.from({ length: BUCKETS }, (_, key) => styleOf(key));

/** How to paint: device pixels per CSS pixel, the sign colours (CSS), and whether to dim. */
export interface PaintOptions {
  ratio: number;
  colours: { positive: string; negative: string };
  dim: boolean;
}

/**
 * Clears `canvas` and strokes `edges` bucket by bucket (thickness, colour, dash and opacity
 * from each bucket's style) in CSS pixels scaled by `ratio`; `dim` fades edges that are not
 * highlighted, and highlighted ones are never fainter than HIGHLIGHT_FLOOR.
 */
export function strokeEdges(
  canvas: HTMLCanvasElement,
  edges: FrameEdges,
  { ratio, colours, dim }: PaintOptions,
): void {
  const ctx = canvas.getContext('2d')!;
  // Cleared in device pixels (with a ratio below 1 the scaled box would miss part of it).
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const { x1, y1, x2, y2, order, starts } = edges;
  for (let b = 0; b < BUCKETS; b++) {
    if (starts[b] === starts[b + 1]) continue;
    const style = STYLES[b]!;
    ctx.strokeStyle = style.negative ? colours.negative : colours.positive;
    ctx.setLineDash(style.negative ? DASH : []);
    const alpha = alphaOf(style.alpha);
    ctx.globalAlpha = style.highlight
      ? Math.max(alpha, HIGHLIGHT_FLOOR)
      : dim
        ? alpha * DIM
        : alpha;
    const width = LINE_WIDTHS[style.width]!;
    // Skia dashes a hairline (≤ 1 device pixel) quickly and a thick line slowly (measured:
    // 6 ms a frame against 1.7), so a thick dashed edge is drawn as parallel dashed
    // hairlines side by side, as wide together.
    const lines = style.negative ? Math.ceil(width * ratio) : 1;
    ctx.lineWidth = width / lines;
    // One path per segment: Skia strokes a lone line far faster than a path of many
    // crossing lines (measured: 16.6 → 10.1 ms from input to paint).
    for (let p = starts[b]!; p < starts[b + 1]!; p++) {
      const e = order[p]!;
      const dx = x2[e]! - x1[e]!;
      const dy = y2[e]! - y1[e]!;
      const step = width / lines / (Math.hypot(dx, dy) || 1);
      for (let k = 0; k < lines; k++) {
        const off = (k - (lines - 1) / 2) * step;
        ctx.beginPath();
        ctx.moveTo(x1[e]! - dy * off, y1[e]! + dx * off);
        ctx.lineTo(x2[e]! - dy * off, y2[e]! + dx * off);
        ctx.stroke();
      }
    }
  }
  ctx.globalAlpha = 1;
}
