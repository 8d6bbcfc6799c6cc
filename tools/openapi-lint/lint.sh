#!/usr/bin/env bash
# Lints the OpenAPI document the build generated (adapters-http/target/classes/META-INF/swagger) with
# Spectral's OpenAPI and OWASP rulesets. Needs Node.js and npm; run it after ./mvnw verify (or
# ./mvnw -pl adapters-http -am compile). Exit status: Spectral's, non-zero when any error is found.
set -euo pipefail
cd "$(dirname "$0")"
document=../../adapters-http/target/classes/META-INF/swagger/portside-0.1.0.yml
if [[ ! -f $document ]]; then
  echo "openapi-lint: $document is missing; build first (./mvnw -pl adapters-http -am compile)" >&2
  exit 2
fi
if [[ ! -d node_modules/@stoplight/spectral-cli ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
exec npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity error "$document" "$@"
