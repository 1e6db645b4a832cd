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
# Swift Testing runs every test at once unless bounded. With 860 tests on two cores, the bots under
# test then waited seconds for a thread: acknowledgements passed Discord's 3 s window and end-to-end
# waits timed out under load. Two tests per core keeps the suite's time and the bots' latency real
# (router ack p50 2.5 s → 2 ms; docs/benchmarks.md).
export SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH=${SWT_EXPERIMENTAL_MAXIMUM_PARALLELIZATION_WIDTH:-$(( $(nproc) * 2 ))}
swift test --skip-build "$@"
if [ $# -eq 0 ]; then
  scripts/browser-test.sh
else
  echo "browser test not run: the Swift tests were filtered ($*); run scripts/browser-test.sh for it" >&2
fi
