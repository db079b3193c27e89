//! Plain-text pastes: browser copy (one block per line, tab-separated table cells) and dumps
//! hard-wrapped at a fixed width (w3m, lynx, e-mail: wrapped lines joined back, bullets with
//! hanging indents, indented quotes, image placeholders, rules).

use super::lines::{
    image_placeholder, is_empty_item, is_image_file_name, is_rule, soft_break,
    trailing_placeholder, Line, Marker,
};
use super::{Piece, RawBlock};
use crate::model::BlockKind;
use crate::text::{collapse_whitespace, collapse_whitespace_owned, fold, words};

/// Side-by-side tables (see [`side_by_side`]) are looked for only when the rows share at most
/// this many word columns, which keeps the search linear.
const MAX_SPLIT_COLUMNS: usize = 32;

/// Quotes in wrapped dumps are indented by at least this many columns.
const QUOTE_INDENT: usize = 4;

/// The block being built.
struct Open<'a> {
    /// The block so far.
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
    let columns;
    let lines = if width.is_some() {
        columns = one_column_after_the_other(lines);
        columns.as_slice()
    } else {
        lines
    };
    let first = out.len();
    // In browser copy where blank lines separate the paragraphs, a group of several bare lines
    // is a list (browser copy shows no bullets); where they do not, the lines are paragraphs.
    let groups = || {
        lines.split(Line::is_blank).filter(|g| {
            !g.is_empty() && !g.iter().any(|l| l.text.contains('\t')) && !looks_like_code(g, false)
        })
    };
    let in_groups = groups()
        .filter(|g| g.len() > 1)
        .map(<[Line]>::len)
        .sum::<usize>();
    let bare_lists = width.is_none() && groups().filter(|g| g.len() == 1).count() >= in_groups;
    let mut parser = Parser {
        width,
        out,
        open: None,
        item: None,
        list_indents: Vec::new(),
        code_end: None,
        bare_lists,
    };
    let mut rest = lines;
    while let Some(start) = rest.iter().position(|l| !l.is_blank()) {
        let len = rest[start..]
            .iter()
            .position(Line::is_blank)
            .unwrap_or(rest.len() - start);
        let group = &rest[start..start + len];
        rest = &rest[start + len..];
        if width.is_some() && is_alt_before_caption(group, rest) {
            // A dump shows a figure as the image's alt text, two blank lines, the caption.
            parser.out.push(Piece::removed("image_alt", group[0].text));
            continue;
        }
        parser.group(group);
        parser.flush();
    }
    if width.is_some() {
        drop_alt_texts(&mut out[first..]);
    }
    mark_headings(&mut out[first..]);
}

/// A heading in plain text has at most this many words.
const MAX_HEADING_WORDS: usize = 10;

/// A heading introduces running text: the paragraph after it has at least this many words.
const MIN_WORDS_AFTER_HEADING: usize = 15;

/// A heading never ends with one of these: sentence and clause punctuation, closing quotes.
const NOT_AT_HEADING_END: &str = ".,;:!?…\"”’'-–—)。！？";

/// Nor holds one of these (credits, labels, cells, asides).
const NOT_IN_HEADING: &str = "\t/:|@©([";

/// Whether a paragraph may be a plain-text heading: one short line, opening with a capital
/// (or a letter of an uncased script), ending without sentence or clause punctuation, and
/// not shaped like a photo credit, a label, a numbered step or a byline.
fn heading_like(b: &RawBlock) -> bool {
    // Counting stops past the limit: paragraphs are long.
    let words = words(&b.text).take(MAX_HEADING_WORDS + 1).count();
    b.kind == BlockKind::Paragraph
        && (1..=MAX_HEADING_WORDS).contains(&words)
        && b.text.chars().next().is_some_and(|c| {
            c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase())
        })
        && b.text.chars().last().is_some_and(|c| !NOT_AT_HEADING_END.contains(c))
        // Credits ("Name/Agency"), labels ("Related: …"), cells, numbered steps and bylines.
        && !b.text.chars().any(|c| NOT_IN_HEADING.contains(c))
        && !b.text.starts_with(|c: char| c.is_ascii_digit())
        && !b.text.split_whitespace().any(|w| w == "by" || w == "By")
}

