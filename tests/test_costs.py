# SPDX-License-Identifier: GPL-2.0-or-later
"""CostModel: exact answers on hand-made networks and agreement with networkx."""
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from palveluverkko.core.network.costs import CostModel
from palveluverkko.core.network.graph import RoadNetwork
from palveluverkko.core.rules.cancel import Cancelled

nx = pytest.importorskip("networkx")


def line(*pts):
    return np.array(pts, dtype=float)


# A street 0..4000 m along y=0 at 60 km/h (1 km per minute), the part
# 2000..3000 one-way eastwards; a separate island street far away.
STREETS = [
    line((0, 0), (1000, 0)),
    line((1000, 0), (2000, 0)),
    line((2000, 0), (3000, 0)),
    line((3000, 0), (4000, 0)),
    line((100000, 0), (101000, 0)),
]
DIRS = np.array([0, 0, 1, 0, 0], dtype=np.int8)


@pytest.fixture
def road():
    net = RoadNetwork.from_lines(STREETS, directions=DIRS, default_speed_kmh=60.0)
    return CostModel.road(net, default_speed_kmh=60.0, max_snap_m=500.0)


def test_one_way_street(road):
    # demand west, facility east: along the one-way street, 4 km + 2 access legs of 0.1 km
    fac, cost = road.nearest([[0, 100]], [[4000, 100]])
    assert fac.tolist() == [0]
    assert cost[0] == pytest.approx(4.2, rel=1e-12)
    # the other way round is impossible: the one-way street is the only link
    fac, cost = road.nearest([[4000, 100]], [[0, 100]])
    assert fac.tolist() == [-1] and np.isnan(cost[0])


def test_two_components_and_far_point(road):
    demand = [[100400, 0], [3000, 0], [50000, 0], [0, 0]]
    fac, cost = road.nearest(demand, [[1000, 0]])
    # island (no facility), against the one-way street, too far from any node (> 500 m), reachable
    assert fac.tolist() == [-1, -1, -1, 0]
    assert np.isnan(cost[:3]).all()
    assert cost[3] == pytest.approx(1.0, rel=1e-12)
    # the second point: 3000 -> 1000 is against the one-way street
    fac, cost = road.nearest(demand, [[1000, 0], [100000, 0]])
    assert fac.tolist() == [1, -1, -1, 0]
    assert cost[0] == pytest.approx(0.4, rel=1e-12)


def test_ties_go_to_first_facility(road):
    # demand at 1000: facilities at 0 and 2000 cost exactly 1 min each
    for order, expected in (([[0, 0], [2000, 0]], 0), ([[2000, 0], [0, 0]], 0)):
        fac, cost = road.nearest([[1000, 0]], order)
        assert fac.tolist() == [expected]
        assert cost[0] == pytest.approx(1.0, rel=1e-12)
    # two facilities on the same node
    fac, _ = road.nearest([[1000, 0]], [[4000, 0], [0, 0], [0, 0]])
    assert fac.tolist() == [1]
    straight = CostModel.straight_line()
    fac, cost = straight.nearest([[0, 0], [5, 5]], [[3, 4], [-3, 4], [4, 3], [10, 10]])
    assert fac.tolist() == [0, 0]  # (5, 5) is as far from (3, 4) as from (4, 3)
    assert cost.tolist() == pytest.approx([0.005, np.hypot(2, 1) / 1000], rel=1e-15)


def test_straight_line_many_ties_beyond_k():
    # 20 facilities on a circle around the demand, the first one last in space
    angles = np.linspace(0, 2 * np.pi, 20, endpoint=False)[::-1]
    fxy = np.column_stack([np.cos(angles), np.sin(angles)]) * 1000
    fxy = np.round(fxy, 6)
    d = np.hypot(fxy[:, 0], fxy[:, 1])
    fac, cost = CostModel.straight_line().nearest([[0, 0]], fxy)
    assert fac[0] == int(np.flatnonzero(d == d.min())[0])
    assert cost[0] == pytest.approx(d.min() / 1000)


