// Actor network: a small deterministic force layout, arrows source → target, width by event count.
// Only the ``top`` actors with the most events are drawn (15 by default), so the unfiltered store stays
// readable; the panel says how many were left out.
import { s, clear, actorName } from "./dom.js";

// at most ``top`` actors: the endpoints of the heaviest edges, taken in order while they fit (so every
// actor drawn has an edge), and the edges between them
export function topActors(data, top) {
  const all = new Set();
  for (const e of data.edges) { all.add(e.source); all.add(e.target); }
  const limit = top > 0 ? top : all.size;
  const keep = new Set();
  const edges = [...data.edges].sort((a, b) => b.weight - a.weight);
  for (const e of edges) {
    if (e.source === e.target) continue; // a self-loop is not drawn: it alone keeps no actor
    const extra = (keep.has(e.source) ? 0 : 1) + (keep.has(e.target) ? 0 : 1);
    if (keep.size + extra > limit) continue;
    keep.add(e.source); keep.add(e.target);
  }
  const kept = data.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const weights = new Map();
  for (const e of kept) {
    weights.set(e.source, (weights.get(e.source) || 0) + e.weight);
    weights.set(e.target, (weights.get(e.target) || 0) + e.weight);
  }
  const nodes = [...weights.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, weight]) => ({ id, weight }));
  return { nodes, edges: kept, hidden: all.size - nodes.length };
}

const W = 640, H = 420;

function layout(nodes, edges) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a), vx: 0, vy: 0 };
  });
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const links = edges.map((e) => [index.get(e.source), index.get(e.target), e.weight]);
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.45;
  for (let step = 0; step < 300; step++) {
    const temp = 20 * (1 - step / 300) + 0.5;
    for (let i = 0; i < n; i++) { pos[i].vx = 0; pos[i].vy = 0; }
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d2 = Math.max(dx * dx + dy * dy, 1), f = (k * k) / d2;
      pos[i].vx += dx * f; pos[i].vy += dy * f; pos[j].vx -= dx * f; pos[j].vy -= dy * f;
    }
    for (const [a, b] of links) {
      if (a === b) continue;
      const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.max(Math.hypot(dx, dy), 1);
      const f = d / k;
      pos[a].vx -= dx * f; pos[a].vy -= dy * f; pos[b].vx += dx * f; pos[b].vy += dy * f;
    }
    for (const p of pos) {
      p.vx += (W / 2 - p.x) * 0.2; p.vy += (H / 2 - p.y) * 0.3;
      const v = Math.max(Math.hypot(p.vx, p.vy), 1e-9), m = Math.min(v, temp);
      p.x += (p.vx / v) * m; p.y += (p.vy / v) * m;
    }
  }
  // fit the drawing into the box
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const sx = (W - 100) / Math.max(x1 - x0, 1), sy = (H - 60) / Math.max(y1 - y0, 1);
  for (const p of pos) {
    p.x = n === 1 ? W / 2 : 50 + (p.x - x0) * sx;
    p.y = n === 1 ? H / 2 : 35 + (p.y - y0) * sy;
  }
  return pos;
}

export function renderNetwork(svg, full, { onActor, top = 15, names = null }) {
  clear(svg);
  const data = topActors(full, top);
  svg.dataset.hidden = String(data.hidden);
  svg.append(s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
    s("path", { d: "M0,0L10,5L0,10z", class: "arrowhead" }))));
  if (!data.nodes.length) {
    svg.append(s("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "empty" }, "no actor pairs"));
    return;
  }
  const pos = layout(data.nodes, data.edges);
  const index = new Map(data.nodes.map((d, i) => [d.id, i]));
  const maxW = Math.max(...data.edges.map((e) => e.weight), 1);
  const maxN = Math.max(...data.nodes.map((d) => d.weight), 1);
  const radius = (d) => 5 + 12 * Math.sqrt(d.weight / maxN);
  const g = s("g", { class: "edges" });
  for (const e of data.edges) {
    const a = pos[index.get(e.source)], b = pos[index.get(e.target)];
    if (e.source === e.target) continue;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
    const rb = radius(data.nodes[index.get(e.target)]) + 2;
    const cls = e.goldstein < 0 ? "edge conflict" : "edge cooperation";
    g.append(s("line", {
      x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: (b.x - (dx / d) * rb).toFixed(1), y2: (b.y - (dy / d) * rb).toFixed(1),
      class: cls, "stroke-width": (1 + 5 * (e.weight / maxW)).toFixed(1), "marker-end": "url(#arrow)",
      dataset: { source: e.source, target: e.target, weight: e.weight },
    }, s("title", {}, `${e.source} → ${e.target}: ${e.weight} event${e.weight === 1 ? "" : "s"}, mean Goldstein ${e.goldstein}`)));
  }
  svg.append(g);
  const nodes = s("g", { class: "nodes" });
  data.nodes.forEach((d, i) => {
    const node = s("g", { class: "node", dataset: { actor: d.id }, transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})` },
      s("circle", { r: radius(d).toFixed(1) }),
      s("text", { y: -radius(d) - 3, "text-anchor": "middle" }, d.id),
      s("title", {}, `${d.id}${actorName(d.id, names) ? " — " + actorName(d.id, names) : ""}: ${d.weight} events`));
    node.addEventListener("click", () => onActor(d.id));
    nodes.append(node);
  });
  svg.append(nodes);
}
