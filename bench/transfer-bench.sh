#!/usr/bin/env bash
# Transfer throughput: TransferMoneyService over the real PostgreSQL adapter beans versus the same
# transfer as raw SQL through pgbench (-M prepared), at each concurrency, against one fresh database.
#
#   bench/transfer-bench.sh                      # 1000 accounts, 8 and 32 workers, 15 s each
#   BENCH_SECONDS=30 BENCH_WORKERS="8 16 32" bench/transfer-bench.sh
#
# Needs a JDK 17+, pgbench/psql and a PostgreSQL server (default 127.0.0.1:5432, user postgres,
# trust authentication; override with PGHOST, PGPORT, PGUSER). The database it creates is dropped
# at the end. Prints transfers per second of both and their ratio (service / pgbench).
set -euo pipefail

cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
ACCOUNTS="${BENCH_ACCOUNTS:-1000}"
SECONDS_PER_RUN="${BENCH_SECONDS:-15}"
WARMUP_SECONDS="${BENCH_WARMUP_SECONDS:-10}"
read -r -a WORKERS <<< "${BENCH_WORKERS:-8 32}"
DB="portside_bench_$(date +%s)_$$"
WORK="$(mktemp -d)"

cleanup() {
    dropdb --if-exists --force "$DB" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building (test classpath of adapters-postgres)"
./mvnw -q -B -pl adapters-postgres -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >"$WORK/build.log" 2>&1 \
    || { cat "$WORK/build.log"; exit 1; }
CLASSPATH="adapters-postgres/target/test-classes:adapters-postgres/target/classes:$(cat adapters-postgres/target/bench.classpath)"

createdb "$DB"
URL="jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}"

# service and pgbench alternate per concurrency, so both sides of a ratio see the same machine load
for workers in "${WORKERS[@]}"; do
    echo "== ${workers} workers: service (TransferMoneyService, ${WARMUP_SECONDS} s warm-up), then pgbench;" \
        "${ACCOUNTS} accounts, ${SECONDS_PER_RUN} s each; load average $(cut -d' ' -f1-3 /proc/loadavg)"
    java -cp "$CLASSPATH" dev.portside.adapters.postgres.bank.bench.TransferBench \
        "$URL" "$PGUSER" "$ACCOUNTS" "$SECONDS_PER_RUN" "$WARMUP_SECONDS" "$workers" | tee -a "$WORK/service.txt"
    pgbench -n -M prepared -c "$workers" -j 2 -T "$SECONDS_PER_RUN" -D naccounts="$ACCOUNTS" \
        -f bench/transfer.sql "$DB" >"$WORK/pgbench-$workers.txt" 2>&1 \
        || { cat "$WORK/pgbench-$workers.txt"; exit 1; }
    tps="$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/pgbench-$workers.txt" | tail -1)"
    failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$WORK/pgbench-$workers.txt")"
    echo "pgbench $workers $tps ${failed:-0}" | tee -a "$WORK/pgbench.txt"
done

echo
echo "== transfers per second (service / pgbench)"
printf '%-8s %14s %14s %7s\n' workers service pgbench ratio
for workers in "${WORKERS[@]}"; do
    service="$(awk -v w="$workers" '$1 == "service" && $2 == w { print $3 }' "$WORK/service.txt")"
    raw="$(awk -v w="$workers" '$1 == "pgbench" && $2 == w { print $3 }' "$WORK/pgbench.txt")"
    awk -v w="$workers" -v s="$service" -v p="$raw" 'BEGIN { printf "%-8s %14.1f %14.1f %7.2f\n", w, s, p, s / p }'
done
echo "(service errors per run are the last column of the 'service' lines; they should be 0)"
