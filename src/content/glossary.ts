/**
 * The glossary: every term the lessons define, in one place. Lessons link a term's first use
 * with <Term id="activation">activation</Term>; an unknown id fails the build.
 */
export interface GlossaryEntry {
  /** Anchor on the glossary page, e.g. "activation" → /glossary/#activation. */
  id: string;
  term: string;
  definition: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'activation',
    term: 'Activation',
    definition:
      'The number a neuron holds after it has done its work, a = f(z). With a sigmoid it lies between 0 and 1; with other activation functions it can be negative or larger than 1.',
  },
  {
    id: 'activation-function',
    term: 'Activation function',
    definition:
      'The function f that turns a neuron’s weighted sum z into its activation a = f(z). Also called “squishification” when it squeezes z into a range. Examples: step, sigmoid, tanh, ReLU.',
  },
  {
    id: 'backpropagation',
    term: 'Backpropagation',
    definition:
      'The method that works out, for every weight and bias at once, how much the cost would change if it moved a little: it starts at the output and passes the blame backwards layer by layer.',
  },
  {
    id: 'bias',
    term: 'Bias',
    definition:
      'A number b that a neuron adds to its weighted sum: z = w·x + b. A negative bias is a threshold the inputs have to beat before the neuron lights up. Some texts subtract a threshold instead; a threshold of 10 is the same as a bias of −10.',
  },
  {
    id: 'cost',
    term: 'Cost',
    definition:
      'One number that says how wrong the network is on its training examples, for instance the sum of the squared differences between what it outputs and what it should output. Learning means making the cost small.',
  },
  {
    id: 'derivative',
    term: 'Derivative (slope)',
    definition:
      'How steeply a function rises or falls at a point: how much the output changes per small change of the input. Written f′(z).',
  },
  {
    id: 'gradient-descent',
    term: 'Gradient descent',
    definition:
      'Learning by small steps: nudge every weight and bias a little in the direction that lowers the cost the most, and repeat.',
  },
  {
    id: 'hidden-layer',
    term: 'Hidden layer',
    definition:
      'A layer between the input layer and the output layer. Nobody tells its neurons what to do; what they respond to is found by learning.',
  },
  {
    id: 'input-layer',
    term: 'Input layer',
    definition:
      'The first layer: one neuron per input number. For a 28 × 28 image, 784 neurons, each holding one pixel’s brightness from 0 (black) to 1 (white).',
  },
  {
    id: 'layer',
    term: 'Layer',
    definition:
      'A column of neurons. Each layer’s activations are computed from the layer before it.',
  },
  {
    id: 'leaky-relu',
    term: 'Leaky ReLU',
    definition:
      'Like ReLU, but negative sums are multiplied by a small number (here 0.01) instead of becoming 0, so the slope is never exactly flat.',
  },
  {
    id: 'matrix',
    term: 'Weight matrix',
    definition:
      'All the weights between two layers in a grid W: row i holds the weights into neuron i of the next layer, so the next layer is a⁽¹⁾ = σ(W a⁽⁰⁾ + b).',
  },
  {
    id: 'neuron',
    term: 'Neuron',
    definition:
      'In these networks, a thing that holds a number. It takes the activations of the layer before, weighs them, adds its bias and applies its activation function.',
  },
  {
    id: 'output-layer',
    term: 'Output layer',
    definition:
      'The last layer. In the digit network it has ten neurons, one per digit; the brightest one is the network’s guess.',
  },
  {
    id: 'relu',
    term: 'ReLU',
    definition:
      'Rectified linear unit: f(z) = max(0, z). Zero for negative sums, the sum itself for positive ones, so its output ranges from 0 upwards with no upper limit.',
  },
  {
    id: 'sigmoid',
    term: 'Sigmoid',
    definition:
      'σ(z) = 1 / (1 + e⁻ᶻ), an S-shaped curve that squeezes every number into the range (0, 1): very negative sums give nearly 0, very positive ones nearly 1, and σ(0) = 0.5.',
  },
  {
    id: 'softmax',
    term: 'Softmax',
    definition:
      'An activation for a whole layer at once: it turns the layer’s sums into positive numbers that add up to 1, so they can be read as probabilities.',
  },
  {
    id: 'step-function',
    term: 'Step function',
    definition:
      'f(z) = 1 when z ≥ 0 and 0 otherwise: the neuron is fully on or fully off. It jumps at 0, so it is not continuous there.',
  },
  {
    id: 'tanh',
    term: 'Tanh',
    definition:
      'The hyperbolic tangent, an S-shaped curve like the sigmoid but with outputs from −1 to 1, and tanh(0) = 0.',
  },
  {
    id: 'weight',
    term: 'Weight',
    definition:
      'The number on a connection from one neuron to the next. The input is multiplied by it: a positive weight means “this input speaks for me”, a negative one “this input speaks against me”, and a large size means it counts a lot.',
  },
  {
    id: 'weighted-sum',
    term: 'Weighted sum',
    definition:
      'z = w₁x₁ + w₂x₂ + … + wₙxₙ + b: every input times its weight, added up, plus the bias.',
  },
];

/** The entry with this id, or undefined. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === id);
}
