# Shared by bench/http/run.sh and bench/floor/run.sh, sourced from the repository root once their
# variables are set: CPU counters of the machine and of a process, stopping the service, seeding through
# the service's API, the warm-up until the JIT has settled, the pgbench runs, the result table's helpers. Uses their globals: BASE, DATA, DB, USERS, ACCOUNTS_PER_USER, POSTS, PRODUCTS,
# ADMIN_USER, ADMIN_PASSWORD, WORK, RESULTS, CONNECTIONS, THREADS, WARMUP_SECONDS, SECONDS_PER_RUN,
# SERVICE_PID; the warm-up until the JIT has settled.
# shellcheck shell=bash

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
CLK_TCK="$(getconf CLK_TCK)"
# CPU time of a process in ms; busy and total jiffies of the whole machine
proc_cpu_ms() { awk -v hz="$CLK_TCK" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat" 2>/dev/null || echo 0; }
machine_jiffies() { awk '/^cpu / { total = 0; for (i = 2; i <= 9; i++) total += $i; print total - $5 - $6, total }' /proc/stat; }
# PostgreSQL's CPU time in ms, or "-" where its processes cannot be read (another machine, another user):
# the postmaster's own and its live children's (backends, WAL writer, autovacuum), plus the children it
# has reaped (cutime, cstime), so backends that ended during the run, like pgbench's, count too
PG_POSTMASTER=""
pg_cpu_ms() {
    if [[ -z "$PG_POSTMASTER" ]]; then
        PG_POSTMASTER="$(head -1 "$(psql -X -At -c 'show data_directory' postgres 2>/dev/null)/postmaster.pid" 2>/dev/null || true)"
    fi
    [[ -n "$PG_POSTMASTER" && -r "/proc/$PG_POSTMASTER/stat" ]] || { echo -; return; }
    local children
    children="$(cat "/proc/$PG_POSTMASTER"/task/*/children 2>/dev/null || true)"
    # a child listed above may have ended by now: cat then fails on its file, which must not fail the
    # pipeline (set -o pipefail: the benchmark would stop without a word); its time is in cutime by then
    # shellcheck disable=SC2086
    (cd /proc && cat "$PG_POSTMASTER/stat" $(printf '%s/stat ' $children) 2>/dev/null || true) \
        | awk -v hz="$CLK_TCK" -v pm="$PG_POSTMASTER" '{ t += $14 + $15; if ($1 == pm) t += $16 + $17 } END { print int(t * 1000 / hz) }'
}
# per_request MS_BEFORE MS_AFTER COUNT: microseconds per request, or "-"
per_request() { awk -v a="$1" -v b="$2" -v r="$3" 'BEGIN { if (a == "-" || b == "-" || r <= 0) print "-"; else printf "%.0f", 1000 * (b - a) / r }'; }
busy_percent() { awk -v b0="$1" -v t0="$2" -v b1="$3" -v t1="$4" 'BEGIN { printf "%.0f", (t1 > t0) ? 100 * (b1 - b0) / (t1 - t0) : 0 }'; }

# ---------------------------------------------------------------------------------------- service
# stops $SERVICE_PID: TERM, up to 10 s, then KILL
stop_service() {
    if [[ -n "$SERVICE_PID" ]] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    SERVICE_PID=""
}

# commits and rollbacks of the service's database so far (pg_stat_database; a backend reports its
# counts when idle, so wait PGSTAT_IDLE_INTERVAL (10 s) after the load before reading)
db_transactions() {
    psql -X -q -At -F ' ' -c "select xact_commit, xact_rollback from pg_stat_database where datname = '$DB'" postgres
}

# ---------------------------------------------------------------------------------------- results
# lines of $RESULTS: "KIND KEY fields..."; field KIND KEY N prints field N of that line
field() { awk -v kind="$1" -v key="$2" -v n="$3" '$1 == kind && $2 == key { print $n }' "$RESULTS"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "-"; else printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" -v dir="$3" 'BEGIN { if (v == "-" || v == "") print "n/a";
    else if ((dir == ">=" && v + 0 >= t + 0) || (dir == "<=" && v + 0 <= t + 0)) print "met"; else print "MISSED" }'; }
FMT='%-36s %9s %9s %9s %9s %8s %12s %11s %10s %6s\n'
# "pgcpu KEY us" lines: PostgreSQL's CPU per request or transaction
pg_us() { local us; us="$(field pgcpu "$1" 3)"; [[ -n "$us" && "$us" != - ]] && echo "$us us" || echo -; }
pgrow() {
    [[ -n "$(field pgbench "$1" 3)" ]] || return 0
    printf "$FMT" "$2" "$(field pgbench "$1" 3)" "avg $(field pgbench "$1" 4)" "-" "-" "$(field pgbench "$1" 5)" \
        "-" "$(pg_us "pgbench-$1")" "-" "$(field pgbench "$1" 6)%"
}

# ---------------------------------------------------------------------------------------- warm-up
# The warm-up lasts at least WARMUP_SECONDS, then goes on in 10 s steps until the JIT has settled: at
# most JIT_SETTLED compilations in the last step, or WARMUP_MAX_SECONDS in all. A fixed time is not
# enough: a method runs at C2's speed only after some 10,000 calls, which a transfer-rate load on a slow
# machine reaches after a minute or two, and until then the compiler threads burn the CPU being measured.
WARMUP_MAX_SECONDS="${BENCH_WARMUP_MAX_SECONDS:-300}"
JIT_SETTLED="${BENCH_JIT_SETTLED:-25}"

# methods the JIT of $SERVICE_PID has compiled so far (jstat, from the JDK)
jit_compilations() { jstat -compiler "$SERVICE_PID" | awk 'NR == 2 { print $1 }'; }

# warm_up KEY LUA URL ARGS...: wrk with LUA on URL and the script's ARGS, the warm-up label appended to
# them (a fresh one per step, so that keyed requests stay unique), until the JIT has settled; sets
# WARMED (seconds), JIT_LAST_STEP (compilations in the last step) and JIT_AFTER (compilations so far)
warm_up() {
    local key="$1" lua="$2" url="$3"; shift 3
    local step="$WARMUP_SECONDS" out="$WORK/wrk-$key-warmup.txt" before
    WARMED=0 JIT_AFTER="$(jit_compilations)"
    while ((step > 0)); do
        before="$JIT_AFTER"
        wrk -t "$THREADS" -c "$CONNECTIONS" -d "${step}s" --timeout 10s -s "$lua" "$url" \
            -- "$@" "$key-warmup-$WARMED" >"$out" 2>&1 || { cat "$out"; exit 1; }
        WARMED=$((WARMED + step))
        JIT_AFTER="$(jit_compilations)"
        JIT_LAST_STEP=$((JIT_AFTER - before))
        # a refused warm-up would warm the error path instead of the measured one
        if awk '$1 == "RESULT" && $7 > 0 { found = 1 } END { exit !found }' "$out"; then
            echo "   warning: the warm-up got non-2xx replies: $(grep -h '^RESULT \|^FIRST_NON_2XX ' "$out" | tr '\n' ' ')"
        fi
        step=10
        ((JIT_LAST_STEP <= JIT_SETTLED || WARMED >= WARMUP_MAX_SECONDS)) && step=0
    done
    return 0
}

# ---------------------------------------------------------------------------------------- seeding
# api METHOD PATH TOKEN BODY: prints the response body; fails (with the body) on a non-2xx status
api() {
    local method="$1" path="$2" token="${3:-}" body="${4:-}"
    local -a args=(-sS --fail-with-body --max-time 30 -X "$method" "$BASE$path")
    [[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")
    [[ -n "$body" ]] && args+=(-H "Content-Type: application/json" --data-binary "$body")
    curl "${args[@]}" || { echo " <- $method $path failed" >&2; return 1; }
}

# seed_user I: registers and logs in bench_uI, opens its accounts with a deposit each, writes its posts;
# leaves "<userId> <token> <account>,<account>,..." in $DATA/users/I
seed_user() {
    local i="$1" name="bench_u$1" password="bench-password-$1" id token account accounts="" post content k
    id="$(api POST /api/users "" "{\"username\":\"$name\",\"email\":\"$name@portside.bench\",\"password\":\"$password\",\"firstName\":\"Bench\",\"lastName\":\"User $i\"}" | jq -r .id)"
    token="$(api POST /api/auth/login "" "{\"login\":\"$name\",\"password\":\"$password\"}" | jq -r .accessToken)"
    for ((k = 0; k < ACCOUNTS_PER_USER; k++)); do
        account="$(api POST /api/accounts "$token" '{"currency":"EUR"}' | jq -r .id)"
        api POST "/api/accounts/$account/deposits" "$token" '{"amount":{"amount":"1000000.00","currency":"EUR"}}' >/dev/null
        accounts="${accounts:+$accounts,}$account"
    done
    for ((k = i; k < POSTS; k += USERS)); do
        content="$(for _ in {1..20}; do printf 'Post %d of the HTTP benchmark. ' "$k"; done)"
        post="$(api POST /api/posts "$token" "{\"title\":\"Benchmark post $k\",\"content\":\"$content\",\"tags\":[\"bench\",\"tag$((k % 7))\",\"topic$((k % 3))\"]}" | jq -r .id)"
        api POST "/api/posts/$post/publish" "$token" >/dev/null
    done
    echo "$id $token $accounts" >"$DATA/users/$i"
}

# seed_product I TOKEN: one product as the admin, id in $DATA/products/I
seed_product() {
    api POST /api/products "$2" "{\"sku\":\"BENCH-$1\",\"name\":\"Benchmark product $1\",\"category\":\"cat$(( $1 % 5 ))\",\"price\":{\"amount\":\"$(( $1 % 90 + 10 )).99\",\"currency\":\"EUR\"},\"stock\":1000}" \
        | jq -r .id >"$DATA/products/$1"
}

export BASE DATA ACCOUNTS_PER_USER POSTS USERS
export -f api seed_user seed_product

# seed_through_api: seeds the running service (users with their accounts and deposits, published posts,
# products), leaves users.txt, accounts.txt, products.txt and posts.txt in $DATA, numbers the accounts
# for pgbench (pgbench-setup.sql); sets ADMIN_TOKEN, published and naccounts
seed_through_api() {
    echo "-- seeding through the API: $USERS users x $ACCOUNTS_PER_USER accounts, $POSTS published posts, $PRODUCTS products"
    seed_start="$(date +%s)"
    ADMIN_TOKEN="$(api POST /api/auth/login "" "{\"login\":\"$ADMIN_USER\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r .accessToken)"
    seq 0 $((USERS - 1)) | xargs -P 8 -I{} bash -c 'seed_user {}'
    seq 1 "$PRODUCTS" | xargs -P 8 -I{} bash -c "seed_product {} $ADMIN_TOKEN"
    cat "$DATA"/users/* >"$DATA/users.txt"
    cut -d' ' -f3 "$DATA/users.txt" | tr ',' '\n' >"$DATA/accounts.txt"
    cat "$DATA"/products/* >"$DATA/products.txt"
    [[ "$(wc -l <"$DATA/users.txt")" -eq "$USERS" ]] || { echo "seeding users failed" >&2; exit 1; }
    [[ "$(wc -l <"$DATA/products.txt")" -eq "$PRODUCTS" ]] || { echo "seeding products failed" >&2; exit 1; }
    published="$(curl -s "$BASE/api/posts?page=0&size=20" | jq -r '.totalItems')"
    curl -s "$BASE/api/posts?page=0&size=20" | jq -r '.items[].id' >"$DATA/posts.txt"
    naccounts="$(psql -X -q -At -v ON_ERROR_STOP=1 -f bench/http/pgbench-setup.sql "$DB" | tail -1)"
    echo "   done in $(( $(date +%s) - seed_start )) s: $(wc -l <"$DATA/accounts.txt") accounts ($naccounts numbered for pgbench)," \
         "$published published posts, $(wc -l <"$DATA/products.txt") products"
    ((published >= 20)) || { echo "fewer than 20 published posts: page 0 would not be full" >&2; exit 1; }
}

# ---------------------------------------------------------------------------------------- pgbench
# pgbench_run KEY TITLE ARGS...: short warm-up, then the measured run; appends "pgbench KEY tps latency_ms failed"
pgbench_run() {
    local key="$1" title="$2"; shift 2
    local out="$WORK/pgbench-$key.txt"
    if ((WARMUP_SECONDS > 0)); then
        pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$WARMUP_SECONDS" "$@" >"$out" 2>&1 || { cat "$out"; exit 1; }
    fi
    echo "-- $title: ${SECONDS_PER_RUN} s, load average $(loadavg)"
    local m0 m1 pg0 pg1
    read -r -a m0 <<<"$(machine_jiffies)"; pg0="$(pg_cpu_ms)"
    pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$SECONDS_PER_RUN" "$@" >"$out" 2>&1 || { cat "$out"; exit 1; }
    read -r -a m1 <<<"$(machine_jiffies)"; pg1="$(pg_cpu_ms)"
    local tps latency failed busy pg_per_tx
    busy="$(busy_percent "${m0[0]}" "${m0[1]}" "${m1[0]}" "${m1[1]}")"
    tps="$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$out" | tail -1 | xargs printf '%.1f')"
    latency="$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$out")"
    failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$out")"
    pg_per_tx="$(per_request "$pg0" "$pg1" "$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$out")")"
    echo "   $tps tps, latency average $latency ms, failed ${failed:-0}; machine CPU busy $busy %; PostgreSQL CPU $pg_per_tx us per transaction"
    echo "pgbench $key $tps $latency ${failed:-0} $busy" >>"$RESULTS"
    echo "pgcpu pgbench-$key $pg_per_tx" >>"$RESULTS"
}
