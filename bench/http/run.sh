#!/usr/bin/env bash
# HTTP benchmark of the packaged service (issue 4 "Benchmark", issue 6 "Benchmark"):
#
#   1. builds bootstrap/target/portside.jar (skip with BENCH_SKIP_BUILD=1), creates a fresh database,
#      starts the jar against it the way the README does (java @bootstrap/portside.jvm-options -jar ...)
#      and times process start -> first 200 on /health;
#   2. seeds through the HTTP API: users (register + login), accounts with a large deposit, published
#      posts, products (as the bootstrap admin);
#   3. wrk at 32 connections / 2 threads: POST /api/transfers (fresh Idempotency-Key per request),
#      GET /api/users/{id}, GET /api/posts?page=0&size=20, GET /api/products/{id}, GET /api/posts/{id};
#   4. pgbench at the same concurrency: bench/http/transfer.sql (bench/transfer.sql over the seeded
#      accounts) and the built-in select-only script on a separate pgbench -i database;
#   per wrk run: service CPU per request (/proc/PID/stat), bytes allocated per request (the JVM's
#   jvm_gc_memory_allocated_bytes counter from /prometheus); for the transfers run also commits and
#   rollbacks per transfer (pg_stat_database of the service's database);
#   5. reads the service's RSS after the load, then starts it once more on the now migrated database
#      (the issue's start row);
#   6. restarts the service with MICRONAUT_ENVIRONMENTS=redis on the now migrated database (the second
#      startup figure) and measures GET /api/users/{id}, GET /api/products/{id} and GET /api/posts/{id}
#      again (cached against the uncached figures of step 3);
#   7. prints the table and the target ratios; stops the service, drops its databases and deletes its
#      Redis keys (by prefix: never FLUSHALL).
#
# Knobs (environment): BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (15, the least), BENCH_WARMUP_MAX_SECONDS (300),
# BENCH_JIT_SETTLED (25), BENCH_CONNECTIONS (32),
# BENCH_THREADS (2), BENCH_USERS (32), BENCH_ACCOUNTS_PER_USER (16), BENCH_POSTS (60),
# BENCH_PRODUCTS (100), BENCH_PGBENCH_SCALE (10), BENCH_POOL_SIZE (32), BENCH_PORT (18089),
# BENCH_JAVA_OPTS (none, added after the options file), BENCH_JVM_OPTIONS_FILE (bootstrap/portside.jvm-options;
# empty: none), BENCH_JAR (bootstrap/target/portside.jar; another jar, e.g. an older build, for a "before"
# run), BENCH_SKIP_BUILD, BENCH_SKIP_REDIS, BENCH_RATIOS_ONLY (only the two
# scenarios of the target ratios and their pgbench runs: for interleaved before/after series), BENCH_KEEP_WORK (keep logs and seed files),
# PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1/5432/postgres), REDIS_URI (redis://127.0.0.1:6379),
# JAVA_HOME (the JDK that builds and runs the jar, as ./mvnw does; else java on the PATH): the class-data
# archive belongs to the JDK that built it, so JAVA_HOME=<a JDK 25> measures the start with its AOT cache.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT="$PWD"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SECONDS_PER_RUN="${BENCH_SECONDS:-20}"
# the least warm-up; it goes on until the JIT has settled (common.sh)
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-15}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
USERS="${BENCH_USERS:-32}"
ACCOUNTS_PER_USER="${BENCH_ACCOUNTS_PER_USER:-16}"
POSTS="${BENCH_POSTS:-60}"
PRODUCTS="${BENCH_PRODUCTS:-100}"
PGBENCH_SCALE="${BENCH_PGBENCH_SCALE:-10}"
POOL_SIZE="${BENCH_POOL_SIZE:-32}"
PORT="${BENCH_PORT:-18089}"
REDIS_URI="${REDIS_URI:-redis://127.0.0.1:6379}"
JAR="${BENCH_JAR:-bootstrap/target/portside.jar}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JVM_OPTIONS_FILE="${BENCH_JVM_OPTIONS_FILE-bootstrap/portside.jvm-options}"
BASE="http://127.0.0.1:${PORT}"
RUN_ID="$(date +%s)_$$"
DB="portside_httpbench_${RUN_ID}"
PGB_DB="${DB}_pgbench"
CACHE_PREFIX="portside-httpbench-${RUN_ID}"
JWT_SECRET="portside-http-benchmark-fixed-jwt-secret-0123456789"
ADMIN_USER="bench_admin" ADMIN_EMAIL="bench-admin@portside.bench" ADMIN_PASSWORD="bench-admin-password"
WORK="$(mktemp -d -t portside-httpbench.XXXXXX)"
DATA="$WORK/data"
RESULTS="$WORK/results.txt"
SERVICE_PID=""
mkdir -p "$DATA/users" "$DATA/products"
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
need redis-cli redis-tools
need "$JAVA" openjdk-17-jdk-headless
if ((${#missing[@]})); then
    printf 'missing: %s\n' "${missing[@]}" >&2
    exit 1
fi

source bench/http/common.sh

# ---------------------------------------------------------------------------------------- cleanup
cleanup() {
    stop_service
    dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true
    dropdb --if-exists --force "$PGB_DB" >/dev/null 2>&1 || true
    if redis-cli -u "$REDIS_URI" ping >/dev/null 2>&1; then
        redis-cli -u "$REDIS_URI" --scan --pattern "${CACHE_PREFIX}:*" \
            | xargs -r -n 500 redis-cli -u "$REDIS_URI" del >/dev/null 2>&1 || true
    fi
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
if [[ -z "${BENCH_SKIP_BUILD:-}" && -z "${BENCH_JAR:-}" ]]; then
    echo "== building $JAR"
    ./mvnw -q -B -pl bootstrap -am package -DskipTests >"$WORK/build.log" 2>&1 \
        || { cat "$WORK/build.log"; exit 1; }
fi
[[ -f "$JAR" ]] || { echo "no $JAR: build it or unset BENCH_SKIP_BUILD" >&2; exit 1; }
if curl -s -o /dev/null --max-time 1 "$BASE/health"; then
    echo "something already listens on port $PORT: set BENCH_PORT" >&2
    exit 1
fi

echo "== $("$JAVA" -version 2>&1 | head -1); $(nproc) CPUs, load average $(loadavg); database $DB; ${CONNECTIONS} connections, ${THREADS} threads," \
     "${SECONDS_PER_RUN} s per run after a warm-up of at least ${WARMUP_SECONDS} s (until the JIT settles, at most ${WARMUP_MAX_SECONDS} s)"

# pgbench's own select-only database first, so its initialisation does not overlap a measurement
createdb "$PGB_DB"
pgbench -i -q -s "$PGBENCH_SCALE" "$PGB_DB" >"$WORK/pgbench-init.log" 2>&1 \
    || { cat "$WORK/pgbench-init.log"; exit 1; }
createdb "$DB"

# ---------------------------------------------------------------------------------------- service
# start_service LABEL [VAR=value...]: starts the jar, sets SERVICE_PID and STARTUP_MS (process start to
# the first 200 on /health, polled every 10 ms)
start_service() {
    local label="$1"; shift
    local log="$WORK/service-$label.log"
    local -a env=(
        "DATASOURCES_DEFAULT_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}"
        "DATASOURCES_DEFAULT_USERNAME=${PGUSER}"
        "DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE=${POOL_SIZE}"
        "APP_BOOTSTRAP_ADMIN_USERNAME=${ADMIN_USER}"
        "APP_BOOTSTRAP_ADMIN_EMAIL=${ADMIN_EMAIL}"
        "APP_BOOTSTRAP_ADMIN_PASSWORD=${ADMIN_PASSWORD}"
        "PORTSIDE_SECURITY_JWT_SECRET=${JWT_SECRET}"
        "MICRONAUT_SERVER_PORT=${PORT}"
        # /prometheus for the allocation counter
        "PORTSIDE_MANAGEMENT_ALLOWED_ADDRESSES=127.0.0.1"
        # one caller sends thousands of requests a second here: the per-caller limits (ADR 9) would
        # answer 429 to the seeding and to wrk
        "PORTSIDE_RATE_LIMIT_ENABLED=false"
    )
    [[ -n "${PGPASSWORD:-}" ]] && env+=("DATASOURCES_DEFAULT_PASSWORD=${PGPASSWORD}")
    local start_ns now_ns
    start_ns="$(date +%s%N)"
    # shellcheck disable=SC2086
    env "${env[@]}" "$@" "$JAVA" ${JVM_OPTIONS_FILE:+"@$JVM_OPTIONS_FILE"} ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$log" 2>&1 &
    SERVICE_PID=$!
    while :; do
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/health" || true)" == 200 ]]; then
            now_ns="$(date +%s%N)"
            break
        fi
        if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
            echo "the service exited during startup:" >&2; tail -50 "$log" >&2; exit 1
        fi
        if (( ($(date +%s%N) - start_ns) / 1000000000 > 120 )); then
            echo "no 200 on /health within 120 s:" >&2; tail -50 "$log" >&2; exit 1
        fi
        sleep 0.01
    done
    STARTUP_MS=$(( (now_ns - start_ns) / 1000000 ))
    echo "startup $label $STARTUP_MS" >>"$RESULTS"
    echo "-- service ($label) pid $SERVICE_PID: first 200 on /health after ${STARTUP_MS} ms"
}

# ---------------------------------------------------------------------------------------- measuring
# bytes the JVM allocated so far (Micrometer's jvm.gc.memory.allocated: young-generation growth,
# counted at each collection). A collection is forced first (outside the measured window), so the
# counter includes everything allocated up to now even when the load caused no collection itself.
allocated_bytes() {
    jcmd "$SERVICE_PID" GC.run >/dev/null 2>&1 || true
    sleep 0.5
    { curl -s --max-time 5 "$BASE/prometheus" || true; } \
        | awk '/^jvm_gc_memory_allocated_bytes_total/ { printf "%.0f", $2; found = 1 } END { if (!found) print 0 }'
}

# "young collections, GC seconds" of the service so far (jstat, from the JDK): the collector's share of
# the CPU per request, which the heap's bounds in the options file trade against RSS
gc_so_far() { jstat -gc "$SERVICE_PID" | awk 'NR == 2 { print $(NF - 6), $NF }'; }

# measure KEY SCENARIO TITLE: warm-up run, then the measured wrk run; appends "wrk KEY rps p50 p99
# requests non2xx socket_errors svc_us busy alloc_per_request statuses" to $RESULTS
measure() {
    local key="$1" scenario="$2" title="$3" out="$WORK/wrk-$1.txt"
    warm_up "$key" bench/http/wrk.lua "$BASE" "$scenario" "$DATA"
    echo "-- $title: ${SECONDS_PER_RUN} s after ${WARMED} s of warm-up ($JIT_LAST_STEP JIT compilations in its last step), load average $(loadavg)"
    local cpu0 cpu1 m0 m1 alloc0 alloc1 tx0 tx1 pg0 pg1 gc0 gc1
    [[ "$key" == transfers ]] && { sleep 11; read -r -a tx0 <<<"$(db_transactions)"; }
    alloc0="$(allocated_bytes)"
    read -r -a gc0 <<<"$(gc_so_far)"
    cpu0="$(proc_cpu_ms "$SERVICE_PID")"; read -r -a m0 <<<"$(machine_jiffies)"; pg0="$(pg_cpu_ms)"
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${SECONDS_PER_RUN}s" --timeout 10s -s bench/http/wrk.lua "$BASE" \
        -- "$scenario" "$DATA" "$key-run" >"$out" 2>&1 || { cat "$out"; exit 1; }
    cpu1="$(proc_cpu_ms "$SERVICE_PID")"; read -r -a m1 <<<"$(machine_jiffies)"; pg1="$(pg_cpu_ms)"
    read -r -a gc1 <<<"$(gc_so_far)"
    alloc1="$(allocated_bytes)"
    local jit_during=$(($(jit_compilations) - JIT_AFTER))
    local line busy svc_us alloc_kb
    line="$(grep '^RESULT ' "$out" || true)"
    [[ -n "$line" ]] || { cat "$out"; exit 1; }
    read -r _ _ rps p50 p99 requests non2xx sockerr statuses <<<"$line"
    busy="$(busy_percent "${m0[0]}" "${m0[1]}" "${m1[0]}" "${m1[1]}")"
    svc_us="$(awk -v c=$((cpu1 - cpu0)) -v r="$requests" 'BEGIN { printf "%.0f", (r > 0) ? 1000 * c / r : 0 }')"
    alloc_kb="$(awk -v a="$alloc0" -v b="$alloc1" -v r="$requests" 'BEGIN { printf "%.1f", (r > 0 && b > a) ? (b - a) / 1024 / r : 0 }')"
    echo "   $rps req/s, p50 $p50 ms, p99 $p99 ms, $requests requests, non-2xx $non2xx, socket errors $sockerr, statuses $statuses"
    local pg_per_req; pg_per_req="$(per_request "$pg0" "$pg1" "$requests")"
    echo "   service CPU $((cpu1 - cpu0)) ms = $svc_us us per request; PostgreSQL CPU $pg_per_req us per request;" \
         "allocated $alloc_kb KB per request; machine CPU busy $busy %; $jit_during JIT compilations during the run"
    awk -v y=$((gc1[0] - gc0[0])) -v a="${gc0[1]}" -v b="${gc1[1]}" -v r="$requests" \
        'BEGIN { printf "   GC: %d young collections, %.3f s = %.2f us per request\n", y, b - a, (r > 0) ? 1e6 * (b - a) / r : 0 }'
    echo "pgcpu $key $pg_per_req" >>"$RESULTS"
    if [[ "$key" == transfers ]]; then
        sleep 11; read -r -a tx1 <<<"$(db_transactions)"
        local commits rollbacks
        commits="$(awk -v d=$((tx1[0] - tx0[0])) -v r="$requests" 'BEGIN { printf "%.2f", (r > 0) ? d / r : 0 }')"
        rollbacks="$(awk -v d=$((tx1[1] - tx0[1])) -v r="$requests" 'BEGIN { printf "%.3f", (r > 0) ? d / r : 0 }')"
        echo "   database: $((tx1[0] - tx0[0])) commits = $commits per transfer, $rollbacks rollbacks per transfer" \
             "(includes the readiness probe: one per second)"
        echo "commits transfers $commits $rollbacks" >>"$RESULTS"
    fi
    grep '^FIRST_NON_2XX ' "$out" | sed 's/^/   /' || true
    echo "wrk $key $rps $p50 $p99 $requests $non2xx $sockerr $svc_us $busy $alloc_kb $statuses" >>"$RESULTS"
}

prometheus_cache_lines() {
    curl -s "$BASE/prometheus" | grep -E '^portside_cache_(gets|errors)' | grep -v '^#' || true
}

# ======================================================================================== phase 1
echo "== phase 1: no cache"
start_service plain

seed_through_api

measure transfers transfers "POST /api/transfers (fresh Idempotency-Key each)"
pgbench_run transfer "pgbench bench/http/transfer.sql over the $naccounts seeded accounts" \
    -D naccounts="$naccounts" -f bench/http/transfer.sql "$DB"
measure user user "GET /api/users/{id} (self)"
pgbench_run select "pgbench -S (select-only, scale $PGBENCH_SCALE)" -S "$PGB_DB"
if [[ -z "${BENCH_RATIOS_ONLY:-}" ]]; then
    measure posts posts "GET /api/posts?page=0&size=20"
    measure product product "GET /api/products/{id}"
    measure post post "GET /api/posts/{id}"
fi

rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVICE_PID/status")"
hwm_kb="$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVICE_PID/status")"
echo "rss $rss_kb $hwm_kb" >>"$RESULTS"
echo "-- service RSS after the load: $((rss_kb / 1024)) MB (peak $((hwm_kb / 1024)) MB); of it, in MB:"
# anonymous memory (heap, metaspace, code, malloc) against pages mapped from files (the class-data
# archive, the JDK's modules and libraries): the two shrink by different means
awk '/^Rss(Anon|File|Shmem):/ { printf "   %s %d", $1, $2 / 1024 } END { print "" }' "/proc/$SERVICE_PID/status"
echo "   JVM heap:"
jcmd "$SERVICE_PID" GC.heap_info 2>/dev/null | grep -E 'total|region size|Metaspace' | sed 's/^ */   /' || true
jcmd "$SERVICE_PID" VM.flags 2>/dev/null | tr ' ' '\n' | grep -E 'MaxHeapSize|InitialHeapSize|Use.*GC' | sed 's/^/   /' || true
if [[ "${BENCH_JAVA_OPTS:-}" == *NativeMemoryTracking* ]]; then
    # where the resident memory goes (heap, metaspace, code, threads, GC, Netty's direct buffers in "Other")
    echo "   native memory (committed), from -XX:NativeMemoryTracking:"
    jcmd "$SERVICE_PID" VM.native_memory summary 2>/dev/null | grep -E '^-? *(Total|[A-Z][A-Za-z ]+) \(reserved' \
        | sed -E 's/^-? *//; s/\(reserved=[0-9]+KB, committed=([0-9]+)KB\)/\1 KB/' | sed 's/^/     /' || true
fi
stop_service

# the issue's start row: the same service again, now on a migrated database (the first start above
# also ran the migrations and created the admin); without BENCH_JAVA_OPTS, so that a flight recording
# of the load above is not overwritten by this JVM's
BENCH_JAVA_OPTS= start_service migrated
stop_service

# ======================================================================================== phase 2
if [[ -n "${BENCH_SKIP_REDIS:-}" ]]; then
    echo "== phase 2 (redis) skipped: BENCH_SKIP_REDIS is set"
elif ! redis-cli -u "$REDIS_URI" ping >/dev/null 2>&1; then
    echo "== phase 2 (redis) skipped: no Redis answers at $REDIS_URI"
else
    echo "== phase 2: MICRONAUT_ENVIRONMENTS=redis ($REDIS_URI, key prefix $CACHE_PREFIX), same database"
    start_service redis MICRONAUT_ENVIRONMENTS=redis REDIS_URI="$REDIS_URI" PORTSIDE_CACHE_KEY_PREFIX="$CACHE_PREFIX"
    # a fresh JVM: give it the history the phase-1 JVM had before its GET measurements (every
    # scenario's warm-up), so cached and uncached figures compare equally warm code
    echo "-- JVM warm-up: every scenario for ${WARMUP_SECONDS} s"
    for scenario in transfers user posts product post; do
        wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP_SECONDS}s" --timeout 10s -s bench/http/wrk.lua "$BASE" \
            -- "$scenario" "$DATA" "redis-jvm-warmup" >"$WORK/wrk-redis-jvm-warmup-$scenario.txt" 2>&1 \
            || { cat "$WORK/wrk-redis-jvm-warmup-$scenario.txt"; exit 1; }
    done
    measure redis-user user "redis: GET /api/users/{id} (self)"
    measure redis-product product "redis: GET /api/products/{id}"
    measure redis-post post "redis: GET /api/posts/{id}"
    echo "-- cache counters after phase 2:"
    prometheus_cache_lines | sed 's/^/   /'
    stop_service
