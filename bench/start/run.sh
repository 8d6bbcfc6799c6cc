#!/usr/bin/env bash
# Where the start goes (issue 14's start row; bench/start/README.md). On one migrated database:
#
#   1. builds bootstrap/target/portside.jar (with the class-data-sharing archive the build makes) and
#      bench/floor/target/portside-floor.jar (the same stack without the features, bench/floor/README.md),
#      unless BENCH_SKIP_BUILD=1;
#   2. creates a database and starts the service once on it (Flyway migrates it);
#   3. gives the floor an archive of its own, made the way the build makes the service's (a start with
#      -XX:ArchiveClassesAtExit on JDK 17-24, -XX:AOTCacheOutput on JDK 25+, a few requests, a stop), so
#      both start as the README starts the service: java @bootstrap/portside.jvm-options -jar ...;
#   4. times process start -> first 200 on /health (polled every 10 ms), service and floor alternated,
#      BENCH_ROUNDS rounds, with the JVM's CPU time at that moment (/proc/PID/stat);
#   5. unless BENCH_PROFILE=0, starts each once more under async-profiler (wall clock, 2 ms, from Maven
#      Central: tools.profiler:async-profiler) and prints the main thread's time by phase. The profiler
#      slows the start; the phases are shares of that profiled start, the timed rounds are the figures.
#
# Knobs (environment): BENCH_ROUNDS (5), BENCH_PROFILE (1), BENCH_PORT (18190), BENCH_SKIP_BUILD,
# BENCH_KEEP_WORK, JAVA_HOME (the JDK that builds and runs both; the archives are that JDK's),
# PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1/5432/postgres).
set -euo pipefail

cd "$(dirname "$0")/../.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
ROUNDS="${BENCH_ROUNDS:-5}"
PORT="${BENCH_PORT:-18190}"
BASE="http://127.0.0.1:${PORT}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="bootstrap/target/portside.jar"
FLOOR_JAR="bench/floor/target/portside-floor.jar"
OPTIONS_FILE="bootstrap/portside.jvm-options"
PROFILER_VERSION="4.1"
DB="portside_startbench_$(date +%s)_$$"
WORK="$(mktemp -d -t portside-startbench.XXXXXX)"
RESULTS="$WORK/results"
SERVICE_PID=""

