/**
 * Builds a site-internal URL under the configured base path (BASE_PATH at build time).
 * `href('lessons/bias/')` → `/lessons/bias/` at the root, `/neuron-lab/lessons/bias/` under
 * /neuron-lab/. Every internal link and asset path in pages goes through here.
 */
export function href(path = '', base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
