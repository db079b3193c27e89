#!/usr/bin/env bash
# Prints what each language adds to the web bundle: the release wasm (wasm-opt -Oz, gzip -9)
# built with English only, then with English + each language, then with every language.
# Usage: scripts/language-costs.sh [LANG ...]   (about a minute per build; uses target/wasm-costs)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.tools/bin:$HOME/.cargo/bin:$PATH"
langs=("$@")
[ ${#langs[@]} -gt 0 ] || langs=(fr de es pt it nl sv no da fi ru hu ro tr ar el ta)
out=$(mktemp -d)
size() {
  CARGO_TARGET_DIR=target/wasm-costs CARGO_PROFILE_RELEASE_OPT_LEVEL=z wasm-pack --quiet build --release \
    --mode no-install --target web --out-dir "$out" --out-name article_lens -- --no-default-features \
    --features "console_error_panic_hook $1" >/dev/null 2>&1
  gzip -9 -c "$out/article_lens_bg.wasm" | wc -c
}
base=$(size "")
printf '%-14s %9s %9s\n' build "gzip B" "+ vs en"
printf '%-14s %9d %9s\n' en "$base" -
for l in "${langs[@]}"; do
  s=$(size "lang-$l")
  printf '%-14s %9d %+9d\n' "en+$l" "$s" "$((s - base))"
done
all=$(size all-languages)
printf '%-14s %9d %+9d\n' all-languages "$all" "$((all - base))"
rm -rf "$out"
