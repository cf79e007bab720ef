/**
 * The TrainingLab's training set as stored in the repository: the format of
 * src/digits/train-set.ts, gzipped (level 9), at TRAIN_SET_FILE. Node only (node:zlib): for
 * scripts and unit tests; the page inflates it with DecompressionStream (inflateTrainSet).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isGzip } from '../../src/digits/train-set.ts';

/** Where the training set lives, relative to the repository root; served at models/…. */
export const TRAIN_SET_FILE = 'public/models/digit-train-set.bin.gz';

/** The stored file's bytes, gzipped: deterministic (no name, mtime 0), so reruns match. */
export function packTrainSet(bytes: Uint8Array): Buffer {
  return gzipSync(bytes, { level: 9 });
}

/** The training set's bytes as decodeTrainSet reads them (gunzipped if stored gzipped). */
export function readTrainSetFile(file: string = TRAIN_SET_FILE): Uint8Array {
  const stored = readFileSync(file);
  return isGzip(stored) ? gunzipSync(stored) : stored;
}
