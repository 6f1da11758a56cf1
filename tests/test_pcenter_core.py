# SPDX-License-Identifier: GPL-2.0-or-later
"""p-center: exact == brute force (longest trip, then weighted cost), heuristic within 5 % on road networks."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from allocation_instances import euclidean, road

from palveluverkko.core.allocation import pcenter


def brute(c, w, p, required):
    best = None
    for combo in itertools.combinations(range(c.shape[1]), p):
        s = list(combo)
        if required[s].sum() != required.sum():
            continue
        d = c[:, s].min(axis=1)
        key = (d.max(), float(w @ d))
        best = key if best is None or key[0] < best[0] - 1e-12 or (key[0] <= best[0] + 1e-12 and key[1] < best[1])\
            else best
    return best


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("p", [1, 2, 4])
def test_exact_p_center_equals_brute_force(seed, p):
    c, w, _ = euclidean(60, 9, seed)
    w[:5] = 0  # no residents: they do not count
    c[:5] = 1e6
    req = np.zeros(9, dtype=bool)
    if seed % 2:
        req[seed] = True
    longest, weighted = brute(c[5:], w[5:], p, req)
    sol = pcenter.solve_p_center(c, w, p, req, exact=True)
    assert sol.optimal and sol.chosen.size == p and req[sol.chosen].sum() == req.sum()
    assert sol.objective == pytest.approx(longest, rel=1e-12)
    assert float(w @ np.where(w > 0, c[:, sol.chosen].min(axis=1), 0)) == pytest.approx(weighted, rel=1e-9)
    heur = pcenter.solve_p_center(c, w, p, req)
    assert heur.chosen.size == p and heur.objective <= longest * 1.05


@pytest.mark.parametrize("seed", range(3))
def test_heuristic_within_five_percent_on_road_networks(seed):
    c, w, _ = road(seed, n_d=1500, n_c=25)
    req = np.zeros(25, dtype=bool)
    req[seed] = True
    for p in (4, 8):
        exact = pcenter.solve_p_center(c, w, p, req, exact=True)
        heur = pcenter.solve_p_center(c, w, p, req)
        assert exact.objective == pytest.approx(c[:, exact.chosen].min(axis=1).max())
        assert heur.objective == pytest.approx(c[:, heur.chosen].min(axis=1).max())
        gap = heur.objective / exact.objective - 1
        print(f"seed {seed} P={p}: exact {exact.objective:.3f} min, heuristic {heur.objective:.3f} min, "
              f"gap {100 * gap:.2f} %")
        assert -1e-9 <= gap <= 0.05 and req[heur.chosen].sum() == 1


def test_unreachable_resident_is_refused():
    c, w, _ = euclidean(20, 4, 1)
    c[3] = np.inf
    with pytest.raises(ValueError, match="Some residents cannot reach any candidate"):
        pcenter.solve_p_center(c, w, 2)


def test_costs_searched_up_to_a_bound():
    """Pairs beyond a bound (inf) do not change the answer when the least radius is within it; below it the
    solver asks for a farther search."""
    c, w, _ = road(1, n_d=1500, n_c=25)
    full = pcenter.solve_p_center(c, w, 6, exact=True)
    for factor in (1.01, 1.5):
        sol = pcenter.solve_p_center(np.where(c <= full.objective * factor, c, np.inf), w, 6, exact=True)
        assert sol.objective == pytest.approx(full.objective) and list(sol.chosen) == list(full.chosen)
    heur = pcenter.solve_p_center(np.where(c <= full.objective * 1.3, c, np.inf), w, 6)
    assert heur.objective == pytest.approx(pcenter.longest(c, heur.chosen))
    assert heur.objective <= full.objective * 1.05
    for exact in (False, True):
        with pytest.raises(pcenter.BoundTooSmallError):
            pcenter.solve_p_center(np.where(c <= full.objective * 0.9, c, np.inf), w, 6, exact=exact)
