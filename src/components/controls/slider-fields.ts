import { fieldText, parseFieldText } from '~/render/format';
import { setAttr } from '~/components/set-text';

/**
 * Brings the SliderField controls inside `root` to life: enables those not locked, reports
 * every new value by state key, and returns `sync`, which puts the controls at given values
 * (leaving alone the number field the reader is typing in).
 */
export interface SliderFields {
  sync(values: Record<string, number | string>, except?: HTMLInputElement): void;
}

export function wireSliderFields(
  root: Element,
  onValue: (key: string, value: number, source: HTMLInputElement | undefined) => void,
  /** Removes every listener when it aborts (the island's lifecycle). */
  signal?: AbortSignal,
): SliderFields {
  const options = { signal };
  const fields = [...root.querySelectorAll<HTMLElement>('.slider-field')];
  for (const field of fields) {
    const key = field.dataset.key!;
    const range = field.querySelector<HTMLInputElement>('[data-role="range"]')!;
    const number = field.querySelector<HTMLInputElement>('[data-role="number"]')!;
    if (field.dataset.locked === undefined) {
      range.disabled = false;
      number.disabled = false;
    }
    range.addEventListener('input', () => onValue(key, range.valueAsNumber, range), options);
    range.addEventListener(
      'keydown',
      (event) => {
        // Shift+Arrow moves ten steps (the browser's own arrow keys move one).
        const sign = { ArrowUp: 1, ArrowRight: 1, ArrowDown: -1, ArrowLeft: -1 }[event.key];
        if (!event.shiftKey || sign === undefined) return;
        event.preventDefault();
        const step = Number(range.step) || 1;
        const next = Math.min(
          Number(range.max),
          Math.max(Number(range.min), range.valueAsNumber + sign * 10 * step),
        );
        range.value = String(Number(next.toFixed(10)));
        onValue(key, range.valueAsNumber, range);
      },
      options,
    );
    number.addEventListener(
      'input',
      () => {
        // While typing ("0.", "−") the field may not hold a number yet; wait for one.
        const value = parseFieldText(number.value);
        if (value !== undefined) onValue(key, value, number);
      },
      options,
    );
    number.addEventListener(
      'keydown',
      (event) => {
        // A spinbutton steps with the arrow keys, ten steps with Shift, within [min, max].
        if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
        event.preventDefault();
        const { spinMin: min, spinMax: max, spinStep: step } = number.dataset;
        const now = parseFieldText(number.value) ?? range.valueAsNumber;
        const by = Number(step) * (event.shiftKey ? 10 : 1) * (event.key === 'ArrowUp' ? 1 : -1);
        const next = Math.min(Number(max), Math.max(Number(min), now + by));
        onValue(key, Number(next.toFixed(10)), undefined);
      },
      options,
    );
  }
  const sync: SliderFields['sync'] = (values, except) => {
    for (const field of fields) {
      const raw = values[field.dataset.key!];
      // Computed values (after a gradient step, say) show 4 decimals at most, with a true minus.
      const range = field.querySelector<HTMLInputElement>('[data-role="range"]')!;
      const number = field.querySelector<HTMLInputElement>('[data-role="number"]')!;
      const plain = typeof raw === 'number' ? String(Number(raw.toFixed(4))) : String(raw);
      const shown = typeof raw === 'number' ? fieldText(raw) : String(raw);
      if (range !== except && range.value !== plain) range.value = plain;
      if (number !== except && number.value !== shown) number.value = shown;
      setAttr(number, 'aria-valuenow', plain);
    }
  };
  // Leaving a number field (after a partial or out-of-range entry) shows the value in force.
  for (const field of fields) {
    field
      .querySelector('[data-role="number"]')!
      .addEventListener('change', () => sync(lastValues), options);
  }
  let lastValues: Record<string, number | string> = {};
  return {
    sync(values, except) {
      lastValues = values;
      sync(values, except);
    },
  };
}
