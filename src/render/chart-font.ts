/**
 * Chart label sizes that follow the page's type: tick and axis-title labels at 0.8 of the
 * chart's host font size, never under MIN_CHART_FONT px. In present mode on a projector the
 * host's font is about 29 px, so labels grow to about 23 px instead of chart.js's fixed 12.
 *
 * `followFont(host)` gives a chart.js plugin that reads the size before every update (a resize
 * is an update, so entering or leaving present mode re-reads it) and writes it to the canvas
 * as `data-label-px`, and a scriptable `font` option that returns it.
 */

/** Smallest label size in CSS pixels. */
export const MIN_CHART_FONT = 12;
/** Label size as a fraction of the host's font size. */
export const CHART_FONT_SCALE = 0.8;

/** The label size for a host font size of `hostPx` CSS pixels. */
export function chartLabelPx(hostPx: number): number {
  return Number.isFinite(hostPx)
    ? Math.max(MIN_CHART_FONT, Math.round(CHART_FONT_SCALE * hostPx))
    : MIN_CHART_FONT;
}

/** The plugin and the scriptable font for a chart drawn inside `host`. */
export function followFont(host: Element): {
  plugin: { id: string; beforeUpdate: (chart: { canvas: HTMLCanvasElement }) => void };
  font: () => { size: number };
} {
  let size = MIN_CHART_FONT;
  return {
    plugin: {
      id: 'followFont',
      beforeUpdate(chart) {
        size = chartLabelPx(parseFloat(getComputedStyle(host).fontSize));
        chart.canvas.dataset.labelPx = String(size);
      },
    },
    font: () => ({ size }),
  };
}