cleanup() {
    [[ -n "$SERVICE_PID" ]] && kill "$SERVICE_PID" 2>/dev/null && wait "$SERVICE_PID" 2>/dev/null
    dropdb --if-exists "$DB" 2>/dev/null || true
    if [[ -n "${BENCH_KEEP_WORK:-}" ]]; then echo "work files kept in $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# proc_cpu_ms and loadavg, as bench/http/run.sh and bench/floor/run.sh measure them
source bench/http/common.sh
java_feature() { "$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }'; }

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
    echo "== building $JAR and $FLOOR_JAR"
    ./mvnw -q -B -pl bootstrap -am package -DskipTests >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
    ./mvnw -q -B -f bench/floor/pom.xml package >>"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
fi
for f in "$JAR" "$FLOOR_JAR"; do [[ -f "$f" ]] || { echo "no $f: build it or unset BENCH_SKIP_BUILD" >&2; exit 1; }; done
if curl -s -o /dev/null --max-time 1 "$BASE/health"; then echo "something already listens on port $PORT: set BENCH_PORT" >&2; exit 1; fi

# the floor's options: the service's file without its archive lines, then the floor's own archive
FLOOR_OPTIONS="$WORK/floor.jvm-options"
grep -v -E '^[[:space:]]*-(XX:SharedArchiveFile=|Xshare:)' "$OPTIONS_FILE" >"$FLOOR_OPTIONS"
FLOOR_ARCHIVE="$WORK/floor.jsa"
if (( $(java_feature) >= 25 )); then FLOOR_DUMP="-XX:AOTCacheOutput=$FLOOR_ARCHIVE"; else FLOOR_DUMP="-XX:ArchiveClassesAtExit=$FLOOR_ARCHIVE"; fi

# start KIND LABEL [java options...]: starts the service or the floor on the database, waits for the
# first 200 on /health, records "start KIND ms cpu_ms" unless LABEL is "-", leaves SERVICE_PID running
start() {
    local kind="$1" label="$2"; shift 2
    local log="$WORK/$kind-$label.log" start_ns now_ns cpu
    local -a env=(
        "DATASOURCES_DEFAULT_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}"
        "DATASOURCES_DEFAULT_USERNAME=${PGUSER}"
        "MICRONAUT_SERVER_PORT=${PORT}"
        "PORTSIDE_SECURITY_JWT_SECRET=portside-start-benchmark-fixed-jwt-secret-0123456789"
    )
    [[ -n "${PGPASSWORD:-}" ]] && env+=("DATASOURCES_DEFAULT_PASSWORD=${PGPASSWORD}")
    local -a cmd
    if [[ "$kind" == service ]]; then cmd=("$JAVA" "@$OPTIONS_FILE" "$@" -jar "$JAR")
    else cmd=("$JAVA" "@$FLOOR_OPTIONS" "$@" -jar "$FLOOR_JAR"); fi
    start_ns="$(date +%s%N)"
    env "${env[@]}" "${cmd[@]}" >"$log" 2>&1 &
    SERVICE_PID=$!
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/health" || true)" == 200 ]]; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { echo "$kind exited during startup:" >&2; tail -30 "$log" >&2; exit 1; }
        (( ($(date +%s%N) - start_ns) / 1000000000 < 120 )) || { echo "$kind: no 200 within 120 s" >&2; exit 1; }
        sleep 0.01
    done
    now_ns="$(date +%s%N)"
    cpu="$(proc_cpu_ms "$SERVICE_PID")"
    [[ "$label" != - ]] && echo "start $kind $(( (now_ns - start_ns) / 1000000 )) $cpu" >>"$RESULTS"
    return 0
}
# not common.sh's stop_service, which kills after 10 s: the JVM writes the floor's archive (JDK 25: the
# AOT cache, longer) or the profile as it exits, and must be let finish
stop() { kill "$SERVICE_PID" 2>/dev/null; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=""; }

echo "== $("$JAVA" -version 2>&1 | head -1); $(nproc) CPUs, load average $(loadavg); database $DB"
createdb "$DB"
start service - ; stop
echo "-- migrated $DB; making the floor's archive ($FLOOR_DUMP)"
start floor - "$FLOOR_DUMP"
for _ in $(seq 20); do curl -s -o /dev/null "$BASE/users/00000000-0000-0000-0000-000000000000"; done
stop
[[ -f "$FLOOR_ARCHIVE" ]] || { echo "the floor's archive was not written" >&2; tail -30 "$WORK/floor--.log" >&2; exit 1; }
# the options file ends with -Xshare:auto; the floor gets the same behaviour for its own archive
echo "-XX:SharedArchiveFile=$FLOOR_ARCHIVE" >>"$FLOOR_OPTIONS"
echo "-Xshare:auto" >>"$FLOOR_OPTIONS"

for round in $(seq "$ROUNDS"); do
    start service "r$round"; stop
    start floor "r$round"; stop
    echo "-- round $round: $(tail -2 "$RESULTS" | awk '{ printf "%s %s ms (cpu %s ms)  ", $2, $3, $4 }')"
done

