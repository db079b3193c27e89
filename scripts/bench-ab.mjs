#!/usr/bin/env node
// A/B of two builds' wasm `analyze` in one headless Chromium page: both builds' pkg/ are
// loaded side by side and timed in alternation, so the machine's drift and the page's start-up
// fall on both alike (two runs of the same build differ by 1-2 %, where separate pages differ
// by 10 % and more). Prints whether the two give the same analysis, and each build's median
// and fastest ms per analysis.
//
//   node scripts/bench-ab.mjs WWW_A WWW_B [TEXT_FILE] [--rounds 41] [--min-ms 40]
//
// WWW_A and WWW_B are copies of www/ with their own pkg/ (e.g. a git worktree of another commit
// after `make wasm` there); TEXT_FILE defaults to the seed article. Each round times a batch of
// analyses of at least --min-ms per build; the order within a round alternates.
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ROOT, startServer, launch } from "../tests/e2e/harness.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const rounds = option("rounds", 41);
const minMs = option("min-ms", 40);
const [a, b, file = join(ROOT, "www/examples/china-pakistan.txt")] = args;
if (!a || !b) {
  console.error("usage: node scripts/bench-ab.mjs WWW_A WWW_B [TEXT_FILE] [--rounds N] [--min-ms MS]");
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), "article-lens-ab-"));
symlinkSync(resolve(a, "pkg"), join(root, "a"));
symlinkSync(resolve(b, "pkg"), join(root, "b"));
writeFileSync(join(root, "index.html"), "<!doctype html><title>A/B</title>");
const text = readFileSync(file, "utf8");

const server = await startServer(root);
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/index.html`);
  const r = await page.evaluate(
    async ({ text, rounds, minMs }) => {
      const builds = [];
      for (const dir of ["a", "b"]) {
        const m = await import(`./${dir}/article_lens.js`);
        await m.default();
        builds.push(m);
      }
      const batch = (m) => {
        const start = performance.now();
        let n = 0;
        do {
          m.analyze(text);
          n++;
        } while (performance.now() - start < minMs);
        return (performance.now() - start) / n;
      };
      for (let i = 0; i < 5; i++) builds.forEach(batch); // warm-up: both reach the optimising tier
      const times = [[], []];
      for (let round = 0; round < rounds; round++) {
        const order = round % 2 ? [0, 1] : [1, 0];
        for (const i of order) times[i].push(batch(builds[i]));
      }
      const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
      return {
        same: JSON.stringify(builds[0].analyze(text)) === JSON.stringify(builds[1].analyze(text)),
        a: { median: median(times[0]), min: Math.min(...times[0]) },
        b: { median: median(times[1]), min: Math.min(...times[1]) },
      };
    },
    { text, rounds, minMs },
  );
  const show = (x) => `${x.median.toFixed(3)} ms (fastest ${x.min.toFixed(3)})`;
  console.log(`${file}: ${text.length} UTF-16 units, ${rounds} rounds of >= ${minMs} ms per build`);
  console.log(`  same analysis: ${r.same ? "yes" : "NO"}`);
  console.log(`  A ${a}: ${show(r.a)}`);
  console.log(`  B ${b}: ${show(r.b)}`);
  console.log(`  B / A: ${(r.b.median / r.a.median).toFixed(3)}`);
} finally {
  await browser.close();
  server.stop();
  rmSync(root, { recursive: true, force: true });
}
