/**
 * Goals for a DigitPad, checked on what the network makes of the pad's input:
 *
 *   { guess: 3, sure: true, drawn: true }   the reader's own drawing, read as "It reads 3"
 *   { label: 5, guess: 3 }                  a handwritten 5 from the samples, read as a 3
 *
 * `guess` is the brightest output; `sure` is the pad's verdict (digits/verdict.ts); `drawn`
 * asks for the reader's drawing rather than a sample; `label` for a sample of that digit. An
 * empty pad meets no goal. A solution is a sample, { sample: 57 } counting from 1 as the menu
 * does, or a drawing, { strokes: [[[x, y], …], …] } in the pad's 280 × 280 pixels.
 */
import { strokesToInput } from '~/digits/strokes';
import { verdict } from '~/digits/verdict';
import { PropError, type PropSite } from '~/components/props';
import { goalProp, type Goal } from './goal';
import { isRecord, onlyKeys } from './targets';
import { digitGoalMet, type DigitView, type DigitWhen } from './digit-goal-met';

export { digitGoalMet, type DigitView, type DigitWhen };

export type DigitSolution = { sample: number } | { strokes: [number, number][][] };

export type DigitGoal = Goal<DigitWhen, DigitSolution>;

/** The trained network and the shipped samples, as the build reads them. */
export interface DigitReader {
  predict(input: Float64Array): ArrayLike<number>;
  samples: readonly { pixels: ArrayLike<number>; label: number }[];
}

/** What the pad shows once set to `solution`. */
export function solutionView(reader: DigitReader, s: DigitSolution): DigitView {
  const sample = 'sample' in s ? reader.samples[s.sample - 1]! : undefined;
  const input = sample
    ? Float64Array.from(sample.pixels)
    : strokesToInput(
        (s as { strokes: [number, number][][] }).strokes.map((st) =>
          st.map(([x, y]) => ({ x, y })),
        ),
      );
  const { best, sure } = verdict(reader.predict(input));
  return { empty: false, best, sure, drawn: !sample, label: sample?.label };
}

const PAD = 280;
const digit = (site: PropSite, prop: string, v: unknown) => {
  if (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 9) {
    throw new PropError(site, prop, 'a digit from 0 to 9', v);
  }
  return v as number;
};

function readStrokes(site: PropSite, prop: string, v: unknown): [number, number][][] {
  const expected = `1 to 20 strokes, each a list of 1 to 500 [x, y] points within 0 … ${PAD}`;
  const point = (p: unknown) =>
    Array.isArray(p) &&
    p.length === 2 &&
    p.every((c) => typeof c === 'number' && Number.isFinite(c) && c >= 0 && c <= PAD);
  const ok =
    Array.isArray(v) &&
    v.length >= 1 &&
    v.length <= 20 &&
    v.every((s) => Array.isArray(s) && s.length >= 1 && s.length <= 500 && s.every(point));
  if (!ok) throw new PropError(site, prop, expected, v);
  return v as [number, number][][];
}

/** A DigitPad's `goal` prop, checked by running the network on the solution (see goal.ts). */
export function digitGoalProp(site: PropSite, raw: unknown, reader: DigitReader): DigitGoal {
  return goalProp(site, raw, {
    when(site, prop, v) {
      if (!isRecord(v) || Object.keys(v).length === 0) {
        throw new PropError(site, prop, 'an object with guess, sure, drawn or label', v);
      }
      onlyKeys(site, prop, v, ['guess', 'sure', 'drawn', 'label']);
      const when: DigitWhen = {};
      if (v.guess !== undefined) when.guess = digit(site, `${prop}.guess`, v.guess);
      if (v.label !== undefined) when.label = digit(site, `${prop}.label`, v.label);
      if (v.sure !== undefined) {
        if (typeof v.sure !== 'boolean')
          throw new PropError(site, `${prop}.sure`, 'true or false', v.sure);
        when.sure = v.sure;
      }
      if (v.drawn !== undefined) {
        if (v.drawn !== true)
          throw new PropError(site, `${prop}.drawn`, 'true (or left out)', v.drawn);
        if (when.label !== undefined) {
          throw new PropError(
            site,
            `${prop}.drawn`,
            'left out with label (a sample is not drawn)',
            v.drawn,
          );
        }
        when.drawn = true;
      }
      return when;
    },
    solution(site, prop, v) {
      if (isRecord(v) && Object.keys(v).join() === 'sample') {
        const n = reader.samples.length;
        if (!Number.isInteger(v.sample) || (v.sample as number) < 1 || (v.sample as number) > n) {
          throw new PropError(site, `${prop}.sample`, `a sample from 1 to ${n}`, v.sample);
        }
        return { sample: v.sample as number };
      }
      if (isRecord(v) && Object.keys(v).join() === 'strokes') {
        return { strokes: readStrokes(site, `${prop}.strokes`, v.strokes) };
      }
      throw new PropError(site, prop, 'an object { sample } or { strokes }', v);
    },
    reaches: (when, s) => digitGoalMet(when, solutionView(reader, s)),
    metAtStart: (when) => digitGoalMet(when, { empty: true, best: 0, sure: false, drawn: true }),
  });
}
