/**
 * The network core: activations, a single neuron, dense networks, backpropagation, training
 * and serialisation. Plain TypeScript with no DOM, Astro or chart.js imports; it runs in the
 * browser and in Node alike.
 */
export * from './activations.ts';
export * from './neuron.ts';
export * from './network.ts';
export * from './cost.ts';
export * from './backprop.ts';
export * from './train.ts';
export * from './serialize.ts';
export * from './random.ts';
export * from './kernels.ts';
