#!/bin/sh
# Copies the codec libraries a native fragment carries out of a Debian library folder, each under its SONAME
# (the name the dynamic loader, the OpenJPH shim and glimpse.codec look for), and writes the bnd property
# `natives.files` listing them for the fragment's Bundle-NativeCode. The SONAME is read from the library the
# -dev package's unversioned symlink points at, so the fragment carries what the build machine has
# (libopenjph.so.0.9 on Debian 12, libopenjph.so.0.21 on Debian 13) without naming a version anywhere.
#
#   debian-libraries.sh LIBDIR OUTDIR PLATFORM BNDFILE
#     LIBDIR    the packages' library folder (/usr/lib/x86_64-linux-gnu), or the same folder of .debs
#               unpacked with dpkg-deb -x (runtime and -dev packages) for another architecture
#     OUTDIR    where the libraries go (the fragment's classes/native/PLATFORM)
#     PLATFORM  the folder name inside the bundle (linux-x86-64, linux-aarch64)
#     BNDFILE   the bnd file to write; the fragment's bnd.bnd includes it
set -eu

[ $# -eq 4 ] || { echo "usage: $0 LIBDIR OUTDIR PLATFORM BNDFILE" >&2; exit 2; }
libdir=$1 outdir=$2 platform=$3 bndfile=$4
mkdir -p "$outdir"
files=""
for name in openjp2 charls openjph; do
  link="$libdir/lib$name.so"
  [ -e "$link" ] || { echo "debian-libraries: no $link (is the -dev package of lib$name installed?)" >&2; exit 1; }
  real=$(readlink -f "$link")
  soname=$(readelf -d "$real" | sed -n 's/.*(SONAME).*\[\(.*\)\]$/\1/p')
  [ -n "$soname" ] || { echo "debian-libraries: $real has no SONAME" >&2; exit 1; }
  cp "$real" "$outdir/$soname"
  files="$files${files:+;}native/$platform/$soname"
done
printf '# written by debian-libraries.sh from %s\nnatives.files: %s\n' "$libdir" "$files" >"$bndfile"
