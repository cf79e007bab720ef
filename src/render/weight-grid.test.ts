import { describe, expect, it } from 'vitest';
import { gridShape, gridSize, GRID_GAP } from './weight-grid';

describe('the weight grid layout', () => {
  it.each([
    [1, 8, 1, 1],
    [8, 8, 8, 1],
    [16, 8, 8, 2],
    [32, 8, 8, 4],
    [128, 16, 16, 8],
    [10, 8, 8, 2],
  ])('%i pictures, at most %i across: %i columns and %i rows', (count, max, columns, rows) => {
    expect(gridShape(count, max)).toEqual({ columns, rows });
  });

  it('leaves a gap between pictures and none around them', () => {
    expect(gridSize({ columns: 8, rows: 2 })).toEqual({
      width: 8 * 28 + 7 * GRID_GAP,
      height: 2 * 28 + GRID_GAP,
    });
  });
});

describe('the weight grid colours', () => {
  /** A canvas stand-in that keeps what was put. */
  function fakeCanvas() {
    const put: { data: Uint8ClampedArray }[] = [];
    const canvas = {
      width: 0,
      height: 0,
      getContext: () => ({
        createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(4 * w * h) }),
        putImageData: (image: { data: Uint8ClampedArray }) => put.push(image),
      }),
    };
    return { canvas: canvas as unknown as HTMLCanvasElement, put };
  }

  it('paints in the ramp it is given: a dark scheme ramp gives dark zeros', async () => {
    const { paintWeightGrid } = await import('./weight-grid');
    const dark = {
      positive: [111, 168, 220],
      negative: [241, 163, 64],
      zero: [38, 43, 51],
    } as const satisfies Record<string, readonly [number, number, number]>;
    const weights = new Float64Array(784);
    weights[0] = 2; // the picture's largest |w|: full positive
    weights[1] = -2; // full negative
    const { canvas, put } = fakeCanvas();
    paintWeightGrid(canvas, weights, 1, 8, dark as never);
    const d = put[0]!.data;
    expect([...d.slice(0, 3)]).toEqual([111, 168, 220]);
    expect([...d.slice(4, 7)]).toEqual([241, 163, 64]);
    // weight 0, the middle level 128 of 0…255: within one level of the zero colour
    [...d.slice(8, 11)].forEach((c, i) =>
      expect(Math.abs(c - dark.zero[i]!)).toBeLessThanOrEqual(1),
    );
    const light = fakeCanvas();
    paintWeightGrid(light.canvas, weights, 1);
    [...light.put[0]!.data.slice(8, 11)].forEach((c) => expect(c).toBeGreaterThanOrEqual(246));
  });
});
