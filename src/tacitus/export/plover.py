"""PLOVER JSON lines and POLECAT-style TSV, per the PLOVER manual (event categories, modes, contexts,
"Numeric conflict/cooperation scores", "Country Names and Sector Codes", "Data Fields").

* One record per event, except that events read from one trigger with compound actors ("Germany and
  France expelled …", CAMEO-style one event per dyad) become one record with actor/recipient *lists*,
  as the manual asks; ``tacitus.event_ids`` lists the ids of the events a record holds, so every event
  is in exactly one record.
* ``event_scale`` / Intensity is the PLOVER score of the category and mode (not CAMEO's Goldstein).
* ``quad_code`` is the PLOVER category's quad category (PROTEST is material conflict, 4).
* Modes are the manual's modes of the category; a value our CAMEO table gives that the manual has not
  is left out (kept in ``tacitus.mode_raw``); contexts are the manual's general contexts, plus the
  auxiliary modes ``negation``, ``future``, ``hypothetical`` from our modality.
* Entity codes: ISO3 country, ``EUR`` (European Union), ``UNO`` (United Nations), ``IGO``, ``NGO``,
  ``IMG``, ``MNC``; sectors in PLOVER's list (CAMEO ``HLH`` → ``MED``, CAMEO ``MED`` → ``JRN``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import IO, Any, NamedTuple

from tacitus import __version__
from tacitus.events.cameo import CAMEO
from tacitus.export.common import DocMeta, EventRecord, doc_meta, representatives, tsv
from tacitus.model.records import Actor, Place
from tacitus.store.filters import EventFilter

QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip

# The manual's table "PLOVER conflict--cooperation scores": category score, then category: mode.
# ACCUSE is printed as "3" there while every ACCUSE mode is negative: we use -3 (docs/EXPORTS.md).
SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10,
    "RETREAT": 6.5, "REQUEST": 0, "ACCUSE": -3, "REJECT": -2, "THREATEN": -3.5, "PROTEST": -5,
    "SANCTION": -6, "MOBILIZE": -5.5, "COERCE": -7, "ASSAULT": -9,
}  # fmt: skip
MODE_SCORES: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4, ("CONSULT", "third-party"): 1, ("CONSULT", "multilateral"): 4,
    ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8, ("RETREAT", "release"): 6.5, ("RETREAT", "disarm"): 10,
    ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5, ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1, ("REQUEST", "yield"): -1, ("REQUEST", "meet"): 0,
    ("ACCUSE", "disapprove"): -2, ("ACCUSE", "investigate"): -3.5, ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2, ("REJECT", "yield"): -2, ("REJECT", "meet"): -2,
    ("THREATEN", "restrict"): -3, ("THREATEN", "arrest"): -3.5, ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4, ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5, ("PROTEST", "riot"): -7, ("PROTEST", "strike"): -5, ("PROTEST", "hunger"): -4.5,
    ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6, ("SANCTION", "expel"): -5.5, ("SANCTION", "withdraw"): -6,
    ("SANCTION", "discontinue"): -6,
    ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5, ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6,
    ("COERCE", "seize"): -7, ("COERCE", "restrict"): -7, ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5,
    ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7, ("COERCE", "deport"): -7,
    ("COERCE", "withhold"): -7, ("COERCE", "misinformation"): -6.5, ("COERCE", "cyber"): -7,
    ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8, ("ASSAULT", "firearms"): -9, ("ASSAULT", "explosives"): -9,
    ("ASSAULT", "suicide-attack"): -9.5, ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5, ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10,
}  # fmt: skip
MODES = {(kind, mode) for kind, mode in MODE_SCORES}

CODE_MODES = {"195": "aerial", "1951": "aerial", "1952": "drone", "185": "targeted", "186": "targeted"}
MODE_RENAMES = {"assassinate": "targeted", "ban": "restrict"}

CONTEXTS = frozenset(
    [
        "military",
        "intelligence",
        "executive",
        "legislative",
        "election",
        "political_institutions",
        "pro_democracy",
        "pro_autocracy",
        "economic",
        "legal",
        "reparations",
        "human_rights",
        "rights_freedoms",
        "repression",
        "human_security",
        "gender",
        "lgbt",
        "religion_ethnicity",
        "inequality",
        "diplomatic",
        "territory",
        "peacekeeping",
        "health",
        "asylum",
        "migration",
        "disasters",
        "natural_resource",
        "environment",
        "technology",
        "terrorism",
        "cbrn",
        "cyber",
        "misinformation",
        "crime",
        "corruption",
        "illegal_drugs",
        "trafficking",
    ]
)
CONTEXT_RENAMES = {
    "democracy": "pro_democracy",
    "humanitarian": "human_security",
    "political": "political_institutions",
}
AUXILIARY = {"negated": "negation", "future": "future", "hypothetical": "hypothetical"}

SECTORS = frozenset(
    [
        "COP",
        "GOV",
        "JUD",
        "LEG",
        "MIL",
        "PRM",
        "PTY",
        "REB",
        "SPY",
        "UAF",
        "UNK",
        "AGR",
        "BUS",
        "CRM",
        "CVL",
        "EDU",
        "ELI",
        "JRN",
        "LAB",
        "MED",
        "REF",
        "OPP",
        "PRE",
        "REL",
        "SOC",
    ]
)
SECTOR_RENAMES = {
    "HLH": "MED",
    "MED": "JRN",
    "INS": "REB",
    "SEP": "REB",
    "HRI": "SOC",
    "ENV": "SOC",
    "NGO": "SOC",
}
GROUPS = ("IGO", "NGO", "IMG", "MNC", "ISM")


def plover_mode(record: EventRecord) -> str | None:
    e = record.event
    mode = CODE_MODES.get(e.cameo) or MODE_RENAMES.get(e.plover_mode or "", e.plover_mode)
    return mode if mode and (e.plover_type, mode) in MODES else None


def plover_contexts(record: EventRecord) -> list[str]:
    e = record.event
    found: list[str] = []
    values = list(CAMEO.plover_context(e.cameo)) if e.cameo in CAMEO else []
    if e.plover_mode and e.plover_mode in CONTEXTS | set(CONTEXT_RENAMES):
        values.append(e.plover_mode)  # a context our CAMEO table gives as a mode
    for value in values:
        value = CONTEXT_RENAMES.get(value, value)
        if value in CONTEXTS and value not in found:
            found.append(value)
    if e.modality in AUXILIARY:
        found.append(AUXILIARY[e.modality])
    return found


def intensity(plover_type: str, mode: str | None) -> float | None:
    """The PLOVER score of a category and mode (the manual's table), -10 … +10."""
    if mode and (plover_type, mode) in MODE_SCORES:
        return float(MODE_SCORES[(plover_type, mode)])
    score = SCORES.get(plover_type)
    return float(score) if score is not None else None


def entity_code(actor: Actor) -> str | None:
    """PLOVER's country field: ISO3, or EUR / UNO / IGO / NGO / IMG / MNC / ISM; None when unknown."""
    code = actor.code or ""
    if code.startswith("IGO"):
        if "EEC" in code[3:] or (code[3:6] == "EUR" and len(code) == 6):
            return "EUR"
        if code[3:6] == "UNO":
            return "UNO"
        return "IGO"
    if code[:3] in GROUPS:
        return code[:3]
    return actor.country if actor.country and len(actor.country) == 3 else None


def entity_sector(actor: Actor) -> str | None:
    sector = actor.sector
    if not sector:
        code = actor.code or ""
        rest = code[3:6] if actor.country and code.startswith(actor.country) else ""
        sector = rest or None
    if sector is None:
        return None
    sector = SECTOR_RENAMES.get(sector, sector)
    return sector if sector in SECTORS else None


def _entity(actor: Actor) -> dict[str, Any]:
    return {
        "code": entity_code(actor),
        "sector": entity_sector(actor),
        "entity_text": actor.text,
        "identifier_text": actor.person,
        "cameo_code": actor.code,  # implementation field (the manual leaves the rest of the object open)
    }


def _entities(actors: list[Actor | None]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for a in actors:
        if a is None or (a.code, a.text) in seen:
            continue
        seen.add((a.code, a.text))
        out.append(_entity(a))
    return out


def _location(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    from tacitus.export.geo import adm1_name, country_name

    code = place.feature_code or ""
    resolution = 1 if code.startswith("PCL") else 2 if code == "ADM1" else 3 if code == "ADM2" else 4
    province = None
    if place.adm1 and len(place.adm1) > 2 and resolution > 2:
        province = adm1_name(place.adm1[:2], place.adm1[2:])
    return {
        "extracted_place": place.text,
        "resolved_place": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "city": place.name if resolution == 4 else None,
        "province": place.name if resolution == 2 else province,
        "country": country_name(place.country),
        "country_code": place.country,
        "feature_class": place.feature_class,
        "feature_code": place.feature_code,
        "resolution": resolution,
    }


def compound_groups(records: list[EventRecord]) -> list[list[EventRecord]]:
    """Events of one trigger and code (compound actors, one event per dyad) grouped, in store order."""
    groups: dict[tuple, list[EventRecord]] = {}
    for r in records:
        e = r.event
        key = (e.doc_id, e.sentence_index, e.trigger.start, e.trigger.end, e.cameo, e.modality)
        groups.setdefault(key, []).append(r)
    return list(groups.values())


def _plover_records(store, f: EventFilter | None) -> list[list[EventRecord]]:
    return compound_groups([r for r in representatives(store, f) if r.event.plover_type])


def _day(record: EventRecord, m: DocMeta) -> dt.date | None:
    return record.event.date or m.published


class _Record(NamedTuple):
    """One PLOVER/POLECAT record: its events (a compound trigger) and what both writers read of the first."""

    group: list[EventRecord]
    first: EventRecord
    meta: DocMeta
    day: dt.date | None
    mode: str | None


def _records(store, f: EventFilter | None) -> Iterator[_Record]:
    meta = doc_meta(store)
    for group in _plover_records(store, f):
        first = group[0]
        m = meta[first.event.doc_id]
        yield _Record(group, first, m, _day(first, m), plover_mode(first))


def write_plover(store, out: IO[str], f: EventFilter | None) -> int:
    """PLOVER JSON lines; events PLOVER drops (CAMEO 01/02) are not written."""
    today = dt.date.today().isoformat()
    n = 0
    for group, first, m, day, mode in _records(store, f):
        e = first.event
        record = {
            "id": first.id,
            "date": day.isoformat() if day else None,
            "actor": _entities([r.event.source for r in group]),
            "recipient": _entities([r.event.target for r in group]),
            "event": [e.plover_type],
            "event_loc": _location(e.location),
            "event_text": [e.trigger.text],
            "quad_code": QUAD.get(e.plover_type, e.quad_class),
            "event_scale": intensity(e.plover_type, mode),
            "mode": [mode] if mode else [],
            "context": plover_contexts(first),
            "link": first.stat[5] if first.stat else None,
            "text_info": {"sequence": e.sentence_index, "start": e.trigger.start, "end": e.trigger.end},
            "cite_info": {
                "url": m.url,
                "title": m.title,
                "language": "en",
                "publication": m.source,
                "coder": f"tacitus {__version__}",
                "codebook": "cameo-1.1b3 mapped to plover (CAMEO2PLOVER-2021)",
            },
            "coder": f"tacitus {__version__}",
            "coded_date": today,
            "tacitus": {  # what we carry beyond the manual's fields
                "event_ids": [r.id for r in group],
                "doc_id": e.doc_id,
                "cameo": e.cameo,
                "goldstein": e.goldstein,
                "mode_raw": e.plover_mode,
                "modality": e.modality,
                "confidence": round(e.confidence, 3),
                "num_mentions": first.stat[1] if first.stat else 1,
                "num_sources": first.stat[2] if first.stat else 1,
                "num_articles": first.stat[3] if first.stat else 1,
                "evidence": {
                    "sentence": e.sentence,
                    "trigger": [e.trigger.start, e.trigger.end],
                    "actors": [[a.start, a.end] for r in group for a in (r.event.source,) if a],
                    "recipients": [[a.start, a.end] for r in group for a in (r.event.target,) if a],
                },
            },
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor Sector", "Actor Code", "Actor Name Raw",
    "Recipient Name", "Recipient Country", "Recipient Sector", "Recipient Code", "Recipient Name Raw",
    "Placename", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story ID", "Num Mentions", "Num Sources", "Language", "Version",
    "tacitus Event IDs", "tacitus CAMEO", "tacitus Modality", "tacitus Confidence",
)  # fmt: skip


def _joined(actors: list[Actor | None]) -> list[str | None]:
    """Name, Country, Sector, Code, Name Raw of an actor list (POLECAT joins several with ';')."""
    ents = [(a, _entity(a)) for a in actors if a is not None]
    unique = list({(a.code, a.text): (a, ent) for a, ent in ents}.values())
    if not unique:
        return [None] * 5

    def join(values) -> str | None:
        values = [v or "" for v in values]
        return ";".join(values) if any(values) else None

    return [
        join(a.person or a.text for a, _ in unique),
        join(ent["code"] for _, ent in unique),
        join(ent["sector"] for _, ent in unique),
        join(a.code for a, _ in unique),
        join(a.text for a, _ in unique),
    ]


def write_polecat(store, out: IO[str], f: EventFilter | None) -> int:
    """POLECAT-style TSV with a header row (POLECAT_COLUMNS; the last four are ours)."""
    stories = dict(store._con.execute("SELECT doc_id, story_id FROM story_docs").fetchall())
    out.write("\t".join(POLECAT_COLUMNS) + "\n")
    n = 0
    for group, first, m, day, mode in _records(store, f):
        e = first.event
        loc = e.location
        tsv(
            out,
            [
                first.id,
                day.isoformat() if day else None,
                e.plover_type,
                mode,
                intensity(e.plover_type, mode),
                QUAD.get(e.plover_type, e.quad_class),
                ";".join(plover_contexts(first)) or None,
                *_joined([r.event.source for r in group]),
                *_joined([r.event.target for r in group]),
                loc.name if loc else None,
                loc.country if loc else None,
                loc.lat if loc else None,
                loc.lon if loc else None,
                loc.geonameid if loc else None,
                loc.text if loc else None,
                loc.feature_code if loc else None,
                m.source,
                m.published.isoformat() if m.published else None,
                stories.get(e.doc_id),
                first.stat[1] if first.stat else 1,
                first.stat[2] if first.stat else 1,
                "en",
                f"tacitus {__version__}",
                ";".join(r.id for r in group),
                e.cameo,
                e.modality,
                round(e.confidence, 3),
            ],
        )
        n += 1
    return n
