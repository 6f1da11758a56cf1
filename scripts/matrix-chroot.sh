#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Debian chroots with another QGIS release, for `make test-matrix`.
#
#   scripts/matrix-chroot.sh ensure SUITE     build (or reuse) .chroots/SUITE
#   scripts/matrix-chroot.sh run SUITE CMD..  run CMD inside it, /proc and /dev
#                                             mounted for the duration only
#   scripts/matrix-chroot.sh clean SUITE      delete it
#
# A chroot is made with `debootstrap --variant=minbase` from Debian's mirror and
# gets QGIS and the test tools from Debian's packages inside it. A stamp file
# (/.palveluverkko-stamp in the chroot) records the suite, mirror and package
# list it was built with; a chroot whose stamp matches is reused as it is, one
# whose debootstrap did not finish is rebuilt from scratch. Needs root.
#
# Environment: MATRIX_CHROOTS (default: <repo>/.chroots), DEBIAN_MIRROR
# (default: the host's Debian mirror from /etc/apt, else deb.debian.org),
# MATRIX_EXTRA_PACKAGES (more Debian packages to install).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHROOTS="${MATRIX_CHROOTS:-$REPO/.chroots}"
STAMP_NAME=".palveluverkko-stamp"
STAMP_FORMAT=1

# What `make setup test` needs inside: QGIS with its Python bindings and the
# providers/server the tests use, the translation tools, venv, make, git.
PACKAGES=(
    qgis python3-qgis qgis-providers qgis-server-bin qgis-server-wfs
    python3-venv python3-pip python3-numpy python3-scipy python3-pyproj
    pyqt5-dev-tools qttools5-dev-tools
    python3-matplotlib gdal-bin zip unzip make git ca-certificates fonts-dejavu-core
)
# shellcheck disable=SC2206
PACKAGES+=(${MATRIX_EXTRA_PACKAGES:-})

log() { printf '[matrix-chroot %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

host_mirror() {
    # First Debian (not -security) URI the host's apt uses, deb822 or one-line.
    local uri=""
    if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
        uri="$(awk '/^URIs:/ {for (i = 2; i <= NF; i++) print $i}' \
            /etc/apt/sources.list.d/*.sources 2>/dev/null |
            grep -E '/debian/?$' | head -n1 || true)"
    fi
    if [[ -z "$uri" ]]; then
        uri="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk '$1 == "deb" {for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) {print $i; break}}' |
            grep -E '/debian/?$' | head -n1 || true)"
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}
MIRROR="${DEBIAN_MIRROR:-$(host_mirror)}"

chroot_dir() {
    [[ "$1" =~ ^[a-z][a-z0-9-]*$ ]] || die "bad suite name '$1'"
    echo "$CHROOTS/$1"
}

wanted_stamp() {
    printf 'format=%s\nsuite=%s\nmirror=%s\npackages=%s\n' \
        "$STAMP_FORMAT" "$1" "$MIRROR" "$(printf '%s\n' "${PACKAGES[@]}" | sort -u | tr '\n' ' ')"
}

# --- mounts -----------------------------------------------------------------
mounts_under() { findmnt -rn -o TARGET | awk -v d="$1" 'index($0, d "/") == 1' | sort -r; }

unmount_all() {
    local dir="$1" m
    for m in $(mounts_under "$dir"); do
        umount -R "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
    [[ -z "$(mounts_under "$dir")" ]] || die "could not unmount everything under $dir"
}

