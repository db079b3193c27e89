// Smoke test of the release build that `make serve` serves: the page loads the wasm and renders
// the seed. This is the test that catches a wasm-opt that corrupts the build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { useBrowser, openPage, ROOT } from "./harness.js";

const env = useBrowser();

test("the served page renders the seed from 'Try an example'", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/`, { viewport: { width: 1000, height: 1400 } });
  const wasm = await page.request.get(`${env.server.url}/pkg/article_lens_bg.wasm`);
  assert.equal(wasm.headers()["content-type"], "application/wasm");
  // The example is fetched while the page is idle, before anyone clicks for it.
  await page.waitForFunction(
    () => performance.getEntriesByType("resource").some((e) => e.name.endsWith("/examples/china-pakistan.txt")),
    null,
    { timeout: 5000 },
  );
  await page.click("#example");
  const title = page.locator("article-lens .al-title");
  await title.waitFor();
  assert.equal(
    await title.textContent(),
    "China and Pakistan Reinforce Strategic Partnership as Islamabad Expands Diplomatic Engagement",
  );
  assert.equal(await page.locator("article-lens .al-key-point").count(), 3);
  assert.equal(await page.locator("article-lens .al-body > p.al-paragraph").count(), 11);
  assert.ok((await page.locator("article-lens mark.al-mark").count()) > 20);
  assert.ok((await page.locator("article-lens .al-legend-item").count()) >= 3);
  assert.deepEqual(errors, []);
  // index.html carries style.css inline (no render-blocking stylesheet): the two stay equal.
  const inline = /<style>\n([^]*?)  <\/style>/.exec(readFileSync(join(ROOT, "www/index.html"), "utf8"));
  assert.equal(inline?.[1], readFileSync(join(ROOT, "www/style.css"), "utf8"), "www/index.html's <style> must equal www/style.css");
  if (process.env.SCREENSHOTS) {
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "docs/screenshot.png"), fullPage: false });
  }
});

test("typing in the paste box renders as the text changes, markup stays text", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/`);
  await page.fill("#paste", "A <b>title</b>\n\n<img src=x onerror=\"window.pwned=1\"> text body.");
  const title = page.locator("article-lens .al-title");
  await title.waitFor();
  assert.equal(await title.textContent(), "A <b>title</b>");
  assert.equal(await page.locator("article-lens img").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(errors, []);
});
