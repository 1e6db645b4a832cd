#!/usr/bin/env bash
# The README's run command: installs missing system packages, builds raidbot in release mode and
# starts it on the embedded SQLite default (data/raidbot.sqlite). Extra arguments go to raidbot.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/system-packages.sh
swift build -c release --product raidbot
exec .build/release/raidbot "$@"
