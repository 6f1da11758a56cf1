#!/usr/bin/env bash
# The main job on the embedded demo data (run by `make demo`).
set -euo pipefail
cd "$(dirname "$0")/.."
out=demo-output
mkdir -p "$out" build/demo-plugins
rm -f build/demo-plugins/palveluverkko
ln -s "$PWD" build/demo-plugins/palveluverkko
export QT_QPA_PLATFORM=offscreen QGIS_PLUGINPATH="$PWD/build/demo-plugins" QGIS_CUSTOM_CONFIG_PATH="$PWD/build/demo-qgis-config"
QP=${QGIS_PROCESS:-/usr/bin/qgis_process.bin}
"$QP" plugins enable palveluverkko >/dev/null
"$QP" run palveluverkko:createworkspace -- OUTPUT="$PWD/$out/workspace.gpkg" OVERWRITE=true
echo "Palveluverkko algorithms:"
"$QP" list 2>/dev/null | grep -E '^\s+palveluverkko:'
