#!/usr/bin/env bash
# Builds the small release binary: Swift runtime and Foundation linked in statically, optimised for
# size, stripped. Prints its size and the shared libraries it still needs, and fails if any is not
# on the allow-list in scripts/shared-libraries.sh. Slow (a clean build takes 10+ minutes on 2
# cores), so it is not part of scripts/test.sh. Output: .build-release/raidbot-release (path printed).
#
#   scripts/release.sh            # build, strip, check
#   scripts/release.sh --check F  # only check an existing binary F
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/shared-libraries.sh

check() {
  local binary=$1 bad
  echo "size: $(stat -c %s "$binary") bytes ($(( ($(stat -c %s "$binary") + 524288) / 1048576 )) MiB) $binary"
  size -A "$binary" | awk '$1 ~ /^\.(text|rodata|data|data\.rel\.ro|bss|eh_frame|gcc_except_table|swift5_.*)$/ { printf "  %-22s %10d\n", $1, $2 }'
  echo "shared libraries:"
  needed_libraries "$binary" | sed 's/^/  /'
  bad=$(needed_libraries "$binary" | disallowed_libraries)
  if [ -n "$bad" ]; then
    echo "release: not allowed to remain shared: $(echo $bad)" >&2
    exit 1
  fi
}

if [ "${1:-}" = "--check" ]; then
  check "${2:?usage: scripts/release.sh --check BINARY}"
  exit 0
fi

source scripts/system-packages.sh
scratch=.build-release
# libstdc++ and libgcc's unwinder linked in: a folder searched first that holds only their static
# archives (libgcc_eh.a is what gcc's -static-libgcc links instead of libgcc_s), so `-lstdc++` and
# `-lgcc_s` resolve to them and the host needs neither shared library.
static="$PWD/$scratch/static-libs"
mkdir -p "$static"
for pair in libstdc++.a:libstdc++.a libgcc_eh.a:libgcc_s.a; do
  archive=$(gcc -print-file-name="${pair%%:*}")
  [ -f "$archive" ] || { echo "release: ${pair%%:*} not found (install libstdc++-12-dev)" >&2; exit 1; }
  ln -sf "$archive" "$static/${pair##*:}"
done
# -Osize: smaller code than -O, no measurable cost for an I/O-bound bot.
# --no-export-dynamic: the static stdlib's link arguments export every symbol (a 4 MB dynamic
#   symbol table) for dlsym lookups the bot never does.
# --disable-default-traits: without the PostgreSQL import (PostgresNIO brings the whole Foundation
#   and ICU, +45 MB); docs/import.md runs the import with a full build.
# ld.bfd with -z pack-relative-relocs: the position-independent binary's 2 MB of relocations packed
#   into 16 KB (DT_RELR; needs glibc 2.36, Debian 12 / Raspberry Pi OS bookworm). gold cannot.
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product raidbot --disable-default-traits \
  -Xswiftc -Osize -Xswiftc -use-ld=bfd -Xswiftc -L"$static" \
  -Xlinker --no-export-dynamic -Xlinker -z -Xlinker pack-relative-relocs
out="$scratch/raidbot-release"
strip -o "$out" "$scratch/release/raidbot"
check "$out"
