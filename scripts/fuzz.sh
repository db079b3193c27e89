#!/usr/bin/env bash
# Runs each cargo-fuzz target for SECONDS (default 30) on the nightly toolchain.
# New inputs go to fuzz/runs/<target> (ignored); fuzz/corpus/<target> holds the committed seeds.
# A crash leaves its reproducer in fuzz/artifacts/<target>: copy it into fuzz/regressions/,
# where `cargo test --test fuzz_regressions` replays every file.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"; shift || true
targets=("${@:-analyze structure}")
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "[fuzz] installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
for target in ${targets[@]}; do
  mkdir -p "fuzz/runs/$target"
  echo "[fuzz] $target for ${seconds}s"
  # No sanitizer: the crate forbids unsafe code, so ASan would only slow the search down.
  log="fuzz/runs/$target.log"
  status=0
  cargo +nightly fuzz run --sanitizer none "$target" "fuzz/runs/$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    > "$log" 2>&1 || status=$?
  grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|.*(ERROR|crash|timeout|Done))" "$log" || true
  # A target that does not build, or a crash, fails the run (the log's end says which).
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log" >&2
    echo "[fuzz] $target FAILED (exit $status): see $log and fuzz/artifacts/$target" >&2
    exit 1
  fi
done
