#!/usr/bin/env bash
# The "floor" benchmark (issue 14; bench/floor/README.md): the least code that serves POST /transfers and
# GET /users/{id} on the service's stack (Micronaut HTTP on Netty, Micronaut Serde, HikariCP, pgjdbc, JDK 17),
# measured exactly as bench/http/run.sh measures the service, next to the same pgbench runs:
#
#   1. builds bench/floor/target/portside-floor.jar (skip with BENCH_SKIP_BUILD=1); unless BENCH_DB names an
#      already seeded database, creates one, starts Portside's jar on it once (Flyway migrates it), seeds it
#      through the API as bench/http/run.sh does (bench/http/common.sh), numbers the accounts for pgbench
#      (bench/http/pgbench-setup.sql) and stops Portside;
#   2. starts the floor jar on that database as the README starts the service (the JVM options file minus
#      its class-data-sharing archive line) and times process start -> first 200 on /health, three times:
#      with Hikari connecting at start (its default: the pool is created with the context and opens a first
#      connection), without (initialization-fail-timeout -1, minimum-idle 0: no connection before the first
#      query), and with again (the JVM that then takes the load);
#   3. wrk, same knobs and durations as bench/http/run.sh (warm-up, then the measured run):
#      POST /transfers (random distinct account numbers) and GET /users/{id} (random seeded user);
#      service CPU per request from /proc/PID/stat, commits per transfer from pg_stat_database;
#   4. pgbench at the same concurrency, as bench/http/run.sh runs it: bench/http/transfer.sql on the same
#      database and -S on a separate pgbench -i database;
#   5. prints the table and the ratios floor/pgbench in bench/http/run.sh's format, and the start times;
#      stops the jar and drops the databases it created.
#
# Knobs (environment): BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (15), BENCH_CONNECTIONS (32),
# BENCH_THREADS (2), BENCH_USERS (32), BENCH_ACCOUNTS_PER_USER (16), BENCH_POSTS (60), BENCH_PRODUCTS (100),
# BENCH_PGBENCH_SCALE (10), BENCH_POOL_SIZE (32), BENCH_PORT (18090; Portside seeds on BENCH_PORT + 1),
# BENCH_JVM_OPTIONS_FILE (bootstrap/portside.jvm-options, its SharedArchiveFile line dropped; empty: none),
# BENCH_JAVA_OPTS (none, added after the file's options, floor jar only), BENCH_PORTSIDE_JAR
# (bootstrap/target/portside.jar, built when missing unless BENCH_SKIP_BUILD), BENCH_DB (an existing
# database seeded by this script or bench/http/run.sh: no migration or seeding, not dropped),
# BENCH_SKIP_BUILD, BENCH_KEEP_WORK, PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1/5432/postgres).
set -euo pipefail

cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SECONDS_PER_RUN="${BENCH_SECONDS:-20}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-15}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
USERS="${BENCH_USERS:-32}"
ACCOUNTS_PER_USER="${BENCH_ACCOUNTS_PER_USER:-16}"
POSTS="${BENCH_POSTS:-60}"
PRODUCTS="${BENCH_PRODUCTS:-100}"
PGBENCH_SCALE="${BENCH_PGBENCH_SCALE:-10}"
POOL_SIZE="${BENCH_POOL_SIZE:-32}"
PORT="${BENCH_PORT:-18090}"
SEED_PORT="$((PORT + 1))"
FLOOR_JAR="bench/floor/target/portside-floor.jar"
PORTSIDE_JAR="${BENCH_PORTSIDE_JAR:-bootstrap/target/portside.jar}"
JVM_OPTIONS_FILE="${BENCH_JVM_OPTIONS_FILE-bootstrap/portside.jvm-options}"
FLOOR_BASE="http://127.0.0.1:${PORT}"
# seeding talks to Portside (bench/http/common.sh reads BASE)
BASE="http://127.0.0.1:${SEED_PORT}"
RUN_ID="$(date +%s)_$$"
DB="${BENCH_DB:-portside_floorbench_${RUN_ID}}"
PGB_DB="portside_floorbench_${RUN_ID}_pgbench"
JWT_SECRET="portside-http-benchmark-fixed-jwt-secret-0123456789"
ADMIN_USER="bench_admin" ADMIN_EMAIL="bench-admin@portside.bench" ADMIN_PASSWORD="bench-admin-password"
WORK="$(mktemp -d -t portside-floorbench.XXXXXX)"
DATA="$WORK/data"
FLOOR_DATA="$WORK/floor"
RESULTS="$WORK/results.txt"
SERVICE_PID=""
CREATED_DB=""
mkdir -p "$DATA/users" "$DATA/products" "$FLOOR_DATA"
: >"$RESULTS"

