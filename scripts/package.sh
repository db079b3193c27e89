#!/usr/bin/env bash
# Assembles the ES module package in dist/: the wasm-pack --target web builds (www/pkg, English,
# and www/pkg-intl, every language, loaded only when needed; both built by `make wasm`), the
# custom element, its types, the custom-elements.json manifest and package.json.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist && mkdir -p dist/pkg dist/pkg-intl
for pkg in pkg pkg-intl; do
  cp www/$pkg/article_lens.js www/$pkg/article_lens.d.ts www/$pkg/article_lens_bg.wasm www/$pkg/article_lens_bg.wasm.d.ts dist/$pkg/
done
cp www/article-lens.js www/article-lens-styles.js www/article-lens-worker.js dist/
cp package/package.json package/article-lens.d.ts package/custom-elements.json dist/
sed -n '/^## Embed it/,/^## [^E]/p' README.md | sed '$d' > dist/README.md
echo "package: dist/ ($(du -sh dist | cut -f1)); try: cd dist && npm pack --dry-run"
