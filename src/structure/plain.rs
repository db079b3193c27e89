//! Plain-text pastes: browser copy (one block per line, tab-separated table cells) and dumps
//! hard-wrapped at a fixed width (w3m, lynx, e-mail: wrapped lines joined back, bullets with
//! hanging indents, indented quotes, image placeholders, rules).

use super::lines::{image_placeholder, is_rule, soft_break, Line, Marker};
use super::{Piece, RawBlock};
use crate::model::BlockKind;
use crate::text::collapse_whitespace;

/// Quotes in wrapped dumps are indented by at least this many columns.
const QUOTE_INDENT: usize = 4;

/// The block being built.
struct Open<'a> {
    block: RawBlock,
    /// The last line added, for the soft-wrap test.
    last: Line<'a>,
    /// Column where the text of a list item starts (hanging indent).
    content_col: usize,
    /// Index in the output of the list item this block continues, if it does.
    continues: Option<usize>,
}

/// Parses plain-text lines into body pieces. `width` is the wrap width of a hard-wrapped
/// dump, `None` for browser copy.
pub(super) fn parse(lines: &[Line], width: Option<usize>, out: &mut Vec<Piece>) {
    let mut parser = Parser { width, out, open: None, item: None, list_indents: Vec::new() };
    let mut i = 0;
    while i < lines.len() {
        if lines[i].is_blank() {
            parser.flush();
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !lines[i].is_blank() {
            i += 1;
        }
        let group = &lines[start..i];
        if looks_like_code(group) {
            parser.flush();
            parser.item = None;
            let text = group.iter().map(|l| l.text).collect::<Vec<_>>().join(" ");
            parser.push(RawBlock { kind: BlockKind::Paragraph, text: collapse_whitespace(&text), level: 0 });
            continue;
        }
        let single = group.len() == 1;
        for line in group {
            parser.line(*line, single);
        }
    }
    parser.flush();
}

/// Line-by-line block builder.
struct Parser<'o, 'a> {
    width: Option<usize>,
    out: &'o mut Vec<Piece>,
    open: Option<Open<'a>>,
    /// The last list item (index in `out`, content column), which an indented paragraph after
    /// a blank line continues.
    item: Option<(usize, usize)>,
    /// Indentations of the open list levels.
    list_indents: Vec<usize>,
}

impl<'a> Parser<'_, 'a> {
    fn line(&mut self, line: Line<'a>, single: bool) {
        if is_rule(line.text) {
            self.flush();
            self.out.push(Piece::removed("rule", line.text));
            return;
        }
        let mut line = line;
        if let Some((placeholder, rest)) = self.placeholder(&line) {
            self.flush();
            self.out.push(Piece::removed("image_placeholder", placeholder));
            if rest.is_empty() {
                return;
            }
            line = Line::parse(rest);
            line.indent = 0;
        }
        if line.text.contains('\t') {
            self.flush();
            let cells: Vec<&str> = line.text.split('\t').map(str::trim).filter(|c| !c.is_empty()).collect();
            self.push(RawBlock { kind: BlockKind::Paragraph, text: collapse_whitespace(&cells.join(" ")), level: 0 });
            return;
        }
        let continues_text = self.open.as_ref().is_some_and(|o| {
            o.block.kind != BlockKind::ListItem && line.indent == 0 && o.last.indent == 0 && self.width.is_some_and(|w| soft_break(&o.last, &line, w))
        });
        if line.marker.is_some() && !continues_text {
            self.flush();
            let level = self.list_level(line.indent);
            // Browser copy never shows list numbers and dumps indent them, so a number at
            // the margin of either is the text's own.
            let own_number = line.marker == Some(Marker::Numbered) && (self.width.is_none() || line.indent == 0);
            let text = if own_number { line.text } else { line.content };
            self.open = Some(Open {
                block: RawBlock { kind: BlockKind::ListItem, text: text.to_string(), level },
                last: line,
                content_col: line.content_col,
                continues: None,
            });
            return;
        }
        if let Some(open) = &mut self.open {
            let hanging = open.block.kind == BlockKind::ListItem && line.indent > 0 && line.indent + 1 >= open.content_col;
            // In a dump, the lines of a group at one indentation are one block: wrapped, or
            // broken by `<br>`, which reads as a space.
            let wrapped = self.width.is_some() && line.indent + 1 >= open.last.indent.min(open.content_col);
            if hanging || wrapped {
                open.block.text.push(' ');
                open.block.text.push_str(line.text);
                open.last = line;
                return;
            }
            self.flush();
        }
        let continues = self.item.filter(|(_, col)| line.indent > 0 && line.indent + 1 >= *col).map(|(idx, _)| idx);
        let kind = if continues.is_some() {
            BlockKind::ListItem
        } else if self.width.is_some() && line.indent >= QUOTE_INDENT {
            BlockKind::Quote
        } else if single && looks_like_heading(line.text) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        if continues.is_none() && line.indent == 0 {
            self.item = None;
            self.list_indents.clear();
        }
        let level = if kind == BlockKind::Heading { 2 } else { 0 };
        self.open = Some(Open { block: RawBlock { kind, text: line.text.to_string(), level }, last: line, content_col: line.indent, continues });
    }

    /// An image placeholder at the start of the line: in a wrapped dump any leading
    /// `[file-name]` or a whole line in brackets, in browser copy a whole line `[file-name]`.
    fn placeholder(&self, line: &Line<'a>) -> Option<(&'a str, &'a str)> {
        let text = line.text;
        if let Some((p, rest)) = image_placeholder(text) {
            if self.width.is_some() || rest.is_empty() {
                return Some((p, rest));
            }
        }
        let whole = text.starts_with('[') && text.ends_with(']') && text[1..].find(']') == Some(text.len() - 2);
        (self.width.is_some() && whole && line.marker.is_none() && text.chars().count() <= 100).then_some((text, ""))
    }

    /// The level of a list item at `indent`: one deeper than the open levels with a smaller
    /// indentation.
    fn list_level(&mut self, indent: usize) -> u8 {
        while self.list_indents.last().is_some_and(|i| *i > indent) {
            self.list_indents.pop();
        }
        if self.list_indents.last() != Some(&indent) {
            self.list_indents.push(indent);
        }
        self.list_indents.len().min(6) as u8
    }

    fn push(&mut self, block: RawBlock) {
        if !block.text.is_empty() {
            self.out.push(Piece::Block(block));
        }
    }

    /// Ends the open block.
    fn flush(&mut self) {
        let Some(open) = self.open.take() else { return };
        let text = collapse_whitespace(&open.block.text);
        match open.continues {
            Some(idx) => {
                if let Some(Piece::Block(b)) = self.out.get_mut(idx) {
                    b.text.push(' ');
                    b.text.push_str(&text);
                }
            }
            None => {
                let is_item = open.block.kind == BlockKind::ListItem;
                self.push(RawBlock { text, ..open.block });
                if is_item {
                    self.item = Some((self.out.len() - 1, open.content_col));
                }
            }
        }
    }
}

/// Whether a group of lines is program code or terminal output (kept as one paragraph): it
/// has several lines and most of them are indented or end like code.
fn looks_like_code(group: &[Line]) -> bool {
    if group.len() < 2 || group.iter().any(|l| l.marker.is_some()) {
        return false;
    }
    let code = group
        .iter()
        .filter(|l| {
            let t = l.text;
            t.ends_with([';', '{', '}', '(', ')', '[', ']', ',', '\\', '='])
                || t.starts_with(['}', ')', ']', '$', '#', '<', '/'])
                || is_rule(t)
                || t.contains('│')
        })
        .count();
    code * 2 >= group.len() && group.iter().all(|l| !l.text.ends_with(['.', '?', '!', '"', '”']) || l.text.len() < 30)
}

/// Whether a line standing alone looks like a heading: short, capitalised, no sentence end.
fn looks_like_heading(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=14).contains(&words)
        && text.chars().count() <= 100
        && text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && !text.ends_with(['.', ',', ';', ':', '!', '"', '”', '’', '\'', ')', '…'])
}
