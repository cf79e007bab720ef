/**
 * Normalises a base path from the environment to the form Astro and our server use:
 * "" | undefined → "/", "neuron-lab" → "/neuron-lab/", "/a/b" → "/a/b/".
 * Throws on characters that do not belong in a URL path, so a typo fails loudly.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  if (!/^[A-Za-z0-9/_.-]+$/.test(trimmed)) {
    throw new Error(
      `BASE_PATH must be a URL path such as /neuron-lab/, made of letters, digits, "-", "_", "." and "/"; got ${JSON.stringify(raw)}`,
    );
  }
  const parts = trimmed.split('/').filter(Boolean);
  return `/${parts.join('/')}/`;
}
