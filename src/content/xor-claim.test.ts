/**
 * Lesson 6, "What a hidden layer buys": one hidden neuron computing OR, another computing AND,
 * and an output that fires when OR is on and AND is off compute XOR. Checked with the core's
 * own step neurons against XOR's truth table.
 */
import { describe, expect, it } from 'vitest';
import { evaluateNeuron } from '~/core/neuron';

const step = (weights: number[], bias: number) => ({ weights, bias, activation: 'step' }) as const;
const OR = step([1, 1], -0.5);
const AND = step([1, 1], -1.5);
const OR_AND_NOT_AND = step([1, -1], -0.5);

describe('lesson 6: XOR from OR and AND in a hidden layer', () => {
  it.each([
    [0, 0, 0],
    [0, 1, 1],
    [1, 0, 1],
    [1, 1, 0],
  ])('x = (%i, %i) gives %i', (x1, x2, xor) => {
    const hidden = [evaluateNeuron(OR, [x1, x2]).a, evaluateNeuron(AND, [x1, x2]).a];
    expect(hidden).toEqual([x1 || x2 ? 1 : 0, x1 && x2 ? 1 : 0]);
    expect(evaluateNeuron(OR_AND_NOT_AND, hidden).a).toBe(xor);
  });
});
