#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Python packages for QGIS's own embedded Python (qgis_process, QGIS desktop), in build/qgis-site.
#
# Debian 12 ships shapely 1.8 only. A shapely 2 wheel from PyPI bundles its own GEOS, and inside
# qgis_process (which is linked to the system GEOS) its GEOS calls bind to the system library: a
# segmentation fault in e.g. shapely.contains_xy. Built from source against the system GEOS it works.
# The wheel is built once per machine (cached under ~/.cache/palveluverkko) and installed per checkout.
# scripts/demo.sh puts build/qgis-site first on PYTHONPATH.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
site=build/qgis-site
version=$(grep -E '^shapely==' requirements-dev.txt | cut -d= -f3)
# Never fails the set-up: without it only qgis_process's use of shapely 2 (make demo) is missing.
if ! command -v geos-config >/dev/null 2>&1; then
  echo "setup: geos-config missing (apt-get install libgeos-dev): qgis_process cannot use shapely 2" >&2
  exit 0
fi
geos=$(geos-config --version)
stamp="$site/.shapely-$version-geos-$geos"
[ -f "$stamp" ] && exit 0
cache=${XDG_CACHE_HOME:-$HOME/.cache}/palveluverkko/wheels-geos-$geos
mkdir -p "$cache"
wheel=$(ls "$cache"/shapely-"$version"-*.whl 2>/dev/null | head -n 1 || true)
if [ -z "$wheel" ]; then
  echo "setup: building shapely $version against the system GEOS $geos for qgis_process (once, about 1-2 min)"
  if ! "$VENV/bin/python" -m pip wheel -q --disable-pip-version-check --no-deps --no-binary shapely \
      --no-cache-dir -w "$cache" "shapely==$version"; then
    echo "setup: could not build shapely from source: qgis_process cannot use shapely 2" >&2
    exit 0
  fi
  wheel=$(ls "$cache"/shapely-"$version"-*.whl | head -n 1)
fi
rm -rf "$site"
if "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --target "$site" "$wheel"; then
  touch "$stamp"
else
  echo "setup: could not install $wheel into $site" >&2
fi
