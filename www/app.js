// The demo page: a paste box wired to the same <article-lens> element that sites embed.
import "./article-lens.js";

const paste = document.getElementById("paste");
const view = document.getElementById("view");
let timer = 0;

paste.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => (view.text = paste.value), 150);
});

paste.addEventListener("paste", (event) => {
  const html = event.clipboardData && event.clipboardData.getData("text/html");
  if (html) {
    // Rich paste: read the HTML's structure (text only), show the plain text in the box.
    event.preventDefault();
    const plain = event.clipboardData.getData("text/plain");
    paste.value = plain;
    view.showHtml(html, plain);
  }
});

document.getElementById("example").addEventListener("click", async () => {
  const response = await fetch("examples/china-pakistan.txt");
  paste.value = await response.text();
  view.text = paste.value;
});

document.getElementById("clear").addEventListener("click", () => {
  paste.value = "";
  view.text = "";
  paste.focus();
});
