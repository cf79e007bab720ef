/**
 * The network core: activations, a single neuron, dense networks, costs, backpropagation,
 * training and serialisation. Plain TypeScript with no DOM, Astro or chart.js imports; it runs
 * in the browser and in Node alike. Read it in this order: activations, neuron, network
 * (forward rules), cost (C and ∂C/∂a), backprop (gradient rules), train.
 */
export * from './activations.ts';
export * from './neuron.ts';
export { argmax, Network, type DenseLayer, type NetworkSpec } from './network.ts';
export * from './cost.ts';
export * from './backprop.ts';
export * from './train.ts';
export * from './serialize.ts';
export * from './random.ts';
export * from './kernels.ts';
