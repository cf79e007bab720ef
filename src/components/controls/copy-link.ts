/**
 * <copy-link data-for="id">: asks every island to write its pending state into the address
 * bar (flushUrlWrites), then copies that address with `#id`. When the clipboard is refused
 * (no permission, an insecure page), the link is shown as text to copy by hand.
 */
import { flushUrlWrites } from '~/state/url-sync';

class CopyLinkElement extends HTMLElement {
  private listeners?: AbortController;

  connectedCallback(): void {
    this.listeners = new AbortController();
    const button = this.querySelector('button')!;
    button.disabled = false;
    button.addEventListener('click', () => void this.copy(), { signal: this.listeners.signal });
  }

  disconnectedCallback(): void {
    this.listeners?.abort();
  }

  private async copy(): Promise<void> {
    const status = this.querySelector('[role="status"]')!;
    flushUrlWrites();
    const url = new URL(location.href);
    url.hash = this.dataset.for!;
    try {
      await navigator.clipboard.writeText(url.href);
      status.textContent = 'Link copied.';
    } catch {
      status.textContent = `Copy this link: ${url.href}`;
    }
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLinkElement);