fi

# ======================================================================================== report

echo
echo "== results: ${CONNECTIONS} connections, ${THREADS} threads, ${SECONDS_PER_RUN} s per run after a warm-up of at least ${WARMUP_SECONDS} s;" \
     "$(nproc) CPUs shared by service, PostgreSQL, Redis and load generator; load average now $(loadavg)"
printf "$FMT" "scenario" "req/s" "p50 ms" "p99 ms" "requests" "non-2xx" "svc CPU/req" "PG CPU/req" "alloc/req" "busy"
row() {
    local key="$1" title="$2"
    [[ -n "$(field wrk "$key" 3)" ]] || return 0
    printf "$FMT" "$title" "$(field wrk "$key" 3)" "$(field wrk "$key" 4)" "$(field wrk "$key" 5)" \
        "$(field wrk "$key" 6)" "$(( $(field wrk "$key" 7) + $(field wrk "$key" 8) ))" \
        "$(field wrk "$key" 9) us" "$(pg_us "$key")" "$(field wrk "$key" 11) KB" "$(field wrk "$key" 10)%"
}
row transfers "POST /api/transfers"
row user "GET /api/users/{id}"
row posts "GET /api/posts?page=0&size=20"
row product "GET /api/products/{id}"
row post "GET /api/posts/{id}"
row redis-user "redis: GET /api/users/{id}"
row redis-product "redis: GET /api/products/{id}"
row redis-post "redis: GET /api/posts/{id}"
pgrow transfer "pgbench transfer.sql (tps)"
pgrow select "pgbench -S scale $PGBENCH_SCALE (tps)"
echo "(pgbench rows: tps and average latency; non-2xx counts non-2xx replies plus socket errors, for pgbench"
echo " failed transactions; svc CPU/req: service process CPU time per request; PG CPU/req: PostgreSQL's"
echo " processes' CPU time per request or transaction; alloc/req: heap allocated per request; busy: whole-machine CPU)"
[[ -n "$(field commits transfers 3)" ]] && echo "commits per transfer: $(field commits transfers 3)" \
    "(rollbacks $(field commits transfers 4)); pgbench's transfer script: 1"

