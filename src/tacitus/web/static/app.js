// The dashboard: filters (kept in the URL hash, so every view has an address), map, timeline, network,
// event list and the article view.
import { h, clear, text, actorName } from "./dom.js";
import { renderMap, mapLegend, mapControls, shownPoints } from "./map.js";
import { renderTimeline } from "./timeline.js";
import { renderNetwork } from "./network.js";
import { renderArticle } from "./article.js";

const FILTERS = ["since", "until", "actor", "country", "sector", "root", "plover_type", "quad_class", "modality",
  "min_confidence", "place", "story", "q", "bbox", "source", "target", "cameo"];
const form = document.getElementById("filters");
let facets = null;
let lastQuery = null;
let rootNames = {};
let codeNames = null; // GET /codes: CAMEO, countries, sectors

function readHash() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const state = {};
  for (const [k, v] of params) if (v) state[k] = v;
  return state;
}

function writeHash(state) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) if (v !== undefined && v !== null && v !== "") params.set(k, v);
  const next = "#" + params.toString();
  if (location.hash !== next) location.hash = next; else route();
}

function filterQuery(state) {
  const params = new URLSearchParams();
  for (const k of FILTERS) if (state[k]) params.set(k, state[k]);
  return params.toString();
}

async function getJSON(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
  return r.json();
}

function option(select, value, label) {
  select.append(h("option", { value }, label));
}

async function loadFacets() {
  [facets, codeNames] = await Promise.all([getJSON("/facets"), getJSON("/codes")]);
  for (const r of facets.roots) { rootNames[r.code] = r.name; option(form.root, r.code, `${r.code} ${r.name} (${r.n})`); }
  for (const p of facets.plover_types) option(form.plover_type, p.code, `${p.code} (${p.n})`);
  for (const q of facets.quad_classes) option(form.quad_class, String(q.code), `${q.code} ${q.name} (${q.n})`);
  for (const m of facets.modalities) option(form.modality, m.code, `${m.code} (${m.n})`);
  if (facets.stories.length) {
    document.getElementById("story-label").hidden = false;
    for (const st of facets.stories) option(form.story, String(st.id), st.title ? `${st.title}` : String(st.id));
  }
}

function fillForm(state) {
  for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = state[k] || "";
  document.getElementById("timeline-by").value = state.by || "root";
  document.getElementById("network-top").value = state.top || "15";
}

function setFilter(key, value) {
  const state = readHash();
  delete state.doc; delete state.event;
  state[key] = value;
  writeHash(state);
}

