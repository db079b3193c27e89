//! Line → block structure: title, key-points section, body blocks, byline and boilerplate.
//!
//! Works on normalised text (see [`crate::text::normalize`]) in one pass over its lines, so it
//! is linear in the input size.

use crate::model::{BlockKind, Removed};
use crate::text::collapse_whitespace;

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

/// Headings that introduce a key-points section (compared case-insensitively, without a
/// trailing colon or Markdown decoration).
const KEY_POINT_HEADINGS: &[&str] = &[
    "key points",
    "key point",
    "story highlights",
    "highlights",
    "key takeaways",
    "takeaways",
    "key facts",
    "summary",
    "what you need to know",
    "at a glance",
    "the big picture",
    "tl;dr",
    "tldr",
    "in brief",
    "in short",
    "the key points",
    "main points",
    "quick read",
    "the essentials",
];

/// Lines that are page furniture, not article text (compared case-insensitively).
const BOILERPLATE_LINES: &[&str] = &[
    "advertisement",
    "share this article",
    "share",
    "sign up for our newsletter",
    "skip advertisement",
    "continue reading",
    "story continues below advertisement",
    "supported by",
];

/// Prefixes of boilerplate lines (compared case-insensitively).
const BOILERPLATE_PREFIXES: &[&str] = &["read more:", "related:", "see also:"];

/// A line with its list marker and indentation recognised.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// Columns of leading space.
    indent: usize,
    /// The line without leading and trailing space and without its list marker.
    content: &'a str,
    /// Whether the line starts with a list marker.
    marker: Option<Marker>,
}

/// A list marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// •, -, *, ·, –, □, ◦, ▪, ‣ …
    Bullet,
    /// "1." or "1)"
    Numbered,
}

impl<'a> Line<'a> {
    fn parse(raw: &'a str) -> Self {
        let indent = raw.chars().take_while(|c| *c == ' ' || *c == '\t').count();
        let trimmed = raw.trim();
        let (marker, content) = split_marker(trimmed);
        Line { indent, content: content.trim(), marker }
    }

    fn is_blank(&self) -> bool {
        self.content.is_empty() && self.marker.is_none()
    }
}

/// Splits a list marker off the start of a trimmed line.
fn split_marker(line: &str) -> (Option<Marker>, &str) {
    let mut chars = line.chars();
    if let Some(first) = chars.next() {
        if matches!(first, '•' | '·' | '–' | '—' | '□' | '◦' | '▪' | '‣' | '●' | '○' | '■' | '►' | '▸' | '-' | '*' | '+') {
            let rest = chars.as_str();
            if rest.starts_with(' ') || rest.starts_with('\t') {
                return (Some(Marker::Bullet), rest);
            }
            if matches!(first, '•' | '·' | '□' | '◦' | '▪' | '‣' | '●' | '○' | '■' | '►' | '▸') && !rest.is_empty() {
                return (Some(Marker::Bullet), rest);
            }
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        for punct in [". ", ") ", ".\t", ")\t"] {
            if let Some(after) = rest.strip_prefix(punct) {
                return (Some(Marker::Numbered), after);
            }
        }
    }
    (None, line)
}

/// Lower-cased heading text without Markdown decoration or a trailing colon.
fn heading_key(line: &str) -> String {
    let t = line.trim().trim_start_matches('#').trim();
    let t = t.trim_matches(|c| c == '*' || c == '_').trim();
    let t = t.strip_suffix(':').unwrap_or(t).trim();
    t.to_lowercase()
}

/// Whether the line introduces a key-points section.
fn is_key_points_heading(line: &str) -> bool {
    line.chars().count() <= 40 && KEY_POINT_HEADINGS.contains(&heading_key(line).as_str())
}

/// Why a line is boilerplate, if it is.
fn boilerplate(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    BOILERPLATE_LINES.contains(&lower.as_str()) || BOILERPLATE_PREFIXES.iter().any(|p| lower.starts_with(p))
}

/// Whether the line is a byline: "By Jane Doe", "By Jane Doe and John Roe | Reuters".
fn is_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("by ")) else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 12
        && !rest.ends_with('.')
        && words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count() * 2 >= words.len()
}

