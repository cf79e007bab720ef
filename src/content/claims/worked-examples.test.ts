/**
 * The worked examples in the lessons' text: every number a reader is asked to follow on paper,
 * recomputed here from scratch (Math.exp, plain loops) and looked for, to the digits shown, in
 * the lesson's own source. Nothing here calls the site's core, so a slip in the core and the
 * same slip in a lesson cannot agree by accident.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { lessonBody, lessonSource, prose, section } from './lesson';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (w: readonly number[], x: readonly number[]) =>
  w.reduce((s, wi, i) => s + wi * x[i]!, 0);
/** A number as a lesson writes it in maths: fixed decimals, "-" for minus (KaTeX source). */
const tex = (v: number, decimals: number) => v.toFixed(decimals).replace(/^-0(\.0*)?$/, '0$1');

describe('lesson 1: a reason to care and a tiny picture', () => {
  const source = lessonSource('01-what-a-neuron-holds');
  const body = prose(lessonBody(source));

  it('"one function with 13,002 knobs": the weights and biases of 784-16-16-10, and of the shipped network', () => {
    const sizes = [784, 16, 16, 10];
    let knobs = 0;
    for (let l = 1; l < sizes.length; l++) knobs += sizes[l - 1]! * sizes[l]! + sizes[l]!;
    expect(knobs).toBe(13002);
    const model = JSON.parse(readFileSync('public/models/digits.json', 'utf8')) as {
      sizes: number[];
      layers: { weights: number[][]; biases: number[] }[];
    };
    expect(model.sizes).toEqual(sizes);
    const shipped = model.layers.reduce(
      (s, l) => s + l.weights.reduce((t, row) => t + row.length, 0) + l.biases.length,
      0,
    );
    expect(shipped).toBe(knobs);
    expect(body).toContain('in between sit $13{,}002$ numbers that can be turned like knobs');
  });

  it('the map comes right after the hook, and the reason for layers right after the structure', () => {
    const text = lessonBody(source);
    const at = (s: string) => text.indexOf(s);
    expect(at('This course takes that function apart')).toBeLessThan(at('## A neuron holds'));
    expect(at('## Why layers might help')).toBeGreaterThan(at('## The output layer'));
    expect(at('## Why layers might help')).toBeLessThan(at('## See it work'));
    expect(prose(section(source, 'Why layers might help'))).toMatch(/edge.*loop.*digit/);
  });

  it('the 3 by 3 picture: 3 × 3 = 9 input neurons, holding its rows read in order', () => {
    const note = prose(section(source, 'The input layer: one neuron per pixel'));
    const rows = [
      ...note.matchAll(
        /\| (top|middle|bottom) \| \$([\d.]+)\$ \| \$([\d.]+)\$ \| \$([\d.]+)\$ \|/g,
      ),
    ];
    expect(rows.map((r) => r[1])).toEqual(['top', 'middle', 'bottom']);
    const pixels = rows.flatMap((r) => [r[2], r[3], r[4]].map(Number));
    expect(pixels).toHaveLength(3 * 3);
    expect(note).toContain('This picture needs $3 \\times 3 = 9$ input neurons');
    expect(note).toContain(`they hold $${pixels.join(', ')}$`);
    expect(28 * 28).toBe(784);
  });
});

/** The cycling neuron of lessons 2 and 3: dry weather, a friend cycling, a heavy bag. */
const cycling = { weights: [3, 2, -4] };

describe('lesson 2: a weighted sum for an everyday decision', () => {
  const text = prose(
    section(lessonSource('02-weights'), 'Worked example: cycle to school or not?'),
  );

  it('the weights in the table are the ones used', () => {
    expect(text).toContain('$w_1 = 3$');
    expect(text).toContain('$w_2 = 2$');
    expect(text).toContain('$w_3 = -4$');
  });

  it('today, x = (1, 0, 0.5): 3 + 0 − 2 = 1', () => {
    const x = [1, 0, 0.5];
    const terms = cycling.weights.map((w, i) => w * x[i]!);
    expect(terms).toEqual([3, 0, -2]);
    expect(dot(cycling.weights, x)).toBe(1);
    expect(text).toContain('$x = (1, 0, 0.5)$');
    expect(text).toContain('z &= 3 \\times 1 + 2 \\times 0 + (-4) \\times 0.5');
    expect(text).toContain('&= 3 + 0 - 2 = 1');
  });

  it('tomorrow, x = (0, 1, 1): 0 + 2 − 4 = −2', () => {
    expect(dot(cycling.weights, [0, 1, 1])).toBe(-2);
    expect(text).toContain('$x = (0, 1, 1)$, so $z = 0 + 2 - 4 = -2$');
  });
});

