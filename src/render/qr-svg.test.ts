import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-svg';

describe('qrPath', () => {
  it('draws one unit square per dark module, shifted by the quiet zone', () => {
    // A 2 × 2 code with its diagonal dark.
    const qr = { getModuleCount: () => 2, isDark: (r: number, c: number) => r === c };
    expect(qrPath(qr, 4)).toEqual({ d: 'M4 4h1v1h-1zM5 5h1v1h-1z', size: 10, dark: 2 });
  });

  it('draws nothing for a blank code but keeps its size', () => {
    const qr = { getModuleCount: () => 21, isDark: () => false };
    expect(qrPath(qr, 2)).toEqual({ d: '', size: 25, dark: 0 });
  });
});
