#!/usr/bin/env bash
# Live-events benchmark (issue 16): transfer throughput with and without many SSE subscribers, and
# event delivery delay and rate, in one run.
#
#   1. builds bootstrap/target/portside.jar (skip with BENCH_SKIP_BUILD=1), creates a fresh database and
#      starts the jar against it as the README does, with rate limits off and one caller allowed all
#      the subscriptions (the bench subscribes as the admin);
#   2. bench/events/EventLoad.java (run by the JDK's source launcher, no dependencies) seeds one payer
#      with BENCH_ACCOUNTS accounts, runs BENCH_WORKERS transfer workers for BENCH_SECONDS (after
#      BENCH_WARMUP_SECONDS) without subscribers, opens BENCH_SUBSCRIBERS SSE streams (each on one
#      account's topic, so every transfer reaches 2 x subscribers/accounts streams), and runs the same
#      transfers again;
#   3. prints transfers/s without and with subscribers, events received per second, and the delay from
#      an event's storedAt (PostgreSQL's clock_timestamp() in the transfer's transaction, right before its
#      COMMIT; the outbox row is the transaction's last statement) to its arrival, p50/p99/max;
#   4. stops the service and drops its database.
#
# The full run (1,000 subscribers) needs 2,000+ file descriptors (it raises its soft limit when it can).
# A smoke run: BENCH_SUBSCRIBERS=20 BENCH_SECONDS=5 BENCH_WARMUP_SECONDS=3 bench/events/run.sh
#
# Knobs (environment): BENCH_SUBSCRIBERS (1000), BENCH_ACCOUNTS (100), BENCH_WORKERS (32),
# BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (15), BENCH_POOL_SIZE (32), BENCH_PORT (18090),
# BENCH_JVM_OPTIONS_FILE (bootstrap/portside.jvm-options; empty: none), BENCH_JAVA_OPTS, BENCH_SKIP_BUILD,
# BENCH_KEEP_WORK, PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1/5432/postgres).
set -euo pipefail

cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SUBSCRIBERS="${BENCH_SUBSCRIBERS:-1000}"
ACCOUNTS="${BENCH_ACCOUNTS:-100}"
WORKERS="${BENCH_WORKERS:-32}"
SECONDS_PER_RUN="${BENCH_SECONDS:-20}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-15}"
POOL_SIZE="${BENCH_POOL_SIZE:-32}"
PORT="${BENCH_PORT:-18090}"
JAR="bootstrap/target/portside.jar"
JVM_OPTIONS_FILE="${BENCH_JVM_OPTIONS_FILE-bootstrap/portside.jvm-options}"
BASE="http://127.0.0.1:${PORT}"
DB="portside_eventbench_$(date +%s)_$$"
ADMIN_USER="bench_admin" ADMIN_EMAIL="bench-admin@portside.bench" ADMIN_PASSWORD="bench-admin-password"
WORK="$(mktemp -d -t portside-eventbench.XXXXXX)"
SERVICE_PID=""

for tool in java curl psql createdb dropdb; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool" >&2; exit 1; }
done

cleanup() {
    if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVICE_PID" 2>/dev/null || true
    fi
    dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true
    if [[ -n "${BENCH_KEEP_WORK:-}" ]]; then echo "(work directory kept: $WORK)"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the service and the load each hold one descriptor per subscriber
needed=$((SUBSCRIBERS * 2 + 1024))
if (( $(ulimit -n) < needed )); then
    ulimit -n "$needed" 2>/dev/null || echo "warning: ulimit -n is $(ulimit -n), ${needed} wanted for ${SUBSCRIBERS} subscribers" >&2
fi

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
    echo "== building $JAR"
    ./mvnw -q -B -pl bootstrap -am package -DskipTests >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
fi
[[ -f "$JAR" ]] || { echo "no $JAR: build it or unset BENCH_SKIP_BUILD" >&2; exit 1; }
if curl -s -o /dev/null --max-time 1 "$BASE/health"; then
    echo "something already listens on port $PORT: set BENCH_PORT" >&2
    exit 1
fi

echo "== $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); database $DB; ${SUBSCRIBERS} subscribers," \
     "${ACCOUNTS} accounts, ${WORKERS} transfer workers, ${SECONDS_PER_RUN} s per run after ${WARMUP_SECONDS} s warm-up"
createdb "$DB"

env_vars=(
    "DATASOURCES_DEFAULT_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}"
    "DATASOURCES_DEFAULT_USERNAME=${PGUSER}"
    "DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=${POOL_SIZE}"
    "APP_BOOTSTRAP_ADMIN_USERNAME=${ADMIN_USER}"
    "APP_BOOTSTRAP_ADMIN_EMAIL=${ADMIN_EMAIL}"
    "APP_BOOTSTRAP_ADMIN_PASSWORD=${ADMIN_PASSWORD}"
    "PORTSIDE_SECURITY_JWT_SECRET=portside-event-benchmark-fixed-jwt-secret-0123456789"
    "MICRONAUT_SERVER_PORT=${PORT}"
    # all load comes from one address and one payer: the per-caller limits would answer 429
    "PORTSIDE_RATE_LIMIT_ENABLED=false"
    # every subscriber is the admin here
    "PORTSIDE_EVENTS_MAX_SUBSCRIPTIONS_PER_CALLER=${SUBSCRIBERS}"
)
[[ -n "${PGPASSWORD:-}" ]] && env_vars+=("DATASOURCES_DEFAULT_PASSWORD=${PGPASSWORD}")
# shellcheck disable=SC2086
env "${env_vars[@]}" java ${JVM_OPTIONS_FILE:+"@$JVM_OPTIONS_FILE"} ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 1200); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/health" || true)" == 200 ]] && break
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service exited during startup:" >&2; tail -50 "$WORK/service.log" >&2; exit 1; }
    sleep 0.1
done
echo "-- service pid $SERVICE_PID is up"

java bench/events/EventLoad.java "$BASE" "$ADMIN_USER" "$ADMIN_PASSWORD" "$SUBSCRIBERS" "$ACCOUNTS" "$WORKERS" \
    "$WARMUP_SECONDS" "$SECONDS_PER_RUN"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
