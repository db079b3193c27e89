// Styles of the <article-lens> shadow root. Every colour, font and spacing is a CSS custom
// property the host page can set on the element (see README "Embed it").
export const STYLES = `
:host {
  display: block;
  --al-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --al-font-size: 16px;
  --al-line-height: 1.6;
  --al-text: #1a1a1a;
  --al-muted: #555;
  --al-bg: #ffffff;
  --al-surface: #f5f6f8;
  --al-border: #d9dce1;
  --al-accent: #1f5fbf;
  --al-focus: #1f5fbf;
  --al-mark-text: #1a1a1a;
  --al-evidence: #fff3a3;
  --al-gap: 1rem;
  --al-max-width: 46em;
}
/* The shell resets everything the host page could make us inherit (color, font, spacing…). */
.al-shell {
  all: initial;
  display: block;
  color: var(--al-text);
  background: var(--al-bg);
  font-family: var(--al-font);
  font-size: var(--al-font-size);
  line-height: var(--al-line-height);
  text-align: start;
}
@media (prefers-color-scheme: dark) {
  :host {
    --al-text: #e8e8e8;
    --al-muted: #b4b4b4;
    --al-bg: #16181c;
    --al-surface: #22252b;
    --al-border: #3a3f48;
    --al-accent: #8ab4ff;
    --al-focus: #8ab4ff;
    --al-evidence: #5a4d00;
  }
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
button, textarea { font: inherit; letter-spacing: inherit; }
.al-container, textarea, .al-status { max-width: var(--al-max-width); margin: 0 auto; }
textarea {
  display: block; width: 100%; min-height: 8rem; margin-bottom: var(--al-gap);
  font: inherit; color: var(--al-text); background: var(--al-surface);
  border: 1px solid var(--al-border); border-radius: 6px; padding: .6rem;
}
textarea[hidden], .al-status[hidden] { display: none; }
.al-status { color: #8a1111; background: #fdecec; border: 1px solid #e8b4b4; border-radius: 6px; padding: .5rem .75rem; }
.al-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin: 0 auto var(--al-gap); max-width: var(--al-max-width); }
.al-toolbar[hidden] { display: none; }
.al-toolbar button {
  font: inherit; font-size: .85em; color: var(--al-text); background: var(--al-surface);
  border: 1px solid var(--al-border); border-radius: 6px; padding: .25rem .6rem; cursor: pointer;
}
.al-toolbar-note { color: var(--al-muted); font-size: .85em; }
.al-status.al-working { color: var(--al-text); background: var(--al-surface); border-color: var(--al-border); }
.al-status.al-working::before {
  content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .5em; vertical-align: -.1em;
  border: 2px solid var(--al-border); border-top-color: var(--al-accent); border-radius: 50%;
  animation: al-spin .8s linear infinite;
}
@keyframes al-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .al-status.al-working::before { animation: none; } }
.al-title { font-size: 1.6em; line-height: 1.25; margin: 0 0 .25em; }
.al-meta { color: var(--al-muted); margin: 0 0 var(--al-gap); font-size: .9em; }
details { margin: 0 0 var(--al-gap); }
summary {
  cursor: pointer; font-weight: 600; padding: .3rem 0; color: var(--al-text);
  border-radius: 4px;
}
.al-key-points {
  background: var(--al-surface); border: 1px solid var(--al-border); border-radius: 8px; padding: .4rem 1rem;
}
.al-key-point-list { margin: .3rem 0 .5rem; padding-left: 1.2rem; }
.al-key-point { margin: .25rem 0; }
.al-key-point-link {
  all: unset; display: block; text-align: start; cursor: pointer; border-radius: 3px;
  color: inherit; font: inherit; line-height: inherit;
}
.al-key-point-link:hover { text-decoration: underline; text-decoration-color: var(--al-accent); }
.al-key-point-link:focus-visible { outline: 3px solid var(--al-focus); outline-offset: 2px; }
.al-legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: 0 0 var(--al-gap); }
.al-legend-item {
  display: inline-flex; align-items: center; gap: .35rem; font: inherit; font-size: .85em;
  color: var(--al-text); background: var(--al-bg); border: 1px solid var(--al-border);
  border-radius: 999px; padding: .15rem .6rem; cursor: pointer;
}
.al-legend-item[aria-pressed="false"] { opacity: .6; text-decoration: line-through; }
.al-swatch { width: .8em; height: .8em; border-radius: 50%; background: var(--al-mark); border: 1px solid var(--al-border); }
.al-count { color: var(--al-muted); font-variant-numeric: tabular-nums; }
.al-keyphrases { color: var(--al-muted); font-size: .9em; margin: 0 0 var(--al-gap); }
.al-keyphrases-toggle {
  font: inherit; font-weight: 600; color: var(--al-text); background: var(--al-bg);
  border: 1px solid var(--al-border); border-radius: 999px; padding: .05rem .55rem; cursor: pointer;
}
.al-keyphrases-toggle[aria-pressed="true"] { background: var(--al-surface); border-color: var(--al-accent); }
.al-show-kp .al-kp, .al-show-kp .al-keyphrase { text-decoration: underline 2px var(--al-accent); text-underline-offset: 3px; }
.al-mark { background: var(--al-mark); color: var(--al-mark-text); border-radius: 2px; padding: 0 .1em; }
.al-no-highlights .al-mark { background: none; color: inherit; padding: 0; }
.al-paragraph, .al-quote, .al-list { margin: 0 0 .9em; }
/* Body blocks off screen are laid out and painted only when scrolled near: the first frame of a
   long article costs what its first screen does. Their paint containment would clip outlines
   at the block's edge (evidence, focus rings): overflow-clip-margin leaves room for them. */
.al-body > * { content-visibility: auto; contain-intrinsic-size: auto 5em; overflow-clip-margin: 8px; }
.al-quote { border-left: 3px solid var(--al-border); padding-left: 1rem; color: var(--al-muted); margin-left: 0; }
.al-heading { margin: 1.2em 0 .5em; line-height: 1.3; }
.al-evidence { background: var(--al-evidence); outline: 2px solid var(--al-evidence); border-radius: 3px; transition: background .3s; }
.al-removed { color: var(--al-muted); font-size: .85em; }
:focus-visible { outline: 3px solid var(--al-focus); outline-offset: 2px; }
@media print {
  .al-shell { color: #000; background: #fff; }
  textarea, .al-legend, .al-status, .al-removed, .al-toolbar { display: none; }
  .al-mark { background: none; color: inherit; text-decoration: underline; }
  details > summary { list-style: none; }
  .al-evidence { background: none; outline: none; }
}
`;
