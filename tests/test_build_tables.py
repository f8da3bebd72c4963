"""The table builder's geometry helpers (scripts/build_admin1.py is run by hand, not at run time)."""
import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "build_admin1", Path(__file__).resolve().parents[1] / "scripts" / "build_admin1.py")
build = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build)


def _square(lon, lat, size):
    return [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]


def test_landmass_centre_takes_the_largest_polygon():
    shape = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
        [_square(10, 0, 1)],   # a small island
        [_square(20, 0, 4)],   # the mainland, centred at (2, 22)
    ]}}]}
    lat, lon = build.landmass_centre(shape)
    assert (lat, lon) == pytest.approx((2.0, 22.0))


def test_landmass_centre_of_a_single_polygon_and_of_none():
    shape = {"features": [{"geometry": {"type": "Polygon", "coordinates": [_square(-5, 40, 2)]}}]}
    assert build.landmass_centre(shape) == pytest.approx((41.0, -4.0))
    assert build.landmass_centre(None) is None


def test_pull_toward_moves_at_most_the_limit():
    near = build.pull_toward((10.0, 10.0), (10.5, 10.0), max_km=100)   # ~56 km away: reached
    assert near == pytest.approx((10.5, 10.0))
    far = build.pull_toward((0.0, 0.0), (0.0, 5.0), max_km=100)       # ~556 km away: 100 km of it
    assert far[0] == pytest.approx(0.0) and far[1] == pytest.approx(100 / 111.2, rel=1e-3)
    assert build.pull_toward((1.0, 2.0), None) == (1.0, 2.0)
