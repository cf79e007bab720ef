/**
 * Many neurons' 784 weights as 28 × 28 pictures tiled in one canvas (one putImageData a frame,
 * however many neurons): blue positive, orange negative, each picture scaled by its own
 * largest |w| so that its pattern shows whatever the size of its weights. The colours are a
 * `Ramp` (palette.ts), so the pictures follow the page's colour scheme.
 */
import { diverging, LIGHT_RAMP, type Ramp } from './palette';
import { PIXELS, SIDE } from '~/digits/picture';

/** Pixels between two pictures (left transparent: the page shows through). */
export const GRID_GAP = 2;

/** Columns and rows of the tiling for `count` pictures: at most `maxColumns` across. */
export function gridShape(count: number, maxColumns = 8): { columns: number; rows: number } {
  const columns = Math.max(1, Math.min(count, maxColumns));
  return { columns, rows: Math.ceil(count / columns) };
}

/** Canvas size in pixels for that shape. */
export function gridSize(shape: { columns: number; rows: number }): {
  width: number;
  height: number;
} {
  return {
    width: shape.columns * SIDE + (shape.columns - 1) * GRID_GAP,
    height: shape.rows * SIDE + (shape.rows - 1) * GRID_GAP,
  };
}

const LEVELS = 255;
const MIDDLE = Math.round(LEVELS / 2);
/** Tables already built, by ramp (a scheme change builds at most one more). */
const tables = new WeakMap<Ramp, Uint8Array>();

/** The diverging colours for t = v / max from −1 to 1 in LEVELS steps, as RGB bytes. */
function table(ramp: Ramp): Uint8Array {
  let t = tables.get(ramp);
  if (!t) {
    t = Uint8Array.from({ length: 3 * (LEVELS + 1) }, (_, k) => {
      const level = (2 * Math.floor(k / 3)) / LEVELS - 1;
      return diverging(level, 1, ramp)[k % 3]!;
    });
    tables.set(ramp, t);
  }
  return t;
}

/**
 * Paints `count` pictures from `weights` (count × 784, row-major: picture i is row i) into
 * `canvas`, resizing it to fit. Allocates nothing per pixel: colours come from a table.
 */
export function paintWeightGrid(
  canvas: HTMLCanvasElement,
  weights: ArrayLike<number>,
  count: number,
  maxColumns = 8,
  ramp: Ramp = LIGHT_RAMP,
): void {
  const RAMP = table(ramp);
  const shape = gridShape(count, maxColumns);
  const { width, height } = gridSize(shape);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  const image = ctx.createImageData(width, height);
  const data = image.data;
  for (let i = 0; i < count; i++) {
    let max = 0;
    for (let k = 0; k < PIXELS; k++) max = Math.max(max, Math.abs(weights[i * PIXELS + k]!));
    const scale = max > 0 ? LEVELS / (2 * max) : 0;
    const left = (i % shape.columns) * (SIDE + GRID_GAP);
    const top = Math.floor(i / shape.columns) * (SIDE + GRID_GAP);
    for (let k = 0; k < PIXELS; k++) {
      // Level 0 is −max, LEVELS / 2 is 0, LEVELS is +max; NaN weights are drawn as 0.
      const raw = max > 0 ? Math.round((weights[i * PIXELS + k]! + max) * scale) : Number.NaN;
      const level = Number.isNaN(raw) ? MIDDLE : raw;
      const c = 3 * Math.min(LEVELS, Math.max(0, level));
      const at = 4 * ((top + Math.floor(k / SIDE)) * width + left + (k % SIDE));
      data[at] = RAMP[c]!;
      data[at + 1] = RAMP[c + 1]!;
      data[at + 2] = RAMP[c + 2]!;
      data[at + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);
}
