#!/usr/bin/env bash
# Proves that a fresh Debian 13 (trixie) machine runs the README's commands as written: makes a root with
# debootstrap from the Debian archive, installs git and ca-certificates in it, clones this repository into
# it and runs `./glimpse test` inside (chroot with /proc, /dev and /sys mounted). Not part of CI; run as root.
#
#   tools/debian/debian13-root.sh [ROOT_DIR]        default ROOT_DIR: /var/tmp/glimpse-debian13
#
# Environment:
#   SUITE=trixie                   the Debian release to make
#   MIRROR=http://deb.debian.org/debian
#   GLIMPSE_REPO=<path or URL>     what to clone (default: the git directory of the repository holding this script)
#   GLIMPSE_REV=<commit>           what to check out (default: that repository's HEAD)
#   M2_REPO=<dir>                  a private copy of a Maven repository to bind-mount as the root's
#                                  ~/.m2/repository (saves downloads; the run also works without it)
#   COMMAND="./glimpse test"       what to run in the clone
#
# An existing root is reused (debootstrap is skipped when ROOT_DIR/etc/debian_version exists); the clone is
# made afresh each run. Everything mounted is unmounted and every process left in the root is ended on exit.
set -euo pipefail

ROOT=${1:-/var/tmp/glimpse-debian13}
SUITE=${SUITE:-trixie}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# A worktree's .git is a pointer; the common git directory holds every commit and clones as a repository.
GLIMPSE_REPO=${GLIMPSE_REPO:-$(cd "$HERE" && realpath "$(git rev-parse --git-common-dir)")}
GLIMPSE_REV=${GLIMPSE_REV:-$(git -C "$HERE" rev-parse HEAD)}
COMMAND=${COMMAND:-./glimpse test}
MOUNTS=()

say() { echo "debian13-root: $*" >&2; }
die() { say "$*"; exit 1; }

ensure_debootstrap() {
  command -v debootstrap >/dev/null && return 0
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
    debootstrap
}

make_root() {
  if [ -f "$ROOT/etc/debian_version" ]; then
    say "reusing $ROOT (Debian $(cat "$ROOT/etc/debian_version"))"
    return 0
  fi
  say "debootstrap $SUITE into $ROOT from $MIRROR"
  debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR"
  # Services installed by apt (Orthanc) must not start inside the root: they would hold the host's ports.
  printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
  chmod +x "$ROOT/usr/sbin/policy-rc.d"
  # What Debian's installer writes (debootstrap writes none): localhost is also ::1
  printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$ROOT/etc/hosts"
}

mount_into() {
  local target="$ROOT$2"
  mkdir -p "$target"
  mount "${@:3}" "$1" "$target"
  MOUNTS+=("$target")
}

mount_all() {
  mount_into proc /proc -t proc
  mount_into sysfs /sys -t sysfs
  mount_into /dev /dev --bind
  mount_into devpts /dev/pts -t devpts -o newinstance,ptmxmode=0666
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  # The source is read from the host through a read-only bind; the clone inside is an ordinary git clone.
  if [ -d "$GLIMPSE_REPO" ]; then
    mount_into "$GLIMPSE_REPO" /srv/glimpse-source --bind -o ro
  fi
  if [ -n "${M2_REPO:-}" ]; then
    mount_into "$M2_REPO" /root/.m2/repository --bind
  fi
}

# Ends the processes whose root is the chroot (by id), then unmounts in reverse order.
cleanup() {
  local pid i
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$(realpath "$ROOT")" ] && kill -9 "$pid" 2>/dev/null || true
  done
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTS[$i]}" || umount -l "${MOUNTS[$i]}" || say "could not unmount ${MOUNTS[$i]}"
  done
}

# Runs a script in the root as a login would: a clean environment, plus the given NAME=value pairs.
in_root() {
  local script=$1
  shift
  chroot "$ROOT" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@" /bin/bash -c "$script"
}

install_git() {
  in_root 'apt-get -o DPkg::Lock::Timeout=600 update -qq &&
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends \
      git ca-certificates >/dev/null'
}

clone_and_run() {
  local source=$GLIMPSE_REPO
  [ -d "$GLIMPSE_REPO" ] && source=/srv/glimpse-source
  # shellcheck disable=SC2016
  in_root 'set -e; cd /root; rm -rf glimpse
    git -c safe.directory="*" clone -q "$SOURCE" glimpse
    cd glimpse; git -c advice.detachedHead=false checkout -q "$REV"
    echo "debian13-root: Debian $(cat /etc/debian_version), glimpse $(git rev-parse --short HEAD): $RUN"
    bash -c "$RUN"' SOURCE="$source" REV="$GLIMPSE_REV" RUN="$COMMAND"
}

main() {
  [ "$(id -u)" -eq 0 ] || die "run as root (debootstrap, mount and chroot need it)"
  ensure_debootstrap
  make_root
  trap cleanup EXIT
  mount_all
  install_git
  clone_and_run
}

main "$@"
