// The in-browser benchmark (www/bench.html, run headless by scripts/bench-browser.mjs):
// article-lens's wasm `analyze` and the JavaScript peers of www/bench-peers.js (bundled from
// bench/peers.js) on the same texts, in the same page and run. Results go to the table and to
// `window.benchResults`; `window.benchDone` resolves with them.
//
// Query parameters: `samples` (timed samples per tool and text, default 15), `warmup` (untimed
// runs first, default 3), `min-ms` (a sample repeats the analysis until this many ms have
// passed, so sub-millisecond runs are timed above the clock's resolution; default 20).
import init, { analyze } from "./pkg/article_lens.js";

const params = new URLSearchParams(location.search);
const SAMPLES = Number(params.get("samples") || 15);
const WARMUP = Number(params.get("warmup") || 3);
const MIN_MS = Number(params.get("min-ms") || 20);
const TEXTS = [
  { name: "seed", url: "examples/china-pakistan.txt" },
  { name: "100KB", url: "bench-100k.txt" },
];

const status = document.getElementById("status");
const table = document.getElementById("results");

/** Median and minimum ms of one call of `fn(text)`, over `SAMPLES` batched samples. */
function time(fn, text) {
  for (let i = 0; i < WARMUP; i++) fn(text);
  const per = [];
  let runs = 0;
  for (let s = 0; s < SAMPLES; s++) {
    const start = performance.now();
    let n = 0;
    let elapsed = 0;
    do {
      fn(text);
      n++;
      elapsed = performance.now() - start;
    } while (elapsed < MIN_MS);
    per.push(elapsed / n);
    runs += n;
  }
  per.sort((a, b) => a - b);
  return { median: per[per.length >> 1], min: per[0], runs };
}

const nextFrame = () => new Promise((r) => setTimeout(r, 0));

async function run() {
  const initStart = performance.now();
  await init();
  const initMs = performance.now() - initStart;
  const { PEERS } = await import("./bench-peers.js");
  const tools = [{ name: "article-lens (wasm)", run: (t) => analyze(t) }, ...PEERS];
  const results = { initMs, userAgent: navigator.userAgent, samples: SAMPLES, warmup: WARMUP, minMs: MIN_MS, rows: [] };
  for (const { name, url } of TEXTS) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status} (run make bench-browser to generate it)`);
    const text = await response.text();
    let ours = null;
    for (const tool of tools) {
      status.textContent = `Running ${tool.name} on ${name}…`;
      await nextFrame();
      const t = time(tool.run, text);
      ours ??= t.median;
      const row = { text: name, bytes: new TextEncoder().encode(text).length, tool: tool.name, ...t, ratio: t.median / ours };
      results.rows.push(row);
      const tr = table.tBodies[0].insertRow();
      for (const v of [`${name} (${row.bytes} B)`, tool.name, t.median.toFixed(3), t.min.toFixed(3), t.runs, `${row.ratio.toFixed(1)}×`]) {
        tr.insertCell().textContent = v;
      }
    }
  }
  table.hidden = false;
  status.textContent = `Done (wasm init ${initMs.toFixed(1)} ms).`;
  return results;
}

window.benchDone = run().then(
  (r) => (window.benchResults = r),
  (e) => {
    status.textContent = `Failed: ${e.message}`;
    throw e;
  },
);
