//! The typed document model every front door consumes (CLI JSON, wasm object, DOM renderer).
//!
//! Text positions are given as UTF-16 code-unit offsets into the text they belong to, so that
//! JavaScript can slice with `String.prototype.slice` and Rust with [`crate::text::utf16_to_byte`]
//! (see [`crate::text`]). Spans never overlap and are sorted by `start`.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// The full analysis of one pasted article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Analysis {
    /// The article's title: its first meaningful line, or `None` when there is no text.
    pub title: Option<String>,
    /// "By …" line, only when the text has one.
    pub byline: Option<String>,
    /// A dateline or date line, only when the text has one.
    pub dateline: Option<String>,
    /// ISO 639-1 code of the article's language ("en" unless detected or given otherwise).
    pub lang: String,
    /// Key points: the article's own key-points section, or generated ones.
    pub key_points: Vec<KeyPoint>,
    /// The body in reading order, without the title and the key-points section.
    pub blocks: Vec<Block>,
    /// Keyphrases, best first.
    pub keyphrases: Vec<Keyphrase>,
    /// Themes with evidence in the text, heaviest first.
    pub themes: Vec<Theme>,
    /// Text lines recognised as boilerplate and kept out of the body (never silently dropped).
    pub removed: Vec<Removed>,
    /// Counts and reading time.
    pub stats: Stats,
}

/// One key point.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyPoint {
    /// The key point's text.
    pub text: String,
    /// `true` when the article had no key points and this one was extracted from the body.
    pub generated: bool,
    /// Indices into [`Analysis::blocks`] of the blocks that support this key point, best first
    /// (none for an article's own key points past the
    /// [`EVIDENCED_KEY_POINTS`](crate::keypoints::EVIDENCED_KEY_POINTS)th).
    pub evidence: Vec<usize>,
    /// Theme highlights inside the key point's text.
    pub spans: Vec<Span>,
}

/// The kind of a body block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A section heading inside the article.
    Heading,
    /// A paragraph of running text (captions and table rows included).
    Paragraph,
    /// One item of a list.
    ListItem,
    /// A block quotation.
    Quote,
}

/// One body block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text, whitespace collapsed to single spaces, markup removed.
    pub text: String,
    /// Heading level 1–6 for headings, list depth (1 = top) for list items, else 0.
    pub level: u8,
    /// Theme highlights inside `text`.
    pub spans: Vec<Span>,
    /// Where the best keyphrases occur inside `text` (`theme` is `"keyphrase"`); they may
    /// overlap theme spans, never each other.
    pub keyphrase_spans: Vec<Span>,
}

/// A highlighted run of text: `text[start..end]` in UTF-16 code units belongs to `theme`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// First UTF-16 code unit.
    pub start: usize,
    /// One past the last UTF-16 code unit.
    pub end: usize,
    /// The id of the theme (see [`Theme::id`]), shared by its spans (a long article has tens
    /// of thousands of spans and a handful of themes).
    pub theme: Arc<str>,
}

/// A keyphrase with its score (higher is better, 0–1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyphrase {
    /// The phrase as it appears in the text.
    pub text: String,
    /// Relevance, higher is better.
    pub score: f64,
}

/// A theme found in the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Theme {
    /// Stable identifier, e.g. `"security"`.
    pub id: String,
    /// Human-readable label, e.g. `"Conflict, security & defence"`.
    pub label: String,
    /// CSS colour of the highlight (`#rrggbb`).
    pub color: String,
    /// Weight of the theme in this article (share of all theme evidence, 0–1).
    pub score: f64,
    /// How many highlights the theme has.
    pub count: usize,
    /// The lexicon terms found, with how often each occurs, most frequent first.
    pub terms: Vec<TermCount>,
}

/// A lexicon term and the number of its occurrences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermCount {
    /// The term as first seen in the text (lower-cased).
    pub term: String,
    /// Occurrences.
    pub count: usize,
}

/// A line kept out of the body, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removed {
    /// Why it was removed: `"boilerplate"`, `"duplicate_title"`, `"image_placeholder"`, `"image_alt"`, `"rule"`, `"byline"`, `"dateline"`, `"key_points_heading"`.
    pub reason: String,
    /// The removed text.
    pub text: String,
}

/// Counts about the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Stats {
    /// Words in the title, key points and body.
    pub words: usize,
    /// Characters (Unicode scalar values) in the same.
    pub chars: usize,
    /// Sentences in the body.
    pub sentences: usize,
    /// Reading time range in minutes, `[fast, slow]`.
    pub reading_minutes: [u32; 2],
}
