#!/usr/bin/env bash
# The idempotency record's claim and completion alone (ADR 3, issue 14), as pgbench transactions on
# three copies of idempotency_records, alternated, BENCH_ROUNDS times:
#   old     the completion also moves expires_at (indexed), as before V8: never a HOT update;
#   new     the completion sets the response columns only, fillfactor 80: the service since V8;
#   new100  the same completion with the default fillfactor (100).
# Prints tps, WAL bytes per claim-and-completion pair and the share of HOT updates of each run.
# Knobs: BENCH_SECONDS (15), BENCH_ROUNDS (2), BENCH_CONNECTIONS (16), PGHOST/PGPORT/PGUSER.
set -euo pipefail
cd "$(dirname "$0")"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SECONDS_PER_RUN="${BENCH_SECONDS:-15}"
ROUNDS="${BENCH_ROUNDS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
DB="portside_idempotency_bench_$$"
createdb "$DB"
trap 'dropdb --force "$DB"' EXIT
psql -q -d "$DB" -v ON_ERROR_STOP=1 -f setup.sql
counters() {
    psql -At -d "$DB" -c "select n_tup_upd || ' ' || n_tup_hot_upd || ' ' || pg_current_wal_lsn() from pg_stat_user_tables where relname = 'idem_$1'"
}
for round in $(seq "$ROUNDS"); do
    for variant in old new new100; do
        psql -q -d "$DB" -c "truncate idem_$variant" -c "checkpoint"
        read -r updated0 hot0 lsn0 <<<"$(counters "$variant")"
        out=$(pgbench -n -c "$CONNECTIONS" -j 2 -M prepared -T "$SECONDS_PER_RUN" -f "pair_$variant.sql" "$DB" 2>&1)
        sleep 1 # the backends report their counters when they end
        read -r updated1 hot1 lsn1 <<<"$(counters "$variant")"
        pairs=$(awk '/number of transactions actually processed/ {print $NF}' <<<"$out" | cut -d/ -f1)
        tps=$(awk '/^tps/ {printf "%.0f", $3}' <<<"$out")
        wal=$(psql -At -d "$DB" -c "select (pg_wal_lsn_diff('$lsn1', '$lsn0') / $pairs)::int")
        updated=$((updated1 - updated0))
        echo "round $round  $variant  $tps tps  $pairs pairs  $wal bytes of WAL per pair  $((hot1 - hot0)) of $updated updates HOT  (load $(cut -d' ' -f1 /proc/loadavg))"
    done
done
