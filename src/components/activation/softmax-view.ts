/**
 * <softmax-view>: logits in, probabilities out. Data flow:
 *   slider or count → state (clamped) → core softmax → bars and numbers → URL.
 */
import { softmax } from '~/core/activations.ts';
import { wireSliderFields } from '~/components/controls/slider-fields';
import { formatNumber } from '~/render/format';
import { clamp, defaults, writeState, type Schema } from '~/state/url-state';
import { correctionNotice, createUrlWriter } from '~/state/url-sync';
import { isFree, resetFree, writeControlLocks, type ControlLocks } from '~/state/control-locks';
import { readIslandLink } from '~/state/island-link';
import { applyControlLocks } from '~/components/controls/apply-locks';
import { wireGoal } from '~/components/challenge/goal-ui';
import { softmaxGoalMet } from '~/components/challenge/softmax-goal';
import { MAX_LOGITS, softmaxSchema, type SoftmaxConfig } from './softmax-config';

class SoftmaxViewElement extends HTMLElement {
  private config!: SoftmaxConfig;
  private schema!: Schema;
  private state!: Record<string, number>;
  private locks!: ControlLocks;
  private writeUrl = createUrlWriter();
  private reportGoal: (met: boolean) => void = () => {};

  connectedCallback(): void {
    if (this.schema) return;
    this.config = JSON.parse(this.dataset.config!) as SoftmaxConfig;
    this.schema = softmaxSchema(this.config);
    const params = new URLSearchParams(location.search);
    // A link may lock or hide the count n and any logit z1 … z10.
    const { state, locks, corrections } = readIslandLink(params, this.config.id, this.schema, {
      controls: Object.keys(this.schema),
    });
    this.state = state as Record<string, number>;
    this.locks = locks;
    // A count is a whole number: 4.6 logits means 5.
    this.state.n = Math.round(this.state.n!);
    const notice = this.querySelector<HTMLElement>('[data-notice]')!;
    notice.hidden = corrections.length === 0;
    notice.textContent = corrections.length ? correctionNotice(corrections) : '';

    const sliders = wireSliderFields(this, (key, value) => {
      const field = this.schema[key]!;
      if (!isFree(this.locks, key)) return;
      if (field.kind === 'number') this.state[key] = clamp(value, field.min, field.max);
      this.update();
    });
    const count = this.querySelector<HTMLSelectElement>('[data-count]')!;
    count.disabled = false;
    count.addEventListener('change', () => {
      if (!isFree(this.locks, 'n')) return;
      this.state.n = Number(count.value);
      this.update();
    });
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]')!;
    reset.disabled = false;
    reset.addEventListener('click', () => {
      this.state = resetFree(this.state, defaults(this.schema) as Record<string, number>, locks);
      notice.hidden = true;
      this.update();
    });
    this.sync = (except) => {
      sliders.sync(this.state, except);
      count.value = String(this.state.n);
    };
    const goal = this.config.goal;
    if (goal) {
      // The lesson's logits, as many as it gives (what a link locks stays).
      this.reportGoal = wireGoal(this, goal.done, () => {
        const start = defaults(this.schema) as Record<string, number>;
        goal.solution.logits.forEach((z, i) => (start[`z${i + 1}`] = z));
        this.state = resetFree(this.state, start, this.locks);
        notice.hidden = true;
        this.update();
      });
    }
    applyControlLocks(this, locks);
    this.update(corrections.length > 0);
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
      bar.querySelector('output')!.textContent = formatNumber(p[i]!);
    }
    this.querySelector('[data-sum]')!.textContent = formatNumber(p.reduce((s, v) => s + v, 0));
    this.sync();
    if (this.config.goal) this.reportGoal(softmaxGoalMet(this.config.goal.when, logits));
    if (writeUrl)
      this.writeUrl((params) => {
        writeState(params, this.config.id, this.schema, this.state);
        writeControlLocks(params, this.config.id, this.locks);
      });
  }
}

if (!customElements.get('softmax-view')) customElements.define('softmax-view', SoftmaxViewElement);