describe('lesson 3: a bias for the cycling neuron', () => {
  const text = prose(
    section(lessonSource('03-bias'), 'Worked example: a bias for the cycling neuron'),
  );
  const b = -2;
  const fires = (z: number) => (z >= 0 ? 1 : 0);

  it('today with b = −2: z = 1 − 2 = −1, so the step neuron stays off (bus)', () => {
    const z = dot(cycling.weights, [1, 0, 0.5]) + b;
    expect(z).toBe(-1);
    expect(fires(z)).toBe(0);
    expect(text).toContain('$b = -2$');
    expect(text).toContain('&= 1 - 2 = -1,');
    expect(text).toContain('which is below $0$: you take the bus');
  });

  it('with the friend cycling, x = (1, 1, 0.5): 3 + 2 − 2 − 2 = 1, so it fires (cycle)', () => {
    const z = dot(cycling.weights, [1, 1, 0.5]) + b;
    expect(z).toBe(1);
    expect(fires(z)).toBe(1);
    expect(text).toContain('$x = (1, 1, 0.5)$, the sum is $3 + 2 - 2 - 2 = 1$');
    expect(text).toContain('you cycle');
  });
});

describe('lesson 4: the sigmoid of 2, and what the bias does to it', () => {
  const source = lessonSource('04-squishification');
  const text = prose(section(source, 'The shapes'));

  it('e ≈ 2.718, e² ≈ 7.389, e⁻² ≈ 0.135, σ(2) = 1 / 1.135 ≈ 0.881 ≈ 0.88', () => {
    expect(text).toContain(`$e \\approx ${tex(Math.E, 3)}$`);
    expect(text).toContain(`$e^{2} \\approx ${tex(Math.exp(2), 3)}$`);
    expect(text).toContain(`$e^{-2} \\approx 1 / 7.389 \\approx ${tex(Math.exp(-2), 3)}$`);
    expect(text).toContain(
      `\\approx \\frac{1}{${tex(1 + Math.exp(-2), 3)}} \\approx ${tex(sigma(2), 3)}.`,
    );
    expect(text).toContain(`about $${tex(sigma(2), 2)}$ on`);
    expect(tex(sigma(2), 2)).toBe('0.88');
  });

  it('the bias table: w = 2, x = 1 and b = 0, −2, −4 give σ = 0.881, 0.5, 0.119', () => {
    for (const bias of [0, -2, -4]) {
      const z = 2 * 1 + bias;
      const a = bias === -2 ? '0.5' : tex(sigma(z), 3);
      expect(text).toContain(`| $${tex(bias, 0)}$ | $${tex(z, 0)}$ | $${a}$ |`);
    }
    expect(sigma(0)).toBe(0.5);
  });

  it('"σ(−z) = 1 − σ(z), so σ(−2) ≈ 1 − 0.881 = 0.119"', () => {
    for (const z of [-3, -0.5, 0, 1, 2, 7]) expect(sigma(-z)).toBeCloseTo(1 - sigma(z), 12);
    expect(text).toContain(`$\\sigma(-2) \\approx 1 - ${tex(sigma(2), 3)} = ${tex(sigma(-2), 3)}$`);
    expect(tex(1 - Number(tex(sigma(2), 3)), 3)).toBe(tex(sigma(-2), 3));
  });
});

