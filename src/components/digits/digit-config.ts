/** Configuration shared by the digit islands: where the model and samples live. */
import { href } from '~/lib/href';
import { PropError, textProp, type PropSite } from '~/components/props';

/** The WeightImage's bias slider: [min, max] and step (its markup and its element agree). */
export const WEIGHT_IMAGE_BIAS = { min: -20, max: 20, step: 0.1 } as const;

export interface DigitFiles {
  /** URL of the trained network (core JSON format). */
  model: string;
  /** URL of the sample digits (digit-samples.bin). */
  samples: string;
}

/** The shipped files under the site's base path, or the `model` a lesson names instead. */
export function digitFiles(site: PropSite, model: unknown): DigitFiles {
  let modelUrl = href('models/digits.json');
  if (model !== undefined) {
    const path = textProp(site, 'model', model);
    if (!/^[\w./-]+\.json$/.test(path) || path.includes('..')) {
      throw new PropError(
        site,
        'model',
        'a path inside public/, such as "models/digits.json"',
        model,
      );
    }
    modelUrl = href(path);
  }
  return { model: modelUrl, samples: href('models/digit-samples.bin') };
}
