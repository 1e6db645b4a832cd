#!/usr/bin/env bash
# Where the release binary's bytes go, by component: the sizes of its symbols (code and data),
# grouped by Swift module (read from the mangled name) or, for C and C++, by library prefix.
# Needs the unstripped binary (the symbols); sections without symbols (Swift metadata records,
# unwind tables, relocations) are listed by `size -A` below the table instead.
#
# With --resident PID, a second column: how much of each component's symbols lies on pages resident
# in that running process (the same binary, stripped or not: its addresses are the same), read from
# /proc/PID/pagemap. That is where an idle resident set's code comes from.
#
#   scripts/size-by-module.sh .build-release/release/raidbot [rows]
#   scripts/size-by-module.sh .build-release/release/raidbot [rows] --resident "$(pgrep -x raidbot-release)"
set -euo pipefail
usage="usage: scripts/size-by-module.sh UNSTRIPPED_BINARY [rows] [--resident PID]"
binary=${1:?$usage}
shift
rows=25 pid=
while [ $# -gt 0 ]; do
  case $1 in
    --resident) pid=${2:?$usage}; shift 2 ;;
    *) rows=$1; shift ;;
  esac
done

# The page numbers (link-time address / 4096) of the executable's pages resident in process $1:
# a page is present when bit 63 of its pagemap entry is set. The first mapping (file offset 0,
# link address 0) is the load base of the position-independent executable.
resident_pages() {
  local exe base= range start end path
  exe=$(readlink "/proc/$1/exe")
  while read -r range _ _ _ _ path; do
    [ "$path" = "$exe" ] || continue
    start=$((16#${range%-*})) end=$((16#${range#*-}))
    [ -n "$base" ] || base=$start
    dd if="/proc/$1/pagemap" bs=8 skip=$((start / 4096)) count=$(((end - start) / 4096)) 2>/dev/null \
      | od -An -v -tx8 -w8 | awk -v first=$(((start - base) / 4096)) '$1 ~ /^[89a-f]/ { print first + NR - 1 }'
  done < "/proc/$1/maps"
}

pages=/dev/null
if [ -n "$pid" ]; then
  pages=$(mktemp)
  trap 'rm -f "$pages"' EXIT
  resident_pages "$pid" > "$pages"
  [ -s "$pages" ] || { echo "no resident pages of the executable found in process $pid" >&2; exit 1; }
fi

nm -S -t d --size-sort "$binary" | awk -v pages="$pages" '
  BEGIN { while ((getline page < pages) > 0) resident[page] = 1 }
  function component(name,   rest, len) {
    if (name ~ /^_ZL[0-9]/) { match(name, /^_ZL[0-9]+/); return component(substr(name, RLENGTH + 1)) }
    if (name ~ /^_ZN(K)?4bssl/) return "BoringSSL"
    if (name ~ /^_ZN(K)?12_GLOBAL__N_1/) return "C++ (anonymous namespaces: Swift runtime, BoringSSL)"
    if (name ~ /^\$s[0-9]/) {
      rest = substr(name, 3); match(rest, /^[0-9]+/)
      len = substr(rest, 1, RLENGTH) + 0
      return substr(rest, RLENGTH + 1, len)
    }
    if (name ~ /^\$s(s|S)/) return "Swift (stdlib types)"
    if (name ~ /^\$s/) return "Swift (other)"
    if (name ~ /^_ZN(5|K5)swift/ || name ~ /^swift_|^_swift_|^__swift|^InitialAllocationPool/) return "Swift runtime"
    if (name ~ /icu_|^icudt|^u_|^ucol_|^ubrk_|^udat_|^unum_|^uloc_|^ures_|^ucnv_|^utrans_/) return "ICU"
    if (name ~ /^CNIOBoringSSL_|^CCryptoBoringSSL_|^ecp_nistz256|^k[A-Z]/) return "BoringSSL"
    if (name ~ /^_ZNSt|^_ZSt|^_ZNKSt|^_ZTVSt|^_ZTISt|^_ZTSSt|^__cxa|^__gxx|^_ZN9__gnu_cxx|^_ZN10__cxxabi/) return "libstdc++"
    if (name ~ /dispatch_|^_dispatch|^_os_/) return "Dispatch"
    if (name ~ /^c_nio|^CNIO/) return "SwiftNIO C shims"
    if (name ~ /^_Z/) return "C++ (other)"
    return "C (other)"
  }
  function onResidentPage(address, size,   page) {
    for (page = int(address / 4096); page <= int((address + size - 1) / 4096); page++)
      if (page in resident) return 1
    return 0
  }
  NF >= 4 {
    c = component($4); total += $2; sum[c] += $2
    if (onResidentPage($1, $2)) { residentTotal += $2; inMemory[c] += $2 }
  }
  END {
    for (c in sum) printf "%d\t%d\t%s\n", sum[c], inMemory[c], c
    printf "%d\t%d\t(all symbols)\n", total, residentTotal
  }' | sort -rn | head -n $((rows + 1)) | awk -F '\t' -v pid="$pid" '
  NR == 1 && pid != "" { printf "%9s  %12s  %s\n", "size", "resident", "component (resident in process " pid ")" }
  pid != "" { printf "%9.2f MiB  %8.2f MiB  %s\n", $1 / 1048576, $2 / 1048576, $3; next }
  { printf "%9.2f MiB  %s\n", $1 / 1048576, $3 }'

echo
echo "sections (size -A):"
size -A "$binary" | awk 'NR > 2 && $2 > 65536 { printf "%9.2f MiB  %s\n", $2 / 1048576, $1 }'
