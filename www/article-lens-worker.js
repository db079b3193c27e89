// Web Worker of <article-lens>: analyses big pastes off the main thread so the page never
// freezes. The main thread renders the returned analysis object.
import init, { analyze } from "./pkg/article_lens.js";

const ready = init();

self.onmessage = async ({ data: { id, text, options } }) => {
  try {
    await ready;
    // As JSON: a string crosses to the main thread at once, where a big object graph would
    // take a long task to clone.
    self.postMessage({ id, json: JSON.stringify(analyze(text, options)) });
  } catch (err) {
    self.postMessage({ id, error: err && err.message ? err.message : String(err) });
  }
};