/// Plain text shows headings as short lines of their own: a heading-like paragraph becomes a
/// heading (level 2) when running text follows it and the block before it is not also
/// heading-like (a run of short lines is a list, a table or captions, not headings).
fn mark_headings(pieces: &mut [Piece]) {
    let blocks: Vec<usize> = (0..pieces.len())
        .filter(|&i| matches!(pieces[i], Piece::Block(_)))
        .collect();
    let block = |i: usize| match &pieces[i] {
        Piece::Block(b) => Some(b),
        Piece::Removed(_) => None,
    };
    let headings: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|&(n, &i)| {
            let (Some(b), Some(next)) = (block(i), blocks.get(n + 1).and_then(|&j| block(j)))
            else {
                return false;
            };
            let prev_like = n
                .checked_sub(1)
                .and_then(|m| block(blocks[m]))
                .is_some_and(heading_like);
            heading_like(b)
                && !prev_like
                && next.kind == BlockKind::Paragraph
                && words(&next.text).nth(MIN_WORDS_AFTER_HEADING - 1).is_some()
        })
        .map(|(_, &i)| i)
        .collect();
    for i in headings {
        if let Piece::Block(b) = &mut pieces[i] {
            b.kind = BlockKind::Heading;
            b.level = 2;
        }
    }
}

/// Prose that a dump laid out in two columns side by side (a layout table) shows at least this
/// many lines with prose in both columns, the left one filled to three quarters of its width.
const MIN_TWO_COLUMN_LINES: usize = 3;

/// Whether a piece of a line reads as prose: at least `min` words with letters.
fn prose(text: &str, min: usize) -> bool {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .nth(min - 1)
        .is_some()
}

/// A two-column layout is looked for in at most this many lines from a line with a gap, which
/// keeps the search linear. When that many lines fit a column refused as a layout, no later
/// line among them with its gap at that column is searched from again: a layout at that
/// column whose filled lines only come past the bound is read from the first line after them.
const MAX_TWO_COLUMN_LINES: usize = 400;

/// Where the text after the first gap of three or more spaces inside a line starts, when
/// prose (four words or more) comes before the gap, not table cells or numbers.
fn gap_end(line: &Line) -> Option<usize> {
    let at = line.text.find("   ")?;
    let (left, right) = line.text.split_at(at);
    let skip = right.len() - right.trim_start().len();
    prose(left, 4).then(|| line.indent + line.text[..at + skip].chars().count())
}

/// Whether a line fits a two-column layout whose right column starts at `column`: text only
/// left of the gutter (the column before `column`, which a long word may fill up to), only
/// right of it, or both.
fn fits_columns(line: &Line, column: usize) -> bool {
    if line.is_blank() || line.width() < column || line.indent >= column {
        return true;
    }
    let gutter = &line.text[column_index(line, column - 1)..];
    gutter.starts_with(' ') && !gutter.trim().is_empty()
}

/// The two halves of a line of a two-column layout whose right column starts at `column`,
/// each with its indentation within its column.
fn column_halves<'a>(line: &Line<'a>, column: usize) -> (Line<'a>, Line<'a>) {
    let at = column_index(line, column);
    let (left, right) = line.text.split_at(at);
    let right_indent = line.indent.saturating_sub(column) + right.len() - right.trim_start().len();
    (
        Line {
            indent: line.indent,
            ..Line::parse(left)
        },
        Line {
            indent: right_indent,
            ..Line::parse(right)
        },
    )
}

