// Tiny DOM helpers. Every piece of data becomes a text node: nothing from the store is ever parsed as HTML.
export const SVG = "http://www.w3.org/2000/svg";

export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  return fill(node, attrs, children);
}

export function s(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  return fill(node, attrs, children);
}

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "on") {
      for (const [event, fn] of Object.entries(value)) node.addEventListener(event, fn);
    } else if (key === "dataset") {
      Object.assign(node.dataset, value);
    } else if (key.startsWith("on")) {
      throw new Error("use {on: {...}} for listeners");
    } else {
      node.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function text(node, value) {
  node.textContent = value === null || value === undefined ? "" : String(value);
  return node;
}

export const QUAD_COLORS = { 1: "#2a9d8f", 2: "#3a6ea5", 3: "#e9a23b", 4: "#d62839" };
export const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
  "#9c755f", "#bab0ac", "#1f77b4", "#8c564b", "#17becf", "#bcbd22", "#7f7f7f", "#aec7e8", "#ffbb78",
  "#98df8a", "#c5b0d5", "#c49c94"];

// A stable colour per series key (CAMEO root "19" is always the same colour, whatever the filters).
export function colorFor(key) {
  const k = String(key);
  if (/^\d+$/.test(k)) return PALETTE[(Number(k) - 1 + PALETTE.length) % PALETTE.length];
  let v = 7;
  for (let i = 0; i < k.length; i++) v = (v * 31 + k.charCodeAt(i)) >>> 0;
  return PALETTE[v % PALETTE.length];
}

// One distinct colour per PLOVER type (cooperation greens/blues, verbal conflict yellows/oranges,
// material conflict reds/purples/greys): COERCE and SANCTION never share one.
export const PLOVER_COLORS = {
  AGREE: "#66c2a5", CONSULT: "#1b9e77", SUPPORT: "#a6d854", CONCEDE: "#4daf4a",
  COOPERATE: "#377eb8", AID: "#80b1d3", RETREAT: "#6a51a3",
  REQUEST: "#e6ab02", ACCUSE: "#d9a66b", REJECT: "#fdb462", THREATEN: "#f46d43",
  PROTEST: "#e7298a", SANCTION: "#984ea3", MOBILIZE: "#a65628", COERCE: "#4d4d4d", ASSAULT: "#d62839",
};

export function seriesColor(by, key) {
  if (by === "quad_class") return QUAD_COLORS[key] || "#888";
  if (by === "plover_type") return PLOVER_COLORS[key] || colorFor(key);
  return colorFor(key);
}

// "RUSMIL" -> "Russia · armed forces", "IGOUNO" -> "United Nations" (names from GET /codes)
export function actorName(code, names) {
  if (!code || !names) return "";
  if (names.groups[code]) return names.groups[code];
  const country = names.countries[code.slice(0, 3)];
  const sector = names.sectors[code.slice(3, 6)] || names.sectors[code.slice(0, 3)];
  return [country, country ? (code.length > 3 ? sector : null) : sector].filter(Boolean).join(" · ");
}
