# Sourced by the benchmark scripts: starts a throwaway PostgreSQL 15 on 127.0.0.1 (a random port,
# password "bench" for user bench, socket and data in a temporary folder removed on exit) and
# defines psql_run. Expects scripts/system-packages.sh to have installed postgresql.
bin=/usr/lib/postgresql/15/bin
work=$(mktemp -d /tmp/raidbot-postgres-XXXXXX)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres: "$work"
port=$(shuf -i 20000-60000 -n 1)
cleanup() { as_pg "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
echo bench > "$work/pw"; [ "$(id -u)" -eq 0 ] && chown postgres: "$work/pw"
as_pg "$bin/initdb" -D "$work/data" -U bench --pwfile="$work/pw" -E UTF8 --no-locale --auth-local=trust \
  --auth-host=scram-sha-256 --no-sync >/dev/null
as_pg "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -o "-p $port -h 127.0.0.1 -k $work -F" start >/dev/null
psql_run() { as_pg "$bin/psql" -h "$work" -p "$port" -U bench -X -q -v ON_ERROR_STOP=1 "$@"; }

# Runs the SQL file $2 against database $1 (copied first, so the postgres user can read it).
psql_file() {
  cp "$2" "$work/input.sql"; [ "$(id -u)" -eq 0 ] && chown postgres: "$work/input.sql"
  psql_run -d "$1" -f "$work/input.sql"
}
