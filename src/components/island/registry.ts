/**
 * The registry of islands: every component a lesson can place, in one table. It is what the
 * build-time MDX checks (scripts/remark-island-checks.mjs), the JavaScript budget
 * (scripts/check-budgets.mjs), the slider benchmark (scripts/bench-sliders.mjs), the e2e demo
 * checks and the authors' gallery (src/pages/authors/) read, so adding an island is its
 * component, its element, its config module and a row here.
 *
 * Plain data with type-only imports: Node 24 loads this file as it is (type stripping), so
 * the .mjs scripts import it directly. `astro check` types each row against its component's
 * real props: `props` must document every prop a lesson may give, and every example must be
 * props the component accepts.
 */
import type { ComponentProps } from 'astro/types';
import type NeuronLab from '../neuron/NeuronLab.astro';
import type NeuronDiagram from '../neuron/NeuronDiagram.astro';
import type ActivationPlot from '../activation/ActivationPlot.astro';
import type SoftmaxView from '../activation/SoftmaxView.astro';
import type DescentLab from '../learning/DescentLab.astro';
import type TrainingLab from '../training/TrainingLab.astro';
import type DigitPad from '../digits/DigitPad.astro';
import type NetworkView from '../digits/NetworkView.astro';
import type WeightImage from '../digits/WeightImage.astro';
import type Quiz from '../quiz/Quiz.astro';

/** Props the MDX pipeline adds (scripts/remark-lesson-source.mjs): never written by authors. */
type Pipeline = 'lessonSource' | 'islandIndex';

/** The props an author may give each island (internal props a parent passes are left out). */
export interface IslandProps {
  NeuronLab: Omit<ComponentProps<typeof NeuronLab>, Pipeline>;
  NeuronDiagram: Omit<ComponentProps<typeof NeuronDiagram>, Pipeline>;
  ActivationPlot: Omit<
    ComponentProps<typeof ActivationPlot>,
    Pipeline | 'point' | 'copyLink' | 'trackActivation'
  >;
  SoftmaxView: Omit<ComponentProps<typeof SoftmaxView>, Pipeline>;
  DescentLab: Omit<ComponentProps<typeof DescentLab>, Pipeline>;
  TrainingLab: Omit<ComponentProps<typeof TrainingLab>, Pipeline>;
  DigitPad: Omit<ComponentProps<typeof DigitPad>, Pipeline>;
  NetworkView: Omit<ComponentProps<typeof NetworkView>, Pipeline>;
  WeightImage: Omit<ComponentProps<typeof WeightImage>, Pipeline>;
  Quiz: Omit<ComponentProps<typeof Quiz>, Pipeline>;
}

/** An island's component name, as lessons import it ("NeuronLab"). */
export type IslandName = keyof IslandProps;

/** One row of an island's props table. */
export interface PropDoc {
  /** What values it takes, as an author writes them. */
  type: string;
  /** What it is when left out ("required" when it must be given). */
  default: string;
  /** What it does, in a sentence. */
  doc: string;
}

/** One island placed with these props, e.g. the NeuronLab an ActivationPlot example follows. */
export type IslandUse = { [N in IslandName]: { island: N; props: IslandProps[N] } }[IslandName];

/** A live example in the authors' gallery. */
export interface Example<N extends IslandName> {
  /** A short heading: what the example shows. */
  title: string;
  props: IslandProps[N];
  /** Islands placed before it on the same page (what it follows). */
  with?: IslandUse[];
}

export interface Island<N extends IslandName = IslandName> {
  name: N;
  /** The custom element it upgrades, or null for a static component that ships no JavaScript. */
  tag: string | null;
  /** The import path a lesson uses. */
  component: string;
  /** The module that validates its props into the config its element reads. */
  config: string;
  /** One line: what a reader does with it. */
  description: string;
  /** The prefix of the id derived from its position when a lesson gives none ("neuron2"); null: no id. */
  idPrefix: string | null;
  /** The islands its `follow` prop may name (empty: it has no `follow`). */
  follows: IslandName[];
  /** CSS selector, inside the island, of the sliders a reader drags (the slider benchmark); null: none. */
  sliders: string | null;
  /** Whether it counts as a lesson's demo (every lesson has at least one). */
  demo: boolean;
  /** Every prop an author may give, in the order the gallery lists them. */
  props: { [K in keyof IslandProps[N]]-?: PropDoc };
  /** At least one live example; the first is the one to copy. */
  examples: [Example<N>, ...Example<N>[]];
}

const ACTIVATIONS = '"identity", "step", "sigmoid", "tanh", "relu", "leaky-relu"';

