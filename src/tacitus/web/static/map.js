// World map: equirectangular projection on an SVG; countries from /geo/world; events as circles.
// Zoom and pan: mouse wheel (about the pointer), drag, and the +, −, fit and world buttons; the view
// opens fitted to the events shown. Points and outlines keep their on-screen size at every zoom.
import { s, h, clear, QUAD_COLORS, QUAD_NAMES } from "./dom.js";

const W = 960, H = 480, MAX_ZOOM = 40;
const x = (lon) => ((lon + 180) / 360) * W;
const y = (lat) => ((90 - lat) / 180) * H;
let world = null;
const view = { k: 1, tx: 0, ty: 0 };

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

function clampView() {
  view.k = Math.min(MAX_ZOOM, Math.max(1, view.k));
  view.tx = Math.min(0, Math.max(W - W * view.k, view.tx));
  view.ty = Math.min(0, Math.max(H - H * view.k, view.ty));
}

function apply(svg) {
  clampView();
  const vp = svg.querySelector("g.viewport");
  if (!vp) return;
  vp.setAttribute("transform", `translate(${view.tx.toFixed(2)},${view.ty.toFixed(2)}) scale(${view.k.toFixed(4)})`);
  for (const c of vp.querySelectorAll("circle.event-point")) c.setAttribute("r", (Number(c.dataset.r) / view.k).toFixed(3));
  svg.dataset.zoom = view.k.toFixed(2);
}

function zoomAt(svg, factor, cx, cy) {
  const k = Math.min(MAX_ZOOM, Math.max(1, view.k * factor));
  view.tx = cx - ((cx - view.tx) * k) / view.k;
  view.ty = cy - ((cy - view.ty) * k) / view.k;
  view.k = k;
  apply(svg);
}

function fit(svg, xy) {
  if (!xy.length) { view.k = 1; view.tx = 0; view.ty = 0; apply(svg); return; }
  const xs = xy.map((p) => p[0]), ys = xy.map((p) => p[1]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const pad = 60;
  const k = Math.min(8, W / Math.max(x1 - x0 + 2 * pad, 1), H / Math.max(y1 - y0 + 2 * pad, 1));
  view.k = Math.max(1, k);
  view.tx = W / 2 - ((x0 + x1) / 2) * view.k;
  view.ty = H / 2 - ((y0 + y1) / 2) * view.k;
  apply(svg);
}

function svgPoint(svg, ev) {
  const ctm = svg.getScreenCTM();
  if (!ctm) return [W / 2, H / 2];
  const p = new DOMPoint(ev.clientX, ev.clientY).matrixTransform(ctm.inverse());
  return [p.x, p.y];
}

function enableZoom(svg) {
  if (svg.dataset.zoomable) return;
  svg.dataset.zoomable = "1";
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const [cx, cy] = svgPoint(svg, ev);
    zoomAt(svg, ev.deltaY < 0 ? 1.25 : 0.8, cx, cy);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    const [px, py] = svgPoint(svg, ev);
    drag = { px, py, tx: view.tx, ty: view.ty, moved: false };
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const [px, py] = svgPoint(svg, ev);
    if (!drag.moved && Math.hypot(px - drag.px, py - drag.py) < 3) return;
    if (!drag.moved) svg.setPointerCapture(ev.pointerId);
    drag.moved = true;
    view.tx = drag.tx + (px - drag.px); view.ty = drag.ty + (py - drag.py);
    apply(svg);
  });
  const end = (ev) => {
    if (drag && drag.moved) { svg.dataset.dragged = "1"; setTimeout(() => delete svg.dataset.dragged, 0); }
    drag = null;
    if (svg.hasPointerCapture(ev.pointerId)) svg.releasePointerCapture(ev.pointerId);
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", end);
}

export function mapControls(node, svg, getPoints) {
  clear(node);
  const button = (label, title, fn) => h("button", { type: "button", title, on: { click: fn } }, label);
  node.append(
    button("+", "zoom in", () => zoomAt(svg, 1.6, W / 2, H / 2)),
    button("−", "zoom out", () => zoomAt(svg, 1 / 1.6, W / 2, H / 2)),
    button("fit", "zoom to the events shown", () => fit(svg, getPoints())),
    button("world", "whole world", () => fit(svg, [])),
  );
}

let shown = [];
export const shownPoints = () => shown;

export async function renderMap(svg, data, { onEvent, onCountry }) {
  const geo = await loadWorld();
  clear(svg);
  enableZoom(svg);
  svg.append(s("rect", { x: 0, y: 0, width: W, height: H, class: "sea" }));
  const vp = s("g", { class: "viewport" });
  const land = s("g", { class: "countries" });
  for (const c of geo.countries) {
    const d = c.rings.map(ringPath).join("");
    const path = s("path", { d, class: "country", dataset: { iso3: c.iso3 || "" } }, s("title", {}, c.name));
    if (c.iso3) path.addEventListener("click", () => { if (!svg.dataset.dragged) onCountry(c.iso3); });
    land.append(path);
  }
  vp.append(land);
  const dots = s("g", { class: "points" });
  // biggest first so small points stay clickable on top
  const points = [...data.points].sort((a, b) => b.mentions - a.mentions);
  shown = [];
  for (const p of points) {
    let px = x(p.lon), py = y(p.lat);
    if (p.geo !== "location") { // a country centroid: spread the events around it a little
      const id = `${p.doc_id}:${p.event_index}`;
      const angle = hash(id) * 2 * Math.PI, dist = 1 + hash(id + "r") * 3;
      px += Math.cos(angle) * dist; py += Math.sin(angle) * dist;
    }
    shown.push([px, py]);
    const r = 2.5 + 2.2 * Math.sqrt(p.mentions || 1);
    const label = `${p.day || ""} ${p.source_code || "?"} → ${p.target_code || "?"} (CAMEO ${p.cameo}) · ${p.place || ""}` +
      ` · ${p.mentions} mention${p.mentions === 1 ? "" : "s"}` + (p.geo !== "location" ? ` · placed at ${p.geo.replace("_", " ")} centroid` : "");
    const dot = s("circle", {
      cx: px.toFixed(2), cy: py.toFixed(2), r: r.toFixed(1), fill: QUAD_COLORS[p.quad_class] || "#888",
      class: "event-point", dataset: { doc: p.doc_id, event: p.event_index, quad: p.quad_class, geo: p.geo, r: r.toFixed(2) },
    }, s("title", {}, label));
    dot.addEventListener("click", () => { if (!svg.dataset.dragged) onEvent(p.doc_id, p.event_index); });
    dots.append(dot);
  }
  vp.append(dots);
  svg.append(vp);
  fit(svg, shown);
}

export function mapLegend(node) {
  clear(node);
  for (const q of [1, 2, 3, 4]) {
    node.append(h("span", { class: "key" }, h("i", { class: `swatch quad${q}` }), `${q} ${QUAD_NAMES[q]}`));
  }
  node.append(h("span", { class: "muted" }, " · size: mentions · events without a place sit at their country's centroid · wheel or buttons to zoom, drag to pan"));
}
