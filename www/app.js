// The demo page: a paste box wired to the same <article-lens> element that sites embed.
import { decompressFragment } from "./article-lens.js";

const paste = document.getElementById("paste");
const view = document.getElementById("view");
let timer = 0;

function show(text) {
  paste.value = text;
  view.text = text;
}

paste.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => (view.text = paste.value), 150);
});

paste.addEventListener("paste", (event) => {
  const html = event.clipboardData && event.clipboardData.getData("text/html");
  if (html) {
    // Rich paste: read the HTML's structure (text only); show the plain text in the box.
    event.preventDefault();
    const plain = event.clipboardData.getData("text/plain");
    paste.value = plain;
    view.showHtml(html, plain);
  }
});

// The example is fetched while the page is idle (4 KB), so the button shows it at once; a
// failed fetch is tried again on the click.
let example = null;
function loadExample() {
  example ??= fetch("examples/china-pakistan.txt")
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .catch((err) => {
      example = null;
      throw err;
    });
  return example;
}
addEventListener("load", () => (globalThis.requestIdleCallback || setTimeout)(() => loadExample().catch(() => {})));

document.getElementById("example").addEventListener("click", async () => {
  show(await loadExample());
});

document.getElementById("clear").addEventListener("click", () => {
  show("");
  history.replaceState(null, "", location.pathname);
  paste.focus();
});

// A share link carries the article, compressed, in the fragment: it never reaches a server.
async function openFromFragment() {
  const match = /^#text=([A-Za-z0-9_-]*)$/.exec(location.hash);
  if (!match) return;
  try {
    show(await decompressFragment(match[1]));
  } catch {
    view.text = "";
    paste.value = "";
    paste.placeholder = "This share link is damaged: paste the article again.";
  }
}
window.addEventListener("hashchange", openFromFragment);
openFromFragment();
