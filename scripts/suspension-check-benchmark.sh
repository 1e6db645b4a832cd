#!/usr/bin/env bash
# Issue 10's measure, side by side in one run: the active-suspension check at 16 callers on the
# incumbent's PostgreSQL 15 (a throwaway server on 127.0.0.1, the incumbent's schema, the storage
# benchmark's 20,000 punishments, pgbench -M prepared over TCP), both as the incumbent codes it
# (its expiry sweep before every punishment read, reference §6.2) and as a read-only lookup, then
# on raidbot's SQLite (storage-benchmark --ops suspension-check, full scale, synchronous=full).
# Prints the three rates and raidbot's ratios. Usage: scripts/suspension-check-benchmark.sh [--seconds N] (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=10
[ "${1:-}" = "--seconds" ] && seconds=${2:?usage: scripts/suspension-check-benchmark.sh [--seconds N]}
extra_packages=(postgresql)
source scripts/system-packages.sh
swift build -c release --product storage-benchmark
source scripts/throwaway-postgres.sh
psql_run -d postgres -c "CREATE DATABASE incumbent"
psql_file incumbent Tests/PostgresImportTests/Fixtures/incumbent-schema.sql
psql_file incumbent Benchmarks/SuspensionCheck/punishments-seed.sql
# pgbench's transactions per second for one script of Benchmarks/SuspensionCheck/.
pgbench_rate() {
  cp "Benchmarks/SuspensionCheck/$1.pgbench" "$work/$1.pgbench"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$work/$1.pgbench"
  PGPASSWORD=bench as_pg "$bin/pgbench" -h 127.0.0.1 -p "$port" -U bench -n -M prepared -c 16 -j 2 -T "$seconds" \
    -f "$work/$1.pgbench" incumbent | awk '/^tps = / { printf "%d", $3 }'
}
echo "PostgreSQL 15: pgbench -n -M prepared -c 16 -j 2 -T $seconds, as coded, then read-only"
pg_coded=$(pgbench_rate as-coded)
pg_read=$(pgbench_rate read-only)
as_pg "$bin/pg_ctl" -D "$work/data" -m fast stop >/dev/null
echo "SQLite: storage-benchmark --seconds $seconds --callers 16 --sync full --ops suspension-check"
sqlite_rate=$(.build/release/storage-benchmark --seconds "$seconds" --callers 16 --sync full --ops suspension-check \
  | awk -F'|' '/\| suspension-check \|/ { gsub(/[ ,]/, "", $5); print $5; exit }')
echo
ratio() { awk "BEGIN { printf \"%.1f\", $sqlite_rate / $1 }"; }
echo "| engine, check | checks/s at 16 callers | raidbot's ratio |"
echo "|---|---|---|"
echo "| PostgreSQL 15, as the incumbent codes it (expiry sweep, then the lookup) | $pg_coded | $(ratio "$pg_coded")× |"
echo "| PostgreSQL 15, the read-only lookup alone (its best case) | $pg_read | $(ratio "$pg_read")× |"
echo "| raidbot SQLite, the read-only lookup | $sqlite_rate | – |"
