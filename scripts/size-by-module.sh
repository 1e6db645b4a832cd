#!/usr/bin/env bash
# Where the release binary's bytes go, by component: the sizes of its symbols (code and data),
# grouped by Swift module (read from the mangled name) or, for C and C++, by library prefix.
# Needs the unstripped binary (the symbols); sections without symbols (Swift metadata records,
# unwind tables, relocations) are listed by `size -A` below the table instead.
#
#   scripts/size-by-module.sh .build-release/release/raidbot [rows]
set -euo pipefail
binary=${1:?usage: scripts/size-by-module.sh UNSTRIPPED_BINARY [rows]}
rows=${2:-25}

nm -S -t d --size-sort "$binary" | awk '
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
  NF >= 4 { total += $2; sum[component($4)] += $2 }
  END {
    for (c in sum) printf "%d\t%s\n", sum[c], c
    printf "%d\t(all symbols)\n", total
  }' | sort -rn | head -n $((rows + 1)) | awk -F '\t' '{ printf "%9.2f MiB  %s\n", $1 / 1048576, $2 }'

echo
echo "sections (size -A):"
size -A "$binary" | awk 'NR > 2 && $2 > 65536 { printf "%9.2f MiB  %s\n", $2 / 1048576, $1 }'