def test_within_and_cost_matrix_agree(road):
    demand = np.array([[0, 0], [400, 100], [2400, 0], [4000, 0], [100200, 0], [9000, 9000]], float)
    facilities = np.array([[0, 0], [4000, 0], [100000, 0]], float)
    m = road.cost_matrix(demand, facilities)
    a = np.hypot(400, 100) / 1000  # access leg at 1 km/min
    expected = np.array([
        [0.0, 4.0, np.nan],
        [a, a + 4, np.nan],
        [2.4, 2.4, np.nan],
        [np.nan, 0.0, np.nan],
        [np.nan, np.nan, 0.2],
        [np.nan, np.nan, np.nan],
    ])
    np.testing.assert_allclose(m, expected, rtol=1e-9, atol=1e-9)
    rows, cols, costs = road.within(demand, facilities, 1.5)
    got = {(r, c): v for r, c, v in zip(rows.tolist(), cols.tolist(), costs.tolist())}
    want = {(r, c): v for (r, c), v in np.ndenumerate(expected) if v <= 1.5}
    assert got.keys() == want.keys()
    for k in want:
        assert got[k] == pytest.approx(want[k], abs=1e-9)


def random_network(seed, grid=16, cell=200.0):
    """Jittered street grid cut into random pieces, some removed; random speeds, one-ways."""
    rng = np.random.default_rng(seed)
    jitter = rng.uniform(-60, 60, size=(grid, grid, 2))
    pts = np.stack(np.meshgrid(np.arange(grid), np.arange(grid), indexing="ij"), axis=-1) * cell + jitter
    parts = []
    for lines in (pts, pts.transpose(1, 0, 2)):
        for row in lines:
            cuts = np.sort(rng.choice(np.arange(1, grid - 1), size=3, replace=False))
            for a, b in zip(np.r_[0, cuts], np.r_[cuts, grid - 1]):
                if rng.random() > 0.15:
                    parts.append(row[a:b + 1])
    for _ in range(5):  # overpasses: cross other streets without shared vertices
        a, b = rng.uniform(0, grid * cell, size=(2, 2))
        parts.append(np.array([a, b]))
    n = len(parts)
    speeds = rng.choice([30.0, 50.0, 80.0, np.nan, 0.0], size=n)
    dirs = rng.choice([0, 0, 0, 1, -1], size=n).astype(np.int8)
    return parts, speeds, dirs


def networkx_nearest(parts, speeds, dirs, default_speed, max_snap, demand, facilities):
    """Independent computation: every vertex a graph node, every segment an edge."""
    key = lambda p: (round(float(p[0]), 3), round(float(p[1]), 3))  # noqa: E731
    g = nx.DiGraph()
    xy = {}
    count = {}
    ends = set()
    for part, speed, d in zip(parts, speeds, dirs):
        speed = speed if np.isfinite(speed) and speed > 0 else default_speed
        pts = [key(p) for i, p in enumerate(part) if i == 0 or key(p) != key(part[i - 1])]
        for p in part:
            xy.setdefault(key(p), np.asarray(p, float))
        ends.update([pts[0], pts[-1]])
        for p in pts:
            count[p] = count.get(p, 0) + 1
        for a, b in zip(pts[:-1], pts[1:]):
            w = np.hypot(*(xy[b] - xy[a])) * 0.06 / speed
            pairs = [(a, b)] if d == 1 else [(b, a)] if d == -1 else [(a, b), (b, a)]
            for u, v in pairs:
                if u != v and (not g.has_edge(u, v) or g[u][v]["w"] > w):
                    g.add_edge(u, v, w=w)
    node_keys = sorted(p for p in count if p in ends or count[p] >= 2)
    nodes = np.array([xy[k] for k in node_keys])

    def attach(p):
        d = np.hypot(*(nodes - p).T)
        i = int(d.argmin())
        return (node_keys[i], d[i] * 0.06 / default_speed) if d[i] <= max_snap else (None, None)

    rev = g.reverse()
    per_fac = []
    for f in facilities:
        node, acc = attach(f)
        lengths = nx.single_source_dijkstra_path_length(rev, node, weight="w") if node in rev else {node: 0.0}
        per_fac.append((lengths, acc) if node is not None else ({}, None))
    out_f, out_c = [], []
    for p in demand:
        node, acc = attach(p)
        best, best_j = np.inf, -1
        for j, (lengths, facc) in enumerate(per_fac):
            if node is not None and node in lengths:
                c = acc + lengths[node] + facc
                if c < best * (1 - 1e-12):
                    best, best_j = c, j
        out_f.append(best_j)
        out_c.append(best if best_j >= 0 else np.nan)
    return np.array(out_f), np.array(out_c)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_agrees_with_networkx(seed):
    parts, speeds, dirs = random_network(seed)
    rng = np.random.default_rng(100 + seed)
    demand = rng.uniform(-300, 3300, size=(150, 2))
    facilities = rng.uniform(0, 3000, size=(6, 2))
    net = RoadNetwork.from_lines(parts, speeds_kmh=speeds, directions=dirs, default_speed_kmh=40.0)
    model = CostModel.road(net, default_speed_kmh=40.0, max_snap_m=250.0)
    fac, cost = model.nearest(demand, facilities)
    want_f, want_c = networkx_nearest(parts, speeds, dirs, 40.0, 250.0, demand, facilities)
    assert (fac >= 0).sum() > 50  # the test means something
    assert (want_f == -1).sum() > 0
    np.testing.assert_array_equal(fac, want_f)
    np.testing.assert_allclose(cost, want_c, rtol=1e-9)
    # the dense matrix agrees with nearest
    m = model.cost_matrix(demand, facilities)
    ok = fac >= 0
    np.testing.assert_allclose(np.nanmin(m[ok], axis=1), cost[ok], rtol=1e-9)
    assert np.isnan(m[~ok]).all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(-50, 50), st.integers(-50, 50)), min_size=1, max_size=30),
       st.lists(st.tuples(st.integers(-50, 50), st.integers(-50, 50)), min_size=1, max_size=6),
       st.floats(0.001, 0.08))
