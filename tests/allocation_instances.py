# SPDX-License-Identifier: GPL-2.0-or-later
"""Generated location-allocation instances and brute-force answers for the allocation tests."""
from __future__ import annotations

import itertools

import numpy as np

from palveluverkko.core.network.costs import CostModel
from palveluverkko.core.network.graph import RoadNetwork


def euclidean(n_d, n_c, seed, clusters=6):
    """Clustered demand with integer weights, random candidates, Euclidean costs, integer site costs."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 100, (clusters, 2))
    demand = centres[rng.integers(0, clusters, n_d)] + rng.normal(0, 8, (n_d, 2))
    cand = rng.uniform(0, 100, (n_c, 2))
    w = rng.integers(1, 500, n_d).astype(float)
    cost = np.hypot(demand[:, None, 0] - cand[None, :, 0], demand[:, None, 1] - cand[None, :, 1])
    return cost, w, rng.integers(1, 20, n_c).astype(float)


def road(seed, n_d=3000, n_c=30, n=20):
    """Travel minutes on a jittered n x n street lattice (random speeds), population and site costs."""
    rng = np.random.default_rng(seed)
    ij = np.stack(np.meshgrid(np.arange(n), np.arange(n), indexing="ij"), -1).reshape(-1, 2)
    nodes = ij * 1000.0 + rng.uniform(-150, 150, ij.shape)
    idx = np.arange(n * n).reshape(n, n)
    a = np.concatenate([idx[:-1, :].ravel(), idx[:, :-1].ravel()])
    b = np.concatenate([idx[1:, :].ravel(), idx[:, 1:].ravel()])
    parts = [np.array([nodes[u], nodes[v]]) for u, v in zip(a, b)]
    speeds = rng.choice([20.0, 30.0, 50.0], size=len(parts))
    net = RoadNetwork.from_lines(parts, speeds_kmh=speeds, default_speed_kmh=30.0)
    model = CostModel.road(net, default_speed_kmh=30.0, max_snap_m=600.0)
    hubs = nodes[rng.choice(len(nodes), 8, replace=False)]
    demand = hubs[rng.integers(0, 8, n_d)] + rng.normal(0, 4000, (n_d, 2))
    demand = np.clip(demand, -100, n * 1000.0)
    cands = nodes[rng.choice(len(nodes), n_c, replace=False)] + rng.uniform(-200, 200, (n_c, 2))
    w = rng.integers(1, 300, n_d).astype(float)
    minutes = np.asarray(model.cost_matrix(demand, cands), dtype=np.float64)
    ok = np.isfinite(minutes).all(axis=1)
    return minutes[ok], w[ok], rng.integers(50, 500, n_c).astype(float) * 1000.0


def subsets(n_c, required, max_size=None):
    top = n_c if max_size is None else max_size
    for k in range(int(required.sum()), top + 1):
        for combo in itertools.combinations(range(n_c), k):
            s = list(combo)
            if required[s].sum() == required.sum():
                yield s


def covered(cover, w, s) -> float:
    return float(w[cover[:, s].any(axis=1)].sum()) if s else 0.0
