#!/usr/bin/env node
// `make bench-browser`: runs www/bench.html (article-lens wasm vs the JS peers) in headless
// Chromium and prints ms per analysis with the ratio peer/ours; then measures page load to
// the first rendered example on index.html. Reuses the e2e harness (scripts/serve.py,
// playwright-core, Debian's Chromium).
//
//   node scripts/bench-browser.mjs [--samples 15] [--warmup 3] [--loads 11] [--www DIR] [--page-load-only]
//
// `--www` serves another copy of www/ (e.g. a snapshot of a commit with its own pkg/).
// `--page-load-only` (or BENCH_PAGE_LOAD_ONLY=1, e.g. `make bench-browser BENCH_PAGE_LOAD_ONLY=1`)
// skips the peer comparison and measures only the page load.
import { startServer, launch } from "../tests/e2e/harness.js";

const arg = (name, fallback, parse = Number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? parse(process.argv[i + 1]) : fallback;
};
const SAMPLES = arg("samples", 15);
const WARMUP = arg("warmup", 3);
const LOADS = arg("loads", 11);
const WWW = arg("www", undefined, String);
const PAGE_LOAD_ONLY = process.argv.includes("--page-load-only") || ["1", "true"].includes(process.env.BENCH_PAGE_LOAD_ONLY);

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (x, d = 3) => x.toFixed(d).padStart(10);

// Injected before any page script: records (performance.now(), ms since navigation start) when
// `.al-title` first appears in <article-lens>'s shadow root, and the next animation frame (the
// frame that paints it), and when #example is clicked. It tells the harness by a console
// message: waiting with page.waitForFunction instead would make playwright evaluate its own
// injected script (~13 ms of the main thread) in the page while it loads.
function titleProbe() {
  const record = () => {
    window.__title = performance.now();
    requestAnimationFrame(() => {
      window.__titleFrame = performance.now();
      console.log("bench:title-painted");
    });
  };
  const watch = () => {
    const root = document.querySelector("article-lens")?.shadowRoot;
    if (!root) return setTimeout(watch, 1);
    if (root.querySelector(".al-title")) return record();
    new MutationObserver((_, observer) => {
      if (root.querySelector(".al-title")) {
        observer.disconnect();
        record();
      }
    }).observe(root, { childList: true, subtree: true });
  };
  watch();
  document.addEventListener("click", (e) => e.target?.id === "example" && (window.__click ??= performance.now()), true);
}

// The example loaded programmatically: fetched at once, given to the element at DOMContentLoaded.
function programmaticExample() {
  const text = fetch("examples/china-pakistan.txt").then((r) => r.text());
  document.addEventListener("DOMContentLoaded", async () => (document.getElementById("view").text = await text));
}

async function load(browser, url, { click }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(titleProbe);
  if (!click) await page.addInitScript(programmaticExample);
  const painted = page.waitForEvent("console", { predicate: (m) => m.text() === "bench:title-painted", timeout: 10_000 });
  await page.goto(`${url}/index.html`, { waitUntil: click ? "load" : "commit" });
  if (click) await page.click("#example");
  await painted;
  await page.waitForLoadState("load"); // nothing left in flight when the context closes
  const t = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const wasm = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
    return {
      title: window.__title, frame: window.__titleFrame, click: window.__click,
      dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, wasm: wasm ? wasm.responseEnd : NaN,
    };
  });
  await context.close();
  return t;
}

async function peers(browser, server) {
  console.log(`Chromium ${browser.version()}, ${SAMPLES} samples (each ≥ 20 ms of repeated runs) after ${WARMUP} warm-up runs`);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e));
  await page.goto(`${server.url}/bench.html?samples=${SAMPLES}&warmup=${WARMUP}`);
  const results = await page.evaluate(() => window.benchDone);
  await context.close();
  console.log(`wasm init: ${results.initMs.toFixed(1)} ms\n`);
  console.log(`${"text".padEnd(18)}${"tool".padEnd(22)}${"ms/analysis".padStart(12)}${"min ms".padStart(10)}${"runs".padStart(8)}  peer/ours`);
  for (const r of results.rows) {
    const ratio = r.ratio === 1 ? "—" : `${r.ratio.toFixed(1)}×`;
    console.log(`${`${r.text} (${r.bytes} B)`.padEnd(18)}${r.tool.padEnd(22)}${fmt(r.median).padStart(12)}${fmt(r.min)}${String(r.runs).padStart(8)}  ${ratio}`);
  }
  console.log();
}

const server = await startServer(WWW);
const browser = await launch();
try {
  if (PAGE_LOAD_ONLY) console.log(`Chromium ${browser.version()}`);
  else await peers(browser, server);
  console.log(`Page load to first rendered example (index.html, fresh context each, median of ${LOADS}):`);
  for (const click of [true, false]) {
    const runs = [];
    for (let i = 0; i < LOADS; i++) runs.push(await load(browser, server.url, { click }));
    const m = (k) => median(runs.map((r) => r[k]));
    if (click) {
      const toPaint = median(runs.map((r) => r.frame - r.click));
      console.log(`  click #example:   load event ${fmt(m("load"), 1)} ms + click → title painted ${toPaint.toFixed(1)} ms` +
        ` = ${(m("load") + toPaint).toFixed(1)} ms (click → title in DOM ${median(runs.map((r) => r.title - r.click)).toFixed(1)} ms;` +
        ` with playwright's own click latency, navigation start → painted ${m("frame").toFixed(1)} ms)`);
    } else {
      console.log(`  programmatic:     navigation start → title in DOM ${fmt(m("title"), 1)} ms, → painted ${m("frame").toFixed(1)} ms` +
        ` (DOMContentLoaded ${m("dcl").toFixed(1)} ms, wasm downloaded ${m("wasm").toFixed(1)} ms; all runs: ${runs.map((r) => r.frame.toFixed(0)).join(" ")})`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
