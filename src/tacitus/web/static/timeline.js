// Event counts on a true time axis: every day (or week, or month for long spans) from the first event to
// the last is a slot, days without events included (zero), so 12 days and 6 years never look alike.
// Stacked bars, one colour per series (CAMEO root, PLOVER type or QuadClass).
import { s, h, clear, seriesColor } from "./dom.js";

const W = 640, H = 220, L = 36, R = 8, T = 14, B = 30;
const DAY = 86400000;

const utc = (iso) => Date.parse(iso + "T00:00:00Z");
const iso = (t) => new Date(t).toISOString().slice(0, 10);

// the slot a day falls in: the day itself, the Monday of its week, or the first of its month
function bucketOf(t, unit) {
  const d = new Date(t);
  if (unit === "week") return t - ((d.getUTCDay() + 6) % 7) * DAY;
  if (unit === "month") return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return t;
}

function nextBucket(t, unit) {
  if (unit === "week") return t + 7 * DAY;
  if (unit === "month") { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); }
  return t + DAY;
}

export function unitFor(spanDays) {
  return spanDays > 3 * 365 ? "month" : spanDays > 180 ? "week" : "day";
}

// every slot from first to last, with the summed counts of each series (zeros included)
export function buckets(days, series, unit) {
  const slots = [];
  const start = bucketOf(utc(days[0]), unit), end = bucketOf(utc(days[days.length - 1]), unit);
  const index = new Map();
  for (let t = start; t <= end; t = nextBucket(t, unit)) { index.set(t, slots.length); slots.push({ t, counts: {} }); }
  for (const [k, values] of Object.entries(series)) {
    days.forEach((day, i) => {
      if (!values[i]) return;
      const slot = slots[index.get(bucketOf(utc(day), unit))];
      slot.counts[k] = (slot.counts[k] || 0) + values[i];
    });
  }
  return slots;
}

function ticks(slots, unit, px) {
  // label years on long axes, months on middling ones, a few days on short ones
  const out = [];
  let last = null;
  const every = Math.max(1, Math.ceil(slots.length / 8));
  slots.forEach((slot, i) => {
    const d = new Date(slot.t);
    let label = null;
    if (unit === "month") { if (d.getUTCMonth() === 0 || i === 0) label = String(d.getUTCFullYear()); }
    else if (unit === "week") { const m = d.toISOString().slice(0, 7); if (m !== last && (i === 0 || d.getUTCDate() <= 7)) { label = m; last = m; } }
    else if (i % every === 0) label = iso(slot.t).slice(5);
    if (label) out.push([px(i), label]);
  });
  // keep labels at least 40px apart
  return out.filter((tk, i, all) => i === 0 || tk[0] - all[i - 1][0] >= 40);
}

export function renderTimeline(svg, legend, data, names, { onDay }) {
  clear(svg); clear(legend);
  const days = data.days;
  const keys = Object.keys(data.series).sort();
  const color = (k) => seriesColor(data.by, k);
  if (!days.length) {
    svg.append(s("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "no events"));
    return;
  }
  const span = Math.round((utc(days[days.length - 1]) - utc(days[0])) / DAY) + 1;
  const unit = unitFor(span);
  const slots = buckets(days, data.series, unit);
  svg.dataset.unit = unit;
  svg.dataset.slots = String(slots.length);
  const totals = slots.map((sl) => Object.values(sl.counts).reduce((a, b) => a + b, 0));
  const max = Math.max(...totals, 1);
  const bw = (W - L - R) / slots.length;
  const px = (i) => L + i * bw;
  const py = (v) => H - B - (v / max) * (H - T - B);
  svg.append(s("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }));
  svg.append(s("text", { x: L - 4, y: py(max) + 4, "text-anchor": "end", class: "tick" }, String(max)));
  svg.append(s("text", { x: L - 4, y: H - B, "text-anchor": "end", class: "tick" }, "0"));
  for (const [x, label] of ticks(slots, unit, px)) {
    svg.append(s("line", { x1: x, x2: x, y1: H - B, y2: H - B + 4, class: "axis" }));
    svg.append(s("text", { x: x + 1, y: H - B + 15, class: "tick" }, label));
  }
  svg.append(s("text", { x: W - R, y: T - 3, "text-anchor": "end", class: "tick" },
    `${iso(slots[0].t)} – ${days[days.length - 1]} · one bar per ${unit}${unit === "day" ? "" : " (events summed)"}, days without events are 0`));
  const bars = s("g", { class: "bars" });
  slots.forEach((slot, i) => {
    if (!totals[i]) return;
    let base = 0;
    const first = iso(slot.t), last = iso(nextBucket(slot.t, unit) - DAY);
    const g = s("g", { class: "day", dataset: { day: first, until: last, total: totals[i] } });
    keys.forEach((k) => {
      const v = slot.counts[k];
      if (!v) return;
      g.append(s("rect", {
        x: (px(i) + (bw > 6 ? bw * 0.1 : 0)).toFixed(2), width: Math.max(1, bw > 6 ? bw * 0.8 : bw).toFixed(2),
        y: py(base + v).toFixed(1), height: (py(base) - py(base + v)).toFixed(1), fill: color(k),
      }, s("title", {}, `${unit === "day" ? first : `${first} – ${last}`}: ${v} × ${k}${names[k] ? " " + names[k] : ""} (${totals[i]} in all)`)));
      base += v;
    });
    g.addEventListener("click", () => onDay(first, last));
    bars.append(g);
  });
  svg.append(bars);
  keys.forEach((k) => {
    const n = data.series[k].reduce((a, b) => a + b, 0);
    legend.append(h("span", { class: "key" }, h("i", { class: "swatch", dataset: { color: color(k) } }),
      `${k}${names[k] ? " " + names[k] : ""} (${n})`));
  });
  // colours via CSSOM (no inline style attributes: the page's CSP forbids them)
  legend.querySelectorAll("i[data-color]").forEach((i) => { i.style.background = i.dataset.color; });
}
