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
  onValue: (key: string, value: number, source: HTMLInputElement) => void,
): SliderFields {
  const fields = [...root.querySelectorAll<HTMLElement>('.slider-field')];
  for (const field of fields) {
    const key = field.dataset.key!;
    const range = field.querySelector<HTMLInputElement>('[data-role="range"]')!;
    const number = field.querySelector<HTMLInputElement>('[data-role="number"]')!;
    if (field.dataset.locked === undefined) {
      range.disabled = false;
      number.disabled = false;
    }
    range.addEventListener('input', () => onValue(key, range.valueAsNumber, range));
    number.addEventListener('input', () => {
      // While typing ("0.", "-") the field may not hold a number yet; wait for one.
      if (number.value.trim() !== '' && Number.isFinite(number.valueAsNumber)) {
        onValue(key, number.valueAsNumber, number);
      }
    });
  }
  const sync: SliderFields['sync'] = (values, except) => {
    for (const field of fields) {
      const raw = values[field.dataset.key!];
      // Computed values (after a gradient step, say) show 4 decimals at most.
      const value = typeof raw === 'number' ? String(Number(raw.toFixed(4))) : String(raw);
      for (const input of field.querySelectorAll<HTMLInputElement>('input')) {
        if (input !== except && input.value !== value) input.value = value;
      }
    }
  };
  // Leaving a number field (after a partial or out-of-range entry) shows the value in force.
  for (const field of fields) {
    field.querySelector('[data-role="number"]')!.addEventListener('change', () => sync(lastValues));
  }
  let lastValues: Record<string, number | string> = {};
  return {
    sync(values, except) {
      lastValues = values;
      sync(values, except);
    },
  };
}
