// End-to-end tests of the <article-lens> widget in real headless Chromium: sections, theme
// toggles, events, the hostile embed page, CSP pages, share links and accessibility (axe-core).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { useBrowser, openPage, ROOT } from "./harness.js";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const TITLE = "China and Pakistan Reinforce Strategic Partnership as Islamabad Expands Diplomatic Engagement";

const env = useBrowser();

/** Opens the demo page with the seed rendered. */
async function seedPage(options) {
  const opened = await openPage(env.browser, `${env.server.url}/`, options);
  await opened.page.click("#example");
  await opened.page.locator("article-lens .al-title").waitFor();
  return opened;
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("sections collapse and expand by mouse and keyboard, with aria-expanded", async () => {
  const { page, errors } = await seedPage();
  const summary = page.locator("article-lens .al-key-points > summary");
  const list = page.locator("article-lens .al-key-point-list");
  assert.equal(await summary.getAttribute("aria-expanded"), "true");
  // aria-expanded follows the `toggle` event, which fires in a task after `open` changes: wait
  // for both rather than reading the attribute in between.
  const state = (open) =>
    page.waitForFunction((open) => {
      const section = document.querySelector("#view").shadowRoot.querySelector(".al-key-points");
      return section.open === open && section.querySelector(":scope > summary").getAttribute("aria-expanded") === String(open);
    }, open);
  await summary.click();
  await state(false);
  assert.equal(await list.isVisible(), false);
  await summary.focus();
  await page.keyboard.press("Enter");
  await state(true);
  assert.equal(await list.isVisible(), true);
  // The body is collapsible too, and the collapsed attribute drives both.
  await page.evaluate(() => document.querySelector("#view").setAttribute("collapsed", "key-points body"));
  assert.equal(await page.locator("article-lens .al-body > p").first().isVisible(), false);
  assert.deepEqual(errors, []);
});

test("a legend entry toggles its highlights by mouse and keyboard and fires article-lens:toggle", async () => {
  const { page, errors } = await seedPage();
  await page.evaluate(() => {
    window.toggles = [];
    document.addEventListener("article-lens:toggle", (e) => window.toggles.push(e.detail));
  });
  const marks = page.locator("article-lens mark[data-theme=security]");
  const before = await marks.count();
  assert.ok(before >= 4);
  const button = page.locator("article-lens button[data-theme=security]");
  assert.equal(Number(await button.locator(".al-count").textContent()), before);
  await button.click();
  assert.equal(await marks.count(), 0);
  assert.equal(await button.getAttribute("aria-pressed"), "false");
  await button.focus();
  await page.keyboard.press("Space");
  assert.equal(await marks.count(), before);
  assert.deepEqual(await page.evaluate(() => window.toggles), [
    { theme: "security", visible: false },
    { theme: "security", visible: true },
  ]);
  assert.deepEqual(errors, []);
});

test("article-lens:analyzed carries the analysis; bad custom themes fire article-lens:error", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/`);
  const detail = await page.evaluate(async () => {
    const view = document.querySelector("#view");
    const analyzed = new Promise((resolve) => document.addEventListener("article-lens:analyzed", (e) => resolve(e.detail), { once: true }));
    view.text = "Headline here\n\nKey Points:\n- One point.\n- Two points.\n\nA paragraph of text.";
    const a = await analyzed;
    const failed = new Promise((resolve) => document.addEventListener("article-lens:error", (e) => resolve(e.detail), { once: true }));
    view.themes = [{ id: "bad id", label: "Bad", color: "#fff", terms: ["x"] }];
    const e = await failed;
    return { title: a.title, kps: a.key_points.map((k) => k.text), error: e.message, same: view.analysis };
  });
  assert.equal(detail.title, "Headline here");
  assert.deepEqual(detail.kps, ["One point.", "Two points."]);
  assert.match(detail.error, /id/);
  assert.equal(detail.same, null);
  assert.equal(await page.locator("article-lens .al-status").textContent(), detail.error);
  assert.deepEqual(errors, []);
});

test("text set before the element upgrades is rendered", async () => {
  const page = await (await env.browser.newContext()).newPage();
  await page.route(`${env.server.url}/upgrade-test.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>t</title><article-lens id="early"></article-lens>
        <script>document.getElementById("early").text = "Early title\\n\\nA body paragraph.";</script>
        <script type="module" src="/article-lens.js"></script>`,
    }),
  );
  await page.goto(`${env.server.url}/upgrade-test.html`);
  const title = page.locator("article-lens .al-title");
  await title.waitFor();
  assert.equal(await title.textContent(), "Early title");
});

test("the hostile embed page and the widgets do not leak styles into each other", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/embed.html`, { viewport: { width: 1000, height: 1400 } });
  await page.locator("#one .al-title").waitFor();
  await page.locator("#two .al-title").waitFor();
  const style = (sel, prop) => page.locator(sel).first().evaluate((el, p) => getComputedStyle(el)[p], prop);
  // Host styles do not reach the widget…
  assert.equal(await style("#one .al-paragraph", "color"), "rgb(26, 26, 26)");
  assert.equal(await style("#one .al-paragraph", "fontSize"), "16px");
  assert.equal(await style("#one .al-paragraph", "display"), "block");
  assert.equal(await style("#one .al-key-points", "display"), "block");
  assert.notEqual(await style("#one mark.al-mark", "backgroundColor"), "rgb(0, 0, 0)");
  // …the widget's styles do not reach the host…
  assert.equal(await style("#host-paragraph", "display"), "none");
  assert.equal(await style("#host-title", "color"), "rgb(255, 0, 0)");
  // …and the documented API does: per-theme colour, fonts, ::part().
  assert.equal(await style("#two mark[data-theme=security]", "backgroundColor"), "rgb(255, 214, 165)");
  assert.match(await style("#two .al-paragraph", "fontFamily"), /Georgia/);
  assert.equal(await style("#one .al-title", "fontVariantCaps"), "small-caps");
  // The two widgets have their own options.
  assert.equal(await page.locator("#one .al-body").evaluate((d) => d.open), true);
  assert.equal(await page.locator("#two .al-body").evaluate((d) => d.open), false);
  assert.equal(await page.locator("#two textarea").isVisible(), true);
  assert.equal(await page.locator("#one textarea").isVisible(), false);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  if (process.env.SCREENSHOTS) await page.screenshot({ path: join(ROOT, "docs/embed.png") });
});

