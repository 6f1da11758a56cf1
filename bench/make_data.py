# SPDX-License-Identifier: GPL-2.0-or-later
"""Generate the national-size benchmark case (EPSG:3067 GeoPackages).

- ``network.gpkg``: a jittered street lattice of 730 x 730 nodes, 1 km apart
  (about 1 030 000 line features, one per link, each with a middle vertex),
  with Digiroad-style fields ``nopeus`` (km/h, some NULL) and ``ajosuunta``
  (2 both ways, 3 against, 4 along);
- ``facilities.gpkg``: 300 service points;
- ``demand.gpkg``: 300 000 population cells of 1 km x 1 km (``vaesto``, a few
  masked with -1 as in Statistics Finland's grid).

Written as CSV with WKT by numpy and converted by GDAL (seconds, not minutes).
Usage: python3 make_data.py OUTDIR [--small]
"""
import os
import sys

import numpy as np
from osgeo import gdal

gdal.UseExceptions()

X0, Y0 = 100_000.0, 6_650_000.0


def wkt_lines(a, b, m):
    return np.char.add(
        np.char.add(np.char.add("LINESTRING (", _xy(a)), np.char.add(", ", _xy(m))),
        np.char.add(np.char.add(", ", _xy(b)), ")"),
    )


def _xy(p):
    return np.char.add(np.char.add(np.char.mod("%.3f", p[:, 0]), " "), np.char.mod("%.3f", p[:, 1]))


def to_gpkg(csv_path, out_path, layer, geom_type):
    src = gdal.OpenEx(csv_path, gdal.OF_VECTOR,
                      open_options=["GEOM_POSSIBLE_NAMES=wkt", "KEEP_GEOM_COLUMNS=NO", "AUTODETECT_TYPE=YES"])
    gdal.VectorTranslate(out_path, src, format="GPKG", layerName=layer, dstSRS="EPSG:3067",
                         srcSRS="EPSG:3067", geometryType=geom_type)
    src = None
    os.remove(csv_path)


def data_dir(root, small=False) -> str:
    """``root``/bench-output/data (``data-small``: a small case for trying the scripts), made once.

    ``facilities.gpkg`` is written last, so its presence means the case is complete.
    """
    import time

    data = os.path.join(root, "bench-output", "data-small" if small else "data")
    if not os.path.exists(os.path.join(data, "facilities.gpkg")):
        start = time.perf_counter()
        if small:
            main(data, n=120, n_demand=8000, n_fac=20)
        else:
            main(data)
        print(f"generated the benchmark data in {time.perf_counter() - start:.1f} s", flush=True)
    return data


def main(outdir, n=730, n_demand=300_000, n_fac=300, seed=42):
    os.makedirs(outdir, exist_ok=True)
    rng = np.random.default_rng(seed)
    ij = np.stack(np.meshgrid(np.arange(n), np.arange(n), indexing="ij"), -1).reshape(-1, 2)
    nodes = ij * 1000.0 + rng.uniform(-200, 200, size=ij.shape) + (X0, Y0)
    idx = np.arange(n * n).reshape(n, n)
    a = np.concatenate([idx[:-1, :].ravel(), idx[:, :-1].ravel()])
    b = np.concatenate([idx[1:, :].ravel(), idx[:, 1:].ravel()])
    pa, pb = nodes[a], nodes[b]
    mid = (pa + pb) / 2 + rng.uniform(-100, 100, size=pa.shape)
    m = len(a)
    speed = rng.choice([30, 40, 50, 60, 80, 100], size=m).astype(float)
    speed_txt = np.char.mod("%d", speed.astype(int))
    speed_txt[rng.random(m) < 0.05] = ""
    ajo = rng.choice([2, 3, 4], size=m, p=[0.94, 0.03, 0.03])
    csv = os.path.join(outdir, "network.csv")
    with open(csv, "w") as f:
        f.write("link_id,nopeus,ajosuunta,wkt\n")
        rows = np.char.add(np.char.add(np.char.mod("%d,", np.arange(m)), np.char.add(speed_txt, ",")),
                           np.char.add(np.char.mod("%d,\"", ajo), np.char.add(wkt_lines(pa, pb, mid), "\"")))
        f.write("\n".join(rows.tolist()))
        f.write("\n")
    to_gpkg(csv, os.path.join(outdir, "network.gpkg"), "network", "LINESTRING")
    # demand cells on the 1 km grid (cell corners), inside the lattice
    cells = rng.choice((n - 1) * (n - 1), size=n_demand, replace=False)
    ci, cj = np.divmod(cells, n - 1)
    x, y = X0 + ci * 1000.0, Y0 + cj * 1000.0
    pop = rng.integers(1, 2000, size=n_demand)
    pop[rng.random(n_demand) < 0.02] = -1
    poly = np.char.add(np.char.add("POLYGON ((", _xy(np.column_stack([x, y]))), ", ")
    for dx, dy in ((1000, 0), (1000, 1000), (0, 1000), (0, 0)):
        sep = ", " if (dx, dy) != (0, 0) else "))"
        poly = np.char.add(np.char.add(poly, _xy(np.column_stack([x + dx, y + dy]))), sep)
    csv = os.path.join(outdir, "demand.csv")
    with open(csv, "w") as f:
        f.write("grd_id,vaesto,wkt\n")
        f.write("\n".join(np.char.add(np.char.add(np.char.mod("%d,", cells), np.char.mod("%d,\"", pop)),
                                      np.char.add(poly, "\"")).tolist()))
        f.write("\n")
    to_gpkg(csv, os.path.join(outdir, "demand.gpkg"), "demand", "POLYGON")
    fxy = X0 + rng.uniform(5000, (n - 5) * 1000.0, size=(n_fac, 2))
    csv = os.path.join(outdir, "facilities.csv")
    with open(csv, "w") as f:
        f.write("name,wkt\n")
        for i, (fx, fy) in enumerate(fxy):
            f.write(f"P{i:03d},\"POINT ({fx:.3f} {fy + Y0 - X0:.3f})\"\n")
    to_gpkg(csv, os.path.join(outdir, "facilities.gpkg"), "facilities", "POINT")


if __name__ == "__main__":
    out = sys.argv[1]
    if "--small" in sys.argv:
        main(out, n=120, n_demand=8000, n_fac=20)
    else:
        main(out)
