/** ActivationPlot's configuration: validated props, JSON-safe, passed to the browser. */
import { ACTIVATION_NAMES, type ActivationName } from '~/core/activations.ts';
import { choiceProp, numberListProp, PropError, textProp, type PropSite } from '~/components/props';

export interface ActivationPlotConfig {
  id: string;
  /** The activations drawn, in legend order. */
  functions: ActivationName[];
  zRange: [number, number];
  /** Also draw each f′ (dashed). */
  derivatives: boolean;
  /** Id of a NeuronLab whose current z is marked on its curve. */
  follow?: string;
  /** Switch the drawn function to the followed neuron's activation (a NeuronLab's own plot). */
  trackActivation: boolean;
  caption?: string;
}

export interface ActivationPlotProps {
  functions?: ActivationName[];
  zRange?: [number, number];
  derivatives?: boolean;
  follow?: string;
  trackActivation?: boolean;
  caption?: string;
}

export function activationPlotConfig(
  site: PropSite,
  id: string,
  p: ActivationPlotProps,
): ActivationPlotConfig {
  const names = p.functions ?? ['sigmoid', 'tanh', 'relu'];
  if (!Array.isArray(names) || names.length < 1 || names.length > ACTIVATION_NAMES.length) {
    throw new PropError(
      site,
      'functions',
      `a list of 1 to ${ACTIVATION_NAMES.length} activation names`,
      names,
    );
  }
  const functions = [
    ...new Set(names.map((n) => choiceProp(site, 'functions', n, ACTIVATION_NAMES))),
  ];
  const [zMin, zMax] = numberListProp(site, 'zRange', p.zRange ?? [-6, 6], {
    minLength: 2,
    maxLength: 2,
    min: -100,
    max: 100,
  });
  if (!(zMin! < zMax!)) throw new PropError(site, 'zRange', '[min, max] with min < max', p.zRange);
  if (p.derivatives !== undefined && typeof p.derivatives !== 'boolean') {
    throw new PropError(site, 'derivatives', 'true or false', p.derivatives);
  }
  const config: ActivationPlotConfig = {
    id,
    functions,
    zRange: [zMin!, zMax!],
    derivatives: p.derivatives ?? false,
    trackActivation: p.trackActivation ?? false,
  };
  if (p.follow !== undefined) config.follow = textProp(site, 'follow', p.follow);
  if (p.caption !== undefined) config.caption = textProp(site, 'caption', p.caption);
  return config;
}
