//! Line → block structure: title, key-points section, body blocks, byline, dateline and
//! boilerplate.
//!
//! The paste style (Markdown, hard-wrapped dump or browser copy) is detected from the whole
//! text (module `lines`), the body is read by the matching parser (`markdown`, `plain`), and
//! the pieces around the article's text are recognised last (`meta`, `section`). Every step
//! is linear in the input size, and every word of the input ends up in the title, the key
//! points, the blocks or [`Document::removed`] (list numbers, link targets and other markup
//! aside).

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
        Piece::Removed(Removed {
            reason: reason.into(),
            text: collapse_whitespace(text),
        })
    }
}

/// How many non-blank lines are tried, in order, as the title before giving up.
const MAX_TITLE_TRIES: usize = 5;

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
    let start = title(&raw, &lines, style, &mut doc, &mut pieces);
    let section = section::find(&lines[start..]);
    match section {
        Some(s) => {
            let (heading, end) = (start + s.heading, start + s.end);
            body(
                &raw[start..heading],
                &lines[start..heading],
                style,
                &mut pieces,
            );
            finish(&mut doc, pieces);
            doc.removed.push(Removed {
                reason: "key_points_heading".into(),
                text: lines[heading].text.into(),
            });
            doc.key_points = if s.bulleted {
                let mut items = Vec::new();
                body(
                    &raw[heading + 1..end],
                    &lines[heading + 1..end],
                    style,
                    &mut items,
                );
                items
                    .into_iter()
                    .filter_map(|p| match p {
                        Piece::Block(b) => Some(without_marker(&b.text)),
                        Piece::Removed(r) => {
                            doc.removed.push(r);
                            None
                        }
                    })
                    .collect()
            } else {
                lines[heading + 1..end]
                    .iter()
                    .map(|l| clean_line(l.text, style))
                    .filter(|t| !t.is_empty())
                    .collect()
            };
            let mut after = Vec::new();
            body(&raw[end..], &lines[end..], style, &mut after);
            finish(&mut doc, after);
        }
        None => {
            body(&raw[start..], &lines[start..], style, &mut pieces);
            finish(&mut doc, pieces);
        }
    }
    doc
}

/// Whether a block is only a dateline ("LONDON (Reuters) -"), put on a line of its own.
fn is_whole_dateline(text: &str) -> bool {
    meta::leading_dateline(text).is_some_and(|d| {
        text[d.len()..]
            .trim()
            .chars()
            .all(|c| matches!(c, '-' | '—' | '–'))
    })
}

/// A key point's text without a list marker the parser kept as text ("1. Text" → "Text").
fn without_marker(text: &str) -> String {
    match lines::split_marker(text) {
        (Some(_), rest) => rest.trim().to_string(),
        (None, _) => text.to_string(),
    }
}

/// The text of one line in the paste's style.
fn clean_line(text: &str, style: Style) -> String {
    if style == Style::Markdown {
        markdown::inline_text(text)
    } else {
        collapse_whitespace(text)
    }
}

/// Reads the title (the first non-blank line with text, or the first wrapped line group of a
/// hard-wrapped dump) and a repetition of it; returns the index of the next line. Lines of
/// markup without text before the title (a Markdown image) are read as body.
fn title(
    raw: &[&str],
    lines: &[Line],
    style: Style,
    doc: &mut Document,
    pieces: &mut Vec<Piece>,
) -> usize {
    let mut candidates = (0..lines.len())
        .filter(|k| !lines[*k].is_blank())
        .take(MAX_TITLE_TRIES);
    let Some((at, title, mut next)) = candidates.find_map(|k| {
        let (title, next) = title_at(lines, k, style);
        title.map(|t| (k, t, next))
    }) else {
        return 0;
    };
    body(&raw[..at], &lines[..at], style, pieces);
    if let Some(again) = (next..lines.len()).find(|k| !lines[*k].is_blank()) {
        let (repeat, after) = title_at(lines, again, style);
        if repeat.is_some_and(|r| crate::text::fold(&r) == crate::text::fold(&title)) {
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
        while next < lines.len()
            && !lines[next].is_blank()
            && soft_break(&lines[next - 1], &lines[next], width)
        {
            text.push(' ');
            text.push_str(lines[next].text);
            next += 1;
        }
    }
    let heading = markdown::atx_heading(&text).map_or(text.as_str(), |(_, t)| t);
    let text = match style {
        Style::Markdown => markdown::inline_text(heading),
        _ => collapse_whitespace(heading),
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

/// What pandoc writes in place of a table it cannot convert: a placeholder, not article text.
const TABLE_PLACEHOLDER: &str = "[TABLE]";

/// Moves pieces into the document, recognising the byline, the dateline and boilerplate.
fn finish(doc: &mut Document, pieces: Vec<Piece>) {
    let is_running_text = |b: &RawBlock| {
        b.kind == BlockKind::Paragraph
            && crate::text::words(&b.text)
                .nth(BODY_START_WORDS - 1)
                .is_some()
    };
    let mut before_body = !doc.blocks.iter().any(is_running_text);
    for piece in pieces {
        let block = match piece {
            Piece::Removed(r) => {
                doc.removed.push(r);
                continue;
            }
            Piece::Block(b) => b,
        };
        if block.text == TABLE_PLACEHOLDER {
            doc.removed.push(Removed {
                reason: "table_placeholder".into(),
                text: block.text,
            });
        } else if block.kind != BlockKind::ListItem && meta::is_boilerplate(&block.text) {
            doc.removed.push(Removed {
                reason: "boilerplate".into(),
                text: block.text,
            });
        } else if before_body
            && doc.byline.is_none()
            && block.kind != BlockKind::ListItem
            && meta::is_byline(&block.text)
        {
            doc.byline = Some(block.text.clone());
            doc.removed.push(Removed {
                reason: "byline".into(),
                text: block.text,
            });
        } else if before_body
            && doc.dateline.is_none()
            && (meta::is_date_line(&block.text) || is_whole_dateline(&block.text))
        {
            doc.dateline = Some(
                meta::leading_dateline(&block.text)
                    .unwrap_or(&block.text)
                    .to_string(),
            );
            doc.removed.push(Removed {
                reason: "dateline".into(),
                text: block.text,
            });
        } else {
            if before_body && doc.dateline.is_none() && block.kind == BlockKind::Paragraph {
                doc.dateline = meta::leading_dateline(&block.text).map(str::to_string);
            }
            before_body = before_body && !is_running_text(&block);
            doc.blocks.push(block);
        }
    }
}
