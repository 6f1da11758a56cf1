# SPDX-License-Identifier: GPL-2.0-or-later
"""RoadNetwork: nodes, edges, speeds, directions (pure numpy)."""
import numpy as np
import pytest

from palveluverkko.core.network.graph import RoadNetwork, parse_direction_values


def edges_of(net):
    """{(from_xy, to_xy): cost} with coordinates as tuples."""
    xy = [tuple(map(float, p)) for p in net.node_xy]
    return {(xy[u], xy[v]): c for u, v, c in zip(net.edge_from, net.edge_to, net.edge_cost)}


def test_nodes_are_end_points_and_shared_vertices():
    parts = [
        np.array([[0, 0], [100, 0], [200, 0]], float),  # shares (100, 0) with the next line
        np.array([[100, -100], [100, 0], [100, 100]], float),
        np.array([[0, 50], [50, 50], [200, 50]], float),  # interior vertex not shared
        np.array([[150, -50], [150, 100]], float),  # crosses two lines with no shared vertex
    ]
    net = RoadNetwork.from_lines(parts, default_speed_kmh=60.0)
    nodes = {tuple(p) for p in net.node_xy.tolist()}
    assert nodes == {(0, 0), (100, 0), (200, 0), (100, -100), (100, 100), (0, 50), (200, 50),
                     (150, -50), (150, 100)}
    e = edges_of(net)
    assert len(e) == 2 * 6
    # 60 km/h = 1 km per minute: cost = length in km
    assert e[((0, 0), (100, 0))] == pytest.approx(0.1, rel=1e-12)
    assert e[((100, 0), (100, 100))] == pytest.approx(0.1, rel=1e-12)
    assert e[((0, 50), (200, 50))] == pytest.approx(0.2, rel=1e-12)
    assert e[((200, 50), (0, 50))] == pytest.approx(0.2, rel=1e-12)
    assert ((150, -50), (150, 100)) in e


def test_speeds_default_and_directions():
    parts = [
        np.array([[0, 0], [1000, 0]], float),
        np.array([[1000, 0], [2000, 0]], float),
        np.array([[2000, 0], [3000, 0]], float),
        np.array([[3000, 0], [3000, 3000], [4000, 3000]], float),
    ]
    speeds = np.array([30.0, np.nan, -5.0, 120.0])
    dirs = np.array([1, -1, 0, 0], dtype=np.int8)
    net = RoadNetwork.from_lines(parts, speeds_kmh=speeds, directions=dirs, default_speed_kmh=60.0)
    e = edges_of(net)
    assert e == pytest.approx({
        ((0, 0), (1000, 0)): 2.0,  # 1 km at 30 km/h, along only
        ((2000, 0), (1000, 0)): 1.0,  # default speed, against only
        ((2000, 0), (3000, 0)): 1.0,
        ((3000, 0), (2000, 0)): 1.0,
        ((3000, 0), (4000, 3000)): 2.0,  # 4 km at 120 km/h
        ((4000, 3000), (3000, 0)): 2.0,
    }, rel=1e-12)


def test_parallel_edges_keep_cheapest_and_loops_dropped():
    parts = [
        np.array([[0, 0], [1000, 0]], float),
        np.array([[0, 0], [0, 1000], [1000, 1000], [1000, 0]], float),
        np.array([[0, 0], [1000, 0]], float),
        np.array([[5000, 0], [6000, 0], [6000, 1000], [5000, 0]], float),  # closed ring
        np.array([[1000, 0], [1000, 0], [2000, 0]], float),  # repeated vertex
    ]
    net = RoadNetwork.from_lines(parts, speeds_kmh=[60, 60, 30, 60, 60], default_speed_kmh=60.0)
    e = edges_of(net)
    assert e[((0, 0), (1000, 0))] == pytest.approx(1.0)
    assert e[((1000, 0), (2000, 0))] == pytest.approx(1.0)
    assert not any(a == b for a, b in e)
    assert len(e) == 2 * 2  # the 3 km detour is a parallel edge, the ring a loop


def test_coordinates_within_tolerance_are_one_node():
    parts = [np.array([[0, 0], [1000, 0]], float), np.array([[1000.0001, 0], [2000, 0]], float)]
    net = RoadNetwork.from_lines(parts)
    assert net.n_nodes == 3


def test_from_flat_matches_from_lines():
    rng = np.random.default_rng(1)
    parts = [rng.integers(0, 20, size=(rng.integers(2, 6), 2)).astype(float) * 100 for _ in range(60)]
    a = RoadNetwork.from_lines(parts)
    offsets = np.concatenate([[0], np.cumsum([len(p) for p in parts])])
    b = RoadNetwork.from_flat(np.concatenate(parts), offsets)
    assert edges_of(a) == edges_of(b)


def test_empty_network():
    net = RoadNetwork.from_lines([])
    assert net.n_nodes == 0 and net.n_edges == 0


@pytest.mark.parametrize("values, expected", [
    ([2, 3, 4, None], [0, -1, 1, 0]),
    (np.array([2, 3, 4, 2], dtype=np.int32), [0, -1, 1, 0]),
    (np.array([2.0, 3.0, np.nan, 4.0]), [0, -1, 0, 1]),
    (["yes", "no", "-1", "1", "true", None, "", "reverse", "YES "], [1, 0, -1, 1, 1, 0, 0, -1, 1]),
    (["2", "3", "4.0"], [0, -1, 1]),
])
def test_parse_direction_values(values, expected):
    out = parse_direction_values(values)
    assert out.dtype == np.int8
    assert out.tolist() == expected


def test_parse_direction_values_counts_unknown():
    out, unknown = parse_direction_values(["yes", "alternating", 7, "no"], return_unknown=True)
    assert out.tolist() == [1, 0, 0, 0]
    assert unknown == 2
