#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# `make demo`: plan a shared service network for the SYNTHETIC demo region, end to end, through
# qgis_process with the plugin from this working tree. The steps and their parameters are defined in
# processing/demo_chain.py (the tests run the same steps). Writes demo-output/ (workspace.gpkg with every layer
# styled, demo.qgz, report.html, map.png, runs/) and prints a short summary.
# DEMO_MUNICIPALITIES=398,098 runs on part of the region; DEMO_OUTPUT=dir writes elsewhere; DEMO_LANG=fi|sv|en
# chooses the language of the report and the layer names (default: the language of the QGIS running it).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s%N)
out=${DEMO_OUTPUT:-demo-output}
mkdir -p "$out" build/demo-plugins
out=$(cd "$out" && pwd)
rm -rf "$out/runs" && mkdir -p "$out/runs"
rm -f build/demo-plugins/palveluverkko
ln -s "$PWD" build/demo-plugins/palveluverkko
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$PWD/build/xdg-runtime}
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen QGIS_PLUGINPATH="$PWD/build/demo-plugins" QGIS_CUSTOM_CONFIG_PATH="$PWD/build/demo-qgis-config"
QP=${QGIS_PROCESS:-/usr/bin/qgis_process.bin}
PY=${DEMO_PYTHON:-${VENV:-.venv}/bin/python}
# qgis_process embeds the system Python: add shapely 2 built against the system GEOS (build/qgis-site, see
# scripts/qgis_site.sh) and the venv's packages (same interpreter, made by make setup).
PYTHONPATH="$PWD/build/qgis-site:$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')${PYTHONPATH:+:$PYTHONPATH}"
export PYTHONPATH
if ! grep -qs '^palveluverkko=true' "$QGIS_CUSTOM_CONFIG_PATH/profiles/default/QGIS/QGIS3.ini"; then
  "$QP" plugins enable palveluverkko >/dev/null  # once per configuration folder (each start costs seconds)
fi
available=$("$QP" list 2>/dev/null | grep -oE 'palveluverkko:[a-z]+' | sort -u | tr '\n' ' ')

echo "Palveluverkko demo (SYNTHETIC data resembling Päijät-Häme) -> $out"
PYTHONPATH="$PWD/build/demo-plugins:$PYTHONPATH" "$PY" -m palveluverkko.processing.demo_chain "$out" "$available" \
  "${DEMO_MUNICIPALITIES:-}" >/dev/null
for missing in catchments premisescriteria suitability locationallocation comparescenarios; do
  grep -q "palveluverkko:$missing " <<<"$available " || echo "  (palveluverkko:$missing is not in this version; skipped)"
done
for argfile in "$out"/runs/*.args; do
  step=$(basename "$argfile" .args)
  mapfile -d '' args <"$argfile"
  t0=$(date +%s%N)
  if ! "$QP" run "${args[0]}" --json -- "${args[@]:1}" >"$out/runs/$step.json" 2>"$out/runs/$step.log"; then
    echo "demo: ${args[0]} failed:" >&2
    tail -n 20 "$out/runs/$step.log" >&2
    exit 1
  fi
  ms=$((($(date +%s%N) - t0) / 1000000))
  printf '  %-36s %3d.%01d s\n' "${args[0]}" $((ms / 1000)) $((ms % 1000 / 100))
done
"$PY" scripts/demo_finish.py "$out" "$start"