r_transfer="$(ratio "$(field wrk transfers 3)" "$(field pgbench transfer 3)")"
r_user="$(ratio "$(field wrk user 3)" "$(field pgbench select 3)")"
r_cached_user="$(ratio "$(field wrk redis-user 3)" "$(field wrk user 3)")"
r_cached_product="$(ratio "$(field wrk redis-product 3)" "$(field wrk product 3)")"
r_cached_post="$(ratio "$(field wrk redis-post 3)" "$(field wrk post 3)")"
startup_plain="$(field startup plain 3)"
startup_migrated="$(field startup migrated 3)"
startup_redis="$(field startup redis 3)"
rss_mb="$((rss_kb / 1024))"
echo
echo "(jar $JAR, JVM options ${JVM_OPTIONS_FILE:+@$JVM_OPTIONS_FILE }${BENCH_JAVA_OPTS:-})"
printf '%-46s %10s %10s %8s\n' "target" "value" "target" "verdict"
printf '%-46s %10s %10s %8s\n' "transfers / pgbench transfer" "$r_transfer" ">= 0.5" "$(verdict "$r_transfer" 0.5 '>=')"
printf '%-46s %10s %10s %8s\n' "GET user / pgbench select-only" "$r_user" ">= 0.3" "$(verdict "$r_user" 0.3 '>=')"
printf '%-46s %10s %10s %8s\n' "start to first 200 on /health, empty db (ms)" "$startup_plain" "<= 1000" "$(verdict "$startup_plain" 1000 '<=')"
printf '%-46s %10s %10s %8s\n' "start to first 200, migrated db (ms)" "$startup_migrated" "<= 1000" "$(verdict "$startup_migrated" 1000 '<=')"
[[ -n "$startup_redis" ]] && printf '%-46s %10s %10s %8s\n' "start to first 200, migrated db, redis (ms)" "$startup_redis" "<= 1000" "$(verdict "$startup_redis" 1000 '<=')"
printf '%-46s %10s %10s %8s\n' "RSS after load (MB)" "$rss_mb" "<= 250" "$(verdict "$rss_mb" 250 '<=')"
printf '%-46s %10s %10s %8s\n' "cached / uncached GET /api/users/{id}" "$r_cached_user" ">= 1.5" "$(verdict "$r_cached_user" 1.5 '>=')"
printf '%-46s %10s %10s %8s\n' "cached / uncached GET /api/products/{id}" "$r_cached_product" ">= 1.5" "$(verdict "$r_cached_product" 1.5 '>=')"
printf '%-46s %10s %10s %8s\n' "cached / uncached GET /api/posts/{id}" "$r_cached_post" ">= 1.5" "$(verdict "$r_cached_post" 1.5 '>=')"
