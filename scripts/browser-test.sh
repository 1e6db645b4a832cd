#!/usr/bin/env bash
# The browser end-to-end test of `raidbot sandbox --web` (Tests/Browser/sandbox_web_test.py):
# headless Chromium driven by Selenium against the debug binary. Installs what is missing first:
# Debian's chromium, chromium-driver and python3-venv with apt, Selenium from PyPI into a venv at
# .build/browser-venv (Debian's own python is externally managed). Where they cannot be installed
# the test is SKIPPED with the missing package named, never passed. Screenshots and logs:
# .build/browser-artifacts/. Run by scripts/test.sh after the Swift suite; needs `swift build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh

skip() {
  echo "browser test SKIPPED: $1" >&2
  exit 0
}

install_missing_packages "${browser_test_packages[@]}" || echo "raidbot: could not install ${browser_test_packages[*]}" >&2
for pkg in "${browser_test_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
    || skip "the Debian package $pkg is missing and could not be installed"
done
command -v chromium >/dev/null || skip "no chromium on PATH (Debian package chromium)"
command -v chromedriver >/dev/null || skip "no chromedriver on PATH (Debian package chromium-driver)"
[ -x .build/debug/raidbot ] || { echo "browser test: .build/debug/raidbot is missing; run swift build first" >&2; exit 1; }

venv=.build/browser-venv
[ -x "$venv/bin/python" ] || /usr/bin/python3 -m venv "$venv"
"$venv/bin/python" -c 'import selenium' 2>/dev/null || "$venv/bin/pip" install -q 'selenium>=4.20' \
  || skip "Selenium could not be installed from PyPI (pip install selenium)"
mkdir -p .build/browser-artifacts
exec "$venv/bin/python" Tests/Browser/sandbox_web_test.py
