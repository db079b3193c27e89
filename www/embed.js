// Feeds the seed article to every <article-lens data-example> on the demo and test pages
// (an external module: the CSP pages allow no inline script).
import "./article-lens.js";

const text = await (await fetch("examples/china-pakistan.txt")).text();
for (const widget of document.querySelectorAll("article-lens[data-example]")) widget.text = text;
