#!/usr/bin/env bash
# Builds the native content of the linux-aarch64 fragment on an x86-64 Debian machine from Debian's arm64
# packages, without touching the machine's apt setup:
#
#   debian-arm64.sh WORK NATIVES SHIM_SOURCE BND_INCLUDE REQUIRED
#
#   WORK         folder for a private apt (sources list, lists, cache, state), the .debs and their unpacked tree
#   NATIVES      where the fragment's files go (native/linux-aarch64 in the bundle)
#   SHIM_SOURCE  the OpenJPH C shim (glimpse_openjph.cpp), cross-compiled against the arm64 libopenjph-dev
#   BND_INCLUDE  written here: natives.files (by ../debian-libraries.sh) and the Bundle-NativeCode header naming
#                the files actually produced
#   REQUIRED     true: fail when the packages or the cross compiler cannot be had; false: build the fragment
#                without libraries (it still resolves only on linux-aarch64) and say why, loudly
#
# Package names come from what this apt knows: the runtime library of each -dev package is its dependency
# (libopenjph-dev depends on libopenjph0.9 on Debian 12, on libopenjph0.21 on Debian 13), and file names
# come from the libraries' SONAMEs (native-fragments/debian-libraries.sh, shared with the x86-64 fragment).
set -euo pipefail

WORK=$(mkdir -p "$1" && cd "$1" && pwd) NATIVES=$2 SHIM_SOURCE=$3 BND_INCLUDE=$4 REQUIRED=${5:-false}
LIBRARIES="$(cd "$(dirname "$0")/../../.." && pwd)/debian-libraries.sh"
DEV_PACKAGES=(libopenjp2-7-dev libcharls-dev libopenjph-dev)
CROSS_CXX=aarch64-linux-gnu-g++
PLATFORM_FILTER='(&(osgi.native.osname~=linux)(osgi.native.processor~=aarch64))'

say() {
  echo "glimpse natives linux-aarch64: $*" >&2
}

# Without its libraries the fragment keeps the platform requirement (so it still never attaches elsewhere)
# and carries the reason, which glimpse.codec logs on an aarch64 machine.
without_libraries() {
  rm -rf "$NATIVES"
  if [ "$REQUIRED" = true ]; then
    say "FAILED: $1"
    exit 1
  fi
  say "WARNING: building the fragment WITHOUT native libraries: $1"
  say "(an aarch64 workstation will use the pure-Java decoders only; -Dglimpse.natives.required=true makes this an error)"
  mkdir -p "$(dirname "$BND_INCLUDE")"
  {
    echo "Require-Capability: osgi.native;filter:=\"$PLATFORM_FILTER\""
    echo "Glimpse-Natives-Missing: ${1//[$'\n\r']/ }"
  } > "$BND_INCLUDE"
  exit 0
}

# The Debian release and mirror this machine uses (deb822 or one-line sources), Debian's own otherwise.
codename() {
  . /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}"
}

mirror_for() {
  local suite=$1 fallback=$2 found
  found=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v s="$suite" '
    /^$/ { if (hit && uri != "") { print uri; exit } hit = 0; uri = "" }
    /^URIs:/ { uri = $2 }
    /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == s) hit = 1 }
    END { if (hit && uri != "") print uri }' | head -1)
  if [ -z "$found" ]; then
    found=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
      | sed -E 's/\[[^]]*\]//' | awk -v s="$suite" '$1 == "deb" && $3 == s { print $2; exit }')
  fi
  echo "${found:-$fallback}"
}

private_apt() {
  local cmd=$1
  shift
  "$cmd" -q -o APT::Architecture=arm64 -o APT::Architectures::=arm64 \
    -o Dir::Etc::SourceList="$WORK/apt/sources.list" -o Dir::Etc::SourceParts="$WORK/apt/sources.list.d" \
    -o Dir::Etc::Preferences="$WORK/apt/preferences" -o Dir::Etc::PreferencesParts="$WORK/apt/preferences.d" \
    -o Dir::State="$WORK/apt/state" -o Dir::State::Lists="$WORK/apt/lists" \
    -o Dir::State::status="$WORK/apt/state/status" -o Dir::Cache="$WORK/apt/cache" \
    -o APT::Sandbox::User="$(id -un)" "$@"
}

