/**
 * A QR code as one SVG path: a square `size` modules wide (the code plus a quiet zone of
 * `margin` modules), each dark module a 1 × 1 square. Drawn from any generator that answers
 * getModuleCount and isDark (qrcode-generator's QRCode does).
 */
export interface QrModules {
  getModuleCount(): number;
  isDark(row: number, col: number): boolean;
}

export function qrPath(qr: QrModules, margin = 4): { d: string; size: number; dark: number } {
  const n = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (qr.isDark(row, col)) parts.push(`M${col + margin} ${row + margin}h1v1h-1z`);
    }
  }
  return { d: parts.join(''), size: n + 2 * margin, dark: parts.length };
}