/// Strips Markdown heading hashes, returning the level when the line is an ATX heading.
fn markdown_heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.bytes().take_while(|b| *b == b'#').count();
    if (1..=6).contains(&hashes) {
        let rest = &line[hashes..];
        if rest.starts_with(' ') {
            return Some((hashes as u8, rest.trim().trim_end_matches('#').trim()));
        }
    }
    None
}

/// Recovers the structure of a normalised article.
///
/// ```
/// let doc = article_lens::structure::parse("Title\n\nKey Points:\n- One.\n- Two.\n\nBody text.");
/// assert_eq!(doc.title.as_deref(), Some("Title"));
/// assert_eq!(doc.key_points, ["One.", "Two."]);
/// assert_eq!(doc.blocks.len(), 1);
/// ```
pub fn parse(text: &str) -> Document {
    let lines: Vec<Line> = text.split('\n').map(Line::parse).collect();
    let mut doc = Document::default();
    let mut i = 0;
    // Title: the first non-blank line.
    while i < lines.len() && lines[i].is_blank() {
        i += 1;
    }
    if i < lines.len() {
        let raw = text_of(&lines[i]);
        let title = markdown_heading(&raw).map(|(_, t)| t.to_string()).unwrap_or(raw);
        let title = collapse_whitespace(title.trim_matches(|c| c == '*' || c == '_'));
        i += 1;
        // A title repeated on the next non-blank line counts once.
        let mut j = i;
        while j < lines.len() && lines[j].is_blank() {
            j += 1;
        }
        if j < lines.len() {
            let next = text_of(&lines[j]);
            let next = markdown_heading(&next).map(|(_, t)| t.to_string()).unwrap_or(next);
            if collapse_whitespace(&next).eq_ignore_ascii_case(&title) {
                doc.removed.push(Removed { reason: "duplicate_title".into(), text: collapse_whitespace(&next) });
                i = j + 1;
            }
        }
        doc.title = Some(title);
    }

    while i < lines.len() {
        let line = lines[i];
        if line.is_blank() {
            i += 1;
            continue;
        }
        let raw = text_of(&line);
        if line.marker.is_none() && doc.key_points.is_empty() && is_key_points_heading(&raw) {
            let (items, next) = key_point_items(&lines, i + 1);
            if !items.is_empty() {
                doc.key_points = items;
                i = next;
                continue;
            }
        }
        if line.marker.is_none() && boilerplate(&raw) {
            doc.removed.push(Removed { reason: "boilerplate".into(), text: collapse_whitespace(&raw) });
            i += 1;
            continue;
        }
        if line.marker.is_none() && doc.byline.is_none() && doc.blocks.is_empty() && is_byline(line.content) {
            doc.byline = Some(collapse_whitespace(line.content));
            doc.removed.push(Removed { reason: "byline".into(), text: collapse_whitespace(line.content) });
            i += 1;
            continue;
        }
        // A group: consecutive non-blank lines.
        let start = i;
        while i < lines.len() && !lines[i].is_blank() {
            i += 1;
        }
        push_group(&lines[start..i], &mut doc.blocks);
    }
    doc
}

/// The full text of a line including a marker, trimmed.
fn text_of(line: &Line) -> String {
    line.content.to_string()
}

