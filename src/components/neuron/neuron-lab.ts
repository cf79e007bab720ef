/**
 * <neuron-lab>: the live single-neuron lab. One-way data flow:
 *   control input → state (clamped) → core (evaluateNeuron) → render (SVG, text) → URL, event.
 * Config comes from data-config (validated at build time); the state is this element's own.
 */
import { getActivation } from '~/core/activations.ts';
import { evaluateNeuron, type NeuronResult } from '~/core/neuron.ts';
import { emitNeuronChange, onNeuronRequest } from '~/components/events';
import { glow, nodeValueSize, pipeWidth, signMark } from '~/render/neuron-geometry';
import { formatNumber } from '~/render/format';
import { computationText } from '~/render/neuron-text';
import { setAttr, setText } from '~/components/set-text';
import { wireSliderFields, type SliderFields } from '~/components/controls/slider-fields';
import { clamp, defaults, type Schema } from '~/state/url-state';
import { isFree, resetFree, type ControlLocks } from '~/state/control-locks';
import {
  bindIslandLink,
  IslandLife,
  readIslandConfig,
  type IslandLink,
} from '~/components/island/kit';
import { wireGoal } from '~/components/challenge/goal-ui';
import { neuronGoalMet } from '~/components/challenge/neuron-goal';
import {
  NEURON_LAB_SHAPE,
  neuronLabControls,
  neuronLabSchema,
  neuronOf,
  hasBias,
  type NeuronLabConfig,
  type NeuronLabState,
} from './neuron-lab-config';

/** How often, at most, the screen-reader summary is refreshed while a slider moves. */
const ANNOUNCE_MS = 600;

class NeuronLabElement extends HTMLElement {
  private config!: NeuronLabConfig;
  private schema!: Schema;
  private state!: NeuronLabState;
  private locks!: ControlLocks;
  private life?: IslandLife;
  private link?: IslandLink<Schema>;
  private sliders!: SliderFields;
  private announceTimer: number | undefined;
  private reportGoal: (met: boolean) => void = () => {};

  connectedCallback(): void {
    const config = readIslandConfig<NeuronLabConfig>(this, NEURON_LAB_SHAPE);
    if (!config) return;
    const life = (this.life = new IslandLife());
    life.add(() => window.clearTimeout(this.announceTimer));
    this.config = config;
    this.schema = neuronLabSchema(config);
    this.wireControls(life);
    const goal = config.goal;
    if (goal) this.reportGoal = wireGoal(this, goal.done, () => this.solve(), life.signal);
    // After the controls are enabled: the link's locks disable some again.
    this.link = bindIslandLink(this, life, {
      id: config.id,
      schema: this.schema,
      ...neuronLabControls(config),
    });
    this.state = { ...(this.link.state as NeuronLabState) };
    this.locks = this.link.locks;
    onNeuronRequest(
      config.id,
      () => this.update({ announce: false, writeUrl: false }),
      life.signal,
    );
    this.update({ announce: false, writeUrl: this.link.corrections.length > 0 });
  }

  disconnectedCallback(): void {
    this.life?.dispose();
  }

  private $<T extends Element>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  private wireControls(life: IslandLife): void {
    this.sliders = wireSliderFields(
      this,
      (key, value, source) => this.set(key, value, source),
      life.signal,
    );
    const select = this.$<HTMLSelectElement>('select[data-key="f"]');
    if (select && !this.config.lock.includes('activation')) {
      select.disabled = false;
      life.on(select, 'change', () => {
        if (!isFree(this.locks, 'f')) return;
        this.state.f = select.value;
        this.update();
      });
    }
    const reset = this.$<HTMLButtonElement>('[data-reset]')!;
    reset.disabled = false;
    life.on(reset, 'click', () => {
      this.state = resetFree(this.state, defaults(this.schema) as NeuronLabState, this.locks);
      this.link?.notice([]);
      this.update();
    });
  }

  /** "Show a solution": the lesson's solution on top of the start (what a link locks stays). */
  private solve(): void {
    const { inputs, weights, bias, activation } = this.config.goal!.solution;
    const start = defaults(this.schema) as NeuronLabState;
    inputs?.forEach((x, i) => (start[`x${i + 1}`] = x));
    weights?.forEach((w, i) => (start[`w${i + 1}`] = w));
    if (bias !== undefined) start.b = bias;
    if (activation) start.f = activation;
    this.state = resetFree(this.state, start, this.locks);
    this.link?.notice([]);
    this.update();
  }

