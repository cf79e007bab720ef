import { describe, expect, it } from 'vitest';
import { lessonLink } from './lesson-link';

describe('lessonLink', () => {
  it.each([
    ['/lessons/bias/', undefined, '/lessons/bias/', '/lessons/bias/'],
    [
      '/neuron-lab/lessons/bias/',
      undefined,
      '/neuron-lab/lessons/bias/',
      '/neuron-lab/lessons/bias/',
    ],
    [
      '/neuron-lab/lessons/bias/',
      'https://example.org',
      'https://example.org/neuron-lab/lessons/bias/',
      'example.org/neuron-lab/lessons/bias/',
    ],
    [
      '/lessons/weights/',
      'https://school.example:8443/',
      'https://school.example:8443/lessons/weights/',
      'school.example:8443/lessons/weights/',
    ],
  ])('%s on %s encodes %s and shows %s', (path, site, encoded, shown) => {
    expect(lessonLink(path, site ? new URL(site) : undefined)).toEqual({ encoded, shown });
  });
});