/// The lines of a dump with the runs of prose laid out in two columns side by side read one
/// column after the other: the left column's lines, a blank line, then the right column's
/// lines, up to the first blank line after the right column's last line. Linear: a line starts
/// a run only if it has a gap, a run is skipped as a whole, and a column refused for a
/// stretch of lines is not looked for again inside it.
fn one_column_after_the_other<'a>(lines: &[Line<'a>]) -> Vec<Line<'a>> {
    let mut out = Vec::with_capacity(lines.len());
    // The columns refused as a layout, each with where the lines that fit it end. A later
    // line among those with its gap at that column starts no layout: its fitting lines are a
    // part of the refused ones (or reach past the search's bound, not searched again).
    let mut refused: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let scan = &lines[i..lines.len().min(i + MAX_TWO_COLUMN_LINES)];
        refused.retain(|&(_, end)| end > i);
        let column = gap_end(&lines[i]).filter(|c| refused.iter().all(|(r, _)| r != c));
        let run = column.and_then(|column| {
            let len = scan
                .iter()
                .position(|l| !fits_columns(l, column))
                .unwrap_or(scan.len());
            let run = &scan[..len];
            // The layout ends at the first blank line after the right column's last line.
            let last_right = run
                .iter()
                .rposition(|l| !split_at_column(l, column).1.is_empty())
                .unwrap_or(0);
            let run = run[last_right..]
                .iter()
                .position(Line::is_blank)
                .map_or(run, |blank| &run[..last_right + blank]);
            let filled = run
                .iter()
                .filter(|l| {
                    let (left, right) = split_at_column(l, column);
                    prose(left, 4)
                        && prose(right, 2)
                        && (l.indent + left.chars().count()) * 4 >= column * 3
                })
                .count();
            if filled < MIN_TWO_COLUMN_LINES {
                refused.push((column, i + len));
                return None;
            }
            Some((run, column))
        });
        let Some((run, column)) = run else {
            // A line with a gap that starts no layout: the lines up to the next line with a gap
            // go as they are (the next gap is found in the lines already looked at).
            let next = scan
                .iter()
                .skip(1)
                .position(|l| l.text.contains("   "))
                .map_or(scan.len(), |k| k + 1);
            out.extend_from_slice(&lines[i..i + next]);
            i += next;
            continue;
        };
        let (left, right): (Vec<_>, Vec<_>) = run.iter().map(|l| column_halves(l, column)).unzip();
        out.extend(left);
        out.push(Line::parse(""));
        out.extend(right);
        i += run.len();
    }
    out
}

/// Whether a one-line group is an image's alt text in a dump: two or more blank lines and a
/// one-line caption follow it.
fn is_alt_before_caption(group: &[Line], after: &[Line]) -> bool {
    if group.len() != 1 || group[0].marker.is_some() {
        return false;
    }
    let blanks = after.iter().take_while(|l| l.is_blank()).count();
    let next = &after[blanks..];
    blanks >= 2 && next.len() > 1 && !next[0].is_blank() && next[1].is_blank()
}

/// Whether the `k`-th line of a group is a lone dash line: a dash "marker" with no list line
/// before or after it, which is punctuation opening a line of text.
fn lone_dash(group: &[Line], k: usize) -> bool {
    let listed = |j: Option<usize>| {
        j.and_then(|j| group.get(j))
            .is_some_and(|l| l.marker.is_some())
    };
    group[k].text.starts_with(['-', '–', '—']) && !listed(k.checked_sub(1)) && !listed(Some(k + 1))
}

/// Whether a wrapped line joins the next without a space: inside CJK text, after a slash
/// ending a word (a dump breaks `LUT/FF` and URLs after the slash), after opening punctuation,
/// or a hashtag or handle sign, that a dump left at the end of a line (`Strong (` /
/// `Kingsman)`, `. @` / `name`; unless the next line is indented more, as code is), or before
/// closing punctuation that a dump moved to the next line (`server` / `. We`).
fn glued(text: &str, last: &Line, line: &Line) -> bool {
    let next = line.text;
    let mut end = text.chars().rev();
    let end_char = end.next();
    let before = end.next();
    let slash = end_char == Some('/') && before.is_some_and(char::is_alphanumeric);
    let sign = matches!(end_char, Some('#' | '@')) && before.map_or(true, char::is_whitespace);
    let opening = line.indent <= last.indent
        && (sign || end_char.is_some_and(|c| matches!(c, '(' | '[' | '{' | '“' | '‘' | '«')));
    let closing = |c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '”' | '’');
    let mut start = next.chars();
    let punctuation = start.next().is_some_and(closing)
        && start
            .next()
            .map_or(true, |c| c.is_whitespace() || (c != '.' && closing(c)));
    slash || opening || punctuation || (ends_wide(text) && starts_wide(next))
}

/// Text without the carets a dump puts before superscripts (`20^th`, `EBB ^SM`).
fn without_superscript_carets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '^'
            || !chars
                .peek()
                .is_some_and(|n| !n.is_whitespace() && *n != '^')
        {
            out.push(c);
        }
    }
    out
}

