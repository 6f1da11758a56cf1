#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Debian chroots with another QGIS release, for `make test-matrix`.
#
#   scripts/matrix-chroot.sh ensure SUITE     build (or reuse) .chroots/SUITE
#   scripts/matrix-chroot.sh run SUITE CMD..  run CMD inside it, /proc, /dev/shm
#                                             and /dev/pts mounted for the duration
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
# debootstrap cannot build into a path with white space (merged-/usr links
# break): such a checkout keeps its chroots under /var/tmp instead.
if [[ "$REPO" =~ [[:space:]] ]]; then
    DEFAULT_CHROOTS="/var/tmp/palveluverkko-chroots-$(printf '%s' "$REPO" | sha1sum | cut -c1-12)"
else
    DEFAULT_CHROOTS="$REPO/.chroots"
fi
CHROOTS="${MATRIX_CHROOTS:-$DEFAULT_CHROOTS}"
STAMP_NAME=".palveluverkko-stamp"
STAMP_FORMAT=1

# What `make setup test` needs inside: QGIS with its Python bindings and the
# providers/server the tests use, the translation tools, venv, make, git, and
# what scripts/qgis_site.sh needs to build shapely against the system GEOS.
PACKAGES=(
    qgis python3-qgis qgis-providers qgis-server-bin qgis-server-wfs qgis-server-wfs3
    python3-venv python3-pip python3-numpy python3-scipy python3-pyproj
    pyqt5-dev-tools qttools5-dev-tools
    python3-matplotlib gdal-bin zip unzip make git ca-certificates fonts-dejavu-core
    gcc libc6-dev python3-dev libgeos-dev
    cgi-mapserver mapserver-bin
    postgresql python3-psycopg2
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
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
    [[ -z "$(mounts_under "$dir")" ]] || die "could not unmount everything under $dir"
}

# /proc, and private instances of /dev/shm (tmpfs) and /dev/pts (devpts
# newinstance) over debootstrap's static device nodes. Deliberately no bind
# mount of the host's /dev: a chroot left mounted by a killed run and then
# deleted with a plain `rm -rf` would take the host's device nodes with it;
# with these mounts such an accident destroys nothing outside the chroot.
mount_all() {
    local dir="$1" node
    for node in "null c 1 3" "zero c 1 5" "full c 1 7" "random c 1 8" "urandom c 1 9" "tty c 5 0"; do
        set -- $node
        [[ -c "$dir/dev/$1" ]] || { rm -f "$dir/dev/$1"; mknod -m 666 "$dir/dev/$1" "$2" "$3" "$4"; }
    done
    mkdir -p "$dir/dev/shm" "$dir/dev/pts"
    mountpoint -q "$dir/proc" || mount -t proc proc "$dir/proc"
    mountpoint -q "$dir/dev/shm" || mount -t tmpfs -o mode=1777,nosuid,nodev shm "$dir/dev/shm"
    mountpoint -q "$dir/dev/pts" ||
        mount -t devpts -o newinstance,ptmxmode=0666,mode=620 devpts "$dir/dev/pts"
    ln -sf pts/ptmx "$dir/dev/ptmx"
    cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
}

# Run a command in the chroot with a clean environment (no host PIP_* etc.).
# PostGIS for the suite's default PostgreSQL server: postgresql-<major>-postgis-3
# with the major the postgresql meta package depends on (17 on trixie, newer on
# sid), so that the package name follows the suite without a list per suite.
install_postgis() {
    local dir="$1" major
    major="$(in_chroot "$dir" apt-cache depends postgresql |
        sed -n 's/^ *Depends: postgresql-\([0-9][0-9]*\)$/\1/p' | head -n1)"
    [[ -n "$major" ]] || die "cannot tell the default PostgreSQL major version of the chroot"
    log "apt-get install postgresql-$major-postgis-3"
    in_chroot "$dir" apt-get install -y -q "postgresql-$major-postgis-3" >>"$CHROOTS/$(basename "$dir").apt.log" 2>&1 ||
        die "apt-get install postgresql-$major-postgis-3 failed"
}

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
    # A throw-away test system: dpkg need not fsync every file it unpacks.
    echo force-unsafe-io >"$dir/etc/dpkg/dpkg.cfg.d/90palveluverkko-unsafe-io"
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
    trap 'exit 130' INT TERM
    mount_all "$dir"
    log "$suite: apt-get install ${PACKAGES[*]}"
    in_chroot "$dir" apt-get update -q >"$CHROOTS/$suite.apt.log" 2>&1 ||
        { tail -n 20 "$CHROOTS/$suite.apt.log" >&2; die "apt-get update in $suite failed"; }
    in_chroot "$dir" apt-get install -y -q "${PACKAGES[@]}" >>"$CHROOTS/$suite.apt.log" 2>&1 ||
        { tail -n 30 "$CHROOTS/$suite.apt.log" >&2; die "apt-get install in $suite failed (log: $CHROOTS/$suite.apt.log)"; }
    install_postgis "$dir"
    in_chroot "$dir" apt-get clean
    unmount_all "$dir"
    trap - EXIT INT TERM
    printf '%s' "$stamp" >"$dir/$STAMP_NAME"
    log "$suite: ready in $((SECONDS - start)) s ($(in_chroot "$dir" dpkg-query -W -f='qgis ${Version}' qgis))"
}

run() {
    # The command runs under timeout(1) (MATRIX_RUN_TIMEOUT seconds, default a
    # day), in the background so that a signal to this script is handled at
    # once: timeout passes it on to the command's whole process group (make,
    # pytest, qgis_mapserver...), and the mounts come off on every way out.
    local suite="$1" dir rc=0; shift
    dir="$(chroot_dir "$suite")"
    [[ -f "$dir/$STAMP_NAME" ]] || die "$suite: no chroot, run '$0 ensure $suite' first"
    trap 'unmount_all "'"$dir"'"' EXIT
    trap '[[ -z "${CHILD:-}" ]] || { kill -TERM "$CHILD" 2>/dev/null; wait "$CHILD"; }; exit 130' INT TERM
    mount_all "$dir"
    timeout -k 30 "${MATRIX_RUN_TIMEOUT:-86400}" bash "$0" __exec "$suite" "$@" </dev/null &
    CHILD=$!
    wait "$CHILD" || rc=$?
    CHILD=""
    [[ $rc -ne 124 ]] || log "$suite: timed out after ${MATRIX_RUN_TIMEOUT:-86400} s"
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
    __exec) in_chroot "$(chroot_dir "$1")" "${@:2}" ;;
    clean) [[ $# -eq 1 ]] || die "usage: $0 clean SUITE"; clean "$1" ;;
    *) die "usage: $0 ensure|run|clean SUITE [CMD...]" ;;
esac
