/**
 * Argument checks shared by the core. Each throws an Error that says what was expected and
 * what was given, e.g. "input must have 784 values; got 783".
 */

/** Asserts `values` has `length` entries, all finite numbers. */
export function assertFiniteVector(values: ArrayLike<number>, length: number, what: string): void {
  if (values == null || typeof values.length !== 'number') {
    throw new Error(`${what} must be a list of ${length} numbers; got ${String(values)}`);
  }
  if (values.length !== length) {
    throw new Error(`${what} must have ${length} values; got ${values.length}`);
  }
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new Error(`${what} must be finite numbers; value ${i} is ${String(v)}`);
    }
  }
}

/** Asserts a network shape: at least two layers, each a whole number of neurons ≥ 1. */
export function assertShape(sizes: readonly number[]): void {
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new Error(
      `A network shape needs at least 2 layer sizes, such as [2, 1]; got ${JSON.stringify(sizes)}`,
    );
  }
  sizes.forEach((n, l) => {
    if (!Number.isInteger(n) || n < 1) {
      throw new Error(
        `Layer sizes must be whole numbers of at least 1; layer ${l} is ${JSON.stringify(n)}`,
      );
    }
  });
}
