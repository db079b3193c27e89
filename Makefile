# article-lens — two commands: `make serve` and `make test`. See README.md.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080
# The wasm size budget (gzip, KB): `make test` fails over it. The one place it is written.
WASM_BUDGET_KB := 150
# The features of the default web bundle (www/pkg): English only, the talc allocator, and no
# panic hook (1 KB; `make wasm WEB_NIGHTLY= WEB_FEATURES="talc console_error_panic_hook"` for a
# debugging build: the nightly build aborts before any hook runs). www/pkg-intl has every
# language (all-languages); the page loads it only for an article that needs it.
WEB_FEATURES := talc
# The default web bundle is built with nightly Rust, rebuilding the standard library so that a
# panic aborts at once (-C panic=immediate-abort): no panic messages, locations or formatting
# code in the wasm (16 KB gzip; the English bundle shows no panic message anyway, having no
# panic hook). `make wasm WEB_NIGHTLY=` builds it with stable Rust, as www/pkg-intl is.
WEB_NIGHTLY := 1
ifneq ($(WEB_NIGHTLY),)
WEB_ENV := RUSTUP_TOOLCHAIN=nightly RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" CARGO_TARGET_DIR=target/wasm-nightly
WEB_CARGO_ARGS := -Z build-std=std,panic_abort
# What those 16 KB buy: `s` instead of `z` (README, Performance: 10-15 % faster in Chromium).
# WEB_OPT_LEVEL=z gives 134 KB at the speed of the stable `z` build.
WEB_OPT_LEVEL ?= s
else
WEB_OPT_LEVEL ?= z
endif
WASM_INTL_BUDGET_KB := 260
# npm's wasm-opt (Debian's 108 corrupts wasm-bindgen output) comes first on PATH.
export PATH := $(CURDIR)/.tools/bin:$(HOME)/.cargo/bin:$(PATH)
WASM := www/pkg/article_lens_bg.wasm
WASM_PACK := wasm-pack --quiet

.PHONY: serve build wasm native package test test-native test-wasm test-e2e size setup setup-test bench bench-browser fuzz-smoke clean

## serve: install what is missing, build the release wasm, serve www/ on http://127.0.0.1:$(PORT)/
serve: setup build
	python3 scripts/serve.py --port $(PORT) www

## build: the release CLI and the release wasm package in www/pkg
build: native wasm

native:
	cargo build --release --locked

wasm:
	@command -v wasm-opt >/dev/null || { echo "wasm-opt missing: run scripts/setup.sh" >&2; exit 1; }
	$(WEB_ENV) CARGO_PROFILE_RELEASE_OPT_LEVEL=$(WEB_OPT_LEVEL) $(WASM_PACK) build --release --mode no-install --target web --out-dir www/pkg --out-name article_lens \
	  -- --no-default-features --features "$(WEB_FEATURES) " $(WEB_CARGO_ARGS)
	# Its own target directory: a cdylib's file name carries no feature hash, so the two
	# builds would overwrite each other's wasm while cargo calls both fresh.
	CARGO_TARGET_DIR=target/wasm-intl CARGO_PROFILE_RELEASE_OPT_LEVEL=z $(WASM_PACK) build --release --mode no-install --target web --out-dir www/pkg-intl --out-name article_lens \
	  -- --no-default-features --features "console_error_panic_hook all-languages talc"
	@scripts/wasm-size.sh $(WASM) $(WASM_BUDGET_KB)
	@scripts/wasm-size.sh www/pkg-intl/article_lens_bg.wasm $(WASM_INTL_BUDGET_KB)

size: wasm

## package: the ES module package (element, wasm, types, custom-elements.json) in dist/
package: wasm
	scripts/package.sh

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

## test: everything CI runs (.ci/run runs exactly this)
test: setup-test test-native test-wasm build package test-e2e fuzz-smoke
	@scripts/wasm-size.sh $(WASM) $(WASM_BUDGET_KB)

test-native:
	cargo test --locked

test-wasm:
	wasm-pack test --mode no-install --node --headless --chrome

test-e2e:
	cd tests/e2e && node --test --test-concurrency=1

## fuzz-smoke: each cargo-fuzz target for FUZZ_SECONDS (default 20) on nightly
FUZZ_SECONDS ?= 20
fuzz-smoke:
	scripts/fuzz.sh $(FUZZ_SECONDS)

## bench: criterion benchmarks of the native analysis (seed, 10 KB … 10 MB generated text)
bench:
	cargo bench --bench analyze

## bench-browser: www/bench.html in headless Chromium: our wasm vs JS peers, and page load
## to the first rendered example. The peers are npm dev tools in bench/, bundled by esbuild.
## `make bench-browser BENCH_PAGE_LOAD_ONLY=1` measures only the page load (no peers to build).
bench-browser: setup-test
	@test -f $(WASM) || $(MAKE) wasm
ifneq ($(filter 1 true,$(BENCH_PAGE_LOAD_ONLY)),)
	BENCH_PAGE_LOAD_ONLY=1 node scripts/bench-browser.mjs
else
	@lock_sum="$$(sha256sum bench/package-lock.json | cut -d' ' -f1)"; \
	if [ "$$(cat bench/node_modules/.lock-sum 2>/dev/null)" != "$$lock_sum" ]; then \
	  (cd bench && npm ci --silent --no-audit --no-fund && echo "$$lock_sum" > node_modules/.lock-sum); fi
	bench/node_modules/.bin/esbuild bench/peers.js --bundle --format=esm --platform=browser --minify \
	  --legal-comments=none --log-level=warning --outfile=www/bench-peers.js
	cargo run --quiet --locked --example bench_corpus -- text 100000 > www/bench-100k.txt
	node scripts/bench-browser.mjs
endif

clean:
	cargo clean
	rm -rf www/pkg dist
