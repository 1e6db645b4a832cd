#!/usr/bin/env bash
# The README's test command: installs missing system packages, then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
# postgresql: the import tests initdb and start their own PostgreSQL 15 on 127.0.0.1 (as the
# package's `postgres` user when run as root); its cluster service is not needed.
extra_packages=(postgresql)
source scripts/system-packages.sh
swift build --build-tests
swift test --skip-build "$@"
