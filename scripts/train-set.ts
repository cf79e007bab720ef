#!/usr/bin/env node
/**
 * npm run data:train-set
 *
 * Writes public/models/digit-train-set.bin.gz, the real digits the TrainingLab trains on in
 * the reader's browser (format: src/digits/train-set.ts, gzipped; which digits:
 * scripts/data/train-set-split.ts). Deterministic: a rerun writes the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { encodeTrainSet } from '../src/digits/train-set.ts';
import { TRAIN_SET_FILE, packTrainSet } from './data/train-set-file.ts';
import { trainSetSplit } from './data/train-set-split.ts';

const { train, heldOut } = trainSetSplit();
const bytes = encodeTrainSet(train, heldOut);
const packed = packTrainSet(bytes);
writeFileSync(TRAIN_SET_FILE, packed);
console.log(
  `Wrote ${TRAIN_SET_FILE}: ${train.length} training and ${heldOut.length} held-out digits, ${(packed.length / 1024).toFixed(0)} KB gzipped (${(bytes.length / 1024).toFixed(0)} KB inflated).`,
);
