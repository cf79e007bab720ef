#!/usr/bin/env node
/**
 * npm run data:train-set
 *
 * Writes public/models/digit-train-set.bin, the real digits the TrainingLab trains on in the
 * reader's browser (format: src/digits/train-set.ts; which digits: scripts/data/train-set-split.ts).
 * Deterministic: a rerun writes the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { encodeTrainSet } from '../src/digits/train-set.ts';
import { trainSetSplit } from './data/train-set-split.ts';

const OUT = 'public/models/digit-train-set.bin';
const { train, heldOut } = trainSetSplit();
const bytes = encodeTrainSet(train, heldOut);
writeFileSync(OUT, bytes);
console.log(
  `Wrote ${OUT}: ${train.length} training and ${heldOut.length} held-out digits, ${(bytes.length / 1024).toFixed(0)} KB (${(gzipSync(bytes).length / 1024).toFixed(0)} KB gzipped).`,
);