# ------------------------------------------------------------------------------------ the phases
phases() { # phases COLLAPSED_FILE: the main thread's samples by phase, first matching rule wins
    awk -v interval_ms=2 '
    BEGIN {
        n = split("GC pauses (the main thread stopped)|[GC_active];" \
                  "the launcher: open the jar, load the main class|LauncherHelper;" \
                  "Logback: read logback.xml|LogbackServiceProvider,ContextInitializer;" \
                  "Flyway: validate, nothing to migrate|AbstractFlywayMigration;" \
                  "HikariCP: the pool and its first connection|HikariDataSource.<init>,HikariPool.<init>;" \
                  "Micrometer: the meter registries|MeterRegistryFactory,addMeterRegistry;" \
                  "Micronaut: find and load the bean definitions in the jar|MicronautMetaServiceLoaderUtils,SoftServiceLoader,resolveBeanDefinitionReferences;" \
                  "Micronaut: configuration (property sources)|DefaultEnvironment;" \
                  "Netty: create and bind the HTTP server|NettyHttpServer,NettyEmbeddedServerFactory;" \
                  "other eager beans|initializeEagerBean,intializeEagerBean;" \
                  "the rest of the context start|Micronaut.start,Micronaut.run,Micronaut.<init>,PortsideMicronaut,Application.main", rules, ";")
        for (i = 1; i <= n; i++) { split(rules[i], p, "|"); name[i] = p[1]; keys[i] = p[2] }
    }
    /^\[(main|DestroyJavaVM) tid=/ {
        count = $NF; stack = $0; sub(/ [0-9]+$/, "", stack)
        # the main thread waiting after main() returned (a GC then is counted: rare, and short)
        if (stack ~ /__futex/ && stack !~ /Application\.main|GC_active/) next
        matched = 0
        for (i = 1; i <= n && !matched; i++) {
            k = split(keys[i], alts, ",")
            for (j = 1; j <= k; j++) if (index(stack, alts[j])) { ms[i] += count * interval_ms; matched = 1; break }
        }
        if (!matched) other += count * interval_ms
        total += count * interval_ms
    }
    END {
        for (i = 1; i <= n; i++) printf "%8d ms  %s\n", ms[i], name[i]
        printf "%8d ms  %s\n", other, "other (JVM frames, interpreter frames the profiler cannot walk)"
        printf "%8d ms  %s\n", total, "the main thread in all, until main() returned"
    }' "$1"
}

if [[ "${BENCH_PROFILE:-1}" != 0 ]]; then
    ./mvnw -q -B dependency:copy -Dartifact="tools.profiler:async-profiler:${PROFILER_VERSION}:jar:linux-x64" \
        -DoutputDirectory="$WORK" >"$WORK/profiler.log" 2>&1 || { cat "$WORK/profiler.log"; exit 1; }
    (cd "$WORK" && unzip -q -o "async-profiler-${PROFILER_VERSION}-linux-x64.jar" 'linux-x64/*')
    AGENT="$WORK/linux-x64/libasyncProfiler.so"
    for kind in service floor; do
        start "$kind" - "-agentpath:$AGENT=start,event=wall,interval=2ms,threads,collapsed,file=$WORK/$kind.collapsed"
        stop
    done
fi

# ------------------------------------------------------------------------------------ the report
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo
printf '%-8s %8s %8s %8s %16s\n' "" "median" "min" "max" "median JVM CPU"
for kind in service floor; do
    walls="$(awk -v k="$kind" '$2 == k { print $3 }' "$RESULTS")"
    cpus="$(awk -v k="$kind" '$2 == k { print $4 }' "$RESULTS")"
    printf '%-8s %5s ms %5s ms %5s ms %13s ms\n' "$kind" "$(median <<<"$walls")" \
        "$(sort -n <<<"$walls" | head -1)" "$(sort -n <<<"$walls" | tail -1)" "$(median <<<"$cpus")"
done
echo "(process start to the first 200 on /health, migrated database, $ROUNDS alternated rounds; target <= 1000 ms)"
if [[ "${BENCH_PROFILE:-1}" != 0 ]]; then
    for kind in service floor; do
        echo
        echo "$kind, one profiled start, the main thread by phase:"
        phases "$WORK/$kind.collapsed"
    done
fi
