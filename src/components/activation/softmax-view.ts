/**
 * <softmax-view>: logits in, probabilities out. Data flow:
 *   slider or count → state (clamped) → core softmax → bars and numbers → URL.
 */
import { setText } from '~/components/set-text';
import { softmax } from '~/core/activations.ts';
import { wireSliderFields } from '~/components/controls/slider-fields';
import { formatNumber } from '~/render/format';
import { clamp, defaults, type Schema } from '~/state/url-state';
import { isFree, resetFree, type ControlLocks } from '~/state/control-locks';
import {
  bindIslandLink,
  IslandLife,
  readIslandConfig,
  type IslandLink,
} from '~/components/island/kit';
import { wireGoal } from '~/components/challenge/goal-ui';
import { softmaxGoalMet } from '~/components/challenge/softmax-goal';
import { MAX_LOGITS, SOFTMAX_SHAPE, softmaxSchema, type SoftmaxConfig } from './softmax-config';

class SoftmaxViewElement extends HTMLElement {
  private config!: SoftmaxConfig;
  private schema!: Schema;
  private state!: Record<string, number>;
  private locks!: ControlLocks;
  private life?: IslandLife;
  private link?: IslandLink<Schema>;
  private reportGoal: (met: boolean) => void = () => {};

  connectedCallback(): void {
    const config = readIslandConfig<SoftmaxConfig>(this, SOFTMAX_SHAPE);
    if (!config) return;
    const life = (this.life = new IslandLife());
    this.config = config;
    this.schema = softmaxSchema(config);
    const sliders = wireSliderFields(
      this,
      (key, value) => {
        const field = this.schema[key]!;
        if (!isFree(this.locks, key)) return;
        if (field.kind === 'number') this.state[key] = clamp(value, field.min, field.max);
        this.update();
      },
      life.signal,
    );
    const count = this.querySelector<HTMLSelectElement>('[data-count]')!;
    count.disabled = false;
    life.on(count, 'change', () => {
      if (!isFree(this.locks, 'n')) return;
      this.state.n = Number(count.value);
      this.update();
    });
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]')!;
    reset.disabled = false;
    life.on(reset, 'click', () => {
      const start = defaults(this.schema) as Record<string, number>;
      this.state = resetFree(this.state, start, this.locks);
      this.link?.notice([]);
      this.update();
    });
    this.sync = (except) => {
      sliders.sync(this.state, except);
      const n = String(this.state.n);
      if (count.value !== n) count.value = n;
    };
    const goal = config.goal;
    if (goal) {
      // The lesson's logits, as many as it gives (what a link locks stays).
      const solve = () => {
        const start = defaults(this.schema) as Record<string, number>;
        goal.solution.logits.forEach((z, i) => (start[`z${i + 1}`] = z));
        this.state = resetFree(this.state, start, this.locks);
        this.link?.notice([]);
        this.update();
      };
      this.reportGoal = wireGoal(this, goal.done, solve, life.signal);
    }
    // After the controls are enabled: the link's locks disable some again. A link may lock
    // or hide the count n and any logit z1 … z10.
    this.link = bindIslandLink(this, life, {
      id: config.id,
      schema: this.schema,
      controls: Object.keys(this.schema),
    });
    this.state = { ...(this.link.state as Record<string, number>) };
    this.locks = this.link.locks;
    // A count is a whole number: 4.6 logits means 5.
    this.state.n = Math.round(this.state.n!);
    this.update(this.link.corrections.length > 0);
  }

  disconnectedCallback(): void {
    this.life?.dispose();
  }

  private sync: (except?: HTMLInputElement) => void = () => {};

  private update(writeUrl = true): void {
    const n = this.state.n!;
    const logits = Array.from({ length: n }, (_, i) => this.state[`z${i + 1}`]!);
    const p = softmax.output(logits);
    for (let i = 0; i < MAX_LOGITS; i++) {
      const shown = i < n;
      this.querySelector<HTMLElement>(`[data-slot="${i}"]`)!.hidden = !shown;
      const bar = this.querySelector<HTMLElement>(`[data-bar="${i}"]`)!;
      bar.hidden = !shown;
      if (!shown) continue;
      bar.querySelector<HTMLElement>('.fill')!.style.width = `${p[i]! * 100}%`;
      setText(bar.querySelector('output')!, formatNumber(p[i]!));
    }
    setText(this.querySelector('[data-sum]')!, formatNumber(p.reduce((s, v) => s + v, 0)));
    this.sync();
    if (this.config.goal) this.reportGoal(softmaxGoalMet(this.config.goal.when, logits));
    if (writeUrl) this.link?.write(this.state);
  }
}

if (!customElements.get('softmax-view')) customElements.define('softmax-view', SoftmaxViewElement);
