#!/usr/bin/env bash
# Prints the size of the release wasm (raw and gzip -9) and fails when gzip is over budget.
# Usage: scripts/wasm-size.sh WASM_FILE BUDGET_KB
set -euo pipefail
wasm="$1"; budget_kb="$2"
raw=$(wc -c < "$wasm")
gz=$(gzip -9 -c "$wasm" | wc -c)
js="${wasm%_bg.wasm}.js"
jsgz=$( [ -f "$js" ] && gzip -9 -c "$js" | wc -c || echo 0)
printf 'wasm size: %d bytes raw, %d bytes gzip (%.1f KB of a %d KB budget); JS glue %d bytes gzip\n' \
  "$raw" "$gz" "$(awk "BEGIN { print $gz / 1024 }")" "$budget_kb" "$jsgz"
if [ "$gz" -gt $((budget_kb * 1024)) ]; then
  echo "wasm size: OVER BUDGET ($gz > $((budget_kb * 1024)) bytes gzip)" >&2
  exit 1
fi
