/**
 * <network-view>: a digit's journey through the trained network, and any neuron's weights.
 * Data flow: input (a DigitPad's or a chosen sample) → forward pass → every activation →
 * neuron brightness; selection → incoming edges and weight picture or bars.
 */
import type { Network } from '~/core/network.ts';
import { onDigitInput } from '~/components/events';
import { loadDigitAssets, showLoadError } from '~/digits/load';
import { formatNumber } from '~/render/format';
import { css, diverging, grey, paintGrid } from '~/render/palette';
import type { DigitFiles } from './digit-config';

const SVG = 'http://www.w3.org/2000/svg';

interface Selection {
  /** Layer index 1 … 3 (1 = first hidden layer). */
  layer: number;
  neuron: number;
}

class NetworkViewElement extends HTMLElement {
  private config!: DigitFiles & { id: string; follow?: string };
  private network?: Network;
  private activations: Float64Array[] = [];
  private selected?: Selection;

  connectedCallback(): void {
    if (this.config) return;
    this.config = JSON.parse(this.dataset.config!) as DigitFiles & { id: string; follow?: string };
    void this.start();
  }

  private async start(): Promise<void> {
    let samples: { pixels: Float64Array; label: number }[];
    try {
      ({ network: this.network, samples } = await loadDigitAssets(this.config));
    } catch (error) {
      showLoadError(this, error, 'This picture of the network cannot be shown');
      return;
    }
    this.wireNeurons();
    const select = this.querySelector<HTMLSelectElement>('[data-sample]');
    if (select) {
      select.replaceChildren(
        ...samples.map(
          (s, k) => new Option(`A handwritten ${s.label} (sample ${k + 1})`, String(k)),
        ),
      );
      select.disabled = false;
      select.addEventListener('change', () => this.setInput(samples[Number(select.value)]!.pixels));
    }
    if (this.config.follow) onDigitInput(this.config.follow, ({ input }) => this.setInput(input));
    new ResizeObserver(() => this.drawEdges()).observe(this.querySelector('[data-net]')!);
    this.setInput(samples[0]!.pixels);
  }

  private buttons(layer: number): HTMLButtonElement[] {
    return [...this.querySelectorAll<HTMLButtonElement>(`[data-layer="${layer}"] button`)];
  }

  private wireNeurons(): void {
    const all = [1, 2, 3].map((l) => this.buttons(l));
    all.forEach((column, l) =>
      column.forEach((button, i) => {
        button.disabled = false;
        button.addEventListener('click', () => this.select({ layer: l + 1, neuron: i }));
        button.addEventListener('keydown', (e) => {
          const move: Record<string, [number, number]> = {
            ArrowUp: [0, -1],
            ArrowDown: [0, 1],
            ArrowLeft: [-1, 0],
            ArrowRight: [1, 0],
          };
          let target: HTMLButtonElement | undefined;
          if (e.key in move) {
            const [dl, di] = move[e.key]!;
            const col = all[Math.min(2, Math.max(0, l + dl))]!;
            // Moving across layers keeps the same relative height in the column.
            const index =
              dl === 0 ? i + di : Math.round((i / (column.length - 1)) * (col.length - 1));
            target = col[Math.min(col.length - 1, Math.max(0, index))];
          } else if (e.key === 'Home') target = column[0];
          else if (e.key === 'End') target = column.at(-1);
          if (!target) return;
          e.preventDefault();
          for (const b of all.flat()) b.tabIndex = b === target ? 0 : -1;
          target.focus();
        });
      }),
    );
  }

  private setInput(input: Float64Array): void {
    const network = this.network!;
    this.activations = network.forward(input).map((a) => a.slice());
    paintGrid(this.querySelector<HTMLCanvasElement>('[data-input]')!, input, grey);
    [1, 2, 3].forEach((l) =>
      this.buttons(l).forEach((button, i) => {
        const a = this.activations[l]![i]!;
        button.querySelector<HTMLElement>('.dot')!.style.setProperty('--a', String(a));
        const name = button.querySelector<HTMLElement>('[data-name]')!;
        name.dataset.base ??= name.textContent!.trim();
        name.textContent = `${name.dataset.base}, activation ${formatNumber(a, 2)}`;
      }),
    );
    if (this.selected) this.select(this.selected);
  }

