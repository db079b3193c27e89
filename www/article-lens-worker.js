// Web Worker of <article-lens>: analyses big pastes off the main thread so the page never
// freezes, and articles in languages the default bundle lacks with the bundle that has every
// language (pkg-intl/, loaded here on first need). The main thread renders the returned analysis.
const bundles = new Map();
function core(bundle) {
  if (!bundles.has(bundle)) {
    const url = bundle === "intl" ? "./pkg-intl/article_lens.js" : "./pkg/article_lens.js";
    bundles.set(bundle, import(url).then(async (module) => (await module.default(), module)));
  }
  return bundles.get(bundle);
}

self.onmessage = async ({ data: { id, text, options, bundle } }) => {
  try {
    const { analyzeJson } = await core(bundle);
    // As JSON text, written by the core: a string crosses to the main thread at once, where a
    // big object graph would take a long task to clone, and no object graph is built here.
    self.postMessage({ id, json: analyzeJson(text, options) });
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
};
