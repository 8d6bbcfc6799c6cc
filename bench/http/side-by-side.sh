#!/usr/bin/env bash
# Two builds of the service measured side by side on one scenario: both jars run at once against one
# fresh database, each the way its checkout's README starts it (java @bootstrap/portside.jvm-options -jar
# bootstrap/target/portside.jar, from that checkout, so each reads its own class-data archive), and wrk
# measures them in alternating runs, A B B A A B ..., so that a machine that speeds up or slows down
# during the series weighs on both alike. For each run: requests per second, the service's CPU per
# request (/proc/PID/stat) and heap allocated per request (/prometheus); then the mean of each side and
# B's ratio to A. Against run.sh's separate runs, whose CPU per request moved by a quarter between two
# runs of one jar on these machines, this resolves differences of a few per cent.
#
#   bench/http/side-by-side.sh CHECKOUT_A CHECKOUT_B          # e.g. a worktree of main, then this tree
#
# Each CHECKOUT must hold a built jar and its archive (./mvnw -pl bootstrap -am package -DskipTests).
# Knobs: BENCH_SCENARIO (user: GET /api/users/{id}; or transfers), BENCH_ROUNDS (4: 2 runs each),
# BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (per side, twice, alternating: 30; 60 for transfers), BENCH_USERS (32),
# BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_POOL_SIZE (32), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres),
# BENCH_ENV_A / BENCH_ENV_B (more environment for one side, "NAME=value NAME=value": the same checkout twice
# with a feature switched off on one side measures what the feature costs; given after the script's own
# settings, so it can also change those, e.g. DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE).
# Needs what run.sh needs, but not Redis or pgbench; seeds with run.sh's seed_user (common.sh).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT="$PWD"
A="$(cd "${1:?checkout A}" && pwd)"
B="$(cd "${2:?checkout B}" && pwd)"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
SCENARIO="${BENCH_SCENARIO:-user}"
ROUNDS="${BENCH_ROUNDS:-4}"
SECONDS_PER_RUN="${BENCH_SECONDS:-20}"
# transfers need longer before C2 has compiled their paths (README: "What it does")
if [[ "$SCENARIO" == transfers ]]; then WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-60}"; else WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-30}"; fi
USERS="${BENCH_USERS:-32}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
THREADS="${BENCH_THREADS:-2}"
POOL_SIZE="${BENCH_POOL_SIZE:-32}"
PORT_A=18091 PORT_B=18092
DB="portside_sidebyside_$(date +%s)_$$"
SECRET="side-by-side-benchmark-secret-at-least-32-bytes"
DATA="$(mktemp -d /tmp/portside-sidebyside.XXXXXX)"
PIDS=()

case "$SCENARIO" in user | transfers) ;; *) echo "BENCH_SCENARIO is user or transfers" >&2; exit 2 ;; esac
for checkout in "$A" "$B"; do
    [[ -f "$checkout/bootstrap/target/portside.jar" ]] || { echo "no jar in $checkout: build it first" >&2; exit 2; }
done

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
    dropdb --if-exists "$DB" 2>/dev/null || true
    rm -rf "$DATA"
}
trap cleanup EXIT

allocated() { curl -s "http://127.0.0.1:$1/prometheus" | awk '/^jvm_gc_memory_allocated_bytes_total/ { printf "%.0f", $2 }'; }

# start CHECKOUT PORT EXTRA_ENV: the checkout's jar as its README starts it; the pid in STARTED
start() {
    (
        cd "$1"
        # the side's own environment last, so that it can also override the pool size
        # shellcheck disable=SC2086
        env DATASOURCES_DEFAULT_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}" DATASOURCES_DEFAULT_USERNAME="$PGUSER" \
            DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE="$POOL_SIZE" PORTSIDE_SECURITY_JWT_SECRET="$SECRET" \
            MICRONAUT_SERVER_PORT="$2" PORTSIDE_MANAGEMENT_ALLOWED_ADDRESSES=127.0.0.1 PORTSIDE_RATE_LIMIT_ENABLED=false \
            ${3:-} java @bootstrap/portside.jvm-options -jar bootstrap/target/portside.jar >"$DATA/service-$2.log" 2>&1 </dev/null &
        echo $! >"$DATA/pid-$2"
    )
    STARTED="$(cat "$DATA/pid-$2")"
    PIDS+=("$STARTED")
    local waited=0
    until curl -sf -o /dev/null "http://127.0.0.1:$2/health"; do
        kill -0 "$STARTED" 2>/dev/null || { echo "the service in $1 exited:" >&2; tail -30 "$DATA/service-$2.log" >&2; exit 1; }
        ((waited++ < 1200)) || { echo "no 200 on /health from $1 within 120 s" >&2; exit 1; }
        sleep 0.1
    done
}

