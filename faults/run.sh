#!/usr/bin/env bash
# Fault suite (issue 9): exactly-once transfers and no 500s while the storage misbehaves.
#
#   1. builds bootstrap/target/portside.jar (skip with FAULTS_SKIP_BUILD=1);
#   2. starts a private PostgreSQL cluster (the machine's PostgreSQL 15 binaries, as user postgres)
#      and a private Redis, both on 127.0.0.1 and ports of their own;
#   3. starts two instances of the service on that database: A without cache, B with
#      MICRONAUT_ENVIRONMENTS=redis;
#   4. FaultClient seeds one funded account per client, then 16 clients send transfers for 90 s, each
#      with its own Idempotency-Key, retrying the same key and body on a timeout, a lost connection,
#      a 5xx or a 409, alternating instances;
#   5. meanwhile, on a schedule: pg_terminate_backend on every service backend every 10 s,
#      pg_ctl restart -m fast at 20 s, kill -9 of instance B at 35 s (restarted at once), Redis down
#      from 50 s to 65 s, the postmaster frozen (SIGSTOP) from 70 s to 78 s; /health/readiness timed on
#      both instances every 0.5 s throughout;
#   6. FaultClient checks the database and prints one line: total conserved, no negative balance,
#      ledger equals balances, every key booked at most once and exactly once if it was answered 201,
#      never if it was refused, zero 500s, longest stall and recovery time per fault. This script adds
#      the readiness figures (every answer 200, none hanging 5 s, within 2 s during the freeze). Exit
#      status 1 on any violation.
#
# Knobs: FAULTS_SECONDS (90), FAULTS_CLIENTS (16), FAULTS_PG_PORT (15432), FAULTS_REDIS_PORT (16379),
# FAULTS_PORT_A (18181), FAULTS_PORT_B (18182), FAULTS_SKIP_BUILD, FAULTS_KEEP_WORK (keep logs),
# FAULTS_JAVA_OPTS (-Xmx384m). Needs: java, curl, redis-server, redis-cli, runuser, PostgreSQL 15 under
# /usr/lib/postgresql/15/bin. Traffic stays on 127.0.0.1.
set -euo pipefail

cd "$(dirname "$0")/.."
SECONDS_OF_LOAD="${FAULTS_SECONDS:-90}"
CLIENTS="${FAULTS_CLIENTS:-16}"
PG_PORT="${FAULTS_PG_PORT:-15432}"
REDIS_PORT="${FAULTS_REDIS_PORT:-16379}"
PORT_A="${FAULTS_PORT_A:-18181}"
PORT_B="${FAULTS_PORT_B:-18182}"
JAVA_OPTS="${FAULTS_JAVA_OPTS:--Xmx384m}"
PG_BIN=/usr/lib/postgresql/15/bin
JAR="$PWD/bootstrap/target/portside.jar"
WORK="$(mktemp -d -t portside-faults.XXXXXX)"
PGDATA="$WORK/pg"
EVENTS="$WORK/events"
READY="$WORK/ready"
READINESS="$WORK/readiness"
JWT_SECRET="portside-fault-suite-fixed-jwt-secret-0123456789"
PID_A="" PID_B=""
: >"$EVENTS"
: >"$READINESS"

now_ms() { date +%s%3N; }
log() { echo "faults: $*" >&2; }

pg() { runuser -u postgres -- "$PG_BIN/$1" "${@:2}"; }

cleanup() {
    [[ -f "$WORK/pid_b" ]] && PID_B="$PID_B $(cat "$WORK/pid_b" | tr '\n' ' ')"
    for pid in $PID_A $PID_B; do kill -9 "$pid" 2>/dev/null || true; done
    [[ -f "$PGDATA/postmaster.pid" ]] && kill -CONT "$(head -1 "$PGDATA/postmaster.pid")" 2>/dev/null || true
    pg pg_ctl -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    if [[ -z "${FAULTS_KEEP_WORK:-}" ]]; then rm -rf "$WORK"; else log "logs kept in $WORK"; fi
}
trap cleanup EXIT

# a leftover run (or anything else) on these ports would mix its data and traffic into this one
for port in "$PG_PORT" "$REDIS_PORT" "$PORT_A" "$PORT_B"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        log "port $port is in use (a leftover run?); choose others with FAULTS_*_PORT"; trap - EXIT; rm -rf "$WORK"; exit 2
    fi
done

# ---------------------------------------------------------------------------------------- build
if [[ -z "${FAULTS_SKIP_BUILD:-}" || ! -f "$JAR" ]]; then
    log "building $JAR"
    ./mvnw -q -B -pl bootstrap -am package -DskipTests
