/**
 * HTML building blocks of the status page: escaping of every value, and bar charts as inline SVG
 * (the page runs no script and loads nothing).
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML content and quoted attribute values; cut at `maxChars` (with …). */
export function escapeHtml(value: unknown, maxChars = 500): string {
  let text = String(value ?? "");
  if (text.length > maxChars) text = `${text.slice(0, maxChars)}…`;
  return text.replace(/[&<>"']/gu, (character) => ESCAPES[character] ?? character);
}

/** One bar series of a chart. */
export interface ChartSeries {
  label: string;
  /** A CSS colour from the page's own palette (never from data). */
  colour: "ok" | "bad";
  values: readonly number[];
}

/**
 * A bar chart (series side by side per slot) as inline SVG, with a title and a text alternative.
 * `slotLabels` label some slots under the axis (empty string: none).
 */
export function renderBarChart(options: { id: string; title: string; slotLabels: readonly string[]; series: readonly ChartSeries[] }): string {
  const { series, slotLabels } = options;
  const slots = Math.max(1, ...series.map((entry) => entry.values.length));
  const width = 560;
  const height = 150;
  const left = 36;
  const bottom = 20;
  const plotHeight = height - bottom - 8;
  const max = Math.max(1, ...series.flatMap((entry) => entry.values));
  const slotWidth = (width - left) / slots;
  const barWidth = Math.max(1, (slotWidth - 2) / Math.max(1, series.length));
  const bars: string[] = [];
  series.forEach((entry, seriesIndex) => {
    entry.values.forEach((value, slot) => {
      if (value <= 0) return;
      const barHeight = Math.max(1, (value / max) * plotHeight);
      const x = left + slot * slotWidth + 1 + seriesIndex * barWidth;
      const y = 8 + plotHeight - barHeight;
      bars.push(
        `<rect class="bar ${entry.colour}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${barHeight.toFixed(1)}"><title>${escapeHtml(`${slotLabels[slot] ?? ""} ${entry.label}: ${value}`)}</title></rect>`,
      );
    });
  });
  const labels = slotLabels
    .map((label, slot) => (label === "" ? "" : `<text x="${(left + slot * slotWidth + slotWidth / 2).toFixed(1)}" y="${height - 5}" text-anchor="middle">${escapeHtml(label, 20)}</text>`))
    .join("");
  const totals = series.map((entry) => `${entry.label} ${entry.values.reduce((sum, value) => sum + value, 0)}`).join(", ");
  return [
    `<figure class="chart" id="${escapeHtml(options.id, 40)}">`,
    `<figcaption>${escapeHtml(options.title)} <span class="legend">${series.map((entry) => `<span class="key ${entry.colour}">${escapeHtml(entry.label)}</span>`).join(" ")}</span></figcaption>`,
    `<svg role="img" aria-label="${escapeHtml(`${options.title}: ${totals}`)}" viewBox="0 0 ${width} ${height}" width="100%">`,
    `<line class="axis" x1="${left}" y1="${8 + plotHeight}" x2="${width}" y2="${8 + plotHeight}"/>`,
    `<text x="${left - 4}" y="14" text-anchor="end">${max}</text><text x="${left - 4}" y="${8 + plotHeight}" text-anchor="end">0</text>`,
    bars.join(""),
    labels,
    `</svg></figure>`,
  ].join("");
}
