/**
 * Hides a question's answer and explanation from the page's text (and from a casual look at
 * its source) until the reader answers: JSON → UTF-8 → XOR with a short key → base64.
 * Not secret, just not a spoiler.
 */
const KEY = [0x6e, 0x65, 0x75, 0x72, 0x6f, 0x6e];

function xor(bytes: Uint8Array): Uint8Array {
  return bytes.map((b, i) => b ^ KEY[i % KEY.length]!);
}

export function encodeAnswer(value: unknown): string {
  const bytes = xor(new TextEncoder().encode(JSON.stringify(value)));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodeAnswer<T>(code: string): T {
  const binary = atob(code);
  const bytes = xor(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}
