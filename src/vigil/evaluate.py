"""Score predicted events against gold events (used by the evaluation gate and ``vigil evaluate``).

Gold: one report a line, ``{"id", "events": [GOLD_EVENT], "exhaustive"?}`` with GOLD_EVENT
``{"type", "status", "country", "admin1", "city", "lat", "lon", "nationwide", "date",
"participants"/"fatalities"/"injuries"/"arrests": {"low", "high"}, "alt_claims"?}``.
Inside each report, predictions pair with gold events of the same type and country (greedily,
best match first: place, then date); a gold ``other`` event, or one marked ``"optional": true``, is
optional (found, it is neither a hit nor an error; missed, no miss), as in the shared scorer. Reports marked
``"exhaustive": false`` list only some events, so extra predictions there are not errors.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .geo.distance import km

COUNT_KEYS = ("participants", "fatalities", "injuries", "arrests")


def _norm(name: Optional[str]) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"\b(province|state|governorate|region|county)\b", " ", s)
    return re.sub(r"[^a-z]", "", s)


def city_right(gold: dict, place: dict) -> bool:
    """Within 40 km when both sides have coordinates, else the same folded city name."""
    if place.get("lat") is not None and place.get("lon") is not None and gold.get("lat") is not None:
        return place.get("precision") in (None, "city") and km(gold["lat"], gold["lon"], place["lat"], place["lon"]) <= 40
    return bool(_norm(place.get("city"))) and _norm(place.get("city")) == _norm(gold.get("city"))


def _country_right(gold: dict, place: dict) -> bool:
    return not gold.get("country") or (place.get("country") or "").upper() == gold["country"].upper()


def _match(gold: dict, pred: dict) -> bool:
    return pred.get("type") == gold.get("type") and _country_right(gold, pred.get("place") or {})


def _affinity(gold: dict, pred: dict) -> float:
    place = pred.get("place") or {}
    s = 0.0
    if gold.get("city") and city_right(gold, place):
        s += 2
    elif gold.get("admin1") and _norm(place.get("admin1")) == _norm(gold.get("admin1")):
        s += 1
    s += bool(gold.get("nationwide")) == bool(place.get("nationwide"))
    s += 0.5 * ((pred.get("date") or {}).get("start") == gold.get("date"))
    return s


@dataclass
class Score:
    counts: dict = field(default_factory=lambda: defaultdict(int))
    errors: list = field(default_factory=list)

    def ratio(self, a: str, b: str) -> Optional[float]:
        return self.counts[a] / self.counts[b] if self.counts[b] else None

    @property
    def summary(self) -> dict:
        c = self.counts
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None
        dp = c["dtp"] / (c["dtp"] + c["dfp"]) if c["dtp"] + c["dfp"] else None
        dr = c["dtp"] / (c["dtp"] + c["dfn"]) if c["dtp"] + c["dfn"] else None
        f = lambda a, b: 2 * a * b / (a + b) if a and b else 0.0  # noqa: E731
        return {"event_f1": f(p, r), "event_precision": p, "event_recall": r, "detection_f1": f(dp, dr),
                "city_acc": self.ratio("city_ok", "city_n"), "admin1_acc": self.ratio("admin1_ok", "admin1_n"),
                "nationwide_acc": self.ratio("nat_ok", "nat_n"), "date_acc": self.ratio("date_ok", "date_n"),
                "status_acc": self.ratio("status_ok", "status_n"), "numbers_acc": self.ratio("num_ok", "num_n"),
                "numbers_precision": self.ratio("num_pred_ok", "num_pred")}


def score(gold_reports: Iterable[dict], predictions: Iterable[dict]) -> Score:
    by_report: dict[str, list[dict]] = defaultdict(list)
    for p in predictions:
        for rid in p.get("report_ids") or []:
            by_report[rid].append(p)
    result = Score()
    for rep in gold_reports:
        _score_report(rep, by_report.get(rep["id"], []), result)
    return result


def _score_report(rep: dict, preds: list[dict], res: Score) -> None:
    golds = [g for g in rep.get("events") or [] if g.get("type") != "other"]
    partial = rep.get("exhaustive") is False
    if partial and not golds:
        return
    c = res.counts
    has_gold, has_pred = any(not g.get("optional") for g in golds), any(p.get("type") != "other" for p in preds)
    c["dtp"] += has_gold and has_pred
    c["dfp"] += (not has_gold) and has_pred
    c["dfn"] += has_gold and not has_pred
    pairs = _pair(golds, preds)
    for gi, pi in pairs:
        if not golds[gi].get("optional"):  # (an optional event found is no error, nor a hit: as the shared scorer)
            _score_pair(golds[gi], preds[pi], c)
    used_g, used_p = {g for g, _ in pairs}, {p for _, p in pairs}
    for gi, g in enumerate(golds):
        if gi not in used_g and not g.get("optional"):
            c["fn"] += 1
            res.errors.append({"report": rep["id"], "missed": {k: g.get(k) for k in ("type", "city", "admin1", "date")}})
    for pi, p in enumerate(preds):
        if pi not in used_p and p.get("type") != "other" and not partial:
            c["fp"] += 1
            res.errors.append({"report": rep["id"], "extra": {"type": p.get("type"), "place": (p.get("place") or {}).get("name")}})
    _score_numbers(rep, golds, preds, partial, c)


def _pair(golds: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    cands = sorted(((-_affinity(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                    if _match(g, p)))
    pairs, used_g, used_p = [], set(), set()
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


def _score_pair(g: dict, p: dict, c: dict) -> None:
    place, date = p.get("place") or {}, p.get("date") or {}
    c["tp"] += 1
    if g.get("city"):
        c["city_n"] += 1
        c["city_ok"] += city_right(g, place)
    if g.get("admin1"):
        c["admin1_n"] += 1
        c["admin1_ok"] += _norm(place.get("admin1")) == _norm(g["admin1"])
    if isinstance(g.get("nationwide"), bool):
        c["nat_n"] += 1
        c["nat_ok"] += bool(place.get("nationwide")) == g["nationwide"]
    if g.get("date"):
        c["date_n"] += 1
        c["date_ok"] += date.get("start") == g["date"]
    if g.get("status"):
        c["status_n"] += 1
        c["status_ok"] += p.get("status") == g["status"]


def _gold_figures(golds: list[dict], key: str) -> set:
    out = set()
    for g in golds:
        if isinstance(g.get(key), dict) and g[key].get("low"):
            out.add(g[key]["low"])
        for alt in g.get("alt_claims") or []:
            if alt.get("field") == key:
                out.update(v for v in (alt.get("low"), alt.get("high")) if v)
    return out


def _score_numbers(rep: dict, golds: list[dict], preds: list[dict], partial: bool, c: dict) -> None:
    for key in COUNT_KEYS:
        want = _gold_figures(golds, key)
        got = {cl.get("low") for p in preds for cl in (p.get("counts") or {}).get(key) or [] if cl.get("low")}
        c["num_n"] += len(want)
        c["num_ok"] += len(want & got)
        if not partial:
            c["num_pred"] += len(got)
            c["num_pred_ok"] += len(got & want)
