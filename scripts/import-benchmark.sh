#!/usr/bin/env bash
# The import benchmark (issue 14): a throwaway PostgreSQL 15 on 127.0.0.1 seeded at full scale
# (20k members, 50k runs, 2M reactions, 500k quota events, Benchmarks/ImportBenchmark/
# full-scale-seed.sql), imported by the release `raidbot import-postgres` into a fresh SQLite file
# under .build/import-benchmark/; prints wall time, rows per second and peak RSS (GNU time).
# Goal: under 60 s and under 64 MB. Usage: scripts/import-benchmark.sh [--binary PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
extra_packages=(postgresql time)
source scripts/system-packages.sh
if [ "${1:-}" = "--binary" ]; then
  binary=${2:?usage: scripts/import-benchmark.sh [--binary PATH]}
else
  swift build -c release --product raidbot
  binary=.build/release/raidbot
fi
source scripts/throwaway-postgres.sh
psql_run -d postgres -c "CREATE DATABASE incumbent"
for file in Tests/PostgresImportTests/Fixtures/incumbent-schema.sql Benchmarks/ImportBenchmark/full-scale-seed.sql; do
  echo "seeding: $file"; psql_file incumbent "$file"
done
rows=$(psql_run -d incumbent -At -c "SELECT (SELECT count(*) FROM member) + (SELECT count(*) FROM raider) + (SELECT count(*) FROM run)
  + (SELECT count(*) FROM reaction) + (SELECT count(*) FROM quota_event) + (SELECT count(*) FROM punishment) + 1")
out=.build/import-benchmark
rm -rf "$out"; mkdir -p "$out"
start=$(date +%s.%N)
RAIDBOT_DATABASE="$out/raidbot.sqlite" RAIDBOT_BACKUP_DIR="$out/backups" PGPASSWORD=bench \
  /usr/bin/time -v -o "$out/time.txt" "$binary" import-postgres "postgres://bench@127.0.0.1:$port/incumbent" | tee "$out/import.log"
end=$(date +%s.%N)
seconds=$(awk "BEGIN { printf \"%.1f\", $end - $start }")
rate=$(awk "BEGIN { printf \"%d\", $rows / ($end - $start) }")
rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$out/time.txt")
echo
echo "| rows | wall time | rows/s | peak RSS | database |"
echo "|---|---|---|---|---|"
echo "| $rows | $seconds s | $rate | $((rss / 1024)) MB | $(( $(stat -c %s "$out/raidbot.sqlite") / 1048576 )) MB |"