const idDoc = (prefix: string): PropDoc => ({
  type: 'lowercase letters, digits, "-"',
  default: `"${prefix}1", "${prefix}2", … by position`,
  doc: 'Its key in the page’s URL, so a copied link restores it, and what follow and ?present= name: unique on the page.',
});

const captionDoc: PropDoc = { type: 'text', default: 'none', doc: 'A caption under the demo.' };
const modelDoc: PropDoc = {
  type: 'path under public/, ending .json',
  default: '"models/digits.json"',
  doc: 'Another trained network in the core’s JSON format.',
};

/** The three-input neuron the ActivationPlot example follows (also a NeuronLab example). */
const threeInputs: IslandProps['NeuronLab'] = {
  id: 'three',
  inputs: [0.9, 0.2, 0.6],
  weights: [1.5, -2, 0.5],
  bias: 0.25,
  activation: 'tanh',
  caption: 'Three inputs with weights of both signs.',
};

const neuronLab: Island<'NeuronLab'> = {
  name: 'NeuronLab',
  tag: 'neuron-lab',
  component: '~/components/neuron/NeuronLab.astro',
  config: 'src/components/neuron/neuron-lab-config.ts',
  description:
    'One neuron with sliders for its inputs, weights and bias, a choice of activation, and its curve.',
  idPrefix: 'neuron',
  follows: [],
  sliders: 'input[type=range]:not(:disabled)',
  demo: true,
  props: {
    id: idDoc('neuron'),
    goal: {
      type: '{ text, when, solution, done? }: when from z, a, activation, inputs, weights, bias, nonzeroWeights, gate ("and", "or", "nand", "nor"); a target is a number or { above, below, atLeast, atMost }',
      default: 'none',
      doc: 'A challenge the demo checks: the sentence is shown, the success message is announced when the demo reaches when, and Show a solution sets solution (checked at build: it must reach the goal, the start must not).',
    },
    inputs: { type: '1–8 numbers', default: '[1, 0.5]', doc: 'The inputs x₁ … xₙ.' },
    weights: { type: 'one number per input', default: 'all 1', doc: 'The weights w₁ … wₙ.' },
    bias: { type: 'number within biasRange', default: '0', doc: 'The bias b.' },
    activation: { type: ACTIVATIONS, default: '"sigmoid"', doc: 'The activation function f.' },
    inputRange: { type: '[min, max]', default: '[0, 1]', doc: 'The input sliders’ range.' },
    weightRange: { type: '[min, max]', default: '[−4, 4]', doc: 'The weight sliders’ range.' },
    biasRange: { type: '[min, max]', default: '[−6, 6]', doc: 'The bias slider’s range.' },
    step: { type: '0.001 to 10', default: '0.01', doc: 'Slider step of the weights and bias.' },
    inputStep: {
      type: '0.001 to 10',
      default: 'step',
      doc: 'Slider step of the inputs (1 makes them on/off switches).',
    },
    show: {
      type: 'list of "inputs", "weights", "bias", "activation"',
      default: 'all four',
      doc: 'Which groups have controls; the others keep the lesson’s values.',
    },
    lock: {
      type: 'the same list',
      default: 'none',
      doc: 'Groups shown but fixed: a link cannot unlock them.',
    },
    zRange: {
      type: '[min, max]',
      default: 'the largest |z| the sliders reach, 4 to 12',
      doc: 'The z range of its plot.',
    },
    plotAgainst: {
      type: '"z" or an input "x1" … "xn"',
      default: '"z"',
      doc: 'Plot a against that input with the others held, so b slides the curve sideways.',
    },
    xRange: {
      type: '[min, max]',
      default: 'inputRange',
      doc: 'That input’s range on the plot.',
    },
    caption: captionDoc,
  },
  examples: [
    {
      title: 'One input and a sigmoid',
      props: {
        id: 'one',
        inputs: [1],
        weights: [2],
        bias: -1,
        activation: 'sigmoid',
        caption:
          'One input and a sigmoid: move the weight and the bias and watch the point slide along the curve.',
      },
    },
    { title: 'Three inputs', props: threeInputs },
    {
      title: 'Only the bias moves',
      props: {
        id: 'bias',
        inputs: [1, 1],
        weights: [1, 1],
        bias: -1.5,
        activation: 'step',
        show: ['bias'],
        caption:
          'Both inputs are on and both weights are 1: find the bias at which the step neuron switches.',
      },
    },
  ],
};