/// The marks a dump puts around struck, deleted and inserted text.
const EDIT_MARKS: [&str; 6] = ["[S:", ":S]", "[DEL:", ":DEL]", "[INS:", ":INS]"];

/// Text without the marks a dump puts around struck, deleted and inserted text.
fn without_edit_marks(text: &str) -> String {
    let text = EDIT_MARKS
        .iter()
        .fold(text.to_string(), |t, mark| t.replace(mark, ""));
    collapse_whitespace(&text)
}

/// Whether code ends in the middle of a statement.
fn unfinished(code: &str) -> bool {
    code.ends_with([',', '(', '{', '[', '='])
}

/// Whether a character is written without spaces between words (CJK scripts), so that a line
/// wrapped inside such text joins back without a space.
fn is_wide(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}' | '\u{20000}'..='\u{2fa1f}')
}

/// Whether the text ends with a wide character.
fn ends_wide(text: &str) -> bool {
    text.chars().next_back().is_some_and(is_wide)
}

/// Whether the text starts with a wide character.
fn starts_wide(text: &str) -> bool {
    text.chars().next().is_some_and(is_wide)
}

/// Letters and digits of a text, lower-cased: what an alt text and its caption share.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two lines have the same letters and digits, ignoring case, spaces and punctuation.
fn same_text(a: &str, b: &str) -> bool {
    a.len() <= 400 && b.len() <= 400 && !letters(a).is_empty() && letters(a) == letters(b)
}

/// Whether block `a` echoes block `b`, as an image's alt text echoes its caption: the same
/// text, or (five words or more) at least three quarters of the same words (numbers aside).
fn echoes(a: &str, b: &str) -> bool {
    if same_text(a, b) {
        return true;
    }
    if a.len() > 400 || b.len() > 400 {
        return false;
    }
    let bag = |s: &str| {
        words(s)
            .filter(|w| w.text.chars().any(char::is_alphabetic))
            .map(|w| fold(w.text))
            .collect::<Vec<_>>()
    };
    let (wa, mut wb) = (bag(a), bag(b));
    let longest = wa.len().max(wb.len());
    let mut shared = 0;
    for w in &wa {
        if let Some(i) = wb.iter().position(|x| x == w) {
            wb.swap_remove(i);
            shared += 1;
        }
    }
    wa.len() >= 5 && shared * 4 >= longest * 3
}

/// Reports as removed a block (not a list item) that echoes the block after it: an image's
/// alt text shown before its caption.
fn drop_alt_texts(pieces: &mut [Piece]) {
    let mut next_text: Option<String> = None;
    for piece in pieces.iter_mut().rev() {
        if let Piece::Block(b) = piece {
            if b.kind != BlockKind::ListItem
                && next_text.as_deref().is_some_and(|n| echoes(&b.text, n))
            {
                *piece = Piece::removed("image_alt", &b.text);
                continue;
            }
            next_text = Some(b.text.clone());
        }
    }
}

/// Line-by-line block builder.
struct Parser<'o, 'a> {
    /// The wrap width of a dump, `None` for browser copy.
    width: Option<usize>,
    /// Where the pieces go.
    out: &'o mut Vec<Piece>,
    /// The block being built.
    open: Option<Open<'a>>,
    /// The last list item (index in `out`, content column), which an indented paragraph after
    /// a blank line continues.
    item: Option<(usize, usize)>,
    /// Indentations of the open list levels.
    list_indents: Vec<usize>,
    /// Length of the output just after the last code block, while nothing followed it.
    code_end: Option<usize>,
    /// Whether the lines of a group of several bare lines are list items.
    bare_lists: bool,
}

