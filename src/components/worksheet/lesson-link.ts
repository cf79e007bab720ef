/**
 * The link a worksheet prints to its lesson: with the site's origin known at build time
 * (SITE_URL, Astro's `site`), the absolute URL, shown without its scheme
 * ("example.org/neuron-lab/lessons/bias/"); without it, the lesson's path under the base
 * ("/neuron-lab/lessons/bias/"), which the QR code then encodes as it is.
 */
export interface LessonLink {
  /** What the QR code encodes. */
  encoded: string;
  /** What the sheet prints for a reader to type. */
  shown: string;
}

/** `path` is the lesson's path with the base path (from href()); `site` is Astro.site. */
export function lessonLink(path: string, site: URL | undefined): LessonLink {
  if (!site) return { encoded: path, shown: path };
  const url = new URL(path, site);
  return { encoded: url.href, shown: `${url.host}${url.pathname}` };
}
