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
