// Article view: the clean text with triggers, actors, places, counts, dates and quotes highlighted, and
// each event explained. The text is cut at span boundaries into text nodes: never parsed as HTML.
import { h, clear, text } from "./dom.js";

const KINDS = ["trigger", "source", "target", "actor", "place", "count", "date", "quote"];
const KIND_NAMES = { trigger: "event trigger", source: "source actor", target: "target actor", actor: "actor mention",
  place: "place", count: "count", date: "date", quote: "quote" };

function segments(textValue, spans) {
  const cuts = new Set([0, textValue.length]);
  for (const sp of spans) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    out.push({ start: a, end: b, spans: spans.filter((sp) => sp.start <= a && sp.end >= b) });
  }
  return out;
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch { return null; }
}

export function renderArticle(root, data, selected, { onSelect }) {
  const doc = data.document;
  text(root.querySelector("#article-title"), doc.title || doc.id);
  const meta = clear(root.querySelector("#article-meta"));
  meta.append([doc.source, doc.published, `id ${doc.id}`, `${data.events.length} events`].filter(Boolean).join(" · "));
  const link = doc.url && safeUrl(doc.url);
  if (link) meta.append(" · ", h("a", { href: link, rel: "noopener noreferrer nofollow", target: "_blank" }, "original"));
  const legend = clear(root.querySelector("#article-legend"));
  for (const k of KINDS) legend.append(h("span", { class: `key hl-${k}` }, KIND_NAMES[k]));

  const body = clear(root.querySelector("#article-text"));
  const t = doc.text || "";
  let para = h("p");
  body.append(para);
  for (const seg of segments(t, data.spans)) {
    const piece = t.slice(seg.start, seg.end);
    if (!seg.spans.length) {
      // paragraph breaks of the clean text
      const parts = piece.split(/\n\s*\n/);
      parts.forEach((part, i) => {
        if (i > 0) { para = h("p"); body.append(para); }
        para.append(document.createTextNode(part));
      });
      continue;
    }
    const kinds = [...new Set(seg.spans.map((sp) => sp.kind))];
    const events = [...new Set(seg.spans.filter((sp) => sp.event !== null && sp.event !== undefined).map((sp) => sp.event))];
    const cls = kinds.map((k) => `hl-${k}`);
    if (events.includes(selected)) cls.push("selected");
    const title = seg.spans.map((sp) => `${KIND_NAMES[sp.kind]}${sp.label ? ": " + sp.label : ""}${sp.event !== null && sp.event !== undefined ? ` (event ${sp.event + 1})` : ""}`).join("\n");
    const node = h("mark", { class: cls.join(" "), title, dataset: { kinds: kinds.join(" "), events: events.join(" ") } }, piece);
    if (events.length) node.addEventListener("click", () => onSelect(events[0]));
    para.append(node);
  }

  const list = clear(root.querySelector("#article-events"));
  if (!data.events.length) list.append(h("li", { class: "muted" }, data.reason || "no events"));
  for (const e of data.events) {
    const actor = (a) => (a ? `${a.code} (${a.text})` : "—");
    const item = h("li", { class: "event-card" + (e.index === selected ? " selected" : ""), dataset: { event: e.index } },
      h("div", { class: "event-head" },
        h("i", { class: `swatch quad${e.quad_class}` }),
        h("strong", {}, `${e.cameo} ${e.cameo_name || ""}`),
        h("span", { class: "muted" }, ` · root ${e.root} ${e.root_name || ""}`)),
      h("div", {}, actor(e.source), " → ", actor(e.target)),
      h("dl", {},
        h("dt", {}, "trigger"), h("dd", {}, e.trigger.text),
        h("dt", {}, "date"), h("dd", {}, (e.date || "—") + (e.date_text ? ` (“${e.date_text}”)` : "")),
        h("dt", {}, "QuadClass"), h("dd", {}, `${e.quad_class} ${e.quad_class_name || ""} · Goldstein ${e.goldstein}`),
        h("dt", {}, "PLOVER"), h("dd", {}, e.plover_type ? `${e.plover_type}${e.plover_mode ? " / " + e.plover_mode : ""}` : "— (dropped)"),
        h("dt", {}, "modality"), h("dd", { class: "modality" }, e.modality),
        h("dt", {}, "confidence"), h("dd", { class: "confidence" }, String(e.confidence)),
        h("dt", {}, "rule"), h("dd", { class: "rule" }, e.rule),
        e.reported_by ? [h("dt", {}, "reported by"), h("dd", {}, actor(e.reported_by))] : null,
        e.location ? [h("dt", {}, "where"), h("dd", {}, `${e.location.name}${e.location.country ? " (" + e.location.country + ")" : ""}`)] : null,
      ));
    item.addEventListener("click", () => onSelect(e.index));
    list.append(item);
  }
  const fillList = (id, items, fmt) => {
    const ul = clear(root.querySelector(id));
    if (!items.length) ul.append(h("li", { class: "muted" }, "none"));
    for (const x of items) ul.append(h("li", {}, fmt(x)));
  };
  fillList("#article-counts", data.counts, (c) => `${c.number}${c.approximate ? " (approx.)" : ""} ${c.what} ${c.category} — “${c.text}”`);
  fillList("#article-quotes", data.quotes, (q) => `${q.kind}: ${q.text}${q.speaker_text ? " — " + q.speaker_text : ""}`);
  fillList("#article-places", data.places, (p) => `${p.name}${p.country ? " (" + p.country + ")" : ""}${p.lat !== null ? ` ${p.lat}, ${p.lon}` : ""}`);
  const sel = root.querySelector(".event-card.selected");
  if (sel && sel.scrollIntoView) sel.scrollIntoView({ block: "nearest" });
}