impl<'a> Parser<'_, 'a> {
    /// Reads a group of consecutive non-blank lines.
    fn group(&mut self, group: &[Line<'a>]) {
        let wrapped = self.width.is_some();
        // A table laid out in columns: most lines have wide gaps between cells (box-drawing
        // lines are program output, read as code).
        let table = wrapped
            && group.iter().filter(|l| l.text.contains("   ")).count() * 3 >= group.len() * 2
            && !group.iter().any(|l| l.text.contains('│'));
        if !table && looks_like_code(group, wrapped) {
            self.code(group);
            return;
        }
        self.code_end = None;
        let group = match table.then(|| side_by_side(group)).flatten() {
            Some((header, column)) => one_after_the_other(group, header, column),
            None => group.to_vec(),
        };
        let group = group.as_slice();
        for (k, line) in group.iter().enumerate() {
            let mut line = *line;
            if lone_dash(group, k) {
                line.marker = None;
                line.content = line.text;
                line.content_col = line.indent;
            }
            if wrapped
                && group
                    .get(k + 1)
                    .is_some_and(|next| same_text(line.text, next.text))
            {
                // A dump shows an image's alt text, then its caption: the same words twice.
                self.flush();
                self.out.push(Piece::removed("image_alt", line.text));
                continue;
            }
            self.line(line, group.len() == 1, table);
        }
    }

    /// Reads a group of code lines as one paragraph. Code whose last statement is unfinished
    /// (ends with `,`, `(`, …), or a query (code, or a statement ending with `;`) followed by
    /// its tabulated output, goes on across a blank line.
    fn code(&mut self, group: &[Line<'a>]) {
        self.item = None;
        let text = collapse_whitespace(&group.iter().map(|l| l.text).collect::<Vec<_>>().join(" "));
        let output = group
            .iter()
            .any(|l| is_rule(l.text) || l.text.contains('│'));
        let after_code = self.code_end == Some(self.out.len());
        match self.out.last_mut() {
            Some(Piece::Block(b))
                if (after_code && (output || unfinished(&b.text)))
                    || (output && b.text.ends_with(';')) =>
            {
                b.text.push(' ');
                b.text.push_str(&text);
            }
            _ => {
                self.push(RawBlock {
                    kind: BlockKind::Paragraph,
                    text,
                    level: 0,
                });
                self.code_end = Some(self.out.len());
            }
        }
    }

    /// Reads one line of a group.
    fn line(&mut self, line: Line<'a>, single: bool, table: bool) {
        if self.width.is_some() && is_empty_item(line.text) {
            // A dump shows an empty list item as its bullet alone.
            self.flush();
            self.out.push(Piece::removed("empty_list_item", line.text));
            return;
        }
        if is_rule(line.text) {
            self.flush();
            self.out.push(Piece::removed("rule", line.text));
            return;
        }
        let mut line = line;
        if let Some((placeholder, rest)) = self.placeholder(&line) {
            self.flush();
            self.out
                .push(Piece::removed("image_placeholder", placeholder));
            if rest.is_empty() {
                return;
            }
            line = Line::parse(rest);
            line.indent = 0;
        }
        if let Some((text, placeholder)) =
            trailing_placeholder(line.text).filter(|_| self.width.is_some())
        {
            self.out
                .push(Piece::removed("image_placeholder", placeholder));
            line.text = text;
            line.content = line
                .content
                .strip_suffix(placeholder)
                .map_or(text, str::trim_end);
        }
        if line.text.contains('\t') {
            self.flush();
            let cells: Vec<&str> = line
                .text
                .split('\t')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            self.push(RawBlock {
                kind: BlockKind::Paragraph,
                text: collapse_whitespace(&cells.join(" ")),
                level: 0,
            });
            return;
        }
        if table {
            // A table laid out in columns: one block per row.
            self.flush();
            let kind = if line.indent >= QUOTE_INDENT {
                BlockKind::Quote
            } else {
                BlockKind::Paragraph
            };
            self.push(RawBlock {
                kind,
                text: collapse_whitespace(line.text),
                level: 0,
            });
            return;
        }
        // Dumps indent list items, so a number at the margin is the text's own, and so is a
        // dash that continues a wrapped line.
        let continues_text = self.width.is_some()
            && line.indent == 0
            && (line.marker == Some(Marker::Numbered)
                || self.open.as_ref().is_some_and(|o| {
                    o.block.kind != BlockKind::ListItem
                        && o.last.indent == 0
                        && self.width.is_some_and(|w| soft_break(&o.last, &line, w))
                }));
        if line.marker.is_some() && !continues_text {
            self.flush();
            let level = self.list_level(line.indent);
            // Browser copy never shows list numbers, so a number there is the text's own.
            let own_number = line.marker == Some(Marker::Numbered) && self.width.is_none();
            let text = if own_number { line.text } else { line.content };
            self.open = Some(Open {
                block: RawBlock {
                    kind: BlockKind::ListItem,
                    text: text.to_string(),
                    level,
                },
                last: line,
                content_col: line.content_col,
                continues: None,
            });
            return;
        }
        if let Some(open) = &mut self.open {
            let hanging = open.block.kind == BlockKind::ListItem
                && line.indent > 0
                && line.indent + 1 >= open.content_col;
            // In a dump, the lines of a group at one indentation are one block: wrapped, or
            // broken by `<br>`, which reads as a space. A paragraph's first line may be
            // indented more than the rest.
            let wrapped = self.width.is_some()
                && (open.block.kind == BlockKind::Paragraph
                    || line.indent + 1 >= open.last.indent.min(open.content_col));
            if hanging || wrapped {
                if !glued(&open.block.text, &open.last, &line) {
                    open.block.text.push(' ');
                }
                open.block.text.push_str(line.text);
                open.last = line;
                return;
            }
            self.flush();
        }
        // An indented paragraph continues the last list item only if no block came after it
        // (else its words would move before that block).
        let continues = self
            .item
            .filter(|(idx, col)| {
                line.indent > 0
                    && line.indent + 1 >= *col
                    && !self.out[idx + 1..]
                        .iter()
                        .any(|p| matches!(p, Piece::Block(_)))
            })
            .map(|(idx, _)| idx);
        let kind = if continues.is_some() {
            BlockKind::ListItem
        } else if self.width.is_some() && line.indent >= QUOTE_INDENT {
            BlockKind::Quote
        } else if !single && self.bare_lists && line.indent == 0 {
            BlockKind::ListItem
        } else {
            BlockKind::Paragraph
        };
        if continues.is_none() && line.indent == 0 {
            self.item = None;
            self.list_indents.clear();
        }
        let level = u8::from(kind == BlockKind::ListItem);
        self.open = Some(Open {
            block: RawBlock {
                kind,
                text: line.text.to_string(),
                level,
            },
            last: line,
            content_col: line.indent,
            continues,
        });
    }

    /// An image placeholder at the start of the line: an image's file name, a leading
    /// `[file-name]` in a dump, or a whole line `[file-name]` in browser copy.
    fn placeholder(&self, line: &Line<'a>) -> Option<(&'a str, &'a str)> {
        let text = line.text;
        if is_image_file_name(text) {
            return Some((text, ""));
        }
        image_placeholder(text, self.width.is_some())
            .filter(|(_, rest)| self.width.is_some() || rest.is_empty())
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

    /// Pushes a block unless its text is empty. A dump's marks around struck, deleted and
    /// inserted text (`[S:old:S]`, `[DEL:…:DEL]`, `[INS:…:INS]`) are dropped, the text kept.
    fn push(&mut self, mut block: RawBlock) {
        if self.width.is_some() && EDIT_MARKS.iter().any(|m| block.text.contains(m)) {
            block.text = without_edit_marks(&block.text);
        }
        if !block.text.is_empty() {
            self.out.push(Piece::Block(block));
        }
    }

    /// Ends the open block.
    fn flush(&mut self) {
        let Some(open) = self.open.take() else { return };
        let mut text = collapse_whitespace_owned(open.block.text);
        if self.width.is_some() && text.contains('^') {
            text = without_superscript_carets(&text);
        }
        match open.continues {
            Some(idx) => {
                if let Some(Piece::Block(b)) = self.out.get_mut(idx) {
                    b.text.push(' ');
                    b.text.push_str(&text);
                }
            }
            None => {
                let is_item = open.block.kind == BlockKind::ListItem && !text.is_empty();
                self.push(RawBlock { text, ..open.block });
                if is_item {
                    self.item = Some((self.out.len() - 1, open.content_col));
                }
            }
        }
    }
}

/// The cells of a table row laid out in columns: runs of text between gaps of two or more
/// spaces.
fn cells(text: &str) -> impl Iterator<Item = &str> {
    text.split("  ").map(str::trim).filter(|c| !c.is_empty())
}

/// The byte index in a line's text of a display column (the indentation counts).
fn column_index(line: &Line, column: usize) -> usize {
    line.text
        .char_indices()
        .nth(column.saturating_sub(line.indent))
        .map_or(line.text.len(), |(i, _)| i)
}

/// A line cut at a display column (the indentation counts), as the two trimmed halves.
fn split_at_column<'a>(line: &Line<'a>, column: usize) -> (&'a str, &'a str) {
    let at = column_index(line, column);
    (line.text[..at].trim(), line.text[at..].trim())
}

/// The columns where a word starts after a space, in increasing order.
fn word_starts(line: &Line) -> Vec<usize> {
    let mut prev = None;
    let mut starts = Vec::new();
    for (i, c) in line.text.chars().enumerate() {
        if prev == Some(' ') && c != ' ' {
            starts.push(line.indent + i);
        }
        prev = Some(c);
    }
    starts
}

/// The shape of a table row: for each run of words or of numbers, whether it is numbers.
fn shape(row: &str) -> Vec<bool> {
    let mut shape: Vec<bool> = row
        .split_whitespace()
        .map(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | '-' | '+' | '$'))
        })
        .collect();
    shape.dedup();
    shape
}

