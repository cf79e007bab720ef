/**
 * The glossary: every term the lessons define, in one place. Lessons link a term's first use
 * with <Term id="activation">activation</Term>; an unknown id fails the build.
 */
export interface GlossaryEntry {
  /** Anchor on the glossary page, e.g. "activation" → /glossary/#activation. */
  id: string;
  term: string;
  definition: string;
  /**
   * The words that count as a use of the term in a lesson, lower case, singular and plural
   * ("hidden layer", "hidden layers"). The first use in every lesson must be a <Term> link;
   * e2e/glossary-links.spec.ts checks it, matching the longest form first.
   */
  forms: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'activation',
    term: 'Activation',
    definition:
      'The number a neuron holds after it has done its work, a = f(z). With a sigmoid it lies between 0 and 1; with other activation functions it can be negative or larger than 1.',
    forms: ['activation', 'activations'],
  },
  {
    id: 'activation-function',
    term: 'Activation function',
    definition:
      'The function f that turns a neuron’s weighted sum z into its activation a = f(z). Also called “squishification” when it squeezes z into a range. Examples: step, sigmoid, tanh, ReLU.',
    forms: ['activation function', 'activation functions'],
  },
  {
    id: 'backpropagation',
    term: 'Backpropagation',
    definition:
      'The method that works out, for every weight and bias at once, how much the cost would change if it moved a little: it starts at the output and passes the blame backwards layer by layer.',
    forms: ['backpropagation'],
  },
  {
    id: 'bias',
    term: 'Bias',
    definition:
      'A number b that a neuron adds to its weighted sum: z = w·x + b. A negative bias is a bar the weighted inputs have to clear. With a step activation it is a hard on/off threshold; with a smooth activation such as the sigmoid it only moves the point where the neuron is half on. Some texts subtract a threshold instead; a threshold of 10 is the same as a bias of −10.',
    forms: ['bias', 'biases'],
  },
  {
    id: 'cost',
    term: 'Cost',
    definition:
      'One number that says how wrong the network is on its training examples, for instance half the sum of the squared differences between what it outputs and what it should output, averaged over the training examples. Learning means making the cost small.',
    forms: ['cost', 'costs'],
  },
  {
    id: 'derivative',
    term: 'Derivative (slope)',
    definition:
      'How steeply a function rises or falls at a point: how much the output changes per small change of the input. Written f′(z).',
    forms: ['derivative', 'derivatives', 'slope', 'slopes'],
  },
  {
    id: 'feature',
    term: 'Feature',
    definition:
      'A pattern in the input that a neuron responds to, such as a short stroke in one place or a loop at the top. Hidden layers can build new features out of the features found by the layer before.',
    forms: ['feature', 'features'],
  },
  {
    id: 'gradient-descent',
    term: 'Gradient descent',
    definition:
      'Learning by small steps: nudge every weight and bias a little in the direction that lowers the cost the most, and repeat.',
    forms: ['gradient descent'],
  },
  {
    id: 'held-out',
    term: 'Held-out digits (test set)',
    definition:
      'Examples kept apart and never used for training, so that a score on them measures how well the network handles data new to it. A score on them is only fair if they were not used to make choices about training either.',
    forms: ['held-out', 'held out'],
  },
  {
    id: 'hidden-layer',
    term: 'Hidden layer',
    definition:
      'Any layer that is neither the input layer nor the output layer. You never set its activations directly and never read them as the answer; what its neurons respond to is found by learning.',
    forms: ['hidden layer', 'hidden layers'],
  },
  {
    id: 'input-layer',
    term: 'Input layer',
    definition:
      'The first layer: one neuron per input number. For a 28 × 28 image, 784 neurons, each holding one pixel’s brightness from 0 (black) to 1 (white).',
    forms: ['input layer', 'input layers'],
  },
  {
    id: 'layer',
    term: 'Layer',
    definition:
      'A column of neurons. Each layer’s activations are computed from the layer before it.',
    forms: ['layer', 'layers'],
  },
  {
    id: 'leaky-relu',
    term: 'Leaky ReLU',
    definition:
      'Like ReLU, but negative sums are multiplied by a small number (here 0.01) instead of becoming 0, so the slope is never exactly flat.',
    forms: ['leaky relu'],
  },
  {
    id: 'logit',
    term: 'Logit',
    definition:
      'A name for the weighted sums z₁ … zₙ of a layer when they go into a softmax, before they are turned into numbers that add up to 1.',
    forms: ['logit', 'logits'],
  },
  {
    id: 'matrix',
    term: 'Weight matrix',
    definition:
      'All the weights between two layers in a grid W: row i holds the weights into neuron i of the next layer, so the next layer is a⁽¹⁾ = σ(W a⁽⁰⁾ + b).',
    forms: ['weight matrix', 'weight matrices', 'matrix', 'matrices'],
  },
  {
    id: 'neuron',
    term: 'Neuron',
    definition:
      'One unit of a network. It keeps one number, its activation, which it works out from the activations of the layer before: weigh them, add them up with its bias, apply its activation function.',
    forms: ['neuron', 'neurons'],
  },
  {
    id: 'output-layer',
    term: 'Output layer',
    definition:
      'The last layer. In the digit network it has ten neurons, one per digit; the brightest one is the network’s guess.',
    forms: ['output layer', 'output layers'],
  },
  {
    id: 'relu',
    term: 'ReLU',
    definition:
      'Rectified linear unit: f(z) = max(0, z). Zero for negative sums, the sum itself for positive ones, so its output ranges from 0 upwards with no upper limit.',
    forms: ['relu'],
  },
  {
    id: 'sigmoid',
    term: 'Sigmoid',
    definition:
      'The activation function σ(z) = 1 / (1 + e⁻ᶻ), where e ≈ 2.718. Its graph is a smooth S: whatever the sum, the result lies strictly between 0 and 1, close to 0 for large negative sums, close to 1 for large positive ones, exactly 0.5 at z = 0, and σ(2) ≈ 0.88.',
    forms: ['sigmoid', 'sigmoids'],
  },
  {
    id: 'softmax',
    term: 'Softmax',
    definition:
      'An activation for a whole layer at once: it turns the layer’s sums into positive numbers that add up to 1, so they can be read as probabilities.',
    forms: ['softmax'],
  },
  {
    id: 'step-function',
    term: 'Step function',
    definition:
      'f(z) = 1 when z ≥ 0 and 0 otherwise: the neuron is fully on or fully off. It jumps at 0, so it is not continuous there.',
    forms: ['step function', 'step functions', 'step activation'],
  },
  {
    id: 'tanh',
    term: 'Tanh',
    definition:
      'The hyperbolic tangent, an S-shaped curve like the sigmoid but with outputs from −1 to 1, and tanh(0) = 0.',
    forms: ['tanh'],
  },
  {
    id: 'weight',
    term: 'Weight',
    definition:
      'The number on a connection from one neuron to the next. The input is multiplied by it: a positive weight means “this input speaks for me”, a negative one “this input speaks against me”, and a large size means it counts a lot.',
    forms: ['weight', 'weights'],
  },
  {
    id: 'weighted-sum',
    term: 'Weighted sum',
    definition:
      'z = w₁x₁ + w₂x₂ + … + wₙxₙ + b: every input times its weight, added up, plus the bias.',
    forms: ['weighted sum', 'weighted sums'],
  },
];

/** The entry with this id, or undefined. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === id);
}
