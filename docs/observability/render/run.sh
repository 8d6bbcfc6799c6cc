#!/usr/bin/env bash
# Renders docs/observability/portside-dashboard.png from a real run: starts the built jar on a fresh
# database of the local PostgreSQL with the redis environment (default observability settings), drives
# it for RENDER_SECONDS with traffic.py (a light, bounded load on 127.0.0.1: not a benchmark), scrapes
# /prometheus every 5 s, draws the dashboard's panels (render.py) and screenshots them with headless
# Chromium (Debian's chromium package). Needs: bootstrap/target/portside.jar, PostgreSQL on
# 127.0.0.1:5432 (user postgres, trust), Redis on 127.0.0.1:6379, python3, chromium.
set -euo pipefail
cd "$(dirname "$0")/../../.."
seconds=${RENDER_SECONDS:-90}
port=${RENDER_PORT:-18080}
work=$(mktemp -d)
db=portside_dashboard_$$
psql -h 127.0.0.1 -U postgres -qc "create database $db"
cleanup() {
  [[ -n ${pid:-} ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" || true
}
trap cleanup EXIT
MICRONAUT_ENVIRONMENTS=redis MICRONAUT_SERVER_PORT=$port \
DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/$db" DATASOURCES_DEFAULT_USERNAME=postgres \
REDIS_URI=redis://127.0.0.1:6379 PORTSIDE_CACHE_KEY_PREFIX="dashboard-$$" PORTSIDE_RATE_LIMIT_ENABLED=false \
PORTSIDE_MANAGEMENT_ALLOWED_ADDRESSES=127.0.0.1 \
APP_BOOTSTRAP_ADMIN_USERNAME=admin APP_BOOTSTRAP_ADMIN_EMAIL=admin@example.com APP_BOOTSTRAP_ADMIN_PASSWORD=dashboard-admin-1 \
  java @bootstrap/portside.jvm-options -jar bootstrap/target/portside.jar > "$work/service.log" 2>&1 &
pid=$!
until curl -sf "localhost:$port/health" > /dev/null; do sleep 1; done
python3 docs/observability/render/traffic.py "http://127.0.0.1:$port" admin dashboard-admin-1 "$seconds" "$work"
python3 docs/observability/render/render.py "$work" "$work/dashboard.html"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1160,1530 \
  --screenshot="$PWD/docs/observability/portside-dashboard.png" "file://$work/dashboard.html" 2>/dev/null
echo "rendered docs/observability/portside-dashboard.png from $(ls "$work"/scrape-*.txt | wc -l) scrapes ($work)"
