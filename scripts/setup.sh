#!/usr/bin/env bash
# Idempotent set-up: QGIS and tools from the distribution's packages (when
# missing and run as root), a .venv with --system-site-packages and the pinned
# development requirements, numpy constrained to the system's numpy.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PY=${SYSTEM_PYTHON:-/usr/bin/python3}
APT_PACKAGES="libgeos-dev python3-qgis qgis qgis-providers qgis-server-bin qgis-server-wfs qgis-server-wfs3 python3-venv python3-pip \
python3-matplotlib pyqt5-dev-tools qttools5-dev-tools gdal-bin zip cgi-mapserver mapserver-bin \
postgresql python3-psycopg2"
# PostGIS for the distribution's default PostgreSQL server (the database
# workspace tests start a throwaway cluster): postgresql-<major>-postgis-3, the
# major read from the postgresql meta package (15 on bookworm, 17 on trixie).
if command -v apt-cache >/dev/null; then
  pg_major="$(apt-cache depends postgresql 2>/dev/null | sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n1)"
  [ -z "$pg_major" ] || APT_PACKAGES="$APT_PACKAGES postgresql-$pg_major-postgis-3"
fi

missing=""
"$PY" -c "import qgis.core" 2>/dev/null || missing="qgis"
for tool in pylupdate5 lrelease qgis_mapserver ogr2ogr zip mapserv; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
"$PY" -c "import ensurepip" 2>/dev/null || missing="$missing venv"
# QGIS Server's OGC API Features module (the WFS tests serve OAPIF from it).
compgen -G "/usr/lib/qgis/server/libwfs3.so" >/dev/null || compgen -G "/usr/lib/*/qgis/server/libwfs3.so" >/dev/null \
  || missing="$missing qgis-server-wfs3"
"$PY" -c "import matplotlib" 2>/dev/null || missing="$missing matplotlib"
"$PY" -c "import psycopg2" 2>/dev/null || missing="$missing psycopg2"
compgen -G "/usr/share/postgresql/*/extension/postgis.control" >/dev/null || missing="$missing postgis"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "setup: installing from the distribution's packages (missing:$missing)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $APT_PACKAGES
  else
    echo "setup: missing:$missing" >&2
    echo "setup: install them as root with:" >&2
    echo "  apt-get install $APT_PACKAGES" >&2
    exit 1
  fi
fi

stamp="$VENV/.palveluverkko-setup"
want="$(sha256sum requirements-dev.txt | cut -c1-16) $("$PY" -c 'import sys; print(sys.version.split()[0])')"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  [ -x "$VENV/bin/python" ] || "$PY" -m venv --system-site-packages "$VENV"
  mkdir -p build
  "$PY" -c 'import numpy; print("numpy==" + numpy.__version__)' > build/constraints.txt
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -c build/constraints.txt -r requirements-dev.txt
  echo "$want" > "$stamp"
fi

# Compiled translations (ignored by git; needed by the tests and the package).
for ts in i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    lrelease -silent "$ts" -qm "$qm"
  fi
done
bash scripts/qgis_site.sh  # shapely 2 built against the system GEOS, for qgis_process (make demo)
echo "setup: ready ($("$VENV/bin/python" -c 'import qgis.core; print("QGIS", qgis.core.Qgis.QGIS_VERSION)'))"