test("under script-src 'self' 'wasm-unsafe-eval' the widget works", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/csp.html`);
  const response = await page.request.get(`${env.server.url}/csp.html`);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.locator("article-lens .al-title").waitFor();
  assert.equal(await page.locator("article-lens .al-title").textContent(), TITLE);
  assert.deepEqual(errors, []);
});

test("where WebAssembly is blocked the widget says so instead of breaking", async () => {
  const { page } = await openPage(env.browser, `${env.server.url}/csp-nowasm.html`);
  const status = page.locator("article-lens .al-status");
  // Visible only once the widget has something to say (it starts hidden, not as an empty box).
  await status.waitFor();
  assert.match(await status.textContent(), /needs WebAssembly.*wasm-unsafe-eval/);
  assert.equal(await page.locator("article-lens .al-title").count(), 0);
});

test("a share link carries the article in its fragment and reopens the same view", async () => {
  const { page } = await seedPage();
  const link = await page.evaluate(() => document.querySelector("#view").shareUrl());
  const url = new URL(link);
  assert.equal(url.pathname, "/");
  assert.match(url.hash, /^#text=[A-Za-z0-9_-]+$/);
  assert.ok(!url.search, "nothing in the query string (which would reach the server)");
  const before = await page.evaluate(() => JSON.stringify(document.querySelector("#view").analysis));
  const { page: reopened, errors } = await openPage(env.browser, link);
  await reopened.locator("article-lens .al-title").waitFor();
  const after = await reopened.evaluate(() => JSON.stringify(document.querySelector("#view").analysis));
  assert.equal(after, before);
  assert.equal(await reopened.inputValue("#paste"), await page.inputValue("#paste"));
  assert.deepEqual(errors, []);
});

test("key points export as Markdown and the analysis as JSON", async () => {
  const { page } = await seedPage();
  const md = await page.evaluate(() => document.querySelector("#view").keyPointsMarkdown());
  assert.equal(md.split("\n").filter((l) => l.startsWith("- ")).length, 3);
  assert.ok(md.startsWith(`## ${TITLE}`));
  const json = JSON.parse(await page.evaluate(() => document.querySelector("#view").analysisJson()));
  assert.equal(json.blocks.length, 11);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("article-lens .al-toolbar button:nth-child(2)")]);
  assert.equal(download.suggestedFilename(), "article-analysis.json");
});

