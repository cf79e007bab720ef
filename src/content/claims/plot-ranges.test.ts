/**
 * Every ActivationPlot in the lessons draws its bounded functions (sigmoid, tanh, step) at a
 * readable size: when an unbounded one (ReLU) shares the plot, its growth must not squash
 * the others into a strip. The bounded curves' own span must cover at least half of the
 * y-axis the plot draws (lesson 4 once had sigmoid and tanh in its bottom third).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentUses } from '~/content/lesson-props';
import { activationPlotConfig } from '~/components/activation/plot-config';
import { plotCurves, yExtent } from '~/render/plot';

/** The output range each bounded function reaches, written out from its definition. */
const BOUNDED: Record<string, [number, number]> = {
  sigmoid: [0, 1],
  tanh: [-1, 1],
  step: [0, 1],
};

const dir = 'content/lessons';
const plots = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((file) =>
    componentUses(readFileSync(`${dir}/${file}`, 'utf8'), 'ActivationPlot').map((props) => ({
      file,
      props,
    })),
  );

describe('activation plots fit the functions they show', () => {
  it('finds the lessons’ plots', () => {
    expect(plots.length).toBeGreaterThanOrEqual(2);
  });

  it.each(plots.map((p) => [p.file, String(p.props.id), p.props] as const))(
    '%s, plot %s: bounded curves fill at least half of the y-axis',
    (_file, id, props) => {
      const config = activationPlotConfig({ component: 'ActivationPlot' }, id, props as never);
      const bounded = config.functions.filter((f) => f in BOUNDED);
      if (bounded.length === 0) return;
      const lo = Math.min(...bounded.map((f) => BOUNDED[f]![0]));
      const hi = Math.max(...bounded.map((f) => BOUNDED[f]![1]));
      const [yMin, yMax] = yExtent(plotCurves(config.functions, config.derivatives, ...config.range));
      expect((hi - lo) / (yMax - yMin)).toBeGreaterThanOrEqual(0.5);
    },
  );
});