const activationPlot: Island<'ActivationPlot'> = {
  name: 'ActivationPlot',
  tag: 'activation-plot',
  component: '~/components/activation/ActivationPlot.astro',
  config: 'src/components/activation/plot-config.ts',
  description:
    'Curves of activation functions (and their slopes) with a cursor to read values; can mark a NeuronLab’s z.',
  idPrefix: 'plot',
  follows: ['NeuronLab'],
  sliders: 'input[type=range]:not(:disabled)',
  demo: true,
  props: {
    id: idDoc('plot'),
    functions: {
      type: `list of ${ACTIVATIONS}`,
      default: '["sigmoid", "tanh", "relu"]',
      doc: 'The curves drawn, in legend order.',
    },
    against: {
      type: '"z" or an input "x1" … "x8"',
      default: '"z"',
      doc: 'Plot a = f(w·x + b) against that input (give inputs, weights and bias).',
    },
    zRange: { type: '[min, max]', default: '[−6, 6]', doc: 'The z range (against z only).' },
    xRange: { type: '[min, max]', default: '[−4, 4]', doc: 'The input’s range (against x only).' },
    inputs: { type: '1–8 numbers', default: 'required against x', doc: 'The neuron’s inputs.' },
    weights: { type: 'one per input', default: 'required against x', doc: 'Its weights.' },
    bias: { type: 'number', default: 'required against x', doc: 'Its bias.' },
    derivatives: {
      type: 'true or false',
      default: 'false',
      doc: 'Also draw each slope f′ dashed (against z only).',
    },
    follow: {
      type: 'a NeuronLab’s id',
      default: 'none',
      doc: 'Mark that neuron’s z; the cursor sits on it until moved.',
    },
    caption: captionDoc,
  },
  examples: [
    {
      title: 'Sigmoid, tanh and ReLU, following a neuron',
      with: [{ island: 'NeuronLab', props: threeInputs }],
      props: {
        id: 'curves',
        functions: ['sigmoid', 'tanh', 'relu'],
        derivatives: true,
        zRange: [-5, 5],
        follow: 'three',
        caption:
          'Solid lines are the functions, dashed lines their slopes. The ring marks the three-input neuron above when it uses one of these functions.',
      },
    },
    {
      title: 'Against an input',
      props: {
        id: 'slide',
        functions: ['sigmoid'],
        against: 'x1',
        inputs: [1],
        weights: [2],
        bias: -1,
        xRange: [-4, 4],
        caption: 'a = σ(2x − 1) against x: the bias moves the switch sideways.',
      },
    },
  ],
};

const softmaxView: Island<'SoftmaxView'> = {
  name: 'SoftmaxView',
  tag: 'softmax-view',
  component: '~/components/activation/SoftmaxView.astro',
  config: 'src/components/activation/softmax-config.ts',
  description: 'A layer’s logits as sliders and the probabilities softmax makes of them.',
  idPrefix: 'softmax',
  follows: [],
  sliders: '[data-slot]:not([hidden]) input[type=range]',
  demo: true,
  props: {
    id: idDoc('softmax'),
    goal: {
      type: '{ text, when, solution, done? }: when a1 … an, each a number or { above, below, atLeast, atMost }; solution the logits',
      default: 'none',
      doc: 'A challenge the demo checks: the sentence is shown, the success message is announced when the demo reaches when, and Show a solution sets solution (checked at build: it must reach the goal, the start must not).',
    },
    logits: { type: '3–10 numbers within range', default: '[2, 1, 0.1]', doc: 'The logits z.' },
    range: { type: '[min, max] within ±50', default: '[−5, 5]', doc: 'The sliders’ range.' },
    caption: captionDoc,
  },
  examples: [
    {
      title: 'Softmax over a layer',
      props: {
        id: 'soft',
        logits: [2, 1, 0.1],
        caption: 'Softmax turns a whole layer of numbers into probabilities that add up to 1.',
      },
    },
  ],
};

const neuronDiagram: Island<'NeuronDiagram'> = {
  name: 'NeuronDiagram',
  tag: null,
  component: '~/components/neuron/NeuronDiagram.astro',
  config: 'src/components/neuron/NeuronDiagram.astro',
  description: 'A neuron drawn with its numbers worked out, as a figure without controls.',
  idPrefix: null,
  follows: [],
  sliders: null,
  demo: false,
  props: {
    inputs: { type: '1–8 numbers', default: 'required', doc: 'The inputs x₁ … xₙ.' },
    weights: { type: 'one number per input', default: 'required', doc: 'The weights.' },
    bias: { type: 'number', default: '0', doc: 'The bias b.' },
    activation: { type: ACTIVATIONS, default: '"sigmoid"', doc: 'The activation function f.' },
    caption: captionDoc,
  },
  examples: [
    {
      title: 'Two inputs, one negative weight',
      props: {
        inputs: [1, 0.5],
        weights: [0.8, -1.2],
        bias: 0.3,
        caption: 'The weighted sum z = 0.8 − 0.6 + 0.3 = 0.5, and a = σ(0.5).',
      },
    },
  ],
};

