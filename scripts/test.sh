#!/usr/bin/env bash
# The README's test command: installs missing system packages, then runs the whole suite: the Swift
# tests, then the browser end-to-end test of `raidbot sandbox --web` (scripts/browser-test.sh; it
# installs Chromium and Selenium when missing, and says SKIPPED, naming the package, when it cannot).
set -euo pipefail
cd "$(dirname "$0")/.."
# postgresql: the import tests initdb and start their own PostgreSQL 15 on 127.0.0.1 (as the
# package's `postgres` user when run as root); its cluster service is not needed.
extra_packages=(postgresql)
source scripts/system-packages.sh
swift build --build-tests
swift test --skip-build "$@"
if [ $# -eq 0 ]; then
  scripts/browser-test.sh
else
  echo "browser test not run: the Swift tests were filtered ($*); run scripts/browser-test.sh for it" >&2
fi
