import { describe, expect, it } from 'vitest';
import { islandId } from './island-id';

const site = { component: 'NeuronLab', lessonSource: 'content/lessons/02-weights.mdx' };

describe('islandId', () => {
  it('keeps a valid id prop', () => {
    expect(islandId(site, 'gate', 'neuron', 3)).toBe('gate');
    expect(islandId(site, 'a-1', 'neuron', undefined)).toBe('a-1');
    expect(islandId(site, 'a'.repeat(32), 'neuron', 1)).toBe('a'.repeat(32));
  });

  it('numbers an island without one by its position in the lesson', () => {
    expect(islandId(site, undefined, 'neuron', 2)).toBe('neuron2');
  });

  it.each([['Gate'], ['1st'], ['has space'], ['a.b'], ['a'.repeat(33)], [''], [7]])(
    'refuses %j, naming the file and the prop',
    (id) => {
      expect(() => islandId(site, id, 'neuron', 1)).toThrow(/02-weights\.mdx/);
      expect(() => islandId(site, id, 'neuron', 1)).toThrow(/\bid\b/);
    },
  );

  it('needs an id outside a lesson (no position to number it by)', () => {
    for (const index of [undefined, 0, 1.5, '2'])
      expect(() => islandId(site, undefined, 'neuron', index)).toThrow(/outside a lesson/);
  });
});
