#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# `make test-matrix`: the whole test suite on every supported QGIS release.
#
#   scripts/test-matrix.sh [ENTRY...]     ENTRY: host, or a Debian suite
#
# Default entries (override with MATRIX="..."):
#   host    this machine's QGIS (Debian 12 bookworm: QGIS 3.22), plain `make test`
#   trixie  Debian 13 chroot (QGIS 3.40 LTR)
#   sid     Debian unstable chroot (QGIS 3.44 or newer)
#
# Chroots are built (or reused) by scripts/matrix-chroot.sh in the background
# while the host suite runs. Inside each chroot the working tree is copied to
# /build/palveluverkko (without .venv, build/, .git, caches), so the chroot has
# its own .venv (and a fresh `git init`, for the tests and scripts that list
# the tree's files with git); `make setup` installs the pinned requirements from a
# wheelhouse downloaded on the host (.wheelhouse/SUITE: pip inside the chroot
# cannot verify the registry's TLS), then `make test` runs. ../shared (real
# open data) is copied beside it when present.
#
# Prints a table (version, passed, failed, skipped) and a closing
# "test-matrix: N passed, N failed, N skipped" line; exits non-zero when any
# entry failed, errored, did not build or ran no test. Logs: build/matrix/.
set -uo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHROOT_SH="$REPO/scripts/matrix-chroot.sh"
# debootstrap cannot build into a path with white space (merged-/usr links
# break): such a checkout keeps its chroots under /var/tmp instead.
if [[ "$REPO" =~ [[:space:]] ]]; then
    DEFAULT_CHROOTS="/var/tmp/palveluverkko-chroots-$(printf '%s' "$REPO" | sha1sum | cut -c1-12)"
else
    DEFAULT_CHROOTS="$REPO/.chroots"
fi
CHROOTS="${MATRIX_CHROOTS:-$DEFAULT_CHROOTS}"
WHEELHOUSE="${MATRIX_WHEELHOUSE:-$REPO/.wheelhouse}"
LOGS="$REPO/build/matrix"
TIMEOUT="${MATRIX_TIMEOUT:-1800}"
HOST_PIP="${MATRIX_HOST_PIP:-python3 -m pip}"
SDISTS="${MATRIX_SDISTS:-shapely}"   # built from source by make setup, see fill_wheelhouse
export MATRIX_CHROOTS="$CHROOTS"

