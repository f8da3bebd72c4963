"""Cross-report deduplication: cluster events that describe one happening and merge each
cluster into one event citing every report, with every report's claims kept side by side."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import Iterable, Optional

from ..model import Claim, Event, Evidence, content_id
from ..settings import Settings
from .similarity import day, similarity


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


def _blocks(events: list[Event]) -> dict[tuple, list[int]]:
    """Events by (type, day, country, province): only events that could be one are compared."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, ev in enumerate(events):
        d = day(ev.date.start)
        blocks[(ev.type, d.toordinal() if d else None, ev.place.country, ev.place.admin1)].append(i)
    return blocks


def candidate_pairs(events: list[Event], window: int) -> Iterable[tuple[int, int]]:
    """Pairs worth comparing: same type, dates at most ``window`` days apart, same country and
    province (an event placed only at country level meets every province), different reports.
    The cost grows with the events of one day and place, not with the whole collection."""
    blocks = _blocks(events)
    provinces: dict[tuple, list] = defaultdict(list)  # (type, day, country) -> provinces seen
    for (etype, ordinal, country, admin1) in blocks:
        provinces[(etype, ordinal, country)].append(admin1)
    for (etype, ordinal, country, admin1), idx in blocks.items():
        days = [ordinal + k for k in range(window + 1)] if ordinal is not None else [None]
        for d in days:
            for other_admin1 in _meeting(provinces.get((etype, d, country), ()), admin1, d == ordinal):
                other = blocks[(etype, d, country, other_admin1)]
                same_block = d == ordinal and other_admin1 == admin1
                for i in idx:
                    for j in other:
                        if (not same_block or j > i) and not set(events[i].report_ids) & set(events[j].report_ids):
                            yield i, j


def _meeting(admin1s: Iterable, admin1, same_day: bool) -> list:
    """Provinces whose events can be one with an event in ``admin1`` (None: unknown province);
    each unordered pair of blocks is produced from one side only."""
    if admin1 is None:
        return list(admin1s)
    return [a for a in admin1s if a == admin1 or (a is None and not same_day)]


def _threshold(a: Event, b: Event, settings: Settings) -> float:
    """A report's side mention of an event (a background incident, a smaller part) must be
    more alike to merge than two reports' main events."""
    minor = min(a.salience, b.salience) < 0.5
    return settings.link_threshold + (0.2 if minor else 0.0)


def cluster_events(events: list[Event], settings: Optional[Settings] = None,
                   must_link: Iterable[tuple[str, str]] = (), cannot_link: Iterable[tuple[str, str]] = ()
                   ) -> list[tuple[list[int], list[dict]]]:
    """Clusters (indices into ``events``) and the explanation of each link made."""
    settings = settings or Settings()
    index = {ev.event_id: i for i, ev in enumerate(events)}
    cannot = {frozenset((index[a], index[b])) for a, b in cannot_link if a in index and b in index}
    scored = []
    for i, j in candidate_pairs(events, settings.link_window_days):
        s, why = similarity(events[i], events[j], settings.link_window_days)
        if s >= _threshold(events[i], events[j], settings):
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