  private select(selection: Selection): void {
    this.selected = selection;
    const { layer, neuron } = selection;
    for (const l of [1, 2, 3]) {
      this.buttons(l).forEach((b, i) =>
        b.setAttribute('aria-pressed', String(l === layer && i === neuron)),
      );
    }
    const W = this.network!.layers[layer - 1]!;
    const weights = W.weights.subarray(neuron * W.inputSize, (neuron + 1) * W.inputSize);
    const max = Math.max(...weights.map(Math.abs));
    const name =
      layer === 3
        ? `Output neuron for digit ${neuron}`
        : `Hidden layer ${layer}, neuron ${neuron + 1}`;
    this.querySelector('[data-detail-text]')!.textContent = `${name}: activation ${formatNumber(
      this.activations[layer]![neuron]!,
    )}, bias ${formatNumber(W.biases[neuron]!)}. ${W.inputSize} incoming weights, from ${formatNumber(
      Math.min(...weights),
    )} to ${formatNumber(Math.max(...weights))}.`;
    const picture = this.querySelector<HTMLElement>('[data-weight-picture]')!;
    const bars = this.querySelector<HTMLOListElement>('[data-weight-bars]')!;
    picture.hidden = layer !== 1;
    bars.hidden = layer === 1;
    if (layer === 1) {
      const canvas = this.querySelector<HTMLCanvasElement>('[data-weight-image]')!;
      paintGrid(canvas, weights, (w) => diverging(w, max));
      canvas.setAttribute('aria-label', `Incoming weights of ${name} as a 28 × 28 picture`);
      this.querySelector('[data-legend-min]')!.textContent = formatNumber(-max, 2);
      this.querySelector('[data-legend-max]')!.textContent = `+${formatNumber(max, 2)}`;
    } else {
      bars.setAttribute('aria-label', `Incoming weights of ${name}`);
      bars.replaceChildren(
        ...Array.from(weights, (w, j) => {
          const li = document.createElement('li');
          const from = document.createElement('span');
          from.textContent = `neuron ${j + 1}`;
          const neg = document.createElement('span');
          neg.className = 'neg';
          neg.style.width = `${w < 0 ? (-w / max) * 100 : 0}%`;
          const pos = document.createElement('span');
          pos.className = 'pos';
          pos.style.width = `${w > 0 ? (w / max) * 100 : 0}%`;
          const value = document.createElement('span');
          value.textContent = `${w > 0 ? '+' : ''}${formatNumber(w, 2)}`;
          li.append(from, neg, pos, value);
          return li;
        }),
      );
    }
    this.drawEdges();
  }

  /** Lines into the selected neuron from every neuron of the layer before it. */
  private drawEdges(): void {
    const svg = this.querySelector<SVGSVGElement>('[data-edges]')!;
    svg.replaceChildren();
    if (!this.selected || !this.network) return;
    const { layer, neuron } = this.selected;
    const box = this.querySelector('[data-net]')!.getBoundingClientRect();
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2 - box.left, y: r.top + r.height / 2 - box.top };
    };
    const target = centre(this.buttons(layer)[neuron]!.querySelector('.dot')!);
    let sources: { x: number; y: number }[];
    if (layer === 1) {
      const r = this.querySelector('[data-input]')!.getBoundingClientRect();
      sources = Array.from({ length: 784 }, (_, k) => ({
        x: r.left - box.left + ((k % 28) + 0.5) * (r.width / 28),
        y: r.top - box.top + (Math.floor(k / 28) + 0.5) * (r.height / 28),
      }));
    } else {
      sources = this.buttons(layer - 1).map((b) => centre(b.querySelector('.dot')!));
    }
    const W = this.network.layers[layer - 1]!;
    const weights = W.weights.subarray(neuron * W.inputSize, (neuron + 1) * W.inputSize);
    const max = Math.max(...weights.map(Math.abs));
    const positive = css(diverging(1, 1));
    const negative = css(diverging(-1, 1));
    sources.forEach((s, j) => {
      const w = weights[j]!;
      const line = document.createElementNS(SVG, 'line');
      line.setAttribute('x1', String(s.x));
      line.setAttribute('y1', String(s.y));
      line.setAttribute('x2', String(target.x));
      line.setAttribute('y2', String(target.y));
      line.setAttribute('stroke', w >= 0 ? positive : negative);
      line.setAttribute('stroke-width', layer === 1 ? '0.6' : '2.5');
      line.setAttribute('stroke-opacity', String((Math.abs(w) / max) * (layer === 1 ? 0.5 : 0.9)));
      if (w < 0) line.setAttribute('stroke-dasharray', '4 3');
      svg.append(line);
    });
  }
}

if (!customElements.get('network-view')) customElements.define('network-view', NetworkViewElement);
