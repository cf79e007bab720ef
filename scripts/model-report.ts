#!/usr/bin/env node
/**
 * npm run model:report
 *
 * The shipped model's held-out accuracy, per digit, and its confusion matrix (rows: the true
 * digit, columns: the network's guess), as Markdown for docs/digits.md.
 */
import { readFileSync } from 'node:fs';
import { argmax, parseNetwork } from '../src/core/index.ts';
import { loadDigits } from './data/mnist.ts';

const model = parseNetwork(readFileSync('public/models/digits.json', 'utf8'));
const { heldOut } = loadDigits();
const matrix = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
for (const d of heldOut) matrix[d.label]![argmax(model.predict(d.pixels))]! += 1;
const right = matrix.reduce((s, row, i) => s + row[i]!, 0);
console.log(
  `Held-out accuracy: ${right} of ${heldOut.length} = ${((100 * right) / heldOut.length).toFixed(1)}%\n`,
);
console.log(`| true \\ guess | ${[...Array(10).keys()].join(' | ')} | correct |`);
console.log(`|---|${'---|'.repeat(10)}---|`);
matrix.forEach((row, i) => {
  const total = row.reduce((s, v) => s + v, 0);
  const cells = row.map((v, j) => (i === j ? `**${v}**` : v === 0 ? '·' : String(v)));
  console.log(`| **${i}** | ${cells.join(' | ')} | ${((100 * row[i]!) / total).toFixed(0)}% |`);
});