describe('lesson 4: why smooth matters, a weight nudged from 0.9 to 1.1', () => {
  const text = prose(
    section(lessonSource('04-squishification'), 'Why smooth matters: learning by small steps'),
  );
  const step = (z: number) => (z >= 0 ? 1 : 0);

  it("one input x = 1, so z = w + b; the table's rows for b = 0 and b = −1, in that order", () => {
    expect(text).toContain('a single input $x = 1$, so its sum is $z = w + b$');
    expect(text).toContain(
      'from $w = 0.9$ to $w = 1.1$, first with the bias $b = 0$, then with $b = -1$',
    );
    const rows = [0, -1].map((b) => {
      const [z0, z1] = [0.9 * 1 + b, 1.1 * 1 + b];
      return `| $${tex(z0, 1)} \\to ${tex(z1, 1)}$ | $${tex(sigma(z0), 3)} \\to ${tex(sigma(z1), 3)}$ | $${step(z0)} \\to ${step(z1)}$ |`;
    });
    for (const row of rows) expect(text).toContain(row);
    expect(text.indexOf(rows[0]!)).toBeLessThan(text.indexOf(rows[1]!));
  });

  it('"by 0.039 and 0.050"; the step: no change, then a change of 1 from a nudge of 0.2', () => {
    const changes = [0, -1].map((b) => sigma(1.1 + b) - sigma(0.9 + b));
    expect(text).toContain(`by $${tex(changes[0]!, 3)}$ and $${tex(changes[1]!, 3)}$`);
    expect(changes.every((c) => c > 0)).toBe(true);
    expect(step(1.1) - step(0.9)).toBe(0);
    expect(step(0.1) - step(-0.1)).toBe(1);
    expect(text).toContain('a change of $1$ from a nudge of $0.2$');
  });

  it('ReLU "passes the test too": a change of 0.2 in z moves its output by at most 0.2', () => {
    const relu = (z: number) => Math.max(0, z);
    for (const z of [-1, -0.1, 0, 0.9])
      expect(Math.abs(relu(z + 0.2) - relu(z))).toBeLessThanOrEqual(0.2 + 1e-12);
  });
});

describe("lesson 5: the sigmoid's slope, σ′(z) = σ(z)(1 − σ(z))", () => {
  const text = prose(
    section(lessonSource('05-slopes-and-softmax'), 'Slopes: how sensitive is the neuron?'),
  );
  const slope = (z: number, h = 1e-6) => (sigma(z + h) - sigma(z - h)) / (2 * h);

  it('the shortcut agrees with the slope measured by finite differences', () => {
    for (const z of [-4, -1, 0, 1, 2, 6])
      expect(sigma(z) * (1 - sigma(z))).toBeCloseTo(slope(z), 8);
  });

  it('at 0, 1 and 6: 0.25, 0.731 × 0.269 ≈ 0.197, σ(6) ≈ 0.9975 and 1 − σ(6) ≈ 0.0025, so σ′(6) ≈ 0.0025', () => {
    expect(text).toContain("$\\sigma(0) = 0.5$, so $\\sigma'(0) = 0.5 \\times 0.5 = 0.25$");
    expect(text).toContain(
      `$\\sigma(1) \\approx ${tex(sigma(1), 3)}$, so $\\sigma'(1) \\approx ${tex(sigma(1), 3)} \\times ${tex(1 - sigma(1), 3)} \\approx ${tex(slope(1), 3)}$`,
    );
    expect(text).toContain(
      `$\\sigma(6) \\approx ${tex(sigma(6), 4)}$ and $1 - \\sigma(6) \\approx ${tex(1 - sigma(6), 4)}$, so $\\sigma'(6) \\approx ${tex(slope(6), 4)}$`,
    );
  });

  it("the slope predicts lesson 4's change: 0.197 × 0.2 ≈ 0.039, and 0.711 → 0.750 happened; at 6 only 0.0005", () => {
    expect(text).toContain(
      `about $${tex(slope(1), 3)} \\times 0.2 \\approx ${tex(slope(1) * 0.2, 3)}$`,
    );
    expect(tex(slope(1) * 0.2, 3)).toBe(tex(sigma(1.1) - sigma(0.9), 3));
    expect(text).toContain(`$${tex(sigma(0.9), 3)} \\to ${tex(sigma(1.1), 3)}$`);
    expect(text).toContain(
      `about $${tex(slope(6), 4)} \\times 0.2 = ${tex(Number(tex(slope(6), 4)) * 0.2, 4)}$`,
    );
    expect(Math.abs(sigma(6.1) - sigma(5.9))).toBeCloseTo(0.0005, 4);
  });
});

