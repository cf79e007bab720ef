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
