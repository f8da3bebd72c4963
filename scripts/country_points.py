"""A country's point for the gazetteer: a consensus of published reference points (build time only).

A country is no point, and geoparsing corpora place it at whichever reference point their
annotators used: GeoNames' (LGL, TR-News), Wikipedia's (GeoVirus), a map's centroid. A point
within 161 km (the field's usual bar) of as many of those as possible serves every user best, so
each country takes the mean of GeoNames' point and the reference points that agree with it within
``AGREE_KM`` (twice the bar: their mean is then within the bar of each), pulled back to at most
``MAX_SHIFT_KM`` from GeoNames' point, so data placed by GeoNames stays within the bar.

References (inputs of ``scripts/build_admin1.py``):
- Natural Earth admin-0 countries (public domain), as shipped in the geopandas 0.14.4 wheel
  (``geopandas/datasets/naturalearth_lowres``): the area centroid of each country's largest polygon.
- Google's canonical country centroids (DSPL ``countries.csv``, CC BY 4.0), committed as
  ``scripts/data/google_country_centroids.tsv``.
"""
from __future__ import annotations

import math
import struct
import zipfile
from pathlib import Path

AGREE_KM = 322.0
MAX_SHIFT_KM = 150.0
GOOGLE = Path(__file__).resolve().parent / "data" / "google_country_centroids.tsv"
_NE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
_NE_NAMES = {"France": "FR", "Norway": "NO", "Kosovo": "XK", "N. Cyprus": "", "Somaliland": ""}


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def consensus(base: tuple[float, float], refs: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean of ``base`` and the references within AGREE_KM of it, at most MAX_SHIFT_KM away."""
    pts = [base] + [r for r in refs if km(base, r) <= AGREE_KM]
    lat = sum(p[0] for p in pts) / len(pts)
    lon = sum(p[1] for p in pts) / len(pts)
    d = km(base, (lat, lon))
    if d > MAX_SHIFT_KM:
        f = MAX_SHIFT_KM / d
        lat, lon = base[0] + f * (lat - base[0]), base[1] + f * (lon - base[1])
    return lat, lon


def google_points(path: Path = GOOGLE) -> dict[str, tuple[float, float]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cc, lat, lon = line.split("\t")[:3]
            out[cc] = (float(lat), float(lon))
    return out


def natural_earth_points(geopandas_wheel: str, iso3_to_cc: dict[str, str]) -> dict[str, tuple[float, float]]:
    """ISO code -> area centroid of the country's largest polygon (Natural Earth 1:110m)."""
    with zipfile.ZipFile(geopandas_wheel) as z:
        shapes = _polygons(z.read(_NE + ".shp"))
        records = _dbf(z.read(_NE + ".dbf"))
    out = {}
    for rec, rings in zip(records, shapes):
        cc = iso3_to_cc.get(rec["iso_a3"]) or _NE_NAMES.get(rec["name"], "")
        if cc and rings:
            area, lon, lat = max(_ring_centroid(r) for r in rings)
            out[cc] = (lat, lon)
    return out


def _ring_centroid(pts: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(|area|, x, y) of one ring by the shoelace formula (plane coordinates: fine at this scale)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1]):
        f = x0 * y1 - x1 * y0
        a, cx, cy = a + f, cx + (x0 + x1) * f, cy + (y0 + y1) * f
    if not a:
        return 0.0, pts[0][0], pts[0][1]
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def _polygons(shp: bytes) -> list[list[list[tuple[float, float]]]]:
    """The rings of each polygon record of an ESRI shapefile."""
    out, pos = [], 100
    while pos < len(shp):
        _, words = struct.unpack(">ii", shp[pos:pos + 8])
        body = shp[pos + 8:pos + 8 + 2 * words]
        pos += 8 + 2 * words
        if struct.unpack("<i", body[:4])[0] != 5:
            out.append([])
            continue
        nparts, npoints = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{nparts}i", body[44:44 + 4 * nparts])) + [npoints]
        xy = struct.unpack(f"<{2 * npoints}d", body[44 + 4 * nparts:44 + 4 * nparts + 16 * npoints])
        points = list(zip(xy[::2], xy[1::2]))
        out.append([points[parts[i]:parts[i + 1]] for i in range(nparts)])
    return out


def _dbf(dbf: bytes) -> list[dict[str, str]]:
    """The records of a dBASE table, every field as text."""
    count, header, size = struct.unpack("<IHH", dbf[4:12])
    fields, pos = [], 32
    while dbf[pos] != 0x0D:
        fields.append((dbf[pos:pos + 11].split(b"\0")[0].decode(), dbf[pos + 16]))
        pos += 32
    out = []
    for i in range(count):
        rec, at, row = dbf[header + i * size:header + (i + 1) * size], 1, {}
        for name, width in fields:
            row[name] = rec[at:at + width].decode("utf-8", "replace").strip()
            at += width
        out.append(row)
    return out