function names(by) {
  if (by === "root") return rootNames;
  if (by === "quad_class") return { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  return {};
}

function actorCell(code, mention) {
  const name = actorName(code, codeNames);
  return h("td", { title: mention || "" }, code || "—", name ? h("div", { class: "name" }, name) : null);
}

function renderEvents(data) {
  const body = clear(document.querySelector("#events tbody"));
  text(document.getElementById("events-note"), `${data.events.length} of ${data.total}`);
  for (const e of data.events) {
    const cameoName = codeNames ? codeNames.cameo[e.cameo] || "" : "";
    const row = h("tr", { class: `quad${e.quad_class}`, dataset: { doc: e.doc_id, event: e.event_index, root: e.root, quad: e.quad_class } },
      h("td", {}, e.day || ""),
      actorCell(e.source_code, e.source_text),
      h("td", { title: e.rule || "" }, h("i", { class: `swatch quad${e.quad_class}` }), `${e.cameo} ${cameoName}`,
        h("div", { class: "name" }, `“${e.trigger_text}”` + (e.plover_type ? ` · ${e.plover_type}` : ""))),
      actorCell(e.target_code, e.target_text),
      h("td", {}, e.modality),
      h("td", {}, e.confidence.toFixed(2)),
      h("td", { class: "sentence" }, h("a", { href: "#", class: "open-article" }, e.sentence)));
    row.addEventListener("click", (ev) => { ev.preventDefault(); openArticle(e.doc_id, e.event_index); });
    body.append(row);
  }
}

function openArticle(doc, event) {
  const state = readHash();
  state.doc = doc; state.event = String(event ?? 0);
  writeHash(state);
}

async function renderDashboard(state) {
  const query = filterQuery(state);
  const by = state.by || "root";
  const top = Number(state.top || 15);
  const key = query + "|" + by + "|" + top;
  if (key === lastQuery) return;
  lastQuery = key;
  const qs = query ? "&" + query : "";
  document.getElementById("export-link").href = "/export?format=csv" + qs;
  const [events, map, timeline, network] = await Promise.all([
    getJSON("/events?limit=100" + qs),
    getJSON("/map?limit=5000" + qs),
    getJSON(`/timeline?by=${encodeURIComponent(by)}` + qs),
    getJSON("/actors/network?top=400" + qs),
  ]);
  text(document.getElementById("summary"), `${events.total} events` + (query ? " match the filters" : " in the store"));
  text(document.getElementById("map-note"), `${map.points.length} shown${map.unplaced ? `, ${map.unplaced} without a place` : ""}`);
  renderEvents(events);
  await renderMap(document.getElementById("map"), map, {
    onEvent: openArticle, onCountry: (iso3) => setFilter("place", iso3),
  });
  renderTimeline(document.getElementById("timeline"), document.getElementById("timeline-legend"), timeline, names(by), {
    onDay: (first, last) => { const st = readHash(); delete st.doc; delete st.event; st.since = first; st.until = last; writeHash(st); },
  });
  const net = document.getElementById("network");
  renderNetwork(net, network, { onActor: (id) => setFilter("actor", id), top, names: codeNames });
  text(document.getElementById("network-note"), Number(net.dataset.hidden) ? `${net.dataset.hidden} more actors not drawn` : "");
}

async function renderArticleView(state) {
  const panel = document.getElementById("article");
  if (!state.doc) { panel.hidden = true; document.body.classList.remove("reading"); return; }
  let data;
  try {
    data = await getJSON("/documents/" + encodeURIComponent(state.doc));
  } catch (err) {
    panel.hidden = false;
    text(document.getElementById("article-title"), "document not found");
    clear(document.getElementById("article-text"));
    return;
  }
  const selected = state.event !== undefined ? Number(state.event) : 0;
  renderArticle(panel, data, selected, {
    onSelect: (i) => { const st = readHash(); st.event = String(i); writeHash(st); },
  });
  panel.hidden = false;
  panel.dataset.doc = data.document.id;
  document.body.classList.add("reading");
}

async function route() {
  document.body.dataset.ready = "0";
  const state = readHash();
  fillForm(state);
  try {
    await Promise.all([renderDashboard(state), renderArticleView(state)]);
    document.body.dataset.ready = "1";
    // time from navigation start to every view rendered (read by bench/bench_api.py)
    if (!document.body.dataset.loadMs) document.body.dataset.loadMs = String(Math.round(performance.now()));
  } catch (err) {
    text(document.getElementById("summary"), "error: " + err.message);
    document.body.dataset.ready = "error";
  }
}

form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  const state = {};
  for (const k of FILTERS) { const el = form.elements[k]; if (el && el.value) state[k] = el.value.trim(); }
  const prev = readHash();
  if (prev.by) state.by = prev.by;
  if (prev.top) state.top = prev.top;
  writeHash(state);
});
document.getElementById("clear").addEventListener("click", () => writeHash({}));
document.getElementById("timeline-by").addEventListener("change", (ev) => {
  const st = readHash(); st.by = ev.target.value; writeHash(st);
});
document.getElementById("network-top").addEventListener("change", (ev) => {
  const st = readHash(); st.top = ev.target.value; writeHash(st);
});
document.getElementById("article-close").addEventListener("click", () => {
  const st = readHash(); delete st.doc; delete st.event; writeHash(st);
});
document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && readHash().doc) document.getElementById("article-close").click();
});
window.addEventListener("hashchange", route);

mapLegend(document.getElementById("map-legend"));
mapControls(document.getElementById("map-controls"), document.getElementById("map"), shownPoints);
loadFacets().then(route, (err) => { text(document.getElementById("summary"), "error: " + err.message); document.body.dataset.ready = "error"; });
