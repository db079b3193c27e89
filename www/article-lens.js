// <article-lens>: the embeddable reading view. A thin custom element over the Rust/wasm core:
// the core analyses the text and renders the view into this element's shadow root with
// createElement/textContent only. Pasted text never becomes HTML.
import init, { View, analyze, detectLanguage, needsAllLanguages } from "./pkg/article_lens.js";
import { STYLES } from "./article-lens-styles.js";

/** Resolves once the wasm core is ready; rejects with a readable message if it cannot load. */
let ready = null;
function loadCore() {
  if (!ready) {
    ready = init()
      .then(() => {
        // While the page is idle, build the theme matcher and warm the code up, so that the
        // first article a reader pastes does not pay for it.
        const warm = () => {
          try {
            analyze("Warm-up\n\nTrade talks on the economy resumed on Monday.");
          } catch {
            // Only a warm-up: a real analysis reports its own errors.
          }
        };
        (globalThis.requestIdleCallback || ((f) => setTimeout(f, 0)))(warm);
      })
      .catch((err) => {
        const blocked = /CompileError|EvalError|Content Security Policy|wasm-unsafe-eval|WebAssembly/i.test(String(err));
        throw new Error(
          blocked
            ? "This reader needs WebAssembly, which is blocked on this page (its Content-Security-Policy needs 'wasm-unsafe-eval' in script-src)."
            : `The reader could not load: ${err && err.message ? err.message : err}`,
        );
      });
  }
  return ready;
}

/**
 * The build with every language (pkg-intl/), loaded on the first article in a language the
 * default bundle lacks; an English reader never downloads it.
 */
let intlCore = null;
function loadIntlCore() {
  intlCore ??= import("./pkg-intl/article_lens.js").then(async (module) => {
    await module.default();
    return module;
  });
  return intlCore;
}

/** Texts longer than this (UTF-16 units) are analysed in a Web Worker. */
export const WORKER_THRESHOLD = 48 * 1024;
/** Body blocks rendered per task after the first screen, so no task is long. */
const BLOCKS_PER_TASK = 30;

/** Yields to the event loop (input, paint) between rendering tasks. */
function nextTask() {
  if (globalThis.scheduler && typeof scheduler.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
}

/**
 * The worker's script URL; a TrustedScriptURL where the page enforces Trusted Types (a policy
 * that passes this one URL and nothing else).
 */
let workerPolicy = null;
function workerURL() {
  const url = new URL("./article-lens-worker.js", import.meta.url).href;
  if (globalThis.trustedTypes?.createPolicy) {
    try {
      workerPolicy ??= trustedTypes.createPolicy("article-lens", { createScriptURL: (u) => (u === url ? u : null) });
      return workerPolicy.createScriptURL(url);
    } catch {
      // The page's CSP does not allow this policy name: the string URL may still be accepted.
    }
  }
  return url;
}

/**
 * One worker shared by every <article-lens> of the page, started on first use. Rejects when no
 * worker can run (a CSP without worker-src, Trusted Types without our policy): the caller then
 * analyses on the main thread.
 */
let worker = null;
let jobs = 0;
const pending = new Map();
function analyzeInWorker(text, options, bundle) {
  if (!worker) {
    try {
      worker = new Worker(workerURL(), { type: "module" });
    } catch (err) {
      return Promise.reject(err);
    }
    worker.onmessage = ({ data }) => {
      const job = pending.get(data.id);
      pending.delete(data.id);
      if (job) data.error ? job.reject(new Error(data.error)) : job.resolve(data.json);
    };
    worker.onerror = (event) => {
      for (const job of pending.values()) job.reject(new Error(event.message || "the analysis worker failed"));
      pending.clear();
      worker = null;
    };
  }
  const id = ++jobs;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, text, options, bundle });
  });
}

const sheet = new CSSStyleSheet();
sheet.replaceSync(STYLES);

const ATTRIBUTES = ["key-points", "collapsed", "highlights", "theme-set", "lang", "editable", "toolbar"];