test("the page has no axe-core violations, in light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { page, errors } = await seedPage({ colorScheme, viewport: { width: 1000, height: 1400 } });
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    assert.deepEqual(errors, []);
    if (process.env.SCREENSHOTS) {
      mkdirSync(join(ROOT, "docs"), { recursive: true });
      await page.screenshot({ path: join(ROOT, `docs/${colorScheme}.png`) });
    }
  }
});

test("a 1 MB paste is analysed in a worker with a visible indicator and no long task over 50 ms", async () => {
  // Long tasks are wall-clock: a machine busy with other work stretches them. The measurement
  // is repeated once in a fresh page before it counts as a failure.
  let result;
  for (let attempt = 1; attempt <= 2; attempt++) {
    result = await measureBigPaste();
    if (result.long.every((d) => d <= 50)) break;
    console.log(`# attempt ${attempt}: long tasks ${result.long.join(", ")} ms; measuring again`);
  }
  assert.ok(result.bytes >= 1 << 20);
  assert.equal(result.indicator.shown, true);
  assert.match(result.indicator.text, /Analysing \d+ KB/);
  assert.equal(result.indicator.busy, "true");
  assert.ok(result.blocks > 2000, `blocks: ${result.blocks}`);
  assert.equal(result.inPage, result.blocks);
  assert.deepEqual(result.long.filter((d) => d > 50), [], `long tasks: ${result.long.join(", ")}`);
  console.log(`# 1 MB paste: ${result.blocks} blocks in ${result.ms.toFixed(0)} ms, longest main-thread task ${Math.max(0, ...result.long).toFixed(0)} ms`);
  assert.deepEqual(result.errors, []);
});

/** Pastes ~1 MB into a fresh page's widget; reports the indicator, the blocks and the long tasks. */
async function measureBigPaste() {
  const { page, errors, context } = await openPage(env.browser, `${env.server.url}/`);
  const seed = await (await page.request.get(`${env.server.url}/examples/china-pakistan.txt`)).text();
  const result = await page.evaluate(async (seed) => {
    const body = seed.split("\n\n").slice(3);
    const parts = ["A very long article for the worker"];
    for (let i = 0; parts.join("\n\n").length < 1 << 20; i++) parts.push(...body.map((p) => `Part ${i}. ${p}`));
    const text = parts.join("\n\n");
    await new Promise((r) => setTimeout(r, 100)); // let page load settle
    const long = [];
    new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    const view = document.querySelector("#view");
    const rendered = new Promise((resolve) => view.addEventListener("article-lens:rendered", (e) => resolve(e.detail), { once: true }));
    const t0 = performance.now();
    view.text = text;
    await new Promise((r) => setTimeout(r, 30));
    const status = view.shadowRoot.querySelector(".al-status");
    const indicator = { shown: !status.hidden, text: status.textContent, busy: view.shadowRoot.querySelector(".al-container").getAttribute("aria-busy") };
    const detail = await rendered;
    await new Promise((r) => setTimeout(r, 100));
    return {
      bytes: text.length,
      indicator,
      blocks: detail.blocks,
      inPage: view.shadowRoot.querySelectorAll(".al-body > p, .al-body li, .al-body h3, .al-body blockquote").length,
      long,
      ms: performance.now() - t0,
    };
  }, seed);
  await context.close();
  return { ...result, errors };
}

