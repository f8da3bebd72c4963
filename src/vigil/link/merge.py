"""Cross-report deduplication: cluster events that describe one happening and merge each
cluster into one event citing every report, with every report's claims kept side by side."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Iterable, Optional

from ..model import Claim, Event, Evidence, content_id
from ..settings import Settings
from .similarity import (FALLBACK_DAYS, LATER_DAYS, NEIGHBOUR_KM, Profiles, day_span, km_apart, place_key,
                         similarity)


class _Clusters:
    """Union-find that refuses unions joining a cannot-link pair."""

    def __init__(self, n: int, cannot: set[frozenset[int]]):
        self.parent = list(range(n))
        self.members = {i: {i} for i in range(n)}
        self.cannot = cannot

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.cannot and any(frozenset((x, y)) in self.cannot for x in self.members[ra] for y in self.members[rb]):
            return False
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True


def date_span(ev: Event) -> Optional[tuple[int, int]]:
    """The days (ordinals) an event's date may stand for: its day; every day of its month; or,
    for a date that fell back on the publication date, the ``FALLBACK_DAYS`` before it (a later
    report that gives no date of its own). None for a year or no date: too vague to block on."""
    days = day_span(ev.date.start)
    if days is None:
        return None
    first, last = days[0].toordinal(), days[1].toordinal()
    if ev.date.basis == "published" and first == last:
        first -= FALLBACK_DAYS
    return first, last


def candidate_pairs(events: list[Event], window: int) -> Iterable[tuple[int, int]]:
    """Pairs worth comparing: same type and country, date spans at most ``window`` days apart,
    same province (an event placed only at country level meets every province; one with no
    place at all, every country's), different reports. Events too vaguely dated to block on
    meet only each other. A sweep over each province's spans, sorted by their first day, keeps
    the cost near the events that overlap, not the whole collection."""
    dated: dict[tuple, dict] = defaultdict(lambda: defaultdict(list))  # (type, country) -> admin1 -> spans
    vague: dict[tuple, list[int]] = defaultdict(list)
    for i, ev in enumerate(events):
        span, key = date_span(ev), (ev.type, ev.place.country)
        if span is None:
            vague[key].append(i)
        else:
            dated[key][ev.place.admin1].append((span[0], span[1], i))
    unplaced = {kind: provinces.get(None, []) for (kind, country), provinces in dated.items() if country is None}
    for (kind, country), provinces in dated.items():
        anywhere = provinces.pop(None, [])  # placed at country level: meets every province
        nowhere = unplaced.get(kind, []) if country is not None else []  # no place at all: meets every country
        skip = set(s[2] for s in anywhere + nowhere)
        for spans in provinces.values():
            yield from _sweep(events, sorted(spans + anywhere + nowhere), window, skip_both=skip)
        yield from _sweep(events, sorted(anywhere + nowhere), window, skip_both=set(s[2] for s in nowhere))
    for idx in vague.values():
        yield from ((i, j) for k, i in enumerate(idx) for j in idx[k + 1:] if _may_meet(events[i], events[j]))
    yield from _same_name_pairs(events, window)
    yield from _border_pairs(events, window)
    yield from _vague_town_pairs(events)
    yield from _later_pairs(events, window)


def _later_pairs(events: list[Event], window: int) -> Iterable[tuple[int, int]]:
    """Pairs of one town's events with told days more than ``window`` and at most
    ``LATER_DAYS`` apart (see ``similarity.date_part``), which the sweeps above never meet."""
    towns: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for i, ev in enumerate(events):
        key, span = place_key(ev.place), date_span(ev)
        if key is not None and span is not None and span[0] == span[1] and ev.date.basis == "text":
            towns[(ev.type, ev.place.admin1, key)].append((span[0], i))
    for days in towns.values():
        days.sort()
        for k, (first, i) in enumerate(days):
            m = bisect_right(days, (first + window, len(events)), k + 1)  # the first day past the window
            while m < len(days) and days[m][0] <= first + LATER_DAYS:
                if not _share_report(events[i], events[days[m][1]]):
                    yield i, days[m][1]
                m += 1


def _vague_town_pairs(events: list[Event]) -> Iterable[tuple[int, int]]:
    """Pairs of an event too vaguely dated to block on (no date, or a year) and a dated event
    of the same town: the town, the toll and the words may still show one event."""
    dated: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))  # town -> year -> events
    vague: dict[tuple, list[int]] = defaultdict(list)
    for i, ev in enumerate(events):
        key = place_key(ev.place)
        if key is not None:
            town = (ev.type, key, ev.place.admin1)
            if date_span(ev) is None:
                vague[town].append(i)
            else:
                dated[town][(ev.date.start or "")[:4]].append(i)
    for town, idx in vague.items():
        years = dated.get(town, {})
        for i in idx:  # an event dated only by a year meets that year's (other years are a veto)
            year = (events[i].date.start or "")[:4]
            pool = years.get(year, ()) if year else (j for js in years.values() for j in js)
            yield from ((j, i) for j in pool if not _share_report(events[i], events[j]))


def _same_name_pairs(events: list[Event], window: int) -> Iterable[tuple[int, int]]:
    """Pairs the sweeps above keep apart (other country or province) though both reports name
    the same town: one of the two readings may be wrong (see ``similarity.place_part``)."""
    named: dict[tuple, list[tuple[int, int, int]]] = defaultdict(list)
    for i, ev in enumerate(events):
        key, span = place_key(ev.place), date_span(ev)
        if key is not None and span is not None:
            named[(ev.type, key)].append((span[0], span[1], i))
    for spans in named.values():
        if len(spans) > 1:
            yield from _sweep(events, sorted(spans), window, meet=_read_apart)


CELL = 0.5  # degrees: up to 60° of latitude, towns NEIGHBOUR_KM apart share a cell or lie in two side by side
_FORWARD = ((0, 0), (0, 1), (1, -1), (1, 0), (1, 1))  # a cell and its neighbours to the north and east


def _border_pairs(events: list[Event], window: int) -> Iterable[tuple[int, int]]:
    """Pairs of towns close together across a provincial border (Washington, D.C. and Potomac,
    Maryland; the two Kansas Cities), which the per-province sweeps keep apart. Towns fall in
    cells of a grid; each cell meets itself and its neighbours to the north and east, so every
    close pair is met once."""
    cells: dict[tuple, list[tuple[int, int, int]]] = defaultdict(list)
    for i, ev in enumerate(events):
        span, p = date_span(ev), ev.place
        if span is not None and p.precision == "city" and p.lat is not None and p.lon is not None:
            cells[(ev.type, int(p.lat // CELL), int(p.lon // CELL))].append((span[0], span[1], i))
    for (kind, y, x), own in cells.items():
        others = [s for dy, dx in _FORWARD[1:] for s in cells.get((kind, y + dy, x + dx), ())]
        if others:  # (pairs within the cell too; pairs of two neighbours are met from their own cells)
            yield from _sweep(events, sorted(own + others), window, skip_both={s[2] for s in others},
                              meet=_across_border)
        elif len(own) > 1:
            yield from _sweep(events, sorted(own), window, meet=_across_border)


def _across_border(a: Event, b: Event) -> bool:
    pa, pb = a.place, b.place
    return (pa.admin1 != pb.admin1 and km_apart(pa, pb) <= NEIGHBOUR_KM) and not _share_report(a, b)


def _read_apart(a: Event, b: Event) -> bool:
    pa, pb = a.place, b.place
    return ((pa.country != pb.country or (pa.admin1 and pb.admin1 and pa.admin1 != pb.admin1))
            and not _share_report(a, b))


def _sweep(events: list[Event], spans: list[tuple[int, int, int]], window: int,
           skip_both: frozenset | set = frozenset(), meet=None) -> Iterable[tuple[int, int]]:
    """Pairs of spans (sorted by first day) at most ``window`` days apart that ``meet``
    accepts (default: same province, no shared report), but for pairs whose both members are
    in ``skip_both`` (produced by another sweep)."""
    meet = meet or _may_meet
    active: list[tuple[int, int]] = []  # (last day, index) of spans that may still meet
    for lo, hi, i in spans:
        active = [(h, j) for h, j in active if h + window >= lo]
        for _, j in active:
            if not (i in skip_both and j in skip_both) and meet(events[j], events[i]):
                yield j, i
        active.append((hi, i))


def _may_meet(a: Event, b: Event) -> bool:
    """Same or unknown province, and no report in common."""
    pa, pb = a.place.admin1, b.place.admin1
    return (pa is None or pb is None or pa == pb) and not _share_report(a, b)


def _share_report(a: Event, b: Event) -> bool:
    """Events of one report never merge: the extractor already told them apart."""
    return not set(a.report_ids).isdisjoint(b.report_ids)


ROUND_UP = 10  # a report telling of this many events of one type is a round-up ("30 shot this weekend")


def _threshold(a: Event, b: Event, settings: Settings, round_ups: frozenset | set = frozenset()) -> float:
    """A report's side mention of an event (a background incident, a smaller part) must be
    more alike to merge than two reports' main events; so must an event of a round-up, told
    in a line or two among many."""
    minor = min(a.salience, b.salience) < 0.5
    crowded = bool(round_ups) and not round_ups.isdisjoint(((a.report_ids[0], a.type), (b.report_ids[0], b.type)))
    return settings.link_threshold + (0.2 if minor else 0.0) + (0.2 if crowded else 0.0)


def _round_ups(events: list[Event]) -> set[tuple[str, str]]:
    """(report, type) of the reports that tell of ``ROUND_UP`` or more events of one type."""
    n = Counter((ev.report_ids[0], ev.type) for ev in events if len(ev.report_ids) == 1)
    return {key for key, count in n.items() if count >= ROUND_UP}


def cluster_events(events: list[Event], settings: Optional[Settings] = None,
                   must_link: Iterable[tuple[str, str]] = (), cannot_link: Iterable[tuple[str, str]] = ()
                   ) -> list[tuple[list[int], list[dict]]]:
    """Clusters (indices into ``events``) and the explanation of each link made."""
    settings = settings or Settings()
    index = {ev.event_id: i for i, ev in enumerate(events)}
    cannot = {frozenset((index[a], index[b])) for a, b in cannot_link if a in index and b in index}
    scored = []
    profiles, round_ups = Profiles(events), _round_ups(events)
    for i, j in candidate_pairs(events, settings.link_window_days):
        s, why = similarity(events[i], events[j], settings.link_window_days, profiles)
        if s >= _threshold(events[i], events[j], settings, round_ups):
            scored.append((s, i, j, why))
    for a, b in must_link:
        if a in index and b in index:
            scored.append((99.0, index[a], index[b], {"why": "merged by a user"}))
    scored.sort(key=lambda t: -t[0])
    uf = _Clusters(len(events), cannot)
    made = [{"a": events[i].event_id, "b": events[j].event_id, **why}
            for s, i, j, why in scored if uf.union(i, j)]
    members_of: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        members_of[uf.find(i)].append(i)
    links_of: dict[int, list[dict]] = defaultdict(list)
    for link in made:
        links_of[uf.find(index[link["a"]])].append(link)
    return [(members, links_of.get(root, [])) for root, members in members_of.items()]


def merge_cluster(members: list[Event], links: list[dict]) -> Event:
    """One event from a cluster: every report, every claim, the finest shared place."""
    if len(members) == 1:
        return members[0]
    members = sorted(members, key=lambda e: (-e.confidence, e.event_id))
    head = members[0]
    report_ids = tuple(dict.fromkeys(r for ev in members for r in ev.report_ids))
    place = _majority_place(members)
    date = Counter(ev.date for ev in members if ev.date.basis == "text").most_common(1)
    counts = _merged_counts(members)
    evidence: tuple[Evidence, ...] = tuple(dict.fromkeys(e for ev in members for e in ev.evidence))
    actors = tuple(dict.fromkeys(a for ev in members for a in ev.actors))
    issues = tuple(dict.fromkeys(i for ev in members for i in ev.issues))
    return replace(head, event_id=content_id(sorted(ev.event_id for ev in members), prefix="ev-"),
                   report_ids=report_ids, place=place, date=date[0][0] if date else head.date,
                   counts=counts, evidence=evidence, actors=actors, issues=issues,
                   confidence=min(1.0, head.confidence + 0.05 * (len(report_ids) - 1)),
                   links=tuple(links))


def _majority_place(members: list[Event]):
    rank = {"city": 3, "admin1": 2, "country": 1}
    best = max(rank.get(ev.place.precision or "", 0) for ev in members)
    places = [ev.place for ev in members if rank.get(ev.place.precision or "", 0) == best]
    return Counter(places).most_common(1)[0][0]


def _merged_counts(members: list[Event]) -> tuple:
    out: dict[str, list[Claim]] = {}
    for ev in members:
        for kind, claims in ev.counts:
            have = out.setdefault(kind, [])
            for c in claims:
                if not any((x.low, x.high, x.claimed_by, x.report_id) == (c.low, c.high, c.claimed_by, c.report_id)
                           for x in have):
                    have.append(c)
    return tuple((k, tuple(v)) for k, v in out.items())


def link_events(events: list[Event], settings: Optional[Settings] = None) -> list[Event]:
    """Merge events across reports and give campaign ids; order follows the first member."""
    from .campaigns import assign_campaigns

    settings = settings or Settings()
    clusters = cluster_events(events, settings)
    merged = [merge_cluster([events[i] for i in members], links)
              for members, links in sorted(clusters, key=lambda c: min(c[0]))]
    return assign_campaigns(merged, settings)