fi

# ---------------------------------------------------------------------------------------- servers
chown postgres "$WORK"
pg initdb -D "$PGDATA" -U postgres --auth=trust >/dev/null
pg pg_ctl -D "$PGDATA" -l "$WORK/postgres.log" -w \
   -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
runuser -u postgres -- psql -h 127.0.0.1 -p "$PG_PORT" -qc "create database portside" postgres
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --logfile "$WORK/redis.log" --dir "$WORK"

start_instance() { # name port environments
    local name=$1 port=$2 envs=$3
    MICRONAUT_SERVER_PORT="$port" MICRONAUT_ENVIRONMENTS="$envs" \
    DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portside" DATASOURCES_DEFAULT_USERNAME=postgres \
    REDIS_URI="redis://127.0.0.1:$REDIS_PORT" PORTSIDE_SECURITY_JWT_SECRET="$JWT_SECRET" \
    ENDPOINTS_HEALTH_DETAILS_VISIBLE=ANONYMOUS \
    PORTSIDE_RATE_LIMIT_AUTH_CAPACITY=10000 PORTSIDE_RATE_LIMIT_WRITES_CAPACITY=1000000 \
    PORTSIDE_RATE_LIMIT_READS_CAPACITY=1000000 \
        java $JAVA_OPTS -jar "$JAR" >>"$WORK/$name.log" 2>&1 &
    echo $!
}

wait_healthy() { # port [pid]: gives up early when the process died
    for _ in $(seq 1 1200); do   # 120 s: a start on a loaded 2-core machine can take 40 s
        [[ "$(curl -s -o /dev/null -w '%{http_code}' -m 2 "http://127.0.0.1:$1/health" || true)" == 200 ]] && return 0
        if [[ -n "${2:-}" ]] && ! kill -0 "$2" 2>/dev/null; then log "instance on port $1 exited while starting"; return 1; fi
        sleep 0.1
    done
    log "instance on port $1 did not become healthy"; return 1
}

# what a supervisor (systemd, Kubernetes) does: start again until the instance is healthy. A start
# whose schema check meets a killed connection exits non-zero rather than serving half-configured.
restart_until_healthy() { # name port environments pidfile
    local attempt pid
    for attempt in 1 2 3 4 5; do
        pid=$(start_instance "$1" "$2" "$3"); echo "$pid" >>"$4"
        wait_healthy "$2" "$pid" && { echo "$attempt"; return 0; }
    done
    return 1
}

PID_A=$(start_instance a "$PORT_A" "")
wait_healthy "$PORT_A"   # A migrates the schema first; B then finds it migrated
PID_B=$(start_instance b "$PORT_B" redis)
wait_healthy "$PORT_B"
log "two instances up; seeding"

# ---------------------------------------------------------------------------------------- faults
terminate_backends() {
    runuser -u postgres -- psql -h 127.0.0.1 -p "$PG_PORT" -qAtc \
        "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = 'portside' and pid <> pg_backend_pid()" \
        postgres 2>/dev/null || true
}

time_readiness() { # until_ms: time /health/readiness on both instances every 0.5 s
    while (( $(now_ms) < $1 )); do
        for port in $PORT_A $PORT_B; do
            # a hung answer shows as time_total = 5 (curl's limit); a refused connection as code 000
            answer=$(curl -s -o "$WORK/readiness.body" -m 5 -w "$port %{http_code} %{time_total}" \
                "http://127.0.0.1:$port/health/readiness" 2>/dev/null || true)
            echo "$answer $(now_ms)" >>"$READINESS"
            case "$answer" in *" 200 "*|*" 000 "*) ;; *) cat "$WORK/readiness.body" >>"$WORK/readiness.down"; echo >>"$WORK/readiness.down" ;; esac
        done
        sleep 0.5
    done
}