describe('lesson 5: softmax of the logits 2, 1 and 0.1, worked by hand', () => {
  const text = prose(
    section(lessonSource('05-slopes-and-softmax'), 'Softmax: squishing a whole layer'),
  );
  const logits = [2, 1, 0.1];
  const e = logits.map(Math.exp);
  const total = e.reduce((s, v) => s + v, 0);

  it('e², e¹, e^0.1 and their total of about 11.21', () => {
    expect(text).toContain(
      `$e^{2} \\approx ${tex(e[0]!, 3)}$, $e^{1} \\approx ${tex(e[1]!, 3)}$ and $e^{0.1} \\approx ${tex(e[2]!, 3)}$. Their total is about $${tex(total, 2)}$`,
    );
  });

  it('each share, as the table writes it, and they add up to 1', () => {
    logits.forEach((z, i) => {
      expect(text).toContain(
        `| $${z}$ | $${tex(e[i]!, 3)}$ | $${tex(e[i]!, 3)} / ${tex(total, 2)} \\approx ${tex(e[i]! / total, 3)}$ |`,
      );
    });
    expect(e.reduce((s, v) => s + v / total, 0)).toBeCloseTo(1, 12);
    expect(text).toContain('The three outputs add up to $1$');
  });
});

describe('lesson 5: the digit network does not use softmax', () => {
  const text = prose(
    section(lessonSource('05-slopes-and-softmax'), 'Softmax: squishing a whole layer'),
  );
  const model = JSON.parse(readFileSync('public/models/digits.json', 'utf8')) as {
    activations: string[];
    output: string;
  };

  it('its output neurons are sigmoids', () => {
    expect(text).toContain('Its ten output neurons are sigmoids');
    expect(model.activations.at(-1)).toBe('sigmoid');
    expect(model.output).toBe('activation');
  });

  it('"The outputs in lesson 1\'s quiz, for instance, add up to 1.56"', () => {
    const front = yaml.load(lessonSource('01-what-a-neuron-holds').split(/^---$/m)[1]!) as {
      questions: { prompt: string }[];
    };
    const prompt = front.questions.find((q) => q.prompt.startsWith('The ten output neurons hold'))!;
    const outputs = [...prompt.prompt.matchAll(/\d\.\d\d/g)].map((m) => Number(m[0]));
    expect(outputs).toHaveLength(10);
    const total = outputs.reduce((s, v) => s + v, 0);
    expect(text).toContain(`add up to $${tex(total, 2)}$`);
    expect(tex(total, 2)).not.toBe('1.00');
  });
});

describe('lesson 6: a 2 by 3 matrix times a column', () => {
  const text = prose(
    section(lessonSource('06-layers-and-matrices'), 'A whole layer: the matrix form'),
  );
  const W = [
    [2, -1, 1],
    [0.5, 1, -3],
  ];
  const a0 = [1, 0.5, 1];
  const b = [-0.5, 2];

  it('the matrix, column and biases are the ones written', () => {
    expect(text).toContain('\\begin{pmatrix} 2 & -1 & 1 \\\\ 0.5 & 1 & -3 \\end{pmatrix}');
    expect(text).toContain('\\begin{pmatrix} 1 \\\\ 0.5 \\\\ 1 \\end{pmatrix}');
    expect(text).toContain('b = \\begin{pmatrix} -0.5 \\\\ 2 \\end{pmatrix}');
  });

  it('row by row: 2 − 0.5 + 1 = 2.5 and 0.5 + 0.5 − 3 = −2', () => {
    const products = W.map((row) => row.map((w, j) => w * a0[j]!));
    expect(products).toEqual([
      [2, -0.5, 1],
      [0.5, 0.5, -3],
    ]);
    expect(text).toContain(
      'Row 1 against the column: $2 \\times 1 = 2$, then $(-1) \\times 0.5 = -0.5$, then $1 \\times 1 = 1$. They add up to $2.5$.',
    );
    expect(text).toContain(
      'Row 2 against the column: $0.5 \\times 1 = 0.5$, then $1 \\times 0.5 = 0.5$, then $(-3) \\times 1 = -3$. They add up to $-2$.',
    );
  });

  it('W a⁽⁰⁾ = (2.5, −2), plus b = (2, 0), through σ ≈ (0.881, 0.5)', () => {
    const Wa = W.map((row) => dot(row, a0));
    expect(Wa).toEqual([2.5, -2]);
    const z = Wa.map((v, i) => v + b[i]!);
    expect(z).toEqual([2, 0]);
    expect(text).toContain('W a^{(0)} = \\begin{pmatrix} 2.5 \\\\ -2 \\end{pmatrix}');
    expect(text).toContain('W a^{(0)} + b = \\begin{pmatrix} 2 \\\\ 0 \\end{pmatrix}');
    const a1 = z.map(sigma);
    expect(text).toContain(`$a^{(1)} \\approx (${tex(a1[0]!, 3)}, ${a1[1]})$`);
  });
});

