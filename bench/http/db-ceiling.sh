#!/usr/bin/env bash
# PostgreSQL alone on the service's transfer statements (issue 14): pgbench runs, at the HTTP
# benchmark's concurrency, the statements one POST /api/transfers sends (bench/http/transfer-sql), in
# steps, beside pgbench's own transfer script (bench/http/transfer.sql), and prints tps, PostgreSQL's CPU
# per transaction and each step's ratio to pgbench's script. No JVM takes part, so the full step's ratio
# is the most the service's "transfers / pgbench transfer" ratio can reach on this database, however
# fast the service gets.
#
#   1. creates a database, starts the packaged jar on it once to migrate the schema (as the service
#      does at start), stops it, and seeds BENCH_ACCOUNTS accounts by SQL, numbered as
#      bench/http/pgbench-setup.sql numbers them for transfer.sql;
#   2. runs each step (a warm-up, then the measured run, as bench/http/run.sh runs pgbench):
#        pgbench     bench/http/transfer.sql, the issue's reference;
#        ledger      the service's lock, balances and ledger statements (lock, balances, ledger);
#        idempotent  + the Idempotency-Key's claim and the stored response (claim, response);
#        service     + the outbox insert (events): all the statements of one transfer, while one
#                    more connection numbers the committed events back to back, as the service's
#                    numbering thread does under load (select outbox_events_number(), V7, ADR 21);
#        unnumbered  the same statements with nobody numbering: what the numbering costs, not a
#                    configuration the service supports;
#      BENCH_ROUNDS times, in that order;
#   3. prints the table; drops the database.
#
# Knobs: BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (10), BENCH_CONNECTIONS (32), BENCH_THREADS (2),
# BENCH_ACCOUNTS (512), BENCH_ROUNDS (2), BENCH_PORT (18093), BENCH_JAR (bootstrap/target/portside.jar;
# built when missing), PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1/5432/postgres).
set -euo pipefail

cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SECONDS_PER_RUN="${BENCH_SECONDS:-20}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-10}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
ACCOUNTS="${BENCH_ACCOUNTS:-512}"
ROUNDS="${BENCH_ROUNDS:-2}"
PORT="${BENCH_PORT:-18093}"
JAR="${BENCH_JAR:-bootstrap/target/portside.jar}"
DB="portside_dbceiling_$(date +%s)_$$"
WORK="$(mktemp -d -t portside-dbceiling.XXXXXX)"
RESULTS="$WORK/results.txt"
SERVICE_PID=""
: >"$RESULTS"
for tool in pgbench psql createdb dropdb curl java; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 1; }
done

source bench/http/common.sh

cleanup() {
    [[ -n "${NUMBERING_PID:-}" ]] && kill "$NUMBERING_PID" 2>/dev/null
    stop_service
    dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ ! -f "$JAR" ]]; then
    echo "== building $JAR"
    ./mvnw -q -B -pl bootstrap -am package -DskipTests >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
fi

echo "== $(nproc) CPUs, load average $(loadavg); database $DB; pgbench -c $CONNECTIONS -j $THREADS -M prepared," \
     "$SECONDS_PER_RUN s per run after $WARMUP_SECONDS s of warm-up, $ROUNDS rounds"
createdb "$DB"
echo "-- migrating: the jar started once on the new database"
service_env=(
    "DATASOURCES_DEFAULT_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}" "DATASOURCES_DEFAULT_USERNAME=$PGUSER"
    "MICRONAUT_SERVER_PORT=$PORT" "PORTSIDE_SECURITY_JWT_SECRET=portside-db-ceiling-benchmark-jwt-secret-0123456789"
)
[[ -n "${PGPASSWORD:-}" ]] && service_env+=("DATASOURCES_DEFAULT_PASSWORD=$PGPASSWORD")
env "${service_env[@]}" java -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 600); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT/health" || true)" == 200 ]] && break
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -50 "$WORK/service.log" >&2; exit 1; }
    sleep 0.1
done
stop_service
psql -X -q -v ON_ERROR_STOP=1 -c "insert into accounts (id, owner_id, currency, balance, status, created_at, version)
    select gen_random_uuid(), gen_random_uuid(), 'EUR', 1000000, 'OPEN', now(), 1 from generate_series(1, $ACCOUNTS)" "$DB"
naccounts="$(psql -X -q -At -v ON_ERROR_STOP=1 -f bench/http/pgbench-setup.sql "$DB" | tail -1)"

# script STEP PIECES...: the pieces of bench/http/transfer-sql between BEGIN and END, as one script
script() {
    local step="$1"; shift
    { cat bench/http/transfer-sql/begin.sql
      for piece in "$@"; do cat "bench/http/transfer-sql/$piece.sql"; done
      cat bench/http/transfer-sql/end.sql; } >"$WORK/$step.sql"
}
script ledger lock balances ledger
script idempotent claim lock balances ledger response
script service claim lock balances ledger response events
cp bench/http/transfer.sql "$WORK/pgbench.sql"
cp "$WORK/service.sql" "$WORK/unnumbered.sql"
echo 'select outbox_events_number();' >"$WORK/number.sql"

# numbering_start / numbering_stop: one connection numbering events back to back, beside the run
NUMBERING_PID=""
numbering_start() {
    pgbench -n -M prepared -c 1 -j 1 -T 86400 -f "$WORK/number.sql" "$DB" >"$WORK/numbering.log" 2>&1 &
    NUMBERING_PID=$!
}
numbering_stop() {
    kill "$NUMBERING_PID" 2>/dev/null || true
    wait "$NUMBERING_PID" 2>/dev/null || true
    NUMBERING_PID=""
    psql -X -q -v ON_ERROR_STOP=1 -c "select outbox_events_number()" "$DB" >/dev/null
}
for round in $(seq 1 "$ROUNDS"); do
    for step in pgbench ledger idempotent service unnumbered; do
        [[ "$step" == service ]] && numbering_start
        pgbench_run "$step-$round" "round $round: $step" -D naccounts="$naccounts" -f "$WORK/$step.sql" "$DB"
        [[ "$step" == service ]] && numbering_stop
    done
done

echo
echo "== results: pgbench -c $CONNECTIONS -j $THREADS, $SECONDS_PER_RUN s per run; $(nproc) CPUs shared by PostgreSQL and pgbench; load average now $(loadavg)"
printf '%-12s %6s %10s %12s %6s %16s\n' "step" "round" "tps" "PG CPU/tx" "busy" "tps / pgbench's"
for round in $(seq 1 "$ROUNDS"); do
    for step in pgbench ledger idempotent service unnumbered; do
        printf '%-12s %6s %10s %12s %6s %16s\n' "$step" "$round" "$(field pgbench "$step-$round" 3)" \
            "$(pg_us "pgbench-$step-$round")" "$(field pgbench "$step-$round" 6)%" \
            "$(ratio "$(field pgbench "$step-$round" 3)" "$(field pgbench "pgbench-$round" 3)")"
    done
done
echo "(service: every statement of one transfer, so its ratio is the most the service's transfers ratio can reach here;"
echo " unnumbered: the same with nobody numbering the events after they commit; PG CPU/tx of service includes the numbering)"