schedule() {
    local t0
    t0=$(now_ms)
    at() { local wait=$(( t0 + $1 * 1000 - $(now_ms) )); (( wait > 0 )) && sleep "$(awk "BEGIN{print $wait/1000}")"; return 0; }
    (
        for t in $(seq 5 10 $((SECONDS_OF_LOAD - 5))); do
            at "$t"; local s; s=$(now_ms); n=$(terminate_backends); echo "terminate@$t $s $(now_ms) $n" >>"$EVENTS"
        done
    ) &
    local killer=$!
    time_readiness $(( t0 + SECONDS_OF_LOAD * 1000 )) &
    local prober=$!
    at 20; local s; s=$(now_ms)
    pg pg_ctl -D "$PGDATA" -m fast -w -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=100" \
        restart >/dev/null 2>&1
    echo "restart $s $(now_ms)" >>"$EVENTS"
    at 35; s=$(now_ms)
    kill -9 "$PID_B"; wait "$PID_B" 2>/dev/null || true
    (   # B restarts in the background, so a slow start never delays the rest of the schedule
        starts=$(restart_until_healthy b "$PORT_B" redis "$WORK/pid_b" || echo failed)
        echo "kill9_b $s $(now_ms) starts=$starts" >>"$EVENTS"
    ) &
    local restarter=$!
    at 50; s=$(now_ms)
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    at 65
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
        --logfile "$WORK/redis.log" --dir "$WORK"
    echo "redis_down $s $(now_ms)" >>"$EVENTS"
    at 70; s=$(now_ms)
    local postmaster; postmaster=$(head -1 "$PGDATA/postmaster.pid")
    kill -STOP "$postmaster"
    at 78
    kill -CONT "$postmaster"
    echo "freeze $s $(now_ms)" >>"$EVENTS"
    wait "$killer" "$restarter" "$prober" 2>/dev/null || true
}

java -cp "$JAR" faults/FaultClient.java --bases "http://127.0.0.1:$PORT_A,http://127.0.0.1:$PORT_B" \
    --jdbc "jdbc:postgresql://127.0.0.1:$PG_PORT/portside?user=postgres" --clients "$CLIENTS" \
    --seconds "$SECONDS_OF_LOAD" --ready-file "$READY" --events-file "$EVENTS" >"$WORK/client.out" 2>"$WORK/client.err" &
CLIENT=$!
for _ in $(seq 1 600); do [[ -f "$READY" ]] && break; kill -0 $CLIENT 2>/dev/null || break; sleep 0.1; done
if [[ ! -f "$READY" ]]; then cat "$WORK/client.err" >&2; log "seeding failed"; exit 1; fi
log "load and faults for ${SECONDS_OF_LOAD}s"
schedule
status=0
wait $CLIENT || status=$?
cat "$WORK/client.out"
if [[ -s "$WORK/client.err" ]]; then grep -v "^WARNING" "$WORK/client.err" | tail -5 >&2 || true; fi

# readiness through the whole run: a running instance answers 200 (no fault here lasts down-after =
# 10 s; 000 means the instance was not running) and never hangs (5 s, curl's limit); during the
# database freeze, the fault readiness must see through, every answer within 2 s, except those of
# instance B from its kill -9 until 15 s after its restart (a cold JVM under full load: its slow
# answers come from warming up, not from the database, and are printed as cold_b)
freeze_start=$(awk '$1 == "freeze" {print $2}' "$EVENTS"); freeze_end=$(awk '$1 == "freeze" {print $3}' "$EVENTS")
b_killed=$(awk '$1 == "kill9_b" {print $2}' "$EVENTS"); b_ready=$(awk '$1 == "kill9_b" {print $3}' "$EVENTS")
read -r slowest answers down refused frozen cold < <(awk -v fs="${freeze_start:-0}" -v fe="${freeze_end:-0}" \
        -v bp="$PORT_B" -v bk="${b_killed:-0}" -v br="${b_ready:-0}" '
    { if ($3 > max) max = $3; n++; if ($2 != 200 && $2 != "000") bad++; if ($2 == "000") gone++;
      asked_at = $4 - $3 * 1000
      if ($1 == bp && asked_at >= bk && asked_at <= br + 15000) { if ($3 > cmax) cmax = $3; next }
      if (asked_at >= fs && asked_at <= fe && $3 > fmax) fmax = $3 }
    END { printf "%.3f %d %d %d %.3f %.3f\n", max, n, bad, gone, fmax, cmax }' "$READINESS")
echo "readiness: answers=$answers slowest=${slowest}s slowest_during_freeze=${frozen}s cold_b=${cold}s not-200=$down not-running=$refused"
if (( down > 0 )); then echo "  violation: readiness answered other than 200 $down times"; status=1; fi
if awk "BEGIN{exit !($frozen > 2.0)}"; then echo "  violation: readiness took ${frozen}s during the freeze"; status=1; fi
if awk "BEGIN{exit !($slowest >= 5.0)}"; then echo "  violation: readiness hung (${slowest}s)"; status=1; fi
echo "restarts of B after kill -9: $(grep -o 'starts=[^ ]*' "$EVENTS" || echo 'none recorded')"
echo "server logs: $(grep -c ' ERROR ' "$WORK/a.log" "$WORK/b.log" | tr '\n' ' ')"
exit $status
