// Daily counts as stacked bars, one colour per series (CAMEO root, PLOVER type or QuadClass).
import { s, h, clear, colorFor, QUAD_COLORS } from "./dom.js";

const W = 640, H = 220, L = 36, R = 8, T = 10, B = 26;

export function renderTimeline(svg, legend, data, names, { onDay }) {
  clear(svg); clear(legend);
  const days = data.days;
  const keys = Object.keys(data.series).sort();
  const color = (k, i) => (data.by === "quad_class" ? QUAD_COLORS[k] || "#888" : colorFor(k, i));
  if (!days.length) {
    svg.append(s("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "no events"));
    return;
  }
  // a continuous day axis from first to last day
  const t0 = Date.parse(days[0]), t1 = Date.parse(days[days.length - 1]);
  const span = Math.max(1, Math.round((t1 - t0) / 86400000) + 1);
  const totals = days.map((_, i) => keys.reduce((sum, k) => sum + data.series[k][i], 0));
  const max = Math.max(...totals);
  // sparse days (a few articles years apart): one slot per day with events; else a continuous axis
  const sparse = days.length * 4 < span;
  const slots = sparse ? days.length : span;
  const bw = Math.max(1, (W - L - R) / slots);
  const slot = new Map(days.map((d, i) => [d, i]));
  const px = (day) => L + ((sparse ? slot.get(day) : Math.round((Date.parse(day) - t0) / 86400000)) / slots) * (W - L - R);
  const py = (v) => H - B - (v / max) * (H - T - B);
  svg.append(s("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }));
  svg.append(s("text", { x: L - 4, y: py(max) + 4, "text-anchor": "end", class: "tick" }, String(max)));
  svg.append(s("text", { x: L - 4, y: H - B, "text-anchor": "end", class: "tick" }, "0"));
  if (sparse && days.length <= 14) {
    const every = Math.ceil(72 / bw);
    days.forEach((d, i) => i % every === 0 && svg.append(s("text", { x: px(d) + bw / 2, y: H - 8, "text-anchor": "middle", class: "tick" }, d)));
  } else {
    svg.append(s("text", { x: L, y: H - 8, class: "tick" }, days[0]));
    svg.append(s("text", { x: W - R, y: H - 8, "text-anchor": "end", class: "tick" }, days[days.length - 1]));
  }
  if (sparse) svg.append(s("text", { x: W - R, y: T + 4, "text-anchor": "end", class: "tick" }, "days with events only"));
  const bars = s("g", { class: "bars" });
  days.forEach((day, i) => {
    let base = 0;
    const g = s("g", { class: "day", dataset: { day, total: totals[i] } });
    keys.forEach((k, j) => {
      const v = data.series[k][i];
      if (!v) return;
      g.append(s("rect", {
        x: (px(day) + (sparse && bw > 24 ? bw * 0.15 : 0)).toFixed(1),
        width: Math.max(1, sparse && bw > 24 ? bw * 0.7 : bw - (bw > 3 ? 1 : 0)).toFixed(1),
        y: py(base + v).toFixed(1), height: (py(base) - py(base + v)).toFixed(1), fill: color(k, j),
      }, s("title", {}, `${day}: ${v} × ${k} ${names[k] || ""} (${totals[i]} that day)`)));
      base += v;
    });
    g.addEventListener("click", () => onDay(day));
    bars.append(g);
  });
  svg.append(bars);
  keys.forEach((k, j) => {
    const n = data.series[k].reduce((a, b) => a + b, 0);
    legend.append(h("span", { class: "key" }, h("i", { class: "swatch", style: null, dataset: { color: color(k, j) } }),
      `${k}${names[k] ? " " + names[k] : ""} (${n})`));
  });
  // colours via CSSOM (no inline style attributes: the page's CSP forbids them)
  legend.querySelectorAll("i[data-color]").forEach((i) => { i.style.background = i.dataset.color; });
}