def test_straight_line_nearest_and_within_are_brute_force(demand, facilities, cutoff):
    demand = np.array(demand, float)
    facilities = np.array(facilities, float)
    model = CostModel.straight_line()
    d = np.hypot(*(demand[:, None, :] - facilities[None, :, :]).transpose(2, 0, 1)) / 1000
    fac, cost = model.nearest(demand, facilities)
    np.testing.assert_array_equal(fac, d.argmin(axis=1))
    np.testing.assert_allclose(cost, d.min(axis=1), rtol=1e-12)
    rows, cols, costs = model.within(demand, facilities, cutoff)
    got = sorted(zip(rows.tolist(), cols.tolist()))
    assert got == sorted(zip(*np.nonzero(d <= cutoff)))
    np.testing.assert_allclose(costs, d[rows, cols], rtol=1e-12)
    np.testing.assert_allclose(model.cost_matrix(demand, facilities), d, rtol=1e-12)


def test_within_chunks_and_progress(monkeypatch):
    import palveluverkko.core.network.costs as costs_mod

    parts, speeds, dirs = random_network(5)
    net = RoadNetwork.from_lines(parts, speeds_kmh=speeds, directions=dirs)
    model = CostModel.road(net, 50.0, 300.0)
    rng = np.random.default_rng(7)
    demand = rng.uniform(0, 3000, size=(80, 2))
    facilities = rng.uniform(0, 3000, size=(9, 2))
    full = model.cost_matrix(demand, facilities)
    monkeypatch.setattr(costs_mod, "CHUNK_CELLS", 1)  # one facility per chunk
    seen = []
    rows, cols, costs = model.within(demand, facilities, 3.0, progress=seen.append)
    assert seen == pytest.approx([(i + 1) / 9 for i in range(9)]) or len(seen) == 9
    want = np.argwhere(full <= 3.0)
    assert sorted(zip(rows.tolist(), cols.tolist())) == sorted(map(tuple, want.tolist()))
    np.testing.assert_allclose(costs, full[rows, cols], rtol=1e-12)


def test_cancel_raises():
    parts, speeds, dirs = random_network(3)
    model = CostModel.road(RoadNetwork.from_lines(parts), 50.0, 300.0)
    with pytest.raises(Cancelled):
        model.within([[0, 0]], [[10, 10]], 5.0, cancelled=lambda: True)
    with pytest.raises(Cancelled):
        model.nearest([[0, 0]], [[10, 10]], cancelled=lambda: True)
