/**
 * Notes for teachers, one entry per lesson (by the lesson's file id, e.g. "03-bias"): which
 * demos to project and what to ask the class. The For teachers page adds each lesson's
 * minutes, objectives and quiz answers from the lessons themselves.
 */
export interface TeachingNotes {
  /** Demos worth projecting, with what to do in front of the class. */
  project: string[];
  /** Questions to discuss, open-ended. */
  discuss: string[];
}

export const TEACHING: Record<string, TeachingNotes> = {
  '01-what-a-neuron-holds': {
    project: [
      'The drawing pad: ask a student to draw a digit on the projector, then read out the brightest output and the runner-up.',
      'Draw something that is not a digit (a smiley) and discuss why the network still answers.',
    ],
    discuss: [
      'Why does the network need exactly 784 input neurons? What would change for 32 × 32 pictures?',
      'Is “the brightest output wins” a good rule when two outputs are almost equal?',
    ],
  },
  '02-weights': {
    project: [
      'The three-input lab: change one weight at a time and let the class predict z before you let go of the slider.',
      'The weight picture with the stroke detector: test an upright 1, a 1 that leans, a 7 and a 0, and ask why only the first scores above 0.',
    ],
    discuss: [
      'What would a weight of exactly 0 mean for a pixel?',
      'Design, on paper, the weight picture of a neuron that detects a horizontal bar across the middle.',
    ],
  },
  '03-bias': {
    project: [
      'The bias-only lab: slide the bias slowly and ask the class to shout when the neuron will switch.',
      'The logic lab: find AND and OR biases together, then try (and fail) to make XOR.',
    ],
    discuss: [
      'Why do some books subtract a threshold and others add a bias? Convert a few thresholds into biases.',
      'What does a positive bias mean for a neuron when every input is 0?',
    ],
  },
  '04-squishification': {
    project: [
      'The plot of step, sigmoid, tanh and ReLU: read values at z = 0 and z = 2 with the cursor.',
      'The single neuron with its activation menu: keep z fixed and switch f.',
      'The same neuron with the step: nudge w₁ a little from 2 and ask the class what changed (nothing), then keep lowering it until the activation jumps from 1 to 0.',
    ],
    discuss: [
      'Why would a network of many layers without activation functions be no better than one layer?',
      'Learning nudges weights a little at a time. Why does that work with a sigmoid and not with a step?',
    ],
  },
  '05-slopes-and-softmax': {
    project: [
      'The plot with slopes: read the sigmoid’s slope at z = 0 and z = 4 with the cursor, and ask what a nudge of 0.1 would do at each.',
      'The softmax view: push one logit up and watch the others shrink while the sum stays 1.',
    ],
    discuss: [
      'Why can a step neuron not be trained by following slopes?',
      'A sigmoid neuron sits at z = 8. Why would it be slow to learn, and what could bring it back?',
      'When would you want a layer’s outputs to add up to 1, and when not?',
    ],
  },
  '06-layers-and-matrices': {
    project: [
      'The network view: select a first-layer neuron (its 784 weights as a picture) and an output neuron (its 16 weights as bars).',
      'Work the parameter count of 784-16-16-10 on the board with the class.',
    ],
    discuss: [
      'Why is each row of W one neuron of the next layer, and not each column?',
      'How many numbers would a 784-100-10 network have? Is bigger always better?',
    ],
  },
  '07-a-network-that-reads-digits': {
    project: [
      'Draw a digit on the pad and follow it through the network view below it.',
      'Compare the hand-made stroke detector with a few trained first-layer neurons in the weight painter.',
    ],
    discuss: [
      'The trained neurons do not look like clean strokes. Is the network “wrong” about how digits work?',
      'The network mistakes some 5s for 3s. Draw a 5 that fools it, and one that does not.',
    ],
  },
  '08-what-learning-means': {
    project: [
      'The gradient-descent lab: take single steps and let the class predict the direction of w from the sign of the slope.',
      'Reset and try a learning rate of 100, the largest: the cost goes up on the second step and never settles. Then 0.1, the smallest: the cost falls on every step, but needs hundreds of them.',
    ],
    discuss: [
      'Why square the differences in the cost, instead of just adding them up?',
      'What could go wrong if the training digits were all written by one person?',
    ],
  },
};
