/**
 * Writes that leave an unchanged element alone. Setting `textContent` or an attribute to the
 * value it already has still replaces the text node or re-runs style, and every replaced text
 * node is laid out and painted again; a slider step changes a few of an island's numbers, so
 * the hot paths write through these.
 */

/** Sets `el`'s text to `text` unless it already reads so. */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Sets attribute `name` of `el` to `value` unless it already has it. */
export function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Shows `texts` as the children of `list`, one `<span>` each with a space between them (so a
 * line breaks only between values), reusing the spans already there.
 */
export function setSpans(list: Element, texts: readonly string[]): void {
  const spans = [...list.children] as HTMLElement[];
  if (spans.length !== texts.length || list.childNodes.length !== 2 * texts.length - 1) {
    const pieces = texts.flatMap((text, i) => {
      const piece = document.createElement('span');
      piece.textContent = text;
      return i === 0 ? [piece] : [' ', piece];
    });
    list.replaceChildren(...pieces);
    return;
  }
  texts.forEach((text, i) => setText(spans[i]!, text));
}
