import { describe, expect, it } from 'vitest';
import { verdict } from './verdict';

/** Ten outputs, 0.02 everywhere except the given digits. */
const outputs = (set: Record<number, number>) =>
  Array.from({ length: 10 }, (_, d) => set[d] ?? 0.02);

describe('the pad’s verdict on the outputs', () => {
  it.each([
    [{ 7: 0.97 }, true, 'It reads 7'],
    [{ 2: 0.6, 8: 0.3 }, true, 'It reads 2'],
    // Strong, but the runner-up is close: the classic bold wrong guess is now hedged.
    [{ 8: 0.988, 2: 0.9 }, false, 'Not sure: 8 or 2?'],
    [{ 8: 0.41, 6: 0.38 }, false, 'Not sure: 8 or 6?'],
    // Ahead, but weak: no output says "yes" with conviction.
    [{ 4: 0.45 }, false, 'Not sure: 4 or 0?'],
    [{}, false, 'Not sure: no output is above 0.1'],
  ])('%j → sure %s, "%s"', (set, sure, text) => {
    const v = verdict(outputs(set));
    expect(v.sure).toBe(sure);
    expect(v.text).toBe(text);
  });

  it('names the top two in order, ties to the smaller digit', () => {
    expect(verdict(outputs({ 3: 0.4, 5: 0.4 }))).toMatchObject({ best: 3, second: 5 });
  });
});
