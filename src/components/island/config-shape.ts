/**
 * The shape of an island's `data-config`, checked in the browser before the island uses it.
 * The build validates lesson props (and fails naming the file and prop); this check guards the
 * page itself: hand-edited HTML, or a page cached by an older deploy meeting newer JavaScript.
 *
 * A Shape is a small description of JSON:
 *   'string' | 'number' (finite) | 'boolean' | 'object' (any non-null, non-array object)
 *   ['number']                 a list whose items have that shape
 *   { id: 'string', … }        an object with those fields (others are allowed and ignored)
 *   optional(shape)            (as a field) may be missing; if present, has that shape
 *   oneOf('a', 'b')            one of these strings or numbers
 *   pair('number')             a list of exactly two items of that shape, [min, max]
 */
export type Shape =
  | 'string'
  | 'number'
  | 'boolean'
  | 'object'
  | readonly [Shape]
  | Optional
  | OneOf
  | Pair
  | { readonly [field: string]: Shape };

class Optional {
  constructor(readonly shape: Shape) {}
}
class OneOf {
  constructor(readonly values: readonly (string | number)[]) {}
}
class Pair {
  constructor(readonly item: Shape) {}
}

export const optional = (shape: Shape): Shape => new Optional(shape);
export const oneOf = (...values: (string | number)[]): Shape => new OneOf(values);
export const pair = (item: Shape): Shape => new Pair(item);

/** What a value is, in words, for a message: "a number", "a list", "null". */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return `${typeof value === 'object' ? 'an' : 'a'} ${typeof value}`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every way `value` differs from `shape`, as sentences naming the path ("config.weights[2]
 * must be a number, not a string"); [] when it fits. Stops at the first problem of each field.
 */
export function shapeProblems(value: unknown, shape: Shape, path = 'config'): string[] {
  if (shape instanceof Optional) {
    return value === undefined ? [] : shapeProblems(value, shape.shape, path);
  }
  if (value === undefined) return [`${path} is missing`];
  if (shape instanceof OneOf) {
    return shape.values.includes(value as string | number)
      ? []
      : [`${path} must be one of ${shape.values.map((v) => JSON.stringify(v)).join(', ')}`];
  }
  if (shape instanceof Pair) {
    if (!Array.isArray(value) || value.length !== 2) {
      return [`${path} must be a pair [min, max], not ${describe(value)}`];
    }
    return value.flatMap((v, i) => shapeProblems(v, shape.item, `${path}[${i}]`));
  }
  if (typeof shape === 'string') {
    const fits =
      shape === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : shape === 'object'
          ? isObject(value)
          : typeof value === shape;
    const a = shape === 'object' ? 'an object' : `a ${shape}`;
    return fits ? [] : [`${path} must be ${a}, not ${describe(value)}`];
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return [`${path} must be a list, not ${describe(value)}`];
    return value.flatMap((v, i) => shapeProblems(v, shape[0]!, `${path}[${i}]`));
  }
  if (!isObject(value)) return [`${path} must be an object, not ${describe(value)}`];
  return Object.entries(shape as Record<string, Shape>).flatMap(([key, s]) =>
    shapeProblems(value[key], s, `${path}.${key}`),
  );
}

/**
 * Parses JSON text and checks it against `shape`: the value, or the problems in words
 * (invalid JSON is one problem).
 */
export function parseConfig<T>(
  text: string | undefined,
  shape: Shape,
): { config: T; problems: [] } | { config: undefined; problems: string[] } {
  if (text === undefined) return { config: undefined, problems: ['data-config is missing'] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { config: undefined, problems: ['data-config is not valid JSON'] };
  }
  const problems = shapeProblems(value, shape);
  return problems.length ? { config: undefined, problems } : { config: value as T, problems: [] };
}

/** A challenge's goal as every island carries it (challenge/goal.ts); `when` and `solution`
 *  are the island's own and were checked by the build. */
export const GOAL_SHAPE: Shape = optional({
  text: 'string',
  done: 'string',
  when: 'object',
  solution: 'object',
});

/** The files every digit island loads (digit-config.ts). */
export const DIGIT_FILES_SHAPE = { model: 'string', samples: 'string' } as const;
