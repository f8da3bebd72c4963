"""The build-time rule that places a country between the reference points that agree with GeoNames."""
import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "country_points", Path(__file__).resolve().parents[1] / "scripts" / "country_points.py")
cp = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cp)


def test_agreeing_points_are_averaged():
    lat, lon = cp.consensus((10.0, 20.0), [(10.0, 21.0), (11.0, 20.0)])
    assert (lat, lon) == pytest.approx((10.0 + 1 / 3, 20.0 + 1 / 3))


def test_a_far_reference_is_ignored():
    assert cp.consensus((10.0, 20.0), [(10.0, 40.0)]) == (10.0, 20.0)


def test_the_point_moves_at_most_the_cap():
    base = (0.0, 0.0)
    got = cp.consensus(base, [(0.0, 2.8), (0.0, 2.8)])  # ~311 km east, twice: the mean would be ~208 km
    assert cp.km(base, got) == pytest.approx(cp.MAX_SHIFT_KM, rel=1e-3)


def test_a_mean_of_points_within_twice_the_bar_is_within_the_bar_of_each():
    base, ref = (35.0, 105.0), (35.0, 103.0)  # 182 km apart
    got = cp.consensus(base, [ref])
    assert cp.km(got, base) <= 161 and cp.km(got, ref) <= 161


def test_ring_centroid_of_a_square():
    area, x, y = cp._ring_centroid([(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)])
    assert (area, x, y) == pytest.approx((4.0, 1.0, 1.0))