/// Two tables that a dump laid out side by side (a layout table with one table per cell): a
/// header row of two cells, one over each table, then rows that all break at one column into
/// two halves of the same shape (runs of words and numbers, see [`shape`]). Returns the
/// header's index and that column.
fn side_by_side(group: &[Line]) -> Option<(usize, usize)> {
    let header = group.iter().position(|l| cells(l.text).count() == 2)?;
    let rows = &group[header + 1..];
    let (first, rest) = rows.split_first()?;
    if rest.is_empty() {
        return None;
    }
    let mut columns = word_starts(first);
    for row in rest {
        let starts = word_starts(row);
        columns.retain(|c| starts.binary_search(c).is_ok());
        if columns.is_empty() {
            return None;
        }
    }
    let alike = |line: &Line, column: usize| {
        let (left, right) = split_at_column(line, column);
        let runs = shape(left);
        runs.len() >= 2 && runs == shape(right)
    };
    if columns.len() > MAX_SPLIT_COLUMNS {
        return None;
    }
    let column = columns.into_iter().find(|c| {
        let (left, right) = split_at_column(&group[header], *c);
        cells(left).count() == 1
            && cells(right).count() == 1
            && rows.iter().all(|row| alike(row, *c))
    })?;
    Some((header, column))
}

/// The lines of two side-by-side tables (see [`side_by_side`]) one table after the other: the
/// lines before the header, the header's left cell, the rows' left halves, then the right ones.
/// Each half keeps its row's indentation.
fn one_after_the_other<'a>(group: &[Line<'a>], header: usize, column: usize) -> Vec<Line<'a>> {
    let half = |line: &Line<'a>, right: bool| {
        let (l, r) = split_at_column(line, column);
        Line {
            indent: line.indent,
            ..Line::parse(if right { r } else { l })
        }
    };
    let table = &group[header..];
    let mut lines = group[..header].to_vec();
    lines.extend(table.iter().map(|l| half(l, false)));
    lines.extend(table.iter().map(|l| half(l, true)));
    lines
}

