#!/usr/bin/env bash
# Installs the system libraries raidbot links against, only when they are missing.
# Sourced by scripts/run.sh and scripts/test.sh; uses sudo when not root. A script that needs more
# (scripts/test.sh: PostgreSQL 15 for the import tests) lists them in `extra_packages` first.
set -euo pipefail
needed=(libsqlite3-dev libcurl4-openssl-dev zlib1g-dev libxml2-dev ${extra_packages[@]+"${extra_packages[@]}"})
missing=()
for pkg in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "raidbot: installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "raidbot: the Swift toolchain (6.0 or newer) is not on PATH; install it from swift.org first" >&2
  exit 1
fi
