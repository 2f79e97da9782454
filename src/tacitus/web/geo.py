"""World country outlines and centroids, offline, from the bundled Natural Earth 1:110m TopoJSON.

The TopoJSON file is ``static/vendor/world-atlas/countries-110m.json`` from the npm package
``world-atlas@2.0.2``. Countries are keyed by ISO 3166-1 alpha-3 (the country part of CAMEO actor codes),
mapped from the file's ISO numeric ids with pycountry.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

TOPOJSON = ("web", "static", "vendor", "world-atlas", "countries-110m.json")

# Natural Earth features without an ISO numeric id in the file, by name → the code actor lexicons use.
_BY_NAME = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}
# Shapes cut by the antimeridian have no meaningful planar centroid: (lat, lon) by hand.
_CENTROID_OVERRIDES = {"RUS": (61.5, 97.0), "FJI": (-17.8, 178.0)}


def _read_topology() -> dict[str, Any]:
    return json.loads(resources.files("tacitus").joinpath(*TOPOJSON).read_text(encoding="utf-8"))


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _iso3(numeric: str | None, name: str) -> str | None:
    if name in _BY_NAME:
        return _BY_NAME[name]
    if not numeric:
        return None
    import pycountry

    country = pycountry.countries.get(numeric=str(numeric).zfill(3))
    return country.alpha_3 if country else None


def _area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(signed area, centroid lon, centroid lat) of a ring (shoelace formula, planar lon/lat)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        xs, ys = zip(*ring, strict=True)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return a / 2, cx / (3 * a), cy / (3 * a)


@lru_cache(maxsize=1)
def countries() -> list[dict[str, Any]]:
    """``[{iso3, name, rings: [[[lon, lat], …], …], centroid: [lon, lat]}]`` for every country shape.

    The centroid is the area centroid of the country's largest polygon (so France sits in Europe, not
    between Europe and French Guiana).
    """
    topology = _read_topology()
    arcs = _decode_arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry.get("properties", {}).get("name", "")
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry.get("arcs", [])
        rings, best = [], (0.0, 0.0, 0.0)
        for polygon in polygons:
            for k, indexes in enumerate(polygon):
                ring = _ring(arcs, indexes)
                rings.append([[round(x, 2), round(y, 2)] for x, y in ring])
                if k == 0:  # outer ring
                    area, cx, cy = _area_centroid(ring)
                    if abs(area) >= abs(best[0]):
                        best = (area, cx, cy)
        out.append(
            {
                "iso3": _iso3(geometry.get("id"), name),
                "name": name,
                "rings": rings,
                "centroid": [round(best[1], 3), round(best[2], 3)],
            }
        )
    return out


@lru_cache(maxsize=1)
def centroids() -> dict[str, tuple[float, float]]:
    """ISO3 → (lat, lon) of the country's centroid."""
    found: dict[str, tuple[float, float]] = {}
    for c in countries():
        if c["iso3"] and c["iso3"] not in found:
            lon, lat = c["centroid"]
            found[c["iso3"]] = (lat, lon)
    found.update(_CENTROID_OVERRIDES)
    return found


@lru_cache(maxsize=1)
def world_json() -> bytes:
    """The outlines as compact JSON for the map (``GET /geo/world``)."""
    data = [{"iso3": c["iso3"], "name": c["name"], "rings": c["rings"]} for c in countries()]
    return json.dumps({"countries": data}, separators=(",", ":")).encode()