/// Whether a group of lines is program code or terminal output (kept as one paragraph): it
/// has several lines and most of them end or start like code. In browser copy (`wrapped` is
/// false) only preformatted text keeps leading spaces, so indented lines are code too.
fn looks_like_code(group: &[Line], wrapped: bool) -> bool {
    if group.len() < 2 || group.iter().any(|l| l.marker.is_some()) {
        return false;
    }
    let strong = |t: &str| {
        t.ends_with([';', '{', '}', '\\', '='])
            || t.starts_with(['}', '$', '#', '<', '/'])
            || is_rule(t)
            || t.contains('│')
            || (!t.chars().any(char::is_alphabetic) && !t.starts_with('['))
    };
    let weak = |t: &str| t.ends_with(['(', ')', '[', ']', ',']) || t.starts_with([')', ']']);
    let strong_lines = group.iter().filter(|l| strong(l.text)).count();
    let indented = if wrapped {
        0
    } else {
        group.iter().filter(|l| l.indent > 0).count()
    };
    if indented >= 2 || (indented == 1 && strong_lines >= 1) {
        return true;
    }
    let code = group
        .iter()
        .filter(|l| strong(l.text) || weak(l.text))
        .count();
    strong_lines >= 1
        && code >= 2
        && code * 2 >= group.len()
        && group
            .iter()
            .all(|l| !l.text.ends_with(['.', '?', '!', '"', '”']) || l.text.len() < 30)
}
