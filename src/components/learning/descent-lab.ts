/**
 * <descent-lab>: state {w, b, rate, steps} → core (cost, slopes) → table, numbers, landscape
 * → URL. Steps apply w ← w − η ∂C/∂w and b ← b − η ∂C/∂b, clamped to the sliders' range
 * (descentStep). A link may lock or hide w, b, rate and "step" (both step buttons); a locked
 * w or b stays where it is while the other steps.
 */
import { setText } from '~/components/set-text';
import { wireSliderFields } from '~/components/controls/slider-fields';
import { formatNumber } from '~/render/format';
import { clamp, type Schema } from '~/state/url-state';
import { isFree, resetFree, type ControlLocks } from '~/state/control-locks';
import {
  bindIslandLink,
  IslandLife,
  readIslandConfig,
  type IslandLink,
} from '~/components/island/kit';
import { GOAL_SHAPE, pair, type Shape } from '~/components/island/config-shape';
import { wireGoal } from '~/components/challenge/goal-ui';
import { descentGoalMet, type DescentGoal } from '~/components/challenge/descent-goal';
import { descentState, descentStepPast, landscape, PARAMETER_RANGE } from './descent-maths';
import { edgeNote, type Cut } from './edge-note';

interface Config {
  id: string;
  w: number;
  b: number;
  rate: number;
  /** The learning-rate slider's [min, max]. */
  rateRange: [number, number];
  goal?: DescentGoal;
}

/** What the island reads from data-config (the build writes it from validated props). */
const SHAPE: Shape = {
  id: 'string',
  w: 'number',
  b: 'number',
  rate: 'number',
  rateRange: pair('number'),
  goal: GOAL_SHAPE,
};

/** What a link may lock or hide: the three sliders and the step buttons. */
const CONTROLS = ['w', 'b', 'rate', 'step'];

class DescentLabElement extends HTMLElement {
  private config!: Config;
  private schema!: Schema;
  private state = { w: 0, b: 0, rate: 1 };
  private locks: ControlLocks = { lock: [], hide: [] };
  private steps = 0;
  /** Whether w and b got where they are by steps alone since the start (a goal may ask). */
  private byStepsOnly = true;
  private reportGoal: (met: boolean) => void = () => {};
  private life?: IslandLife;
  private link?: IslandLink<Schema>;
  private sync: (except?: HTMLInputElement) => void = () => {};

  connectedCallback(): void {
    const config = readIslandConfig<Config>(this, SHAPE);
    if (!config) return;
    const life = (this.life = new IslandLife());
    this.config = config;
    const [min, max] = PARAMETER_RANGE;
    const [rateMin, rateMax] = config.rateRange;
    this.schema = {
      w: { kind: 'number', min, max, default: config.w },
      b: { kind: 'number', min, max, default: config.b },
      rate: { kind: 'number', min: rateMin, max: rateMax, default: config.rate, decimals: 1 },
    };
    const sliders = wireSliderFields(
      this,
      (key, value, source) => {
        const field = this.schema[key]!;
        if (field.kind !== 'number' || !isFree(this.locks, key)) return;
        this.state[key as keyof typeof this.state] = clamp(value, field.min, field.max);
        if (key !== 'rate') this.byStepsOnly = false;
        this.showEdge([]);
        this.update(source);
      },
      life.signal,
    );
    this.sync = (except) => sliders.sync(this.state, except);
    const button = (selector: string, action: () => void) => {
      const el = this.querySelector<HTMLButtonElement>(selector)!;
      el.disabled = false;
      life.on(el, 'click', action);
    };
    button('[data-step]', () => this.step(1));
    button('[data-step10]', () => this.step(10));
    button('[data-reset]', () => {
      const start = { w: config.w, b: config.b, rate: config.rate };
      this.restart(start);
    });
    const goal = config.goal;
    if (goal) {
      this.reportGoal = wireGoal(
        this,
        goal.done,
        () => {
          const { rate, steps } = goal.solution;
          this.restart({ w: config.w, b: config.b, rate });
          this.step(steps);
        },
        life.signal,
      );
    }
    // After the controls are enabled: the link's locks disable some again.
    this.link = bindIslandLink(this, life, {
      id: config.id,
      schema: this.schema,
      controls: CONTROLS,
    });
    this.state = { ...(this.link.state as typeof this.state) };
    this.locks = this.link.locks;
    this.steps = 0;
    this.byStepsOnly = this.state.w === config.w && this.state.b === config.b;
    this.update();
  }

  disconnectedCallback(): void {
    this.life?.dispose();
  }

  /** Back to the start (what a link locks stays), with no steps taken. */
  private restart(start: typeof this.state): void {
    this.state = resetFree(this.state, start, this.locks);
    this.steps = 0;
    this.byStepsOnly = true;
    this.link?.notice([]);
    this.showEdge([]);
    this.update();
  }

  private step(count: number): void {
    if (!isFree(this.locks, 'step')) return;
    const cuts: Cut[] = [];
    for (let k = 0; k < count; k++) {
      const { w, b, rate } = this.state;
      const next = descentStepPast(w, b, rate);
      for (const past of next.past) {
        if (isFree(this.locks, past.name)) cuts.push({ step: this.steps + k + 1, past });
      }
      if (isFree(this.locks, 'w')) this.state.w = next.w;
      if (isFree(this.locks, 'b')) this.state.b = next.b;
    }
    this.steps += count;
    this.showEdge(cuts);
    this.update();
    const s = descentState(this.state.w, this.state.b);
    this.querySelector('[data-announce]')!.textContent =
      `After ${this.steps} steps: cost ${formatNumber(s.cost)}, w ${formatNumber(this.state.w, 2)}, b ${formatNumber(this.state.b, 2)}.`;
  }

  /** Shows edgeNote(cuts) beside the numbers; hidden when no step was cut short. */
  private showEdge(cuts: readonly Cut[]): void {
    const note = this.querySelector<HTMLElement>('[data-edge]')!;
    note.hidden = cuts.length === 0;
    setText(note, edgeNote(cuts));
  }

  private update(source?: HTMLInputElement): void {
    const { w, b } = this.state;
    const s = descentState(w, b);
    s.rows.forEach((r, i) => {
      const row = this.querySelector(`[data-row="${i}"]`)!;
      setText(row.querySelector('[data-a]')!, formatNumber(r.a));
      setText(row.querySelector('[data-error]')!, formatNumber(r.error));
    });
    setText(this.querySelector('[data-cost]')!, formatNumber(s.cost));
    setText(this.querySelector('[data-dw]')!, formatNumber(s.dw));
    setText(this.querySelector('[data-db]')!, formatNumber(s.db));
    setText(this.querySelector('[data-steps]')!, String(this.steps));
    const pic = landscape(w, b, PARAMETER_RANGE);
    this.querySelector('[data-curve]')!.setAttribute('d', pic.curve);
    const point = this.querySelector('[data-point]')!;
    point.setAttribute('cx', String(pic.point.x));
    point.setAttribute('cy', String(pic.point.y));
    const t = this.querySelector('[data-tangent]')!;
    for (const [k, v] of Object.entries(pic.tangent)) t.setAttribute(k, String(v));
    this.sync(source);
    if (this.config.goal) {
      const run = { w, b, steps: this.steps, byStepsOnly: this.byStepsOnly };
      this.reportGoal(descentGoalMet(this.config.goal.when, run));
    }
    this.link?.write(this.state);
  }
}

if (!customElements.get('descent-lab')) customElements.define('descent-lab', DescentLabElement);
