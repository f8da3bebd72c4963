"""Linking: one event from many reports, and campaigns from many events.

:func:`link_events` merges events that different reports describe (same type, compatible
place and date, similar figures and wording), blocking by type and date so the cost stays near
linear in the number of events; :func:`assign_campaigns` groups local events into campaigns.
"""
from __future__ import annotations

from .campaigns import assign_campaigns
from .merge import cluster_events, link_events, merge_cluster

__all__ = ["assign_campaigns", "cluster_events", "link_events", "merge_cluster"]
