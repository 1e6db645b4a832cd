#!/usr/bin/env bash
# Installs the system libraries raidbot links against, only when they are missing.
# Sourced by scripts/run.sh and scripts/test.sh; uses sudo when not root. A script that needs more
# (scripts/test.sh: PostgreSQL 15 for the import tests) lists them in `extra_packages` first.
# Also defines install_missing_packages and browser_test_packages for scripts/browser-test.sh.
set -euo pipefail
needed=(libsqlite3-dev libcurl4-openssl-dev zlib1g-dev libxml2-dev ${extra_packages[@]+"${extra_packages[@]}"})
# The browser end-to-end test: Debian's Chromium and its matching driver, and venv for Selenium.
browser_test_packages=(chromium chromium-driver python3-venv)

# Installs those of the given Debian packages that are not installed yet; fails if apt does.
install_missing_packages() {
  local pkg missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  local sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  echo "raidbot: installing ${missing[*]}" >&2
  $sudo_cmd apt-get update -qq
  $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

install_missing_packages "${needed[@]}"
if ! command -v swift >/dev/null 2>&1; then
  echo "raidbot: the Swift toolchain (6.0 or newer) is not on PATH; install it from swift.org first" >&2
  exit 1
fi