if [[ $# -gt 0 ]]; then ENTRIES=("$@"); else read -r -a ENTRIES <<<"${MATRIX:-host trixie sid}"; fi

log() { printf '[test-matrix %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

mkdir -p "$LOGS"
declare -A BUILD_PID VERSION PASSED FAILED SKIPPED STATUS SECS

# --- helpers ------------------------------------------------------------------
# Counts from pytest's closing line, e.g. "=== 3 failed, 10 passed, 1 skipped in 2.1s ===".
parse_counts() {
    local entry="$1" logfile="$2" line n
    line="$(grep -E '^=*[[:space:]]*([0-9]+ [a-z]+(, [0-9]+ [a-z]+)*|no tests ran) in [0-9.]+s' \
        "$logfile" | tail -n1)"
    count() { n="$(grep -oE "[0-9]+ $1" <<<"$line" | head -n1 | cut -d' ' -f1)"; echo "${n:-0}"; }
    PASSED[$entry]="$(count passed)"
    FAILED[$entry]="$(( $(count failed) + $(count errors?) ))"
    SKIPPED[$entry]="$(count skipped)"
    [[ -n "$line" ]]
}

chroot_python() {  # prints "cp313 2.2.4" (python tag, system numpy version)
    "$CHROOT_SH" run "$1" /usr/bin/python3 -c \
        'import sys, numpy; print("cp%d%d" % sys.version_info[:2], numpy.__version__)'
}

# Wheels for the chroot's Python, downloaded on the host; numpy is pinned to
# the chroot's Debian numpy (the one QGIS is built against).
fill_wheelhouse() {
    local suite="$1" pytag="$2" numpy="$3" dest="$WHEELHOUSE/$1" key
    [[ -f "$REPO/requirements-dev.txt" ]] || { log "no requirements-dev.txt"; return 1; }
    key="$(cat "$REPO"/requirements*.txt | sha256sum | cut -c1-16) $pytag numpy==$numpy sdists: $SDISTS"
    if [[ -f "$dest/.stamp" && "$(cat "$dest/.stamp")" == "$key" ]]; then return 0; fi
    rm -rf "$dest"; mkdir -p "$dest"
    printf 'numpy==%s\n' "$numpy" >"$dest/constraints.txt"
    # pip download evaluates environment markers (python_version < "3.14")
    # against the host's Python, not --python-version: resolve them here.
    python3 - "$REPO/requirements-dev.txt" "${pytag#cp}" >"$dest/requirements.txt" <<'PY' || return 1
import sys
try:
    from packaging.requirements import Requirement
except ImportError:
    from pip._vendor.packaging.requirements import Requirement
path, tag = sys.argv[1], sys.argv[2]
ver = tag[0] + "." + tag[1:]
env = {"python_version": ver, "python_full_version": ver + ".0", "implementation_name": "cpython",
       "platform_python_implementation": "CPython", "sys_platform": "linux", "os_name": "posix",
       "platform_system": "Linux", "platform_machine": "x86_64"}
for line in open(path, encoding="utf-8"):
    line = line.split(" #")[0].strip()
    if not line or line.startswith("#"):
        continue
    if line.startswith("-"):
        sys.exit("test-matrix: options in requirements-dev.txt are not supported: " + line)
    req = Requirement(line)
    if req.marker is None or req.marker.evaluate(env):
        req.marker = None
        print(req)
PY
    log "$suite: pip download for $pytag into ${dest#"$REPO"/}"
    # shellcheck disable=SC2086
    (cd "$REPO" && $HOST_PIP download --quiet --only-binary=:all: \
        --python-version "${pytag#cp}" --implementation cp \
        -r "$dest/requirements.txt" -c "$dest/constraints.txt" -d "$dest") || return 1
    # Packages that `make setup` builds from source inside the chroot
    # (scripts/qgis_site.sh: shapely against the system GEOS, for
    # qgis_process): their sdist, and wheels of their build requirements.
    local pkg pin sdist
    for pkg in $SDISTS; do
        pin="$(grep -iE "^$pkg==" "$dest/requirements.txt" || true)"
        [[ -n "$pin" ]] || continue
        # shellcheck disable=SC2086
        $HOST_PIP download --quiet --no-deps --no-binary "$pkg" "$pin" -d "$dest" || return 1
        sdist="$(ls "$dest"/"$pkg"-*.tar.gz | head -n1)"
        # shellcheck disable=SC2086
        python3 - "$sdist" <<'PY' | xargs -d '\n' $HOST_PIP download --quiet --only-binary=:all: \
            --python-version "${pytag#cp}" --implementation cp -d "$dest" wheel || return 1
import sys, tarfile
try:
    import tomllib
except ImportError:
    from pip._vendor import tomli as tomllib
with tarfile.open(sys.argv[1]) as tar:
    member = next(m for m in tar.getmembers() if m.name.count("/") == 1 and m.name.endswith("/pyproject.toml"))
    data = tomllib.loads(tar.extractfile(member).read().decode())
print("\n".join(data.get("build-system", {}).get("requires", ["setuptools", "wheel"])))
PY
    done
    printf '%s' "$key" >"$dest/.stamp"
}

copy_tree() {  # the working tree (as it is, uncommitted changes too) into the chroot
    local root="$1" dst="$1/build/palveluverkko"
    mkdir -p "$dst"
    find "$dst" -mindepth 1 -maxdepth 1 ! -name .venv -exec rm -rf {} +
    tar -C "$REPO" -cf - \
        --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./.git \
        --exclude=./.chroots --exclude=./.wheelhouse --exclude=./.pytest_cache \
        --exclude=./.hypothesis --exclude=./.ruff_cache --exclude=__pycache__ \
        --exclude=./demo-output --exclude=./bench-output --exclude=./.qgis-settings . |
        tar -C "$dst" -xf -
    rm -rf "$root/build/shared"
    if [[ -d "$REPO/../shared" ]]; then
        cp -a "$(cd "$REPO/../shared" && pwd)/." "$root/build/shared/" 2>/dev/null ||
            { mkdir -p "$root/build/shared" && cp -a "$REPO/../shared/." "$root/build/shared/"; }
    fi
}

run_host() {
    local start=$SECONDS rc=0
    VERSION[host]="$(/usr/bin/python3 -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])' 2>/dev/null || echo '?')"
    log "host (QGIS ${VERSION[host]}): make test"
    timeout "$TIMEOUT" make -C "$REPO" --no-print-directory test PYTEST_ARGS="${PYTEST_ARGS:-}" \
        >"$LOGS/host.log" 2>&1 || rc=$?
    SECS[host]=$((SECONDS - start))
    finish host "$rc" "$LOGS/host.log"
}

run_chroot() {
    local suite="$1" root="$CHROOTS/$1" start rc=0 info pytag numpy
    if ! wait "${BUILD_PID[$suite]}"; then
        STATUS[$suite]="chroot build failed"; VERSION[$suite]="?"
        log "$suite: chroot build failed, see $LOGS/$suite-build.log"; tail -n 15 "$LOGS/$suite-build.log" >&2
        return
    fi
    start=$SECONDS
    VERSION[$suite]="$(chroot "$root" dpkg-query -W -f='${Version}' python3-qgis | sed 's/[+~-].*//')"
    info="$(chroot_python "$suite" 2>>"$LOGS/$suite.log")"
    read -r pytag numpy <<<"$info"
    if [[ -z "${numpy:-}" ]] || ! fill_wheelhouse "$suite" "$pytag" "$numpy" 2>&1 |
            { grep -v 'is ignored: it is neither a file nor a directory' || true; } >>"$LOGS/$suite.log"; then
        STATUS[$suite]="wheelhouse failed"
        log "$suite: could not download wheels, see $LOGS/$suite.log"; tail -n 15 "$LOGS/$suite.log" >&2
        return
    fi
    rm -rf "$root/wheelhouse"; cp -a "$WHEELHOUSE/$suite" "$root/wheelhouse"
    copy_tree "$root"
    log "$suite (QGIS ${VERSION[$suite]}, $pytag): make test"
    MATRIX_CHROOT_ENV="PIP_NO_INDEX=1 PIP_FIND_LINKS=/wheelhouse PIP_DISABLE_PIP_VERSION_CHECK=1 CI=${CI:-}" \
        MATRIX_RUN_TIMEOUT="$TIMEOUT" "$CHROOT_SH" run "$suite" /bin/sh -c \
        'cd /build/palveluverkko && git init -q . && exec make --no-print-directory test PYTEST_ARGS="$1"' \
        sh "${PYTEST_ARGS:-}" >>"$LOGS/$suite.log" 2>&1 || rc=$?
    SECS[$suite]=$((SECONDS - start))
    finish "$suite" "$rc" "$LOGS/$suite.log"
}

finish() {
    local entry="$1" rc="$2" logfile="$3"
    if ! parse_counts "$entry" "$logfile"; then
        STATUS[$entry]="no pytest summary (exit $rc)"
    elif [[ "$rc" -ne 0 || "${FAILED[$entry]}" -ne 0 ]]; then
        STATUS[$entry]="FAILED (exit $rc)"
    elif [[ "${PASSED[$entry]}" -eq 0 ]]; then
        STATUS[$entry]="no test ran"
    else
        STATUS[$entry]="ok"
    fi
    log "$entry: ${STATUS[$entry]} in ${SECS[$entry]} s (log: ${logfile#"$REPO"/})"
    [[ "${STATUS[$entry]}" == ok ]] || tail -n 25 "$logfile" >&2
}

# --- main -----------------------------------------------------------------------
overall_start=$SECONDS
for e in "${ENTRIES[@]}"; do
    [[ "$e" == host ]] && continue
    "$CHROOT_SH" ensure "$e" >"$LOGS/$e-build.log" 2>&1 &
    BUILD_PID[$e]=$!
    log "$e: building/reusing chroot in the background (log: build/matrix/$e-build.log)"
done
for e in "${ENTRIES[@]}"; do
    : >"$LOGS/$e.log"
    if [[ "$e" == host ]]; then run_host; else run_chroot "$e"; fi
done

total_p=0 total_f=0 total_s=0 bad=0
printf '\n%-8s %-10s %7s %7s %8s %6s  %s\n' entry QGIS passed failed skipped secs result
for e in "${ENTRIES[@]}"; do
    printf '%-8s %-10s %7s %7s %8s %6s  %s\n' "$e" "${VERSION[$e]:-?}" "${PASSED[$e]:--}" \
        "${FAILED[$e]:--}" "${SKIPPED[$e]:--}" "${SECS[$e]:--}" "${STATUS[$e]:-not run}"
    total_p=$((total_p + ${PASSED[$e]:-0})); total_f=$((total_f + ${FAILED[$e]:-0}))
    total_s=$((total_s + ${SKIPPED[$e]:-0}))
    [[ "${STATUS[$e]:-}" == ok ]] || bad=1
done
printf '(whole matrix: %d s)\n' $((SECONDS - overall_start))
echo "test-matrix: $total_p passed, $total_f failed, $total_s skipped"
exit "$bad"