prepare_apt() {
  local release=$1 main security
  main=$(mirror_for "$release" http://deb.debian.org/debian)
  security=$(mirror_for "$release-security" http://deb.debian.org/debian-security)
  mkdir -p "$WORK/apt/lists/partial" "$WORK/apt/cache/archives/partial" "$WORK/apt/state" \
    "$WORK/apt/sources.list.d" "$WORK/apt/preferences.d"
  touch "$WORK/apt/state/status" "$WORK/apt/preferences"
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  cat > "$WORK/apt/sources.list" <<EOF
deb [arch=arm64 signed-by=$keyring] $main $release main
deb [arch=arm64 signed-by=$keyring] $main $release-updates main
deb [arch=arm64 signed-by=$keyring] $security $release-security main
EOF
  # the package lists are refreshed once a day, not on every build
  if [ -z "$(find "$WORK/apt/lists" -maxdepth 1 -name '*_Packages*' -mmin -1440 -print -quit)" ]; then
    private_apt apt-get update >/dev/null 2>"$WORK/apt/update.err" || return 1
  fi
}

# Each -dev package and the runtime libraries it depends on (names as this apt knows them).
packages() {
  local dev
  for dev in "${DEV_PACKAGES[@]}"; do
    echo "$dev"
    private_apt apt-cache depends "$dev" | awk '$1 == "Depends:" && $2 ~ /^lib/ && $2 !~ /-dev$/ && $2 !~ /^libc6$|^libstdc|^libgcc/ { print $2 }'
  done | sort -u
}

main() {
  # nothing of an earlier build may outlive this one: the fragment carries what this run made, or nothing
  rm -rf "$NATIVES" "$BND_INCLUDE"
  command -v "$CROSS_CXX" >/dev/null || without_libraries "no $CROSS_CXX (Debian package g++-aarch64-linux-gnu)"
  command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null || without_libraries "no apt-get/dpkg-deb here"
  local release
  release=$(codename)
  [ -n "$release" ] || without_libraries "no VERSION_CODENAME in /etc/os-release"
  prepare_apt "$release" || without_libraries "apt-get update for arm64 failed: $(tail -2 "$WORK/apt/update.err" 2>/dev/null)"
  local wanted
  mapfile -t wanted < <(packages)
  [ ${#wanted[@]} -gt ${#DEV_PACKAGES[@]} ] || without_libraries "apt knows no runtime packages for ${DEV_PACKAGES[*]} (arm64, $release)"
  rm -rf "$WORK/debs" "$WORK/root"
  mkdir -p "$WORK/debs" "$WORK/root"
  (cd "$WORK/debs" && private_apt apt-get download "${wanted[@]}" >/dev/null 2>"$WORK/download.err") \
    || without_libraries "apt-get download ${wanted[*]} failed: $(tail -2 "$WORK/download.err")"
  local deb
  for deb in "$WORK"/debs/*.deb; do
    dpkg-deb -x "$deb" "$WORK/root"
  done
  say "unpacked $(cd "$WORK/debs" && ls | tr '\n' ' ')"

  # the libraries by their SONAMEs, as for every Debian-built fragment (natives.files in BND_INCLUDE)
  local lib="$WORK/root/usr/lib/aarch64-linux-gnu"
  sh "$LIBRARIES" "$lib" "$NATIVES" linux-aarch64 "$BND_INCLUDE" \
    || without_libraries "the arm64 packages of $release lack a library (see above)"
  # linked through the -dev symlink, so that the shim needs the SONAME the fragment carries
  "$CROSS_CXX" -O2 -shared -fPIC -Wall -o "$NATIVES/libglimpse_openjph.so" "$SHIM_SOURCE" \
    -I"$WORK/root/usr/include" -L"$lib" -lopenjph -Wl,-rpath,'$ORIGIN' \
    || without_libraries "$CROSS_CXX could not compile $SHIM_SOURCE"
  echo "Bundle-NativeCode: \${natives.files};native/linux-aarch64/libglimpse_openjph.so;osname=Linux;processor=aarch64" \
    >> "$BND_INCLUDE"
  say "$(cd "$NATIVES" && ls | tr '\n' ' ')($release arm64)"
}

main