const descentLab: Island<'DescentLab'> = {
  name: 'DescentLab',
  tag: 'descent-lab',
  component: '~/components/learning/DescentLab.astro',
  config: 'src/components/learning/DescentLab.astro',
  description:
    'Gradient descent on one sigmoid neuron: its cost, slopes and landscape, and steps downhill.',
  idPrefix: 'descent',
  follows: [],
  sliders: 'input[type=range]:not(:disabled)',
  demo: true,
  props: {
    id: idDoc('descent'),
    goal: {
      type: '{ text, when, solution, done? }: when from cost, steps, allRight; solution a setting and a number of steps',
      default: 'none',
      doc: 'A challenge the demo checks: the sentence is shown, the success message is announced when the demo reaches when, and Show a solution sets solution (checked at build: it must reach the goal, the start must not).',
    },
    w: { type: '−10 to 10', default: '−2', doc: 'The starting weight.' },
    b: { type: '−10 to 10', default: '1', doc: 'The starting bias.' },
    rate: { type: 'within rateRange', default: '5', doc: 'The starting learning rate η.' },
    rateRange: {
      type: '[min, max] within 0.1 … 1000',
      default: '[0.1, 100]',
      doc: 'The learning-rate slider’s range.',
    },
  },
  examples: [
    { title: 'Downhill from a bad start', props: { id: 'descent', w: -2, b: 1, rate: 5 } },
  ],
};

const trainingLab: Island<'TrainingLab'> = {
  name: 'TrainingLab',
  tag: 'training-lab',
  component: '~/components/training/TrainingLab.astro',
  config: 'src/components/training/training-lab-config.ts',
  description:
    'Trains a digit network from scratch in a Web Worker; the training digits download on Train.',
  idPrefix: 'training',
  follows: [],
  sliders: null,
  demo: true,
  props: {
    id: idDoc('training'),
    learningRate: {
      type: '0.01, 0.03, 0.1, 0.3, 0.5, 1, 3 or 10',
      default: '0.5',
      doc: 'The learning rate η.',
    },
    hidden: {
      type: '[n] or [n, m]: n of 8, 16, 32, 64, 128; m of 8, 16, 32',
      default: '[32]',
      doc: 'Hidden layer sizes.',
    },
    activation: { type: '"sigmoid" or "relu"', default: '"sigmoid"', doc: 'Hidden activation.' },
    cost: {
      type: '"cross-entropy" or "squared-error"',
      default: '"cross-entropy"',
      doc: 'The cost (cross-entropy with a softmax output).',
    },
    seed: {
      type: 'whole number',
      default: '1',
      doc: 'Seeds the first weights and the digits’ order and shifts.',
    },
    caption: captionDoc,
  },
  examples: [{ title: 'Train a network', props: { id: 'train', hidden: [16] } }],
};

const digitPad: Island<'DigitPad'> = {
  name: 'DigitPad',
  tag: 'digit-pad',
  component: '~/components/digits/DigitPad.astro',
  config: 'src/components/digits/digit-config.ts',
  description: 'Draw a digit or pick a sample; the trained network reads it and says its guess.',
  idPrefix: 'pad',
  follows: [],
  sliders: null,
  demo: true,
  props: {
    id: idDoc('pad'),
    model: modelDoc,
    goal: {
      type: '{ text, when, solution, done? }: when from guess (a digit), sure, drawn, label; solution { sample } or { strokes }',
      default: 'none',
      doc: 'A challenge the demo checks: the sentence is shown, the success message is announced when the demo reaches when, and Show a solution sets solution (checked at build: it must reach the goal, the start must not).',
    },
  },
  examples: [{ title: 'Draw a digit', props: { id: 'pad' } }],
};

const networkView: Island<'NetworkView'> = {
  name: 'NetworkView',
  tag: 'network-view',
  component: '~/components/digits/NetworkView.astro',
  config: 'src/components/digits/digit-config.ts',
  description: 'The whole 784-16-16-10 network lit by a digit; select a neuron to see its weights.',
  idPrefix: 'network',
  follows: ['DigitPad'],
  sliders: null,
  demo: true,
  props: {
    id: idDoc('network'),
    follow: {
      type: 'a DigitPad’s id',
      default: 'none: a sample list',
      doc: 'Show that pad’s digit, live while it is drawn.',
    },
    model: modelDoc,
  },
  examples: [
    {
      title: 'The network behind a pad',
      with: [{ island: 'DigitPad', props: { id: 'pad' } }],
      props: { id: 'net', follow: 'pad' },
    },
  ],
};

