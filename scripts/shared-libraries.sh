#!/usr/bin/env bash
# The shared libraries a release binary may still need (issue 14): the C library (glibc's own
# pieces: libc, libm, libpthread, libdl, librt and the dynamic loader), libsqlite3, libcurl, libz
# and libxml2. Everything else (the Swift runtime, Foundation, ICU, libstdc++) must be linked in, so
# the binary runs on a machine with only those Debian runtime packages. Sourced by
# scripts/release.sh; tested by Tests/raidbotTests/ReleaseScriptTests.swift.

# Reads one library name per line (readelf's NEEDED entries) and prints those not allowed.
disallowed_libraries() {
  local name
  while IFS= read -r name; do
    [ -n "$name" ] || continue
    case "$name" in
      libc.so.*|libm.so.*|libpthread.so.*|libdl.so.*|librt.so.*|ld-linux*.so.*) ;;
      libsqlite3.so.*|libcurl.so.*|libz.so.*|libxml2.so.*) ;;
      *) printf '%s\n' "$name" ;;
    esac
  done
}

# Prints the NEEDED entries of the ELF binary $1, one a line.
needed_libraries() {
  readelf -d "$1" | sed -n 's/.*(NEEDED).*Shared library: \[\(.*\)\]$/\1/p'
}