  /** Sets a numeric field, clamped to its range; `source` is the control it came from. */
  private set(key: string, value: number, source: HTMLInputElement | undefined): void {
    const field = this.schema[key]!;
    if (field.kind !== 'number' || !isFree(this.locks, key)) return;
    this.state[key] = clamp(value, field.min, field.max, field.default);
    this.update({ source });
  }

  private update(
    options: { announce?: boolean; writeUrl?: boolean; source?: HTMLInputElement | undefined } = {},
  ): void {
    const { announce = true, writeUrl = true, source } = options;
    const neuron = neuronOf(this.config, this.state);
    const result = evaluateNeuron(neuron, neuron.inputs);
    this.syncControls(source);
    this.renderDiagram(neuron.inputs, neuron.weights, result);
    this.renderComputation(neuron, result);
    emitNeuronChange({
      id: this.config.id,
      activation: neuron.activation,
      inputs: neuron.inputs,
      weights: neuron.weights,
      bias: neuron.bias,
      z: result.z,
      a: result.a,
    });
    if (writeUrl) this.link?.write(this.state);
    if (announce) this.scheduleAnnouncement(result);
    if (this.config.goal) this.reportGoal(neuronGoalMet(this.config.goal.when, neuron));
  }

  /** Puts every control at the state's value (except the field the reader is typing in). */
  private syncControls(except?: HTMLInputElement): void {
    this.sliders.sync(this.state, except);
    const select = this.$<HTMLSelectElement>('select[data-key="f"]');
    // Setting a select's value re-selects its option (style and layout) even when unchanged.
    const f = String(this.state.f);
    if (select && select.value !== f) select.value = f;
  }

  private renderDiagram(inputs: number[], weights: number[], result: NeuronResult): void {
    const max = Math.max(
      Math.abs(this.config.weightRange[0]),
      Math.abs(this.config.weightRange[1]),
    );
    weights.forEach((w, i) => {
      const sign = w > 0 ? 1 : w < 0 ? -1 : 0;
      const pipe = this.$<SVGLineElement>(`[data-pipe="${i}"]`)!;
      setAttr(pipe, 'stroke-width', String(pipeWidth(w, max)));
      setAttr(pipe.parentElement!, 'data-sign', String(sign));
      setText(this.$(`[data-mark="${i}"]`)!, signMark(sign));
      this.$<SVGElement>(`[data-input-glow="${i}"]`)!.style.setProperty(
        '--glow',
        String(glow(inputs[i]!)),
      );
      const value = this.$(`[data-input-value="${i}"]`)!;
      const text = formatNumber(inputs[i]!, 2);
      setText(value, text);
      setAttr(value, 'style', `font-size:${nodeValueSize(text)}px`);
    });
    this.$<SVGElement>('[data-output-glow]')!.style.setProperty('--glow', String(glow(result.a)));
    setText(this.$('[data-output-value]')!, formatNumber(result.a, 2));
  }

  private renderComputation(neuron: ReturnType<typeof neuronOf>, result: NeuronResult): void {
    const text = computationText(
      neuron.inputs,
      neuron.weights,
      neuron.bias,
      neuron.activation,
      result,
      hasBias(this.config),
    );
    text.terms.forEach((term, i) => setText(this.$(`[data-term="${i}"]`)!, term));
    setText(this.$('[data-sum]')!, text.sum);
    setText(this.$('[data-z]')!, text.z);
    setText(this.$('[data-a]')!, text.a);
    setText(this.$('[data-symbol]')!, text.symbol);
  }

  private scheduleAnnouncement(result: NeuronResult): void {
    window.clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      const f = getActivation(String(this.state.f));
      this.$('[data-announce]')!.textContent =
        `Weighted sum z ${formatNumber(result.z)}, activation a ${formatNumber(result.a)} (${f.label}).`;
    }, ANNOUNCE_MS);
  }
}

if (!customElements.get('neuron-lab')) customElements.define('neuron-lab', NeuronLabElement);