describe('lesson 7: the baseline that gives 94.5% its meaning', () => {
  it('"guessing blindly, or always answering the same digit, is right one time in ten, 10%"', async () => {
    const { loadDigits } = await import('../../../scripts/data/mnist.ts');
    const { heldOut } = loadDigits();
    for (let d = 0; d < 10; d++) {
      expect(heldOut.filter((x) => x.label === d).length / heldOut.length).toBe(0.1);
    }
    const text = prose(lessonBody(lessonSource('07-a-network-that-reads-digits')));
    expect(text).toContain(
      'is right one time in ten, 10%, because each digit is a tenth of the 600',
    );
  });
});

describe('lesson 8: one gradient-descent step by hand', () => {
  const text = prose(
    section(lessonSource('08-what-learning-means'), 'Worked example: one step by hand'),
  );
  const x = 2;
  const y = 1;
  const eta = 2;
  const cost = (w: number, b: number) => 0.5 * (sigma(w * x + b) - y) ** 2;
  /** Slopes by central finite differences: no formula shared with the text. */
  const h = 1e-6;
  const dw = (w: number, b: number) => (cost(w + h, b) - cost(w - h, b)) / (2 * h);
  const db = (w: number, b: number) => (cost(w, b + h) - cost(w, b - h)) / (2 * h);

  it('the setting: x = 2, y = 1, w = b = 0, η = 2', () => {
    expect(text).toContain('the input is $x = 2$ and the wanted output is $y = 1$');
    expect(text).toContain('Start from $w = 0$ and $b = 0$, with learning rate $\\eta = 2$');
  });

  it('a = σ(0) = 0.5 and C = ½ (0.5 − 1)² = 0.125', () => {
    expect(sigma(0)).toBe(0.5);
    expect(cost(0, 0)).toBe(0.125);
    expect(text).toContain('$a = \\sigma(0) = 0.5$');
    expect(text).toContain('$a - y = 0.5 - 1 = -0.5$, so $C = \\tfrac12 \\times 0.25 = 0.125$');
  });

  it('slopes −0.25 and −0.125, matching (a − y) σ′(z) x with σ′(0) = 0.25', () => {
    const sigmaPrime0 = (sigma(h) - sigma(-h)) / (2 * h);
    expect(sigmaPrime0).toBeCloseTo(0.25, 9);
    expect(dw(0, 0)).toBeCloseTo(-0.25, 8);
    expect(db(0, 0)).toBeCloseTo(-0.125, 8);
    expect(dw(0, 0)).toBeCloseTo((0.5 - y) * 0.25 * x, 8);
    expect(text).toContain(
      '$\\partial C / \\partial w$ is $(-0.5) \\times 0.25 \\times 2 = -0.25$',
    );
    expect(text).toContain('$\\partial C / \\partial b$ is $(-0.5) \\times 0.25 = -0.125$');
  });

  it('the step: w = 0.5, b = 0.25; then z = 1.25, a ≈ 0.777, C ≈ 0.025', () => {
    const w = 0 - eta * dw(0, 0);
    const b = 0 - eta * db(0, 0);
    expect(w).toBeCloseTo(0.5, 8);
    expect(b).toBeCloseTo(0.25, 8);
    expect(text).toContain('$w \\leftarrow 0 - 2 \\times (-0.25) = 0.5$');
    expect(text).toContain('$b \\leftarrow 0 - 2 \\times (-0.125) = 0.25$');
    const z = 0.5 * x + 0.25;
    expect(z).toBe(1.25);
    expect(text).toContain('$z = 0.5 \\times 2 + 0.25 = 1.25$');
    expect(text).toContain(`$a = \\sigma(1.25) \\approx ${tex(sigma(z), 3)}$`);
    expect(text).toContain(
      `\\tfrac12 (${tex(sigma(z), 3)} - 1)^2 \\approx ${tex(cost(0.5, 0.25), 3)}$`,
    );
    expect(tex(0.5 * (Number(tex(sigma(z), 3)) - 1) ** 2, 3)).toBe(tex(cost(0.5, 0.25), 3));
    expect(text).toContain(`took the cost from $0.125$ to about $${tex(cost(0.5, 0.25), 3)}$`);
    expect(cost(0.5, 0.25)).toBeLessThan(cost(0, 0));
  });
});