export class ArticleLens extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  constructor() {
    super();
    this._text = "";
    this._html = null;
    this._themes = [];
    this._analysis = null;
    this._view = null;
    this._quietToggles = new WeakSet();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [sheet];
    this._editor = document.createElement("textarea");
    this._editor.setAttribute("part", "editor");
    this._editor.setAttribute("aria-label", "Paste an article");
    this._editor.placeholder = "Paste an article here…";
    this._editor.hidden = true;
    this._editor.addEventListener("input", () => this._debounced(() => (this.text = this._editor.value)));
    this._editor.addEventListener("paste", (e) => this._onPaste(e));
    this._status = document.createElement("p");
    this._status.setAttribute("part", "status");
    this._status.setAttribute("role", "status");
    this._status.className = "al-status";
    // Hidden until there is something to say: an empty status would show as an empty red box.
    this._status.hidden = true;
    this._container = document.createElement("div");
    this._container.className = "al-container";
    this._container.setAttribute("part", "container");
    this._container.addEventListener("toggle", (e) => this._onSectionToggle(e), true);
    this._toolbar = this._buildToolbar();
    const shell = document.createElement("div");
    shell.className = "al-shell";
    shell.setAttribute("part", "shell");
    shell.append(this._editor, this._toolbar, this._status, this._container);
    root.append(shell);
  }

  connectedCallback() {
    // A property set before the element was upgraded shadows the accessor: re-apply it.
    for (const prop of ["text", "themes"]) {
      if (Object.prototype.hasOwnProperty.call(this, prop)) {
        const value = this[prop];
        delete this[prop];
        this[prop] = value;
      }
    }
    this._editor.hidden = !this.editable;
    this._toolbar.hidden = !this.hasAttribute("toolbar");
    this._render();
  }

  attributeChangedCallback(name) {
    if (name === "editable") {
      this._editor.hidden = !this.editable;
      if (this.editable) this._editor.value = this._text;
    }
    if (name === "toolbar") this._toolbar.hidden = !this.hasAttribute("toolbar");
    if (name === "collapsed" || name === "highlights") this._applyPresentation();
    else if (this.isConnected && name !== "toolbar" && name !== "editable") this._render();
  }

  /** The article text to analyse and show. */
  get text() {
    return this._text;
  }
  set text(value) {
    this._text = value == null ? "" : String(value);
    this._html = null;
    // Only an editable widget shows its paste area (setting 1 MB into a hidden one costs time).
    if (this.editable && this._editor.value !== this._text) this._editor.value = this._text;
    this._render();
  }

  /** Custom themes: [{id, label, color, terms}], extending the defaults (or replacing them with theme-set="custom"). */
  get themes() {
    return this._themes;
  }
  set themes(value) {
    this._themes = Array.isArray(value) ? value : [];
    this._render();
  }

  /** The latest analysis object (read-only), or null. */
  get analysis() {
    return this._analysis;
  }

  /** Shows a rich paste: the HTML's structure is read through DOMParser (text only). */
  showHtml(html, plainText = "") {
    this._html = String(html);
    this._text = plainText;
    this._render();
  }

  get keyPoints() {
    return this.getAttribute("key-points") || "auto";
  }
  set keyPoints(v) {
    this.setAttribute("key-points", String(v));
  }
  get collapsed() {
    return this.getAttribute("collapsed") || "";
  }
  set collapsed(v) {
    this.setAttribute("collapsed", String(v));
  }
  get highlights() {
    return this.getAttribute("highlights") || "on";
  }
  set highlights(v) {
    this.setAttribute("highlights", String(v));
  }
  get themeSet() {
    return this.getAttribute("theme-set") || "default";
  }
  set themeSet(v) {
    this.setAttribute("theme-set", String(v));
  }
  get lang() {
    return this.getAttribute("lang") || "";
  }
  set lang(v) {
    this.setAttribute("lang", String(v));
  }
  get editable() {
    return this.hasAttribute("editable");
  }
  set editable(v) {
    this.toggleAttribute("editable", Boolean(v));
  }

  get toolbar() {
    return this.hasAttribute("toolbar");
  }
  set toolbar(v) {
    this.toggleAttribute("toolbar", Boolean(v));
  }

  /** The key points as a Markdown list under the title ("" when there are none). */
  keyPointsMarkdown() {
    const a = this._analysis;
    if (!a || !a.key_points.length) return "";
    const head = a.title ? `## ${a.title}\n\n` : "";
    const label = a.key_points.every((k) => k.generated) ? "Key points (generated)" : "Key points";
    return `${head}**${label}**\n\n${a.key_points.map((k) => `- ${k.text}`).join("\n")}\n`;
  }

  /** The analysis as pretty-printed JSON ("" when there is none). */
  analysisJson() {
    return this._analysis ? JSON.stringify(this._analysis, null, 2) : "";
  }

  /** A link to `base` (default: this page) that carries the text, compressed, in its fragment. */
  async shareUrl(base = location.href) {
    const url = new URL(base);
    url.hash = `text=${await compressToFragment(this._text)}`;
    return url.href;
  }

  _buildToolbar() {
    const bar = document.createElement("div");
    bar.className = "al-toolbar";
    bar.setAttribute("part", "toolbar");
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Export and share");
    bar.hidden = true;
    const note = document.createElement("span");
    note.className = "al-toolbar-note";
    note.setAttribute("role", "status");
    const button = (label, action) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.setAttribute("part", "toolbar-button");
      b.addEventListener("click", async () => {
        try {
          note.textContent = await action();
        } catch (err) {
          note.textContent = `Could not: ${err && err.message ? err.message : err}`;
        }
      });
      return b;
    };
    bar.append(
      button("Copy key points (Markdown)", async () => {
        await navigator.clipboard.writeText(this.keyPointsMarkdown());
        return "Key points copied.";
      }),
      button("Download JSON", async () => {
        const blob = new Blob([this.analysisJson()], { type: "application/json" });
        const a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = "article-analysis.json";
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 1000);
        return "Analysis downloaded.";
      }),
      button("Copy share link", async () => {
        const link = await this.shareUrl();
        await navigator.clipboard.writeText(link);
        this._emit("article-lens:share", { url: link });
        return "Link copied: the article travels in the link itself, never to a server.";
      }),
      note,
    );
    return bar;
  }

  _onSectionToggle(event) {
    const section = event.target;
    if (!(section instanceof HTMLDetailsElement)) return;
    if (this._quietToggles.delete(section)) return;
    const summary = section.querySelector(":scope > summary");
    if (summary) summary.setAttribute("aria-expanded", String(section.open));
    const name = section.classList.contains("al-key-points") ? "key-points" : section.classList.contains("al-body") ? "body" : "removed";
    this._emit("article-lens:toggle", { section: name, open: section.open });
  }

  _debounced(fn) {
    clearTimeout(this._timer);
    this._timer = setTimeout(fn, 120);
  }

  _onPaste(event) {
    const html = event.clipboardData && event.clipboardData.getData("text/html");
    if (html) {
      const plain = event.clipboardData.getData("text/plain");
      event.preventDefault();
      this._editor.value = plain;
      this.showHtml(html, plain);
    }
  }

  _options() {
    const kp = this.keyPoints;
    return {
      keyPoints: /^\d+$/.test(kp) ? Number(kp) : kp,
      themes: this._themes,
      replaceThemes: this.themeSet === "custom",
      lang: this.lang,
    };
  }

  _emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
  }

  async _render() {
    const ticket = (this._ticket = (this._ticket || 0) + 1);
    const current = () => ticket === this._ticket;
    try {
      await loadCore();
    } catch (err) {
      this._fail(err);
      return;
    }
    if (!current()) return; // a newer render superseded this one
    try {
      if (!this._view) this._view = new View(this._container);
      let analysis;
      const options = this._options();
      // The default bundle has English word lists only; an article in another language it
      // lacks is analysed by the bundle with every language (in the worker when it is big).
      const lang = (options.lang || detectLanguage(this._text.slice(0, 20000))).split(/[-_]/)[0].toLowerCase();
      const intl = needsAllLanguages(lang);
      let found = null;
      if (this._html == null && this._text.length > WORKER_THRESHOLD) {
        this._working(true);
        // Where no worker can run, or it fails, the main thread analyses with the default
        // bundle (an input error then surfaces there, with its own message).
        const json = await analyzeInWorker(this._text, options, intl ? "intl" : "default").catch(() => null);
        if (!current()) return;
        if (json != null) {
          found = JSON.parse(json);
          await nextTask(); // parsing and the first render in separate tasks
          if (!current()) return;
        }
      } else if (intl) {
        this._working(true);
        const core = await loadIntlCore().catch(() => null);
        if (!current()) return;
        found = core && (this._html != null ? core.analyzeHtml(this._html, options) : core.analyze(this._text, options));
      }
      if (found) {
        analysis = found;
        this._view.render(analysis);
      } else {
        analysis =
          this._html != null ? this._view.renderHtml(this._html, options) : this._view.renderText(this._text, options);
      }
      this._analysis = analysis;
      this._working(false);
      this._status.textContent = "";
      this._status.hidden = true;
      this._applyPresentation();
      this._emit("article-lens:analyzed", analysis);
      // The rest of a long article, a few blocks per task.
      while (!this._view.renderMore(BLOCKS_PER_TASK)) {
        await nextTask();
        if (!current()) return;
      }
      this._emit("article-lens:rendered", { blocks: analysis.blocks.length });
    } catch (err) {
      if (current()) this._fail(err);
    }
  }

  _working(on) {
    this._container.setAttribute("aria-busy", String(on));
    this._status.classList.toggle("al-working", on);
    if (on) {
      this._status.hidden = false;
      this._status.textContent = `Analysing ${(this._text.length / 1024).toFixed(0)} KB…`;
    }
  }

  _applyPresentation() {
    const closed = new Set(this.collapsed.split(/[\s,]+/).filter(Boolean));
    for (const [part, section] of [
      ["key-points", this._container.querySelector(".al-key-points")],
      ["body", this._container.querySelector(".al-body")],
    ]) {
      if (section) {
        if (section.open === closed.has(part)) {
          this._quietToggles.add(section); // a change we make is not a user's toggle
          section.open = !closed.has(part);
        }
        const summary = section.querySelector(":scope > summary");
        if (summary) summary.setAttribute("aria-expanded", String(section.open));
      }
    }
    this._container.classList.toggle("al-no-highlights", this.highlights === "off");
  }

  _fail(err) {
    this._working(false);
    const message = err && err.message ? err.message : String(err);
    this._analysis = null;
    this._status.hidden = false;
    this._status.textContent = message;
    this._emit("article-lens:error", { message });
  }
}

/** Deflates text and encodes it base64url, for a URL fragment (never sent to a server). */
export async function compressToFragment(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The inverse of compressToFragment; throws on a damaged link. */
export async function decompressFragment(encoded) {
  const b64 = encoded.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(b64 + "===".slice((b64.length + 3) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).text();
}

if (!customElements.get("article-lens")) customElements.define("article-lens", ArticleLens);
