/**
 * The operator's status page: server-rendered HTML, no script, no external resource (the
 * Content-Security-Policy forbids both), every value from data escaped.
 */
import { createHash } from "node:crypto";
import { escapeHtml, renderBarChart } from "./html.js";
import type { StatusData } from "./status-data.js";

const STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:16px;color:#1d2330;background:#f7f8fa}
h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:20px 0 8px}
.meta{color:#5b6475;margin:0 0 12px}
.tiles{display:flex;gap:12px;flex-wrap:wrap}.tile{background:#fff;border:1px solid #dde1e8;border-radius:6px;padding:8px 12px;min-width:120px}
.tile b{display:block;font-size:20px}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #dde1e8;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5}td.err{color:#8a1f11;max-width:420px;overflow-wrap:anywhere}
.state{font-weight:600}.state.ok{color:#1d7a3a}.state.warn{color:#9a6700}.state.bad{color:#b42318}
.chart{background:#fff;border:1px solid #dde1e8;border-radius:6px;margin:0 0 12px;padding:8px}
.chart text{font-size:10px;fill:#5b6475}.axis{stroke:#9aa3b2}
.bar.ok,.key.ok{fill:#2f7de1;color:#2f7de1}.bar.bad,.key.bad{fill:#d9534f;color:#d9534f}.key::before{content:"■ "}
.cols,.charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}.chart svg{display:block}
`;

/** The CSP source of the page's one inline style element. */
export const STATUS_PAGE_STYLE_HASH = `sha256-${createHash("sha256").update(STYLE, "utf8").digest("base64")}`;

const time = (at: number | undefined): string => (at === undefined ? "never" : new Date(at).toISOString().replace("T", " ").slice(0, 16) + " UTC");

/** The whole page for `data`. */
export function renderStatusPage(data: StatusData): string {
  const feedRows = data.feeds.shown
    .map((feed) => {
      const state = !feed.healthy ? ["bad", "unhealthy"] : feed.failures > 0 ? ["warn", "failing"] : ["ok", "ok"];
      return `<tr class="feed"><td><span class="state ${state[0]}">${state[1]}</span></td><td>${escapeHtml(feed.name, 120)}<br><small>${escapeHtml(feed.url, 200)}</small></td><td>${escapeHtml(feed.sectionId)}</td><td>${feed.failures}</td><td>${escapeHtml(time(feed.lastSuccessAt))}</td><td class="err">${feed.lastError ? `${escapeHtml(feed.lastError, 300)}<br><small>${escapeHtml(time(feed.lastErrorAt))}</small>` : ""}</td></tr>`;
    })
    .join("");
  const hidden = data.feeds.total - data.feeds.shown.length;
  const sectionRows = data.sections.map((section) => `<tr><td>${escapeHtml(section.id)}</td><td>${escapeHtml(section.title, 120)}</td><td>${section.feeds}</td></tr>`).join("");
  const chatRows = data.chats.map((entry) => `<tr><td>${escapeHtml(entry.platform)}</td><td>${entry.count}</td></tr>`).join("");
  const upcomingRows = data.upcoming.first.map((entry) => `<tr><td>${escapeHtml(time(entry.at))}</td><td>${escapeHtml(entry.key, 120)}</td></tr>`).join("");
  const hourLabels = data.hours.map((hour, index) => (index % 3 === 0 ? new Date(hour.hourStart).toISOString().slice(11, 13) + "h" : ""));
  const deliveriesChart = renderBarChart({
    id: "chart-deliveries",
    title: "Deliveries per hour, last 24 h (this instance)",
    slotLabels: hourLabels,
    series: [{ label: "sent", colour: "ok", values: data.hours.map((hour) => hour.sent) }],
  });
  const failuresChart = renderBarChart({
    id: "chart-failures",
    title: "Failures per hour, last 24 h (this instance)",
    slotLabels: hourLabels,
    series: [
      { label: "retried", colour: "ok", values: data.hours.map((hour) => hour.retried) },
      { label: "failed or uncertain", colour: "bad", values: data.hours.map((hour) => hour.failed + hour.uncertain) },
    ],
  });
  const tile = (label: string, value: number | string, id: string): string => `<div class="tile" id="${id}"><b>${escapeHtml(value)}</b>${escapeHtml(label)}</div>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>newsdesk status</title><style>${STYLE}</style></head>
<body>
<h1>newsdesk status</h1>
<p class="meta">Instance ${escapeHtml(data.instanceId, 64)} · generated ${escapeHtml(time(data.generatedAt))} · deliveries and charts count this instance since its start</p>
<div class="tiles">
${tile("feeds", data.feeds.total, "tile-feeds")}${tile("feeds failing", data.feeds.failing, "tile-failing")}${tile("sent today", data.today.sent, "tile-sent")}${tile("failed today", data.today.failed + data.today.uncertain, "tile-failed")}${tile("retries today", data.today.retried, "tile-retried")}${tile("briefings due in the next hour", data.upcoming.total, "tile-upcoming")}
</div>
<h2>Deliveries</h2>
<div class="charts">${deliveriesChart}${failuresChart}</div>
<div class="cols">
<section><h2>Chats per platform</h2><table id="chats"><thead><tr><th>Platform</th><th>Chats</th></tr></thead><tbody>${chatRows}</tbody></table></section>
<section><h2>Next hour (${data.upcoming.total} chats due)</h2><table id="upcoming"><thead><tr><th>Due</th><th>Chat</th></tr></thead><tbody>${upcomingRows || '<tr><td colspan="2">No briefing due in the next hour.</td></tr>'}</tbody></table>${data.upcoming.total > data.upcoming.first.length ? `<p>and ${data.upcoming.total - data.upcoming.first.length} more.</p>` : ""}</section>
</div>
<h2>Sections</h2>
<table id="sections"><thead><tr><th>Id</th><th>Title</th><th>Feeds</th></tr></thead><tbody>${sectionRows}</tbody></table>
<h2>Feeds (${data.feeds.total}; ${data.feeds.unhealthy} unhealthy, failing first)</h2>
<table id="feeds"><thead><tr><th>State</th><th>Feed</th><th>Section</th><th>Failures in a row</th><th>Last success</th><th>Last error</th></tr></thead><tbody>${feedRows || '<tr><td colspan="6">No feed polled yet.</td></tr>'}</tbody></table>
${hidden > 0 ? `<p>${hidden} more feeds not shown.</p>` : ""}
</body></html>
`;
}
