# SPDX-License-Identifier: GPL-2.0-or-later
"""Benchmark of the suitability scoring step (issue target: 10,000 premises x 10 criteria
x 1,000 sensitivity runs within 2 s), with an anchor measured in the same run.

Usage: .venv/bin/python bench/bench_suitability.py   (run from the repository root
through `make bench`, which puts the package on the path via build/pkgroot).
"""
from __future__ import annotations

import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PKGROOT = os.path.join(ROOT, "build", "pkgroot")
os.makedirs(PKGROOT, exist_ok=True)
if not os.path.lexists(os.path.join(PKGROOT, "palveluverkko")):
    os.symlink(ROOT, os.path.join(PKGROOT, "palveluverkko"), target_is_directory=True)
sys.path.insert(0, PKGROOT)

from palveluverkko.core.suitability import scoring  # noqa: E402

N, M, RUNS, TARGET_S = 10_000, 10, 1_000, 2.0


def best_of(fn, repeat=3):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    rng = np.random.default_rng(2024)
    values = rng.lognormal(10, 1, size=(N, M))
    values[rng.random((N, M)) < 0.01] = np.nan
    benefit = rng.random(M) < 0.6
    weights = rng.uniform(1, 9, M)
    passes = rng.random(N) < 0.9
    anchor_data = rng.random(10_000_000)
    anchor = best_of(lambda: np.sort(anchor_data))
    print(f"anchor: numpy sort of 10,000,000 floats {anchor:.3f} s")
    load = os.getloadavg()[0]
    print(f"load average {load:.2f} on {os.cpu_count()} CPUs (timings are best of 3; the ratio to the anchor "
          "is the figure to compare across machines)")
    for method, name in ((scoring.WEIGHTED_SUM, "weighted sum"), (scoring.TOPSIS, "TOPSIS")):
        seconds = best_of(lambda m=method: scoring.score(values, benefit, weights, m, passes, RUNS, 0.2, 1, 5))
        status = "within target" if seconds <= TARGET_S else "over target"
        print(f"suitability scoring, {name}: {N} premises x {M} criteria x {RUNS} runs: {seconds:.3f} s "
              f"(target {TARGET_S:.0f} s, {seconds / anchor:.2f} x anchor) {status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