const weightImage: Island<'WeightImage'> = {
  name: 'WeightImage',
  tag: 'weight-image',
  component: '~/components/digits/WeightImage.astro',
  config: 'src/components/digits/WeightImage.astro',
  description:
    'One neuron’s 784 weights as a paintable picture, times a digit’s pixels, summed with a bias.',
  idPrefix: 'weights',
  follows: ['DigitPad'],
  sliders: 'input[type=range]:not(:disabled)',
  demo: true,
  props: {
    id: idDoc('weights'),
    start: {
      type: '"blank", "stroke", "hidden-1" … "hidden-4"',
      default: '"stroke"',
      doc: 'What the weights start as: blank, a stroke detector or a trained hidden neuron.',
    },
    follow: {
      type: 'a DigitPad’s id',
      default: 'none',
      doc: 'Offer that pad’s drawing as the input.',
    },
    sample: { type: 'whole number from 1', default: '1', doc: 'The sample digit shown first.' },
    model: modelDoc,
  },
  examples: [
    {
      title: 'Paint a stroke detector',
      with: [{ island: 'DigitPad', props: { id: 'pad' } }],
      props: { id: 'paint', start: 'stroke', follow: 'pad' },
    },
  ],
};

const quiz: Island<'Quiz'> = {
  name: 'Quiz',
  tag: 'quiz-question',
  component: '~/components/quiz/Quiz.astro',
  config: 'src/content/lesson-schema.ts',
  description:
    'A question from the lesson’s frontmatter, with feedback that explains every wrong choice.',
  idPrefix: null,
  follows: [],
  sliders: null,
  demo: false,
  props: {
    kind: { type: '"choice" or "number"', default: 'required', doc: 'The kind of question.' },
    prompt: { type: 'text', default: 'required', doc: 'The question.' },
    choices: {
      type: 'list of { text, why }',
      default: 'required for a choice',
      doc: 'Shown shuffled; every wrong one says why it is wrong.',
    },
    answer: {
      type: 'number',
      default: 'required',
      doc: 'The right choice’s index as written, or the number.',
    },
    tolerance: { type: 'number ≥ 0', default: '0.005', doc: 'How far off a number may be.' },
    unit: { type: 'text', default: 'none', doc: 'A unit readers may type after the number.' },
    explanation: { type: 'text', default: 'required', doc: 'Shown once answered.' },
  },
  examples: [
    {
      title: 'A choice',
      props: {
        kind: 'choice',
        prompt: 'What does a negative weight mean?',
        choices: [
          { text: 'The input argues against the neuron' },
          {
            text: 'The weight is broken',
            why: 'Weights can be any number; a negative one is allowed and useful.',
          },
        ],
        answer: 0,
        explanation: 'A negative weight turns a bright input into a negative contribution.',
      },
    },
    {
      title: 'A number',
      props: {
        kind: 'number',
        prompt: 'What is z for w = 2, x = 0.5, b = −1?',
        answer: 0,
        explanation: '2 × 0.5 − 1 = 0.',
      },
    },
  ],
};

/** Every island, keyed by name. */
export const ISLANDS: { [N in IslandName]: Island<N> } = {
  NeuronLab: neuronLab,
  ActivationPlot: activationPlot,
  SoftmaxView: softmaxView,
  NeuronDiagram: neuronDiagram,
  DescentLab: descentLab,
  TrainingLab: trainingLab,
  DigitPad: digitPad,
  NetworkView: networkView,
  WeightImage: weightImage,
  Quiz: quiz,
};

/** Any one island's row. */
export type AnyIsland = { [N in IslandName]: Island<N> }[IslandName];

/** Every island, in the gallery's order. */
export const ISLAND_LIST: AnyIsland[] = Object.values(ISLANDS);

/** The custom-element tags of the islands that ship JavaScript (`demo`: only lesson demos). */
export function islandTags({ demo = false } = {}): string[] {
  return ISLAND_LIST.filter((i) => i.tag !== null && (!demo || i.demo)).map((i) => i.tag!);
}

/** The gallery page of an island, relative to the site's base: "authors/neuron-lab/". */
export function galleryPath(island: { name: IslandName }): string {
  return `authors/${island.name.replace(/(?<=[a-z])(?=[A-Z])/g, '-').toLowerCase()}/`;
}