/// Reads the items of a key-points section starting at line `from`; returns them and the
/// index of the first line after the section.
fn key_point_items(lines: &[Line], from: usize) -> (Vec<String>, usize) {
    let mut i = from;
    while i < lines.len() && lines[i].is_blank() {
        i += 1;
    }
    let mut items: Vec<String> = Vec::new();
    if i < lines.len() && lines[i].marker.is_some() {
        // Bulleted: items until the first line that is neither a bullet nor its continuation.
        while i < lines.len() {
            let l = lines[i];
            if l.marker.is_some() {
                items.push(l.content.to_string());
            } else if !l.is_blank() && l.indent > 0 && !items.is_empty() && lines[i - 1].is_blank() == false {
                let last = items.last_mut().expect("non-empty");
                last.push(' ');
                last.push_str(l.content);
            } else if l.is_blank() {
                let mut k = i;
                while k < lines.len() && lines[k].is_blank() {
                    k += 1;
                }
                if k < lines.len() && lines[k].marker.is_some() {
                    i = k;
                    continue;
                }
                break;
            } else {
                break;
            }
            i += 1;
        }
    } else {
        // Unbulleted: one item per line of the next group.
        while i < lines.len() && !lines[i].is_blank() {
            items.push(lines[i].content.to_string());
            i += 1;
        }
    }
    let items = items.into_iter().map(|t| collapse_whitespace(&t)).filter(|t| !t.is_empty()).collect();
    (items, i)
}

/// Turns a group of consecutive non-blank lines into blocks.
fn push_group(group: &[Line], blocks: &mut Vec<RawBlock>) {
    let mut current: Option<RawBlock> = None;
    let wrapped = is_hard_wrapped(group);
    for line in group {
        let content = line.content;
        if let Some((level, heading)) = markdown_heading(content).filter(|_| line.marker.is_none()) {
            flush(&mut current, blocks);
            blocks.push(RawBlock { kind: BlockKind::Heading, text: collapse_whitespace(heading), level });
            continue;
        }
        if line.marker.is_none() && content.starts_with('>') {
            let quoted = content.trim_start_matches('>').trim();
            match &mut current {
                Some(b) if b.kind == BlockKind::Quote && !quoted.is_empty() => append(b, quoted),
                _ => {
                    flush(&mut current, blocks);
                    if !quoted.is_empty() {
                        current = Some(RawBlock { kind: BlockKind::Quote, text: quoted.to_string(), level: 0 });
                    }
                }
            }
            continue;
        }
        if line.marker.is_some() {
            flush(&mut current, blocks);
            let level = 1 + (line.indent / 2).min(5) as u8;
            current = Some(RawBlock { kind: BlockKind::ListItem, text: content.to_string(), level });
            continue;
        }
        match &mut current {
            Some(b) if wrapped || (b.kind == BlockKind::ListItem && line.indent > 0) => append(b, content),
            _ => {
                flush(&mut current, blocks);
                current = Some(RawBlock { kind: BlockKind::Paragraph, text: content.to_string(), level: 0 });
            }
        }
    }
    flush(&mut current, blocks);
}

fn append(block: &mut RawBlock, content: &str) {
    block.text.push(' ');
    block.text.push_str(content);
}

fn flush(current: &mut Option<RawBlock>, blocks: &mut Vec<RawBlock>) {
    if let Some(mut b) = current.take() {
        b.text = collapse_whitespace(&b.text);
        if !b.text.is_empty() {
            blocks.push(b);
        }
    }
}

/// Whether the lines of a group are one paragraph hard-wrapped at a fixed width (w3m, email)
/// rather than separate one-line blocks (browser copy).
fn is_hard_wrapped(group: &[Line]) -> bool {
    let plain: Vec<&Line> = group.iter().filter(|l| l.marker.is_none()).collect();
    if plain.len() < 2 {
        return false;
    }
    let widths: Vec<usize> = plain.iter().map(|l| l.indent + l.content.chars().count()).collect();
    let max = *widths.iter().max().unwrap_or(&0);
    if max > 100 {
        return false;
    }
    // Every line but the last fills most of the width.
    widths[..widths.len() - 1].iter().all(|w| *w * 10 >= max * 6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(split_marker("• item").0, Some(Marker::Bullet));
        assert_eq!(split_marker("12) item").0, Some(Marker::Numbered));
        assert_eq!(split_marker("2024. Not a list").0, None);
        assert_eq!(split_marker("-5 degrees").0, None);
    }

    #[test]
    fn byline_needs_capitalised_names() {
        assert!(is_byline("By Jane Doe and John Roe | Reuters"));
        assert!(!is_byline("By the end of the year, prices rose."));
    }
}
