/**
 * The share panel of one island, in a modal <dialog> (focus moves in and back, Esc closes):
 * for each of the island's controls (its `[data-control]` elements, see apply-locks.ts) a
 * choice of "Free", "Locked" or "Hidden", a present-mode box, the resulting link in a
 * read-only field with Copy, and the link's QR code, drawn here as SVG by qrcode-generator.
 * copy-link.ts imports this module (and so the QR library) only when a panel first opens.
 */
import qrcode from 'qrcode-generator';
import { flushUrlWrites } from '~/state/url-sync';
import { readControlLocks, type ControlLocks } from '~/state/control-locks';
import { shareLink } from '~/state/share-link';
import { qrPath } from '~/render/qr-svg';
import { controlsOf } from './apply-locks';

const CHOICES = [
  ['free', 'Free'],
  ['lock', 'Locked'],
  ['hide', 'Hidden'],
] as const;
type Choice = (typeof CHOICES)[number][0];

const SVG = 'http://www.w3.org/2000/svg';

/** A control's title: its data-control-title, else its label's words without marks. */
function titleOf(el: HTMLElement): string {
  if (el.dataset.controlTitle) return el.dataset.controlTitle;
  const label = el.querySelector('[data-control-label]') ?? el.querySelector('label') ?? el;
  const copy = label.cloneNode(true) as Element;
  copy.querySelectorAll('[data-link-lock], select, input, button').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim() || el.dataset.control!;
}

const panels = new WeakMap<HTMLDialogElement, SharePanel>();

/** Opens island's share panel in `dialog` (made on the first call, kept for the next). */
export function openSharePanel(
  island: HTMLElement,
  dialog: HTMLDialogElement,
  opener: HTMLButtonElement,
): void {
  let panel = panels.get(dialog);
  if (!panel) panels.set(dialog, (panel = new SharePanel(island, dialog, opener)));
  panel.open();
}

class SharePanel {
  private names: string[] = [];
  private fixed = new Set<string>();

  constructor(
    private island: HTMLElement,
    private dialog: HTMLDialogElement,
    opener: HTMLButtonElement,
  ) {
    // The dialog lives inside the island, so these listeners go with it.
    dialog.addEventListener('change', () => this.refresh());
    dialog.addEventListener('close', () => opener.focus());
    dialog.querySelector('[data-share-copy]')!.addEventListener('click', () => void this.copy());
  }

  /** Lists the island's controls with the page's current choices, then shows the panel. */
  open(): void {
    flushUrlWrites();
    const id = this.island.id;
    const controls = [...controlsOf(this.island)].filter(
      ([, el]) => el.dataset.linkHidden !== undefined || !el.closest('[hidden]'),
    );
    this.names = controls.map(([name]) => name);
    this.fixed = new Set(
      controls.filter(([, el]) => el.dataset.locked !== undefined).map(([name]) => name),
    );
    const { locks } = readControlLocks(new URLSearchParams(location.search), id, this.names);
    const list = this.dialog.querySelector('[data-share-controls]')!;
    list.replaceChildren(...controls.map(([name, el]) => this.row(id, name, titleOf(el), locks)));
    this.dialog.querySelector<HTMLInputElement>('[data-share-present]')!.checked =
      new URLSearchParams(location.search).get('present') === id;
    this.dialog.querySelector('[data-share-status]')!.textContent = '';
    this.dialog.showModal();
    this.refresh();
  }

  /** One control's choice: a group named by the control, three radios. */
  private row(id: string, name: string, title: string, locks: ControlLocks): HTMLElement {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = this.fixed.has(name) ? `${title} (fixed by the lesson)` : title;
    fieldset.append(legend);
    const current: Choice = locks.hide.includes(name)
      ? 'hide'
      : locks.lock.includes(name) || this.fixed.has(name)
        ? 'lock'
        : 'free';
    for (const [value, text] of CHOICES) {
      const label = document.createElement('label');
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = `${id}-share-${name}`;
      radio.value = value;
      radio.dataset.control = name;
      radio.checked = value === current;
      radio.disabled = value === 'free' && this.fixed.has(name);
      label.append(radio, ` ${text}`);
      fieldset.append(label);
    }
    return fieldset;
  }

  /** The choices as locks (a lesson's fixed controls need no _lock: they are locked anyway). */
  private choices(): ControlLocks {
    const locks: ControlLocks = { lock: [], hide: [] };
    for (const name of this.names) {
      const radio = this.dialog.querySelector<HTMLInputElement>(
        `input[data-control="${CSS.escape(name)}"]:checked`,
      );
      if (radio?.value === 'hide') locks.hide.push(name);
      else if (radio?.value === 'lock' && !this.fixed.has(name)) locks.lock.push(name);
    }
    return locks;
  }

  private refresh(): void {
    const present = this.dialog.querySelector<HTMLInputElement>('[data-share-present]')!.checked;
    const link = shareLink(location.href, this.island.id, this.choices(), present);
    this.dialog.querySelector<HTMLInputElement>('[data-share-link]')!.value = link;
    const box = this.dialog.querySelector<HTMLElement>('[data-share-qr]')!;
    try {
      box.replaceChildren(qrSvg(link));
    } catch {
      // Past about 2,300 characters no QR code holds the link.
      box.textContent = 'This link is too long for a QR code; the link above works the same.';
    }
  }

  private async copy(): Promise<void> {
    const field = this.dialog.querySelector<HTMLInputElement>('[data-share-link]')!;
    const status = this.dialog.querySelector('[data-share-status]')!;
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = 'Link copied.';
    } catch {
      field.select();
      status.textContent = 'Select the link and copy it by hand.';
    }
  }
}

/** The link's QR code as an SVG image: dark modules on white, whatever the colour scheme. */
function qrSvg(link: string): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(link);
  qr.make();
  const { d, size } = qrPath(qr);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'QR code of the link above');
  svg.dataset.qr = '';
  const paper = document.createElementNS(SVG, 'rect');
  paper.setAttribute('width', String(size));
  paper.setAttribute('height', String(size));
  paper.setAttribute('fill', '#fff');
  const ink = document.createElementNS(SVG, 'path');
  ink.setAttribute('d', d);
  ink.setAttribute('fill', '#000');
  ink.setAttribute('shape-rendering', 'crispEdges');
  svg.append(paper, ink);
  return svg;
}
