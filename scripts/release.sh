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
# -Osize: about 2 MB smaller than -O, no measurable cost for an I/O-bound bot.
# --no-export-dynamic: the static stdlib's link arguments export every symbol for dlsym-based
#   lookups the bot never does; dropping the dynamic symbol table saves about 4 MB.
# -static-libstdc++ / -static-libgcc: the Swift runtime's C++ support linked in, not required on the host.
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product raidbot \
  -Xswiftc -Osize -Xlinker --no-export-dynamic
out="$scratch/raidbot-release"
strip -o "$out" "$scratch/release/raidbot"
check "$out"
