//! Line → block structure: title, key-points section, body blocks, byline, dateline and
//! boilerplate.
//!
//! The paste style (Markdown, hard-wrapped dump or browser copy) is detected from the whole
//! text ([`lines`]), the body is read by the matching parser ([`markdown`], [`plain`]), and
//! the pieces around the article's text are recognised last ([`meta`], [`section`]). Every
//! step is linear in the input size, and every word of the input ends up in the title, the
//! key points, the blocks or [`Document::removed`].

mod lines;
mod markdown;
mod meta;
mod plain;
mod section;

use crate::model::{BlockKind, Removed};
use crate::text::collapse_whitespace;
use lines::{soft_break, Line, Style};
pub use meta::is_key_points_heading;

/// The structure recovered from a pasted article, before any text analysis.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The title line, if any.
    pub title: Option<String>,
    /// A "By …" line.
    pub byline: Option<String>,
    /// A dateline or date line.
    pub dateline: Option<String>,
    /// The items of the article's own key-points section.
    pub key_points: Vec<String>,
    /// Body blocks in reading order.
    pub blocks: Vec<RawBlock>,
    /// Lines kept out of the body.
    pub removed: Vec<Removed>,
}

/// A body block before analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct RawBlock {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text, whitespace collapsed.
    pub text: String,
    /// Heading level or list depth (see [`crate::model::Block::level`]).
    pub level: u8,
}

/// A piece of the body in reading order: a block, or text kept out of the body.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    /// A body block.
    Block(RawBlock),
    /// Text kept out of the body (rule, image placeholder, …).
    Removed(Removed),
}

impl Piece {
    /// A removed piece of text.
    fn removed(reason: &str, text: &str) -> Piece {
        Piece::Removed(Removed { reason: reason.into(), text: collapse_whitespace(text) })
    }
}

/// Body paragraphs with at least this many words mark the start of the running text: a
/// byline or date line is only looked for before it.
const BODY_START_WORDS: usize = 15;

/// Recovers the structure of a normalised article.
///
/// ```
/// let doc = article_lens::structure::parse("Title\n\nKey Points:\n- One.\n- Two.\n\nBody text.");
/// assert_eq!(doc.title.as_deref(), Some("Title"));
/// assert_eq!(doc.key_points, ["One.", "Two."]);
/// assert_eq!(doc.blocks.len(), 1);
/// ```
pub fn parse(text: &str) -> Document {
    let raw: Vec<&str> = text.split('\n').collect();
    let lines: Vec<Line> = raw.iter().map(|l| Line::parse(l)).collect();
    let style = lines::detect_style(&lines);
    let mut doc = Document::default();
    let mut pieces: Vec<Piece> = Vec::new();
    let start = title(&lines, style, &mut doc, &mut pieces);
    let section = section::find(&lines[start..]);
    let clean = |t: &str| if style == Style::Markdown { markdown::inline_text(t) } else { collapse_whitespace(t) };
    match section {
        Some(s) => {
            body(&raw[start..start + s.heading], &lines[start..start + s.heading], style, &mut pieces);
            let key_points: Vec<String> = s.items.iter().map(|t| clean(t)).filter(|t| !t.is_empty()).collect();
            let mut after = Vec::new();
            body(&raw[start + s.end..], &lines[start + s.end..], style, &mut after);
            finish(&mut doc, pieces);
            doc.key_points = key_points;
            finish(&mut doc, after);
        }
        None => {
            body(&raw[start..], &lines[start..], style, &mut pieces);
            finish(&mut doc, pieces);
        }
    }
    doc
}

/// Reads the title (the first non-blank line, or the first wrapped line group of a
/// hard-wrapped dump) and a repetition of it; returns the index of the next line.
fn title(lines: &[Line], style: Style, doc: &mut Document, pieces: &mut Vec<Piece>) -> usize {
    let Some(first) = lines.iter().position(|l| !l.is_blank()) else {
        return lines.len();
    };
    let (title, mut next) = title_at(lines, first, style);
    let Some(title) = title else {
        return next;
    };
    if let Some(again) = (next..lines.len()).find(|k| !lines[*k].is_blank()) {
        let (repeat, after) = title_at(lines, again, style);
        if repeat.is_some_and(|r| r.to_lowercase() == title.to_lowercase()) {
            pieces.push(Piece::removed("duplicate_title", &title));
            next = after;
        }
    }
    doc.title = Some(title);
    next
}

/// The title text starting at line `i`, and the index after it.
fn title_at(lines: &[Line], i: usize, style: Style) -> (Option<String>, usize) {
    let mut text = lines[i].text.to_string();
    let mut next = i + 1;
    if let Style::Wrapped { width } = style {
        while next < lines.len() && !lines[next].is_blank() && soft_break(&lines[next - 1], &lines[next], width) {
            text.push(' ');
            text.push_str(lines[next].text);
            next += 1;
        }
    }
    let text = match style {
        Style::Markdown => markdown::inline_text(markdown::atx_heading(&text).map_or(text.as_str(), |(_, t)| t)),
        _ => collapse_whitespace(&text),
    };
    ((!text.is_empty()).then_some(text), next)
}

/// Parses body lines in the paste's style.
fn body(raw: &[&str], lines: &[Line], style: Style, out: &mut Vec<Piece>) {
    match style {
        Style::Markdown => markdown::parse(raw, out),
        Style::Wrapped { width } => plain::parse(lines, Some(width), out),
        Style::Plain => plain::parse(lines, None, out),
    }
}

/// Moves pieces into the document, recognising the byline, the dateline and boilerplate.
fn finish(doc: &mut Document, pieces: Vec<Piece>) {
    let is_running_text = |b: &RawBlock| b.kind == BlockKind::Paragraph && crate::text::words(&b.text).nth(BODY_START_WORDS - 1).is_some();
    let mut before_body = !doc.blocks.iter().any(is_running_text);
    for piece in pieces {
        let block = match piece {
            Piece::Removed(r) => {
                doc.removed.push(r);
                continue;
            }
            Piece::Block(b) => b,
        };
        if block.kind != BlockKind::ListItem && meta::is_boilerplate(&block.text) {
            doc.removed.push(Removed { reason: "boilerplate".into(), text: block.text });
        } else if before_body && doc.byline.is_none() && block.kind != BlockKind::ListItem && meta::is_byline(&block.text) {
            doc.byline = Some(block.text.clone());
            doc.removed.push(Removed { reason: "byline".into(), text: block.text });
        } else if before_body && doc.dateline.is_none() && meta::is_date_line(&block.text) {
            doc.dateline = Some(block.text.clone());
            doc.removed.push(Removed { reason: "dateline".into(), text: block.text });
        } else {
            if before_body && doc.dateline.is_none() && block.kind == BlockKind::Paragraph {
                doc.dateline = meta::leading_dateline(&block.text).map(str::to_string);
            }
            before_body &= !is_running_text(&block);
            doc.blocks.push(block);
        }
    }
}
