import { describe, expect, it } from 'vitest';
import { centreOfMass, inkBounds, prepareDigit, resampleRegion, type GreyImage } from './prepare';

/** A width × height black image with the rectangle [x0, x1) × [y0, y1) filled with 1. */
function rect(
  width: number,
  height: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): GreyImage {
  const pixels = new Float64Array(width * height);
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) pixels[y * width + x] = 1;
  return { width, height, pixels };
}

/** The bounding box of the non-zero pixels of a 28 × 28 frame. */
function boxOf(frame: Float64Array) {
  return inkBounds({ width: 28, height: 28, pixels: frame })!;
}

describe('preparing a drawing like MNIST', () => {
  it('scales a tall bar in the corner of a big canvas to 20 pixels high, keeping its shape', () => {
    // A 40 × 160 bar at the top left of a 280 × 280 drawing: 1 : 4.
    const frame = prepareDigit(rect(280, 280, 10, 10, 50, 170));
    const box = boxOf(frame);
    expect(box.y1 - box.y0).toBe(20);
    expect(box.x1 - box.x0).toBe(5);
  });

  it('centres the ink by its centre of mass at (14, 14)', () => {
    const frame = prepareDigit(rect(280, 280, 200, 200, 260, 240));
    const com = centreOfMass(frame, 28);
    expect(com.x).toBeCloseTo(14, 0);
    expect(com.y).toBeCloseTo(14, 0);
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(com.y - 14)).toBeLessThanOrEqual(0.5);
  });

  it('centres by mass, not by box: an L shape sits off-centre in its box', () => {
    // A 20 × 20 L: a vertical bar on the left and a bar along the bottom.
    const image = rect(100, 100, 10, 10, 14, 90);
    for (let y = 86; y < 90; y++) for (let x = 10; x < 90; x++) image.pixels[y * 100 + x] = 1;
    const frame = prepareDigit(image);
    const com = centreOfMass(frame, 28);
    const box = boxOf(frame);
    expect(Math.abs(com.x - 14)).toBeLessThanOrEqual(0.5);
    // The box is pushed right and up, since the mass is at its bottom left.
    expect((box.x0 + box.x1) / 2).toBeGreaterThan(14.5);
    expect((box.y0 + box.y1) / 2).toBeLessThan(13.5);
  });

  it('keeps an MNIST-sized digit the same size', () => {
    const frame = prepareDigit(rect(28, 28, 4, 4, 24, 24));
    const box = boxOf(frame);
    expect([box.x1 - box.x0, box.y1 - box.y0]).toEqual([20, 20]);
    expect(frame.reduce((s, v) => s + v, 0)).toBeCloseTo(400, 6);
  });

  it('gives zeros for an empty drawing', () => {
    expect(prepareDigit(rect(50, 50, 0, 0, 0, 0)).every((v) => v === 0)).toBe(true);
  });

  it('area resampling keeps the mean grey level', () => {
    const image = rect(10, 10, 0, 0, 5, 10); // left half white
    const small = resampleRegion(image, { x0: 0, y0: 0, x1: 10, y1: 10 }, 4, 4);
    expect(small.reduce((s, v) => s + v, 0) / 16).toBeCloseTo(0.5, 10);
    expect(Array.from(small.slice(0, 4))).toEqual([1, 1, 0, 0]);
  });
});