# seeding through A's API with run.sh's seed_user (both sides share the database and the signing
# secret): users.txt as wrk.lua reads it, each user with ACCOUNTS_PER_USER funded EUR accounts, no posts
BASE="http://127.0.0.1:$PORT_A" ACCOUNTS_PER_USER=2 POSTS=0
# shellcheck source=bench/http/common.sh
source bench/http/common.sh
seed() {
    mkdir -p "$DATA/users"
    seq 0 $((USERS - 1)) | xargs -P 8 -I{} bash -c 'seed_user {}'
    cat "$DATA"/users/* >"$DATA/users.txt"
    [[ "$(wc -l <"$DATA/users.txt")" -eq "$USERS" ]] || { echo "seeding users failed" >&2; exit 1; }
    cut -d' ' -f3 "$DATA/users.txt" | tr ',' '\n' >"$DATA/accounts.txt"
    : >"$DATA/products.txt"; : >"$DATA/posts.txt"
}

# measure PORT PID SECONDS: one wrk run; prints "req/s us-per-request KB-per-request non-2xx"
measure() {
    local port="$1" pid="$2" cpu0 cpu1 alloc0 alloc1 result
    alloc0="$(allocated "$port")"; cpu0="$(proc_cpu_ms "$pid")"
    result="$(wrk -t "$THREADS" -c "$CONNECTIONS" -d "${3}s" --timeout 10s -s bench/http/wrk.lua "http://127.0.0.1:$port" \
        -- "$SCENARIO" "$DATA" "r$port-$RANDOM$RANDOM" | awk '/^RESULT/ { print $3, $6, $7 + $8 }')"
    cpu1="$(proc_cpu_ms "$pid")"; alloc1="$(allocated "$port")"
    # shellcheck disable=SC2086
    set -- $result
    # with metrics switched off there is no allocation counter: "-"
    awk -v rps="$1" -v n="$2" -v bad="$3" -v cpu="$((cpu1 - cpu0))" -v a0="$alloc0" -v a1="$alloc1" \
        'BEGIN { kb = (a0 == "" || a1 == "") ? "-" : sprintf("%.1f", (a1 - a0) / n / 1024)
                 printf "%.1f %.0f %s %d\n", rps, cpu * 1000 / n, kb, bad }'
}

createdb "$DB"
echo "== $(java -version 2>&1 | head -1); $(nproc) CPUs; scenario $SCENARIO, $CONNECTIONS connections, $SECONDS_PER_RUN s per run"
echo "== A: $A ($(git -C "$A" log -1 --format=%h 2>/dev/null || echo '?'))${BENCH_ENV_A:+ with $BENCH_ENV_A}"
echo "== B: $B ($(git -C "$B" log -1 --format=%h 2>/dev/null || echo '?'))${BENCH_ENV_B:+ with $BENCH_ENV_B}"
start "$A" "$PORT_A" "${BENCH_ENV_A:-}"; PID_A="$STARTED"
start "$B" "$PORT_B" "${BENCH_ENV_B:-}"; PID_B="$STARTED"
seed
user="$(head -1 "$DATA/users.txt")"
for port in "$PORT_A" "$PORT_B"; do
    code="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $(cut -d' ' -f2 <<<"$user")" \
        "http://127.0.0.1:$port/api/users/$(cut -d' ' -f1 <<<"$user")")"
    [[ "$code" == 200 ]] || { echo "a seeded user's GET answered $code on port $port" >&2; exit 1; }
done
echo "-- seeded $USERS users with 2 accounts each; warming up, ${WARMUP_SECONDS} s per side, twice, alternating"
for _ in 1 2; do
    measure "$PORT_A" "$PID_A" "$WARMUP_SECONDS" >/dev/null
    measure "$PORT_B" "$PID_B" "$WARMUP_SECONDS" >/dev/null
done
printf '%-7s %-4s %10s %10s %10s %8s %6s\n' round side "req/s" "us/req" "KB/req" non-2xx load
for ((round = 1; round <= ROUNDS; round++)); do
    if ((round % 2)); then order="A B"; else order="B A"; fi
    for side in $order; do
        if [[ "$side" == A ]]; then line="$(measure "$PORT_A" "$PID_A" "$SECONDS_PER_RUN")"; else line="$(measure "$PORT_B" "$PID_B" "$SECONDS_PER_RUN")"; fi
        # shellcheck disable=SC2086
        set -- $line
        printf '%-7s %-4s %10s %10s %10s %8s %6s\n' "$round" "$side" "$1" "$2" "$3" "$4" "$(cut -d' ' -f1 /proc/loadavg)"
        echo "$side $line" >>"$DATA/results"
    done
done
awk '{ n[$1]++; rps[$1] += $2; cpu[$1] += $3; kb[$1] += $4; bad[$1] += $5; if ($4 == "-") nokb[$1] = 1 }
     END {
         for (s in n) printf "%s: %d runs, mean %.0f req/s, %.1f us of CPU and %s KB allocated per request, %d non-2xx\n",
             s, n[s], rps[s] / n[s], cpu[s] / n[s], nokb[s] ? "-" : sprintf("%.1f", kb[s] / n[s]), bad[s]
         printf "B / A: throughput %.2f, CPU per request %.2f, allocation per request %s\n",
             (rps["B"] / n["B"]) / (rps["A"] / n["A"]), (cpu["B"] / n["B"]) / (cpu["A"] / n["A"]),
             (nokb["A"] || nokb["B"]) ? "-" : sprintf("%.2f", (kb["B"] / n["B"]) / (kb["A"] / n["A"]))
     }' "$DATA/results"
