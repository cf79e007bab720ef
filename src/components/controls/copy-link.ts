/**
 * <copy-link data-for="id">: "Copy link" asks every island to write its pending state into
 * the address bar (flushUrlWrites), then copies that address with `#id`. When the clipboard
 * is refused (no permission, an insecure page), the link is shown as text to copy by hand.
 * "Share with a class" opens the island's share panel (share-panel.ts), whose code and QR
 * library load on the first press, so no page pays for them up front.
 */
import { flushUrlWrites } from '~/state/url-sync';

class CopyLinkElement extends HTMLElement {
  private listeners?: AbortController;

  connectedCallback(): void {
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]')!;
    copy.disabled = false;
    copy.addEventListener('click', () => void this.copy(), { signal });
    const island = document.getElementById(this.dataset.for!);
    const dialog = this.querySelector<HTMLDialogElement>('[data-share-panel]');
    const share = this.querySelector<HTMLButtonElement>('[data-share]')!;
    if (!island || !dialog) return;
    share.disabled = false;
    share.addEventListener(
      'click',
      () => void import('./share-panel').then((m) => m.openSharePanel(island, dialog, share)),
      { signal },
    );
  }

  disconnectedCallback(): void {
    this.listeners?.abort();
  }

  private async copy(): Promise<void> {
    flushUrlWrites();
    const url = new URL(location.href);
    url.hash = this.dataset.for!;
    const status = this.querySelector('.copy-status')!;
    try {
      await navigator.clipboard.writeText(url.href);
      status.textContent = 'Link copied.';
    } catch {
      status.textContent = `Copy this link: ${url.href}`;
    }
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLinkElement);
