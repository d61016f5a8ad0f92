#!/usr/bin/env bash
# Compiles the test program that decodes through a fragment's files, once for this x86-64 machine and once
# for arm64 (against the arm64 -dev headers unpacked by debian-arm64.sh), for the emulated decode test.
#
#   decode-programs.sh SOURCE OUT ARM64_ROOT
set -euo pipefail
SOURCE=$1 OUT=$2 ROOT=$3
FLAGS=(-O2 -Wall -Wextra -std=gnu11)
mkdir -p "$OUT"
rm -f "$OUT"/decode_frames-*
gcc "${FLAGS[@]}" -I/usr/include/openjpeg-2.5 -o "$OUT/decode_frames-x86-64" "$SOURCE" -ldl
if ! command -v aarch64-linux-gnu-gcc >/dev/null; then
  echo "glimpse natives linux-aarch64: no aarch64-linux-gnu-gcc, the arm64 decode program is not built" >&2
elif [ ! -d "$ROOT/usr/include/openjpeg-2.5" ]; then
  echo "glimpse natives linux-aarch64: no arm64 headers in $ROOT, the arm64 decode program is not built" >&2
else
  aarch64-linux-gnu-gcc "${FLAGS[@]}" -I"$ROOT/usr/include/openjpeg-2.5" -I"$ROOT/usr/include" \
    -o "$OUT/decode_frames-aarch64" "$SOURCE" -ldl
fi
