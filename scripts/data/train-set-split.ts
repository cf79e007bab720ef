/**
 * The digits of the TrainingLab's training set (public/models/digit-train-set.bin.gz), chosen
 * from the balanced split of ./mnist.ts without randomness. Per digit: TRAIN_PER_DIGIT
 * training digits and HELD_OUT_PER_DIGIT held-out ones. The held-out part is the split's own
 * held-out digits plus the first training digits this set leaves out, so nothing held out here
 * is trained on, and nothing the shipped network was tested on is in the training part.
 */
import { HELD_OUT_PER_DIGIT as SPLIT_HELD_OUT, loadDigits, type Digit } from './mnist.ts';

export const TRAIN_PER_DIGIT = 450;
export const HELD_OUT_PER_DIGIT = 100;

export function trainSetSplit(): { train: Digit[]; heldOut: Digit[] } {
  const { train, heldOut } = loadDigits();
  const extra = HELD_OUT_PER_DIGIT - SPLIT_HELD_OUT;
  const trainPart: Digit[] = [];
  const heldOutPart: Digit[] = [];
  for (let label = 0; label < 10; label++) {
    const mine = train.filter((d) => d.label === label);
    heldOutPart.push(...heldOut.filter((d) => d.label === label), ...mine.slice(0, extra));
    trainPart.push(...mine.slice(extra, extra + TRAIN_PER_DIGIT));
  }
  return { train: trainPart, heldOut: heldOutPart };
}