# ---------------------------------------------------------------------------------------- tools
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$1 (apt-get install $2)"); }
need wrk wrk
need pgbench postgresql-client
need psql postgresql-client
need createdb postgresql-client
need dropdb postgresql-client
need curl curl
need jq jq
need java openjdk-17-jdk-headless
if ((${#missing[@]})); then
    printf 'missing: %s\n' "${missing[@]}" >&2
    exit 1
fi

source bench/http/common.sh

# ---------------------------------------------------------------------------------------- cleanup
cleanup() {
    stop_service
    if [[ -n "$CREATED_DB" ]]; then
        dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true
    fi
    dropdb --if-exists --force "$PGB_DB" >/dev/null 2>&1 || true
    if [[ -n "${BENCH_KEEP_WORK:-}" ]]; then
        echo "(work directory kept: $WORK)"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# loadavg, proc_cpu_ms, machine_jiffies, busy_percent; api, seed_user, seed_product, seed_through_api;
# pgbench_run

# ---------------------------------------------------------------------------------------- build
if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
    echo "== building $FLOOR_JAR"
    # offline first: the root build has put every artifact the floor needs into ~/.m2
    { ./mvnw -o -q -B -f bench/floor/pom.xml package >"$WORK/build-floor.log" 2>&1 \
        || ./mvnw -q -B -f bench/floor/pom.xml package >>"$WORK/build-floor.log" 2>&1; } \
        || { cat "$WORK/build-floor.log"; exit 1; }
fi
[[ -f "$FLOOR_JAR" ]] || { echo "no $FLOOR_JAR: build it or unset BENCH_SKIP_BUILD" >&2; exit 1; }
if [[ -z "${BENCH_DB:-}" && ! -f "$PORTSIDE_JAR" ]]; then
    [[ -z "${BENCH_SKIP_BUILD:-}" && -z "${BENCH_PORTSIDE_JAR:-}" ]] \
        || { echo "no $PORTSIDE_JAR (it migrates and seeds the database): build it or set BENCH_PORTSIDE_JAR" >&2; exit 1; }
    echo "== building $PORTSIDE_JAR (migrates and seeds the database)"
    ./mvnw -q -B -pl bootstrap -am package -DskipTests >"$WORK/build.log" 2>&1 \
        || { cat "$WORK/build.log"; exit 1; }
fi
for port in "$PORT" "$SEED_PORT"; do
    if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/health"; then
        echo "something already listens on port $port: set BENCH_PORT" >&2
        exit 1
    fi
done

# the options file the README starts the service with, minus its class-data-sharing archive (made for
# Portside's jar only)
JVM_OPTIONS=""
if [[ -n "$JVM_OPTIONS_FILE" ]]; then
    JVM_OPTIONS="$WORK/floor.jvm-options"
    grep -v -E '^[[:space:]]*-XX:SharedArchiveFile=' "$JVM_OPTIONS_FILE" >"$JVM_OPTIONS"
fi

echo "== $(nproc) CPUs, load average $(loadavg); database $DB; ${CONNECTIONS} connections, ${THREADS} threads," \
     "${SECONDS_PER_RUN} s per run after a warm-up of at least ${WARMUP_SECONDS} s (until the JIT settles)"

# pgbench's own select-only database first, so its initialisation does not overlap a measurement
createdb "$PGB_DB"
pgbench -i -q -s "$PGBENCH_SCALE" "$PGB_DB" >"$WORK/pgbench-init.log" 2>&1 \
    || { cat "$WORK/pgbench-init.log"; exit 1; }

# ---------------------------------------------------------------------------------------- processes
# start_jar LABEL JAR PORT [VAR=value...]: starts a jar with the options above, sets SERVICE_PID, STARTUP_MS
# (process start to the first 200 on /health, polled every 10 ms) and STARTUP_CPU_MS (the JVM's CPU time then)
start_jar() {
    local label="$1" jar="$2" port="$3"; shift 3
    local log="$WORK/$label.log" start_ns now_ns
    local -a env=(
        "DATASOURCES_DEFAULT_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}"
        "DATASOURCES_DEFAULT_USERNAME=${PGUSER}"
        "DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=${POOL_SIZE}"
        "MICRONAUT_SERVER_PORT=${port}"
    )
    [[ -n "${PGPASSWORD:-}" ]] && env+=("DATASOURCES_DEFAULT_PASSWORD=${PGPASSWORD}")
    start_ns="$(date +%s%N)"
    # shellcheck disable=SC2086
    env "${env[@]}" "$@" java ${JVM_OPTIONS:+"@$JVM_OPTIONS"} ${JAVA_OPTS_EXTRA:-} -jar "$jar" >"$log" 2>&1 &
    SERVICE_PID=$!
    while :; do
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/health" || true)" == 200 ]]; then
            now_ns="$(date +%s%N)"
            STARTUP_CPU_MS="$(proc_cpu_ms "$SERVICE_PID")"
            break
        fi
        if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
            echo "$label exited during startup:" >&2; tail -50 "$log" >&2; exit 1
        fi
        if (( ($(date +%s%N) - start_ns) / 1000000000 > 120 )); then
            echo "$label: no 200 on /health within 120 s:" >&2; tail -50 "$log" >&2; exit 1
        fi
        sleep 0.01
    done
    STARTUP_MS=$(( (now_ns - start_ns) / 1000000 ))
}

# start_floor LABEL [VAR=value...]: the floor jar, its start time recorded as "startup LABEL ms cpu_ms"
start_floor() {
    local label="$1"; shift
    JAVA_OPTS_EXTRA="${BENCH_JAVA_OPTS:-}" start_jar "floor-$label" "$FLOOR_JAR" "$PORT" "$@"
    echo "startup $label $STARTUP_MS $STARTUP_CPU_MS" >>"$RESULTS"
    echo "-- floor ($label) pid $SERVICE_PID: first 200 on /health after ${STARTUP_MS} ms (JVM CPU ${STARTUP_CPU_MS} ms)," \
         "$(backends) connections open"
}

# connections the floor (or anything else) holds to the benchmark database right now
backends() {
    psql -X -q -At -c "select count(*) from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()" postgres
}

# ---------------------------------------------------------------------------------------- database
if [[ -n "${BENCH_DB:-}" ]]; then
    echo "== using the existing database $DB (BENCH_DB): no migration, no seeding"
    psql -X -q -At -c "select 1 from bench_http.account_ids limit 1" "$DB" >/dev/null 2>&1 \
        || { echo "$DB has no bench_http.account_ids: seed it with this script or bench/http/run.sh (BENCH_KEEP_WORK does not keep the database)" >&2; exit 1; }
else
    echo "== migrating and seeding $DB with Portside ($PORTSIDE_JAR)"
    createdb "$DB"
    CREATED_DB=1
    JAVA_OPTS_EXTRA="" start_jar portside "$PORTSIDE_JAR" "$SEED_PORT" \
        "APP_BOOTSTRAP_ADMIN_USERNAME=${ADMIN_USER}" \
        "APP_BOOTSTRAP_ADMIN_EMAIL=${ADMIN_EMAIL}" \
        "APP_BOOTSTRAP_ADMIN_PASSWORD=${ADMIN_PASSWORD}" \
        "PORTSIDE_SECURITY_JWT_SECRET=${JWT_SECRET}" \
        "PORTSIDE_RATE_LIMIT_ENABLED=false"
    echo "-- Portside pid $SERVICE_PID: first 200 on /health after ${STARTUP_MS} ms (migrations included; not a floor figure)"
    seed_through_api
    stop_service
fi
# what the floor's wrk script picks from: the seeded users (bench_u<i>) and the numbered accounts
psql -X -q -At -v ON_ERROR_STOP=1 -c "select id from users where username like 'bench\_u%' order by id" "$DB" \
    >"$FLOOR_DATA/users.txt"
naccounts="$(psql -X -q -At -v ON_ERROR_STOP=1 -c "select count(*) from bench_http.account_ids" "$DB")"
echo "-- $(wc -l <"$FLOOR_DATA/users.txt") seeded users, $naccounts numbered accounts"
[[ -s "$FLOOR_DATA/users.txt" ]] || { echo "no seeded users (bench_u*) in $DB" >&2; exit 1; }
((naccounts >= 2)) || { echo "fewer than 2 numbered accounts in $DB" >&2; exit 1; }


# measure KEY SCENARIO TITLE: bench/http/run.sh's measure without the allocation counter (the floor has no
# /prometheus): warm-up until the JIT has settled (common.sh), then the measured run; appends "wrk KEY rps p50 p99 requests non2xx
# socket_errors svc_us busy - statuses" to $RESULTS
measure() {
    local key="$1" scenario="$2" title="$3" out="$WORK/wrk-$1.txt"
    warm_up "$key" bench/floor/wrk.lua "$FLOOR_BASE" "$scenario" "$FLOOR_DATA" "$naccounts"
    echo "-- $title: ${SECONDS_PER_RUN} s after ${WARMED} s of warm-up ($JIT_LAST_STEP JIT compilations in its last step), load average $(loadavg)"
    local cpu0 cpu1 m0 m1 tx0 tx1 pg0 pg1
    [[ "$key" == transfers ]] && { sleep 11; read -r -a tx0 <<<"$(db_transactions)"; }
    cpu0="$(proc_cpu_ms "$SERVICE_PID")"; read -r -a m0 <<<"$(machine_jiffies)"; pg0="$(pg_cpu_ms)"
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${SECONDS_PER_RUN}s" --timeout 10s -s bench/floor/wrk.lua "$FLOOR_BASE" \
        -- "$scenario" "$FLOOR_DATA" "$naccounts" >"$out" 2>&1 || { cat "$out"; exit 1; }
    cpu1="$(proc_cpu_ms "$SERVICE_PID")"; read -r -a m1 <<<"$(machine_jiffies)"; pg1="$(pg_cpu_ms)"
    local line busy svc_us
    line="$(grep '^RESULT ' "$out" || true)"
    [[ -n "$line" ]] || { cat "$out"; exit 1; }
    read -r _ _ rps p50 p99 requests non2xx sockerr statuses <<<"$line"
    busy="$(busy_percent "${m0[0]}" "${m0[1]}" "${m1[0]}" "${m1[1]}")"
    svc_us="$(awk -v c=$((cpu1 - cpu0)) -v r="$requests" 'BEGIN { printf "%.0f", (r > 0) ? 1000 * c / r : 0 }')"
    echo "   $rps req/s, p50 $p50 ms, p99 $p99 ms, $requests requests, non-2xx $non2xx, socket errors $sockerr, statuses $statuses"
    local pg_per_req; pg_per_req="$(per_request "$pg0" "$pg1" "$requests")"
    echo "   service CPU $((cpu1 - cpu0)) ms = $svc_us us per request; PostgreSQL CPU $pg_per_req us per request; machine CPU busy $busy %"
    echo "pgcpu $key $pg_per_req" >>"$RESULTS"
    if [[ "$key" == transfers ]]; then
        sleep 11; read -r -a tx1 <<<"$(db_transactions)"
        local commits rollbacks
        commits="$(awk -v d=$((tx1[0] - tx0[0])) -v r="$requests" 'BEGIN { printf "%.2f", (r > 0) ? d / r : 0 }')"
        rollbacks="$(awk -v d=$((tx1[1] - tx0[1])) -v r="$requests" 'BEGIN { printf "%.3f", (r > 0) ? d / r : 0 }')"
        echo "   database: $((tx1[0] - tx0[0])) commits = $commits per transfer, $rollbacks rollbacks per transfer"
        echo "commits transfers $commits $rollbacks" >>"$RESULTS"
    fi
    grep '^FIRST_NON_2XX ' "$out" | sed 's/^/   /' || true
    echo "wrk $key $rps $p50 $p99 $requests $non2xx $sockerr $svc_us $busy - $statuses" >>"$RESULTS"
}

# ======================================================================================== floor
echo "== floor: start to first 200 on /health (Hikari connecting at start, then not, then again)"
start_floor connect
stop_service
start_floor lazy DATASOURCES_DEFAULT_INITIALIZATION_FAIL_TIMEOUT=-1 DATASOURCES_DEFAULT_MINIMUM_IDLE=0
stop_service
start_floor connect2
echo "-- the JVM with Hikari connecting at start takes the load"

measure transfers transfers "POST /transfers (floor)"
pgbench_run transfer "pgbench bench/http/transfer.sql over the $naccounts seeded accounts" \
    -D naccounts="$naccounts" -f bench/http/transfer.sql "$DB"
measure user user "GET /users/{id} (floor)"
pgbench_run select "pgbench -S (select-only, scale $PGBENCH_SCALE)" -S "$PGB_DB"

rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVICE_PID/status")"
echo "-- floor RSS after the load: $((rss_kb / 1024)) MB"
stop_service

# ======================================================================================== report

echo
echo "== results (floor): ${CONNECTIONS} connections, ${THREADS} threads, ${SECONDS_PER_RUN} s per run after a warm-up of at least ${WARMUP_SECONDS} s;" \
     "$(nproc) CPUs shared by the floor service, PostgreSQL and load generator; load average now $(loadavg)"
printf "$FMT" "scenario" "req/s" "p50 ms" "p99 ms" "requests" "non-2xx" "svc CPU/req" "PG CPU/req" "alloc/req" "busy"
row() {
    local key="$1" title="$2"
    [[ -n "$(field wrk "$key" 3)" ]] || return 0
    printf "$FMT" "$title" "$(field wrk "$key" 3)" "$(field wrk "$key" 4)" "$(field wrk "$key" 5)" \
        "$(field wrk "$key" 6)" "$(( $(field wrk "$key" 7) + $(field wrk "$key" 8) ))" \
        "$(field wrk "$key" 9) us" "$(pg_us "$key")" "-" "$(field wrk "$key" 10)%"
}
row transfers "floor POST /transfers"
row user "floor GET /users/{id}"
pgrow transfer "pgbench transfer.sql (tps)"
pgrow select "pgbench -S scale $PGBENCH_SCALE (tps)"
echo "(pgbench rows: tps and average latency; non-2xx counts non-2xx replies plus socket errors, for pgbench"
echo " failed transactions; svc CPU/req: floor process CPU time per request; PG CPU/req: PostgreSQL's processes'"
echo " CPU time per request or transaction; alloc/req: not measured (no /prometheus in the floor); busy: whole-machine CPU)"
[[ -n "$(field commits transfers 3)" ]] && echo "commits per transfer: $(field commits transfers 3)" \
    "(rollbacks $(field commits transfers 4)); pgbench's transfer script: 1"

r_transfer="$(ratio "$(field wrk transfers 3)" "$(field pgbench transfer 3)")"
r_user="$(ratio "$(field wrk user 3)" "$(field pgbench select 3)")"
echo
echo "(jar $FLOOR_JAR, JVM options ${JVM_OPTIONS_FILE:+@$JVM_OPTIONS_FILE minus SharedArchiveFile }${BENCH_JAVA_OPTS:-}; database $DB)"
printf '%-46s %10s %10s %8s\n' "target (the service's; here the floor's value)" "value" "target" "verdict"
printf '%-46s %10s %10s %8s\n' "floor transfers / pgbench transfer" "$r_transfer" ">= 0.5" "$(verdict "$r_transfer" 0.5 '>=')"
printf '%-46s %10s %10s %8s\n' "floor GET user / pgbench select-only" "$r_user" ">= 0.3" "$(verdict "$r_user" 0.3 '>=')"
for label in connect connect2 lazy; do
    case "$label" in
        connect) title="start, Hikari connecting at start (ms)" ;;
        connect2) title="start, Hikari connecting, again (ms)" ;;
        lazy) title="start, no connection at start (ms)" ;;
    esac
    value="$(field startup "$label" 3)"
    printf '%-46s %10s %10s %8s\n' "$title" "$value" "<= 1000" "$(verdict "$value" 1000 '<=')"
done
echo "(start: process start to the first 200 on /health of the floor on the migrated, seeded database; JVM CPU"
echo " to that point: connect $(field startup connect 4) ms, again $(field startup connect2 4) ms, no connection $(field startup lazy 4) ms)"
