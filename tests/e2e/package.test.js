// The ES module package in dist/ (scripts/package.sh): loads from a plain <script type="module">
// with no bundler, and its TypeScript types compile in strict mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { useBrowser, ROOT } from "./harness.js";

const DIST = join(ROOT, "dist");
const env = useBrowser(DIST);

test("package.json exports the element, its types and the manifest", () => {
  const pkg = JSON.parse(readFileSync(join(DIST, "package.json"), "utf8"));
  assert.equal(pkg.type, "module");
  assert.equal(pkg.exports["."].default, "./article-lens.js");
  assert.equal(pkg.exports["."].types, "./article-lens.d.ts");
  for (const file of pkg.files) readFileSync(join(DIST, file)); // every listed file exists
  const manifest = JSON.parse(readFileSync(join(DIST, "custom-elements.json"), "utf8"));
  const element = manifest.modules[0].declarations.find((d) => d.tagName === "article-lens");
  assert.deepEqual(
    element.attributes.map((a) => a.name),
    ["key-points", "collapsed", "highlights", "theme-set", "lang", "editable", "toolbar"],
  );
  assert.ok(element.events.some((e) => e.name === "article-lens:analyzed"));
});

test("the package works from a plain <script type=module>, no bundler", async () => {
  const page = await (await env.browser.newContext()).newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route(`${env.server.url}/demo.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>demo</title><article-lens></article-lens>
        <script type="module">import "./article-lens.js";
        document.querySelector("article-lens").text = "Plain module title\\n\\nKey Points:\\n- It loads.\\n\\nBody text.";</script>`,
    }),
  );
  await page.goto(`${env.server.url}/demo.html`);
  await page.locator("article-lens .al-title").waitFor();
  assert.equal(await page.locator("article-lens .al-title").textContent(), "Plain module title");
  assert.equal(await page.locator("article-lens .al-key-point").count(), 1);
  assert.deepEqual(errors, []);
});

test("the TypeScript types compile in strict mode and type the element", () => {
  const dir = mkdtempSync(join(tmpdir(), "al-types-"));
  const usage = join(dir, "usage.ts");
  writeFileSync(
    usage,
    `import type { Analysis, ThemeDefinition } from ${JSON.stringify(join(DIST, "article-lens.js"))};
const el = document.querySelector("article-lens")!;
el.text = "Title\\n\\nBody";
el.keyPoints = "short";
const themes: ThemeDefinition[] = [{ id: "x", label: "X", color: "#abc", terms: ["x"] }];
el.themes = themes;
el.addEventListener("article-lens:analyzed", (e) => {
  const a: Analysis = e.detail;
  const first: string | undefined = a.key_points[0]?.text;
  const n: number = a.blocks.length + a.stats.reading_minutes[0];
  console.log(first, n);
});
// @ts-expect-error: analysis is read-only
el.analysis = null;
`,
  );
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "--strict", "--noEmit", "--target", "es2022", "--module", "nodenext", "--lib", "es2022,dom", usage], {
    stdio: "pipe",
  });
});
