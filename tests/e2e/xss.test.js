// XSS and injection: 100 payloads placed in titles, key points, paragraphs, headings, list
// items, quotes, custom theme labels and colours, share links and rich-paste HTML, in the page
// and under Trusted Types. None may execute (window.__xss stays unset) and no element outside
// the renderer's own set may appear.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser, openPage } from "./harness.js";
import { PAYLOADS } from "./xss-payloads.js";

/** The elements the renderer (and the widget shell) create; nothing else may appear. */
const RENDERER_TAGS = [
  "DIV", "TEXTAREA", "P", "ARTICLE", "HEADER", "H2", "H3", "H4", "H5", "DETAILS", "SUMMARY", "UL", "LI",
  "BUTTON", "SPAN", "BLOCKQUOTE", "MARK",
];

const env = useBrowser();

/** Articles that put a payload in every position the parser recognises. */
function articles(p) {
  return [
    `${p}\n\nKey Points:\n- ${p}\n- Second point.\n\n${p} in a paragraph about security.\n\n# ${p}\n\n- ${p}\n\n> ${p}`,
    `Title\n\n${p}`,
  ];
}

/** In the page: renders every text in the widget, collecting foreign tags and the sentinel. */
const renderTexts = async ({ texts, allowed }) => {
  const view = document.querySelector("article-lens");
  const before = document.querySelectorAll("*").length;
  const foreign = new Set();
  let rendered = 0;
  for (const text of texts) {
    const done = new Promise((resolve) => view.addEventListener("article-lens:analyzed", resolve, { once: true }));
    view.text = text;
    await done;
    rendered += 1;
    for (const el of view.shadowRoot.querySelectorAll("*")) if (!allowed.includes(el.tagName)) foreign.add(el.tagName);
  }
  await new Promise((r) => setTimeout(r, 300)); // let any onerror/onload fire
  return { rendered, xss: window.__xss, foreign: [...foreign], added: document.querySelectorAll("*").length - before };
};

const TEXTS = PAYLOADS.flatMap(articles);

test("payloads in every text position never execute, in the page", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/`);
  const r = await page.evaluate(renderTexts, { texts: TEXTS, allowed: RENDERER_TAGS });
  assert.equal(r.rendered, PAYLOADS.length * 2);
  assert.equal(r.xss, undefined);
  assert.deepEqual(r.foreign, []);
  assert.equal(r.added, 0);
  assert.deepEqual(errors, []);
});

test("payloads never execute under require-trusted-types-for 'script'", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/trusted-types.html`);
  const response = await page.request.get(`${env.server.url}/trusted-types.html`);
  assert.match(response.headers()["content-security-policy"], /require-trusted-types-for 'script'/);
  await page.locator("article-lens .al-title").waitFor();
  const r = await page.evaluate(renderTexts, { texts: TEXTS, allowed: RENDERER_TAGS });
  assert.equal(r.xss, undefined);
  assert.deepEqual(r.foreign, []);
  assert.deepEqual(errors, [], "a Trusted Types violation would show here");
});

test("payloads as rich-paste HTML are read as text only", async () => {
  const { page, errors } = await openPage(env.browser, `${env.server.url}/`);
  const r = await page.evaluate(async ({ payloads, allowed }) => {
    const view = document.querySelector("article-lens");
    const foreign = new Set();
    for (const p of payloads) {
      const done = new Promise((resolve) => view.addEventListener("article-lens:analyzed", resolve, { once: true }));
      view.showHtml(`<h1>Title ${p}</h1><h2>Key Points</h2><ul><li>${p}</li></ul><p>${p}</p><blockquote>${p}</blockquote><table><tr><td>${p}</td></tr></table>`);
      await done;
      for (const el of view.shadowRoot.querySelectorAll("*")) if (!allowed.includes(el.tagName)) foreign.add(el.tagName);
    }
    await new Promise((r) => setTimeout(r, 300));
    return { xss: window.__xss, foreign: [...foreign] };
  }, { payloads: PAYLOADS, allowed: RENDERER_TAGS });
  assert.equal(r.xss, undefined);
  assert.deepEqual(r.foreign, []);
  assert.deepEqual(errors, []);
});

test("payloads as custom theme labels show as text; as colours they are rejected", async () => {
  const { page } = await openPage(env.browser, `${env.server.url}/`);
  const r = await page.evaluate(async ({ payloads }) => {
    const view = document.querySelector("article-lens");
    let labelsShown = 0;
    let coloursRejected = 0;
    for (const p of payloads) {
      const done = new Promise((resolve) => view.addEventListener("article-lens:analyzed", resolve, { once: true }));
      view.text = "Title\n\nSecurity and more security talks.";
      view.themes = [{ id: "custom", label: p.slice(0, 80).trim() || "x", color: "#abcdef", terms: ["security"] }];
      await done; // the two changes render once: the later render supersedes the earlier
      const label = p.slice(0, 80).trim();
      if ([...view.shadowRoot.querySelectorAll(".al-legend-item")].some((b) => b.textContent.includes(label))) labelsShown += 1;
      const failed = new Promise((resolve) => view.addEventListener("article-lens:error", resolve, { once: true }));
      view.themes = [{ id: "custom", label: "Custom", color: p, terms: ["security"] }];
      const e = await failed;
      if (/color/.test(e.detail.message)) coloursRejected += 1;
    }
    await new Promise((r) => setTimeout(r, 300));
    return { xss: window.__xss, labelsShown, coloursRejected };
  }, { payloads: PAYLOADS });
  assert.equal(r.xss, undefined);
  assert.equal(r.coloursRejected, PAYLOADS.length);
  assert.ok(r.labelsShown >= PAYLOADS.length - 5, `labels shown as text: ${r.labelsShown}`);
});

test("payloads carried by share links never execute", async () => {
  const { page } = await openPage(env.browser, `${env.server.url}/`);
  const links = await page.evaluate(async (payloads) => {
    const { compressToFragment } = await import("/article-lens.js");
    const out = [];
    for (const p of payloads.slice(0, 25)) out.push(`/#text=${await compressToFragment(`${p}\n\n${p} body.`)}`);
    out.push("/#text=<img src=x onerror=window.__xss=1>", "/#text=javascript:window.__xss=1");
    return out;
  }, PAYLOADS);
  for (const link of links) {
    const { page: opened, context } = await openPage(env.browser, `${env.server.url}${link}`);
    await opened.waitForTimeout(150);
    assert.equal(await opened.evaluate(() => window.__xss), undefined, link);
    assert.equal(await opened.locator("img, iframe, svg, object, embed").count(), 0);
    await context.close();
  }
});
