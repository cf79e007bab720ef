/**
 * Reads the props that a lesson gives its demos, straight from the MDX source, so that tests
 * of what a lesson claims use exactly what ships.
 *
 *   componentProps(source, 'NeuronLab', 'gate')
 *   // → { id: 'gate', inputs: [1, 1], weights: [1, 1], bias: 0.5, activation: 'step', … }
 *
 * Only literal props are read: strings ("…" or '…'), and in braces numbers, strings, true,
 * false, null, arrays of those and objects of those (`{{ text: "…", when: { z: 0 } }}`). A bare prop (`derivatives`) is true. Spread props
 * (`{...frontmatter.questions[0]}`) are skipped. Any other expression is an Error naming
 * the component and the prop, never a guess.
 */

/** A literal prop value as a lesson writes it. */
export type PropValue =
  string | number | boolean | null | PropValue[] | { [key: string]: PropValue };

/** One use of a component in a lesson: its props by name, in source order. */
export type ComponentUse = Record<string, PropValue>;

/** Every use of `<component …/>` in the MDX source, in order. */
export function componentUses(source: string, component: string): ComponentUse[] {
  const uses: ComponentUse[] = [];
  const opening = new RegExp(`<${component}(?=[\\s/>])`, 'g');
  for (const match of source.matchAll(opening)) {
    uses.push(new TagReader(source, match.index + match[0].length, component).props());
  }
  return uses;
}

/** The props of the one `<component id="id" …/>` in the source; throws unless exactly one. */
export function componentProps(source: string, component: string, id: string): ComponentUse {
  const found = componentUses(source, component).filter((p) => p.id === id);
  if (found.length !== 1) {
    throw new Error(`Expected one <${component} id="${id}"> in the lesson; found ${found.length}`);
  }
  return found[0]!;
}

/** A cursor over one opening tag's attributes. */
class TagReader {
  constructor(
    private readonly text: string,
    private at: number,
    private readonly component: string,
  ) {}

  props(): ComponentUse {
    const props: ComponentUse = {};
    for (;;) {
      this.skipSpace();
      const c = this.text[this.at];
      if (c === undefined) throw this.error('the tag is never closed');
      if (c === '/' || c === '>') return props;
      if (c === '{') {
        this.skipBraces(); // a spread such as {...frontmatter.questions[0]}
        continue;
      }
      const name = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.at))?.[0];
      if (!name) throw this.error(`unexpected "${c}" among the props`);
      this.at += name.length;
      this.skipSpace();
      if (this.text[this.at] !== '=') {
        props[name] = true;
        continue;
      }
      this.at++;
      this.skipSpace();
      const q = this.text[this.at];
      if (q === '"' || q === "'") props[name] = this.quoted();
      else if (q === '{') props[name] = this.expression(name);
      else throw this.error(`prop "${name}" has no value`);
    }
  }

  private expression(prop: string): PropValue {
    const start = this.at + 1;
    this.skipBraces();
    const literal = new LiteralReader(this.text.slice(start, this.at - 1));
    try {
      return literal.whole();
    } catch (error) {
      throw this.error(`prop "${prop}" is not a literal (${(error as Error).message})`);
    }
  }

  private quoted(): string {
    const q = this.text[this.at]!;
    const end = this.text.indexOf(q, this.at + 1);
    if (end < 0) throw this.error('a string is never closed');
    const value = this.text.slice(this.at + 1, end);
    this.at = end + 1;
    return value;
  }

  /** Moves past a balanced {…}, stepping over strings inside it. */
  private skipBraces(): void {
    let depth = 0;
    do {
      const c = this.text[this.at];
      if (c === undefined) throw this.error('a { is never closed');
      if (c === '"' || c === "'" || c === '`') {
        const end = this.text.indexOf(c, this.at + 1);
        if (end < 0) throw this.error('a string is never closed');
        this.at = end;
      } else if (c === '{') depth++;
      else if (c === '}') depth--;
      this.at++;
    } while (depth > 0);
  }

  private skipSpace(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }

  private error(what: string): Error {
    return new Error(`<${this.component}> at offset ${this.at}: ${what}`);
  }
}

/** Reads one JavaScript literal: number, string, true, false, null, an array or an object of them. */
class LiteralReader {
  private at = 0;
  constructor(private readonly text: string) {}

  whole(): PropValue {
    const value = this.value();
    this.skipSpace();
    if (this.at !== this.text.length) throw new Error(`unexpected "${this.text.slice(this.at)}"`);
    return value;
  }

  private value(): PropValue {
    this.skipSpace();
    const rest = this.text.slice(this.at);
    const c = rest[0];
    if (c === '[') return this.array();
    if (c === '{') return this.object();
    if (c === '"' || c === "'") {
      const end = rest.indexOf(c, 1);
      if (end < 0 || rest.slice(1, end).includes('\\')) throw new Error('unsupported string');
      this.at += end + 1;
      return rest.slice(1, end);
    }
    const word = /^(true|false|null)\b/.exec(rest);
    if (word) {
      this.at += word[0].length;
      return word[1] === 'null' ? null : word[1] === 'true';
    }
    const number = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?/i.exec(rest);
    if (number) {
      this.at += number[0].length;
      return Number(number[0]);
    }
    throw new Error(`unexpected "${rest}"`);
  }

  private array(): PropValue[] {
    const items: PropValue[] = [];
    this.at++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === ']') {
        this.at++;
        return items;
      }
      items.push(this.value());
      this.skipSpace();
      const c = this.text[this.at];
      if (c === ',') this.at++;
      else if (c !== ']') throw new Error(`expected , or ] in a list`);
    }
  }

  /** `{ key: value, 'key': value, }`: plain or quoted keys, a trailing comma allowed. */
  private object(): { [key: string]: PropValue } {
    const entries: { [key: string]: PropValue } = {};
    this.at++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === '}') {
        this.at++;
        return entries;
      }
      const key = /^(?:([A-Za-z_$][\w$]*)|"([^"\\]*)"|'([^'\\]*)')\s*:/.exec(
        this.text.slice(this.at),
      );
      if (!key) throw new Error(`expected a key in an object at "${this.text.slice(this.at)}"`);
      this.at += key[0].length;
      entries[key[1] ?? key[2] ?? key[3]!] = this.value();
      this.skipSpace();
      const c = this.text[this.at];
      if (c === ',') this.at++;
      else if (c !== '}') throw new Error('expected , or } in an object');
    }
  }

  private skipSpace(): void {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
  }
}
