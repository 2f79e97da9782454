// World map: equirectangular projection on an SVG; countries from /geo/world; events as circles.
import { s, clear, QUAD_COLORS, QUAD_NAMES, h } from "./dom.js";

const W = 960, H = 480;
const x = (lon) => ((lon + 180) / 360) * W;
const y = (lat) => ((90 - lat) / 180) * H;
let world = null;

async function loadWorld() {
  if (!world) world = fetch("/geo/world").then((r) => r.json());
  return world;
}

function hash(str) {
  let v = 2166136261;
  for (let i = 0; i < str.length; i++) v = Math.imul(v ^ str.charCodeAt(i), 16777619);
  return (v >>> 0) / 4294967296;
}

// A ring as a path; a jump across the antimeridian (Russia, Fiji) starts a new sub-path instead of a
// line across the whole map.
function ringPath(ring) {
  let out = "", prev = null;
  for (const [lon, lat] of ring) {
    out += (prev === null || Math.abs(lon - prev) > 180 ? "M" : "L") + `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`;
    prev = lon;
  }
  return out + "Z";
}

export async function renderMap(svg, data, { onEvent, onCountry }) {
  const geo = await loadWorld();
  clear(svg);
  svg.append(s("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  const land = s("g", { class: "countries" });
  for (const c of geo.countries) {
    const d = c.rings.map(ringPath).join("");
    const path = s("path", { d, class: "country", dataset: { iso3: c.iso3 || "" } }, s("title", {}, c.name));
    if (c.iso3) path.addEventListener("click", () => onCountry(c.iso3));
    land.append(path);
  }
  svg.append(land);
  const dots = s("g", { class: "points" });
  // biggest first so small points stay clickable on top
  const points = [...data.points].sort((a, b) => b.mentions - a.mentions);
  for (const p of points) {
    let px = x(p.lon), py = y(p.lat);
    if (p.geo !== "location") { // a country centroid: spread the events around it a little
      const id = `${p.doc_id}:${p.event_index}`;
      const angle = hash(id) * 2 * Math.PI, dist = 4 + hash(id + "r") * 10;
      px += Math.cos(angle) * dist; py += Math.sin(angle) * dist;
    }
    const r = 2.5 + 2.2 * Math.sqrt(p.mentions || 1);
    const label = `${p.day || ""} ${p.source_code || "?"} → ${p.target_code || "?"} (CAMEO ${p.cameo}) · ${p.place || ""}` +
      ` · ${p.mentions} mention${p.mentions === 1 ? "" : "s"}` + (p.geo !== "location" ? ` · placed at ${p.geo.replace("_", " ")} centroid` : "");
    const dot = s("circle", {
      cx: px.toFixed(1), cy: py.toFixed(1), r: r.toFixed(1), fill: QUAD_COLORS[p.quad_class] || "#888",
      class: "event-point", dataset: { doc: p.doc_id, event: p.event_index, quad: p.quad_class, geo: p.geo },
    }, s("title", {}, label));
    dot.addEventListener("click", () => onEvent(p.doc_id, p.event_index));
    dots.append(dot);
  }
  svg.append(dots);
}

export function mapLegend(node) {
  clear(node);
  for (const q of [1, 2, 3, 4]) {
    node.append(h("span", { class: "key" }, h("i", { class: `swatch quad${q}` }), `${q} ${QUAD_NAMES[q]}`));
  }
  node.append(h("span", { class: "muted" }, " · size: mentions · events without a place sit at their country's centroid"));
}
