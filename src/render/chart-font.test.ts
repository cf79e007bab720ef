import { describe, expect, it } from 'vitest';
import { chartLabelPx } from './chart-font';

describe('chartLabelPx', () => {
  it('is 0.8 of the host font, rounded, and never under 12 px', () => {
    expect(chartLabelPx(16)).toBe(13); // 12.8
    expect(chartLabelPx(28.8)).toBe(23); // present mode at 1920 × 1080
    expect(chartLabelPx(10)).toBe(12);
    expect(chartLabelPx(Number.NaN)).toBe(12);
  });
});
