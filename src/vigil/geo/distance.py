"""Great-circle distance, the one formula every stage measures places apart with."""
from __future__ import annotations

import math

EARTH_KM = 6371.0


def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Kilometres between two points (haversine)."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b_lon - a_lon) / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, h)))


def km_apart(pa, pb) -> float:
    """Kilometres between two places with ``lat`` and ``lon`` (infinite when either has none)."""
    if None in (pa.lat, pa.lon, pb.lat, pb.lon):
        return math.inf
    return km(pa.lat, pa.lon, pb.lat, pb.lon)
