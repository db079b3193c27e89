// Types of the article-lens package: the analysis model (the CLI's JSON has the same shape)
// and the <article-lens> custom element.

/** The kind of a body block. */
export type BlockKind = "heading" | "paragraph" | "list_item" | "quote";

/** A highlighted run: `text.slice(start, end)` (UTF-16 offsets) belongs to theme `theme`. */
export interface Span {
  start: number;
  end: number;
  theme: string;
}

/** One key point: the article's own, or generated (`generated: true`). */
export interface KeyPoint {
  text: string;
  generated: boolean;
  /** Indices into `blocks` of the blocks that support this key point, best first. */
  evidence: number[];
  spans: Span[];
}

/** One body block, in reading order. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Heading level 1–6, list depth (1 = top), else 0. */
  level: number;
  spans: Span[];
  /** Where the best keyphrases occur (`theme` is "keyphrase"); may overlap `spans`. */
  keyphrase_spans: Span[];
}

/** A keyphrase, best first; score in 0–1. */
export interface Keyphrase {
  text: string;
  score: number;
}

/** A lexicon term found in the article and its number of occurrences. */
export interface TermCount {
  term: string;
  count: number;
}

/** A theme with evidence in the article, heaviest first. */
export interface Theme {
  id: string;
  label: string;
  /** `#rrggbb` or `#rgb`. */
  color: string;
  /** Share of all theme highlights, 0–1. */
  score: number;
  count: number;
  terms: TermCount[];
}

/** A line kept out of the body, and why. */
export interface Removed {
  reason: "boilerplate" | "duplicate_title" | "image_placeholder" | "rule" | "byline" | "dateline" | string;
  text: string;
}

/** Counts and reading time. */
export interface Stats {
  words: number;
  chars: number;
  sentences: number;
  /** Reading time range in minutes: [fast, slow]. */
  reading_minutes: [number, number];
}

/** The analysis of one article. */
export interface Analysis {
  title: string | null;
  byline: string | null;
  dateline: string | null;
  lang: string;
  key_points: KeyPoint[];
  blocks: Block[];
  keyphrases: Keyphrase[];
  themes: Theme[];
  removed: Removed[];
  stats: Stats;
}

/** A custom theme passed by the embedder. */
export interface ThemeDefinition {
  /** 1–40 characters of a-z, A-Z, 0-9, '-' or '_'. */
  id: string;
  label: string;
  /** `#rgb` or `#rrggbb`. */
  color: string;
  /** Words or phrases of at most 12 words, matched by stem ("invest" matches "investment"). */
  terms: string[];
}

/** How many key points to generate when the article has none. */
export type KeyPointsLength = "auto" | "short" | "medium" | "long" | `${number}`;

/** `detail` of `article-lens:toggle`: a theme's highlights or a section were toggled. */
export type ToggleDetail =
  | { theme: string; visible: boolean }
  | { keyphrases: boolean }
  | { section: "key-points" | "body" | "removed"; open: boolean };

/** `detail` of `article-lens:error`. */
export interface ErrorDetail {
  message: string;
}

/** `detail` of `article-lens:share`. */
export interface ShareDetail {
  url: string;
}

/** The `<article-lens>` element. */
export declare class ArticleLens extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The article text to analyse and show. */
  text: string;
  /** Custom themes, extending the defaults (replacing them when `themeSet` is "custom"). */
  themes: ThemeDefinition[];
  /** The latest analysis, or null before the first one and after an error. */
  readonly analysis: Analysis | null;
  /** Attribute `key-points`. */
  keyPoints: KeyPointsLength;
  /** Attribute `collapsed`: space-separated sections shown collapsed ("key-points", "body"). */
  collapsed: string;
  /** Attribute `highlights`: "on" (default) or "off". */
  highlights: "on" | "off";
  /** Attribute `theme-set`: "default" (custom themes extend the defaults) or "custom" (replace them). */
  themeSet: "default" | "custom";
  /** Attribute `lang`: the article's language, when known. */
  lang: string;
  /** Attribute `editable`: shows the widget's own paste area. */
  editable: boolean;
  /** Attribute `toolbar`: shows the export and share buttons. */
  toolbar: boolean;
  /** Shows a rich paste: reads the HTML's structure (text only, nothing executed). */
  showHtml(html: string, plainText?: string): void;
  /** The key points as a Markdown list ("" when there are none). */
  keyPointsMarkdown(): string;
  /** The analysis as pretty-printed JSON ("" when there is none). */
  analysisJson(): string;
  /** A link carrying the text, compressed, in its fragment (never sent to a server). */
  shareUrl(base?: string): Promise<string>;
}

/** Deflates text to a base64url string for a URL fragment. */
export declare function compressToFragment(text: string): Promise<string>;
/** Inverse of compressToFragment; rejects on a damaged link. */
export declare function decompressFragment(encoded: string): Promise<string>;

declare global {
  interface HTMLElementTagNameMap {
    "article-lens": ArticleLens;
  }
  interface HTMLElementEventMap {
    "article-lens:analyzed": CustomEvent<Analysis>;
    "article-lens:rendered": CustomEvent<{ blocks: number }>;
    "article-lens:error": CustomEvent<ErrorDetail>;
    "article-lens:toggle": CustomEvent<ToggleDetail>;
    "article-lens:share": CustomEvent<ShareDetail>;
  }
}
