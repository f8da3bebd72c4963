// The timeline: events per day, stacked by type (per week when the span is over 400 days).
import { TYPES, TYPE_COLORS, clear, el, fmtInt, svg } from "./util.js";

const DAY = 86400000;
const PAD = { left: 34, right: 8, top: 8, bottom: 20 };

function toDay(iso) { return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)); }
function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

/** Buckets {start, end, total, types} from stats.by_day_type rows with day-precise dates. */
export function buckets(rows) {
  const days = rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date));
  if (!days.length) return { bars: [], unit: "day", skipped: rows.reduce((s, r) => s + r.n, 0) };
  const first = Math.min(...days.map((r) => toDay(r.date)));
  const last = Math.max(...days.map((r) => toDay(r.date)));
  const unit = (last - first) / DAY > 400 ? "week" : "day";
  const width = unit === "week" ? 7 * DAY : DAY;
  const count = Math.floor((last - first) / width) + 1;
  const bars = Array.from({ length: count }, (_, i) => ({
    start: isoDay(first + i * width), end: isoDay(first + (i + 1) * width - DAY), total: 0, types: {} }));
  for (const r of days) {
    const bar = bars[Math.floor((toDay(r.date) - first) / width)];
    bar.total += r.n;
    bar.types[r.type] = (bar.types[r.type] || 0) + r.n;
  }
  const skipped = rows.filter((r) => !/^\d{4}-\d{2}-\d{2}$/.test(r.date)).reduce((s, r) => s + r.n, 0);
  return { bars, unit, skipped };
}

export function drawTimeline(root, rows, { onRange = () => {} } = {}) {
  clear(root);
  const { bars, unit, skipped } = buckets(rows);
  if (!bars.length) { root.append(el("p", { class: "muted" }, "No day-precise dates to plot.")); return; }
  const box = root.getBoundingClientRect();
  const [w, h] = [Math.max(300, box.width || 600), 150];
  const chart = svg("svg", { class: "timeline-svg", width: w, height: h, role: "img",
    "aria-label": `events per ${unit}, by type` });
  const max = Math.max(...bars.map((b) => b.total));
  const bw = (w - PAD.left - PAD.right) / bars.length;
  const y = (v) => PAD.top + (h - PAD.top - PAD.bottom) * (1 - v / max);
  chart.append(svg("text", { x: PAD.left - 4, y: PAD.top + 8, "text-anchor": "end", class: "axis" }, fmtInt(max)),
    svg("text", { x: PAD.left - 4, y: h - PAD.bottom, "text-anchor": "end", class: "axis" }, "0"));
  bars.forEach((bar, i) => chart.append(barGroup(bar, PAD.left + i * bw, Math.max(1, bw - (bw > 3 ? 1 : 0)), y, unit, onRange)));
  monthTicks(bars, bw, h).forEach((t) => chart.append(t));
  root.append(chart);
  if (skipped) root.append(el("p", { class: "muted small" }, `${fmtInt(skipped)} events dated only to a month or year are not plotted.`));
}

function barGroup(bar, x, width, y, unit, onRange) {
  const label = unit === "day" ? bar.start : `${bar.start} to ${bar.end}`;
  const detail = TYPES.filter((t) => bar.types[t]).map((t) => `${t} ${bar.types[t]}`).join(", ");
  const g = svg("g", { class: "bar", tabindex: 0 }, svg("title", null, `${label}: ${fmtInt(bar.total)} (${detail})`));
  let acc = 0;
  for (const t of TYPES) {
    const n = bar.types[t];
    if (!n) continue;
    g.append(svg("rect", { x: x.toFixed(2), y: y(acc + n).toFixed(2), width: width.toFixed(2),
      height: Math.max(0.5, y(acc) - y(acc + n)).toFixed(2), fill: TYPE_COLORS[t] }));
    acc += n;
  }
  g.dataset.start = bar.start;
  g.addEventListener("click", () => onRange(bar.start, bar.end));
  return g;
}

function monthTicks(bars, bw, h) {
  // one tick per month where a month starts (or day ticks for short spans), at most 12 shown
  const starts = [];
  bars.forEach((bar, i) => {
    const key = bars.length > 45 ? bar.start.slice(0, 7) : bar.start;
    if (!starts.length || starts[starts.length - 1].key !== key) starts.push({ key, i });
  });
  const every = Math.ceil(starts.length / 12);
  return starts.filter((_, j) => j % every === 0).map(({ key, i }) =>
    svg("text", { x: (PAD.left + i * bw).toFixed(1), y: h - 6, class: "axis" }, bars.length > 45 ? key : key.slice(5)));
}