test("after an error the widget says what went wrong, and the next paste works", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/`);
  const r = await page.evaluate(async () => {
    const view = document.querySelector("#view");
    const once = (name) => new Promise((resolve) => view.addEventListener(name, (e) => resolve(e.detail), { once: true }));
    let failed = once("article-lens:error");
    view.setAttribute("key-points", "lots"); // invalid option
    view.text = "Some title\n\nSome body.";
    const first = await failed;
    const status = view.shadowRoot.querySelector(".al-status").textContent;
    const ok = once("article-lens:analyzed");
    view.setAttribute("key-points", "short");
    const a = await ok;
    return { first: first.message, status, title: a.title, hidden: view.shadowRoot.querySelector(".al-status").hidden };
  });
  assert.match(r.first, /keyPoints "lots"/);
  assert.equal(r.status, r.first);
  assert.equal(r.title, "Some title");
  assert.equal(r.hidden, true);
  assert.deepEqual(errors, []);
});

test("lone surrogates, RTL, emoji and combining marks from JavaScript render without error", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/`);
  const r = await page.evaluate(async () => {
    const view = document.querySelector("#view");
    const done = new Promise((resolve) => view.addEventListener("article-lens:analyzed", (e) => resolve(e.detail), { once: true }));
    view.text = "Title \uD800 here\n\nBody \uDFFF text \uD83D. שלום עולם 👩‍👩‍👧 e\u0301\n\nمرحبا بالعالم.";
    const a = await done;
    return { title: a.title, first: a.blocks[0].text, count: a.blocks.length };
  });
  assert.equal(r.title, "Title \uFFFD here");
  assert.equal(r.first, "Body \uFFFD text \uFFFD. שלום עולם 👩‍👩‍👧 e\u0301");
  assert.equal(r.count, 2);
  assert.deepEqual(errors, []);
});

test("an article in French gets French themes from the all-languages bundle, loaded only then", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/`);
  const intl = [];
  page.on("request", (r) => r.url().includes("/pkg-intl/") && intl.push(r.url()));
  await page.click("#example");
  await page.locator("article-lens .al-title").waitFor();
  assert.deepEqual(intl, [], "an English article needs only the default bundle");
  await page.fill(
    "#paste",
    "Le gouvernement présente son plan de relance\n\n" +
      "Le gouvernement a présenté mardi un plan de relance pour les entreprises et les familles. " +
      "Le ministre de l'Économie a expliqué que le plan soutiendra l'emploi, l'investissement et la croissance.\n\n" +
      "Les députés de l'Assemblée nationale voteront le budget en juin, a annoncé le Premier ministre.",
  );
  await page.locator("article-lens .al-title", { hasText: "Le gouvernement présente son plan de relance" }).waitFor();
  await page.locator("article-lens button[data-theme=economy]").waitFor();
  assert.ok(await page.locator("article-lens mark[data-theme=economy]").count() >= 2);
  assert.ok(intl.some((u) => u.endsWith(".wasm")), `the intl wasm was fetched: ${intl}`);
  // A rich (HTML) paste in French goes the same way.
  await page.evaluate(() => {
    const plain = "Les salaires et l'emploi au cœur du budget\n\nLe budget de l'État prévoit une hausse des salaires et de l'investissement pour soutenir l'emploi et la croissance des entreprises.";
    const [title, body] = plain.split("\n\n");
    document.querySelector("#view").showHtml(`<h1>${title}</h1><p>${body}</p>`, plain);
  });
  await page.locator("article-lens .al-title", { hasText: "Les salaires et l'emploi au cœur du budget" }).waitFor();
  await page.locator("article-lens mark[data-theme=economy]").first().waitFor();
  assert.deepEqual(errors, []);
});