mount_all() {
    local dir="$1"
    mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
    if ! mountpoint -q "$dir/dev"; then
        mount --rbind /dev "$dir/dev"
        mount --make-rslave "$dir/dev"
    fi
    cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

# Run a command in the chroot with a clean environment (no host PIP_* etc.).
in_chroot() {
    local dir="$1"; shift
    chroot "$dir" /usr/bin/env -i \
        HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive \
        ${MATRIX_CHROOT_ENV:-} "$@"
}

# --- build ------------------------------------------------------------------
configure_apt() {
    local dir="$1" suite="$2"
    printf 'deb %s %s main\n' "$MIRROR" "$suite" >"$dir/etc/apt/sources.list"
    cat >"$dir/etc/apt/apt.conf.d/90palveluverkko" <<'EOF'
// A test chroot: no recommends, tolerate an unstable Release file past its
// Valid-Until date, keep retrying a slow mirror.
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Check-Valid-Until "false";
Acquire::Retries "5";
Dpkg::Use-Pty "false";
EOF
    # No services may start inside the chroot.
    printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
    chmod 755 "$dir/usr/sbin/policy-rc.d"
}

do_debootstrap() {
    local suite="$1" dir="$2" tmp="$2.partial"
    command -v debootstrap >/dev/null || {
        log "installing debootstrap on the host"
        apt-get install -y -q debootstrap >/dev/null || { apt-get update -q && apt-get install -y -q debootstrap; }
    }
    [[ -d "$tmp" ]] && { unmount_all "$tmp"; rm -rf --one-file-system "$tmp"; }
    mkdir -p "$CHROOTS"
    log "debootstrap --variant=minbase $suite from $MIRROR"
    debootstrap --variant=minbase --include=ca-certificates \
        --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
        "$suite" "$tmp" "$MIRROR" >"$CHROOTS/$suite.debootstrap.log" 2>&1 ||
        { tail -n 20 "$CHROOTS/$suite.debootstrap.log" >&2; die "debootstrap $suite failed (log: $CHROOTS/$suite.debootstrap.log)"; }
    mv "$tmp" "$dir"
}

ensure() {
    local suite="$1" dir stamp start
    dir="$(chroot_dir "$suite")"
    stamp="$(wanted_stamp "$suite")"
    if [[ -f "$dir/$STAMP_NAME" ]] && [[ "$(cat "$dir/$STAMP_NAME")" == "$stamp" ]]; then
        log "$suite: cached chroot $dir is up to date"
        return 0
    fi
    start=$SECONDS
    mkdir -p "$CHROOTS"
    exec 9>"$CHROOTS/.$suite.lock"
    flock 9
    if [[ -f "$dir/$STAMP_NAME" ]] && [[ "$(cat "$dir/$STAMP_NAME")" == "$stamp" ]]; then
        log "$suite: built meanwhile by another run"
        return 0
    fi
    unmount_all "$dir" 2>/dev/null || true
    if [[ -d "$dir" && ! -x "$dir/usr/bin/apt-get" ]] || [[ -e "$dir/debootstrap" ]]; then
        log "$suite: incomplete chroot, rebuilding"
        unmount_all "$dir"
        rm -rf --one-file-system "$dir"
    fi
    [[ -d "$dir" ]] || do_debootstrap "$suite" "$dir"
    configure_apt "$dir" "$suite"
    rm -f "$dir/$STAMP_NAME"
    trap 'unmount_all "'"$dir"'"' EXIT
    mount_all "$dir"
    log "$suite: apt-get install ${PACKAGES[*]}"
    in_chroot "$dir" apt-get update -q >"$CHROOTS/$suite.apt.log" 2>&1 ||
        { tail -n 20 "$CHROOTS/$suite.apt.log" >&2; die "apt-get update in $suite failed"; }
    in_chroot "$dir" apt-get install -y -q "${PACKAGES[@]}" >>"$CHROOTS/$suite.apt.log" 2>&1 ||
        { tail -n 30 "$CHROOTS/$suite.apt.log" >&2; die "apt-get install in $suite failed (log: $CHROOTS/$suite.apt.log)"; }
    in_chroot "$dir" apt-get clean
    unmount_all "$dir"
    trap - EXIT
    printf '%s' "$stamp" >"$dir/$STAMP_NAME"
    log "$suite: ready in $((SECONDS - start)) s ($(in_chroot "$dir" dpkg-query -W -f='qgis ${Version}' qgis))"
}

run() {
    local suite="$1" dir; shift
    dir="$(chroot_dir "$suite")"
    [[ -f "$dir/$STAMP_NAME" ]] || die "$suite: no chroot, run '$0 ensure $suite' first"
    trap 'unmount_all "'"$dir"'"' EXIT INT TERM
    mount_all "$dir"
    local rc=0
    in_chroot "$dir" "$@" || rc=$?
    unmount_all "$dir"
    trap - EXIT INT TERM
    return "$rc"
}

clean() {
    local dir
    dir="$(chroot_dir "$1")"
    unmount_all "$dir" 2>/dev/null || true
    [[ -z "$(mounts_under "$dir")" ]] || die "still mounted under $dir"
    rm -rf --one-file-system "$dir" "$dir.partial"
}

[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap, chroot, mount)"
cmd="${1:-}"; shift || true
case "$cmd" in
    ensure) [[ $# -eq 1 ]] || die "usage: $0 ensure SUITE"; ensure "$1" ;;
    run) [[ $# -ge 2 ]] || die "usage: $0 run SUITE CMD..."; run "$@" ;;
    clean) [[ $# -eq 1 ]] || die "usage: $0 clean SUITE"; clean "$1" ;;
    *) die "usage: $0 ensure|run|clean SUITE [CMD...]" ;;
esac
