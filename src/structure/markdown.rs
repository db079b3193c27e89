//! Markdown: block structure (headings, lists, quotes, pipe tables, code) and inline markup
//! (emphasis, links, images, code spans, escapes) removed down to the text.
//!
//! Every scan is linear: bracket and code-span pairs are found once per paragraph with a
//! stack, and container nesting is capped.

use super::lines::{is_image_file_name, is_rule, is_table_separator, Line};
use super::{Piece, RawBlock};
use crate::model::BlockKind;
use crate::text::{collapse_whitespace, collapse_whitespace_owned};

/// Containers (quotes, list items) nested deeper than this are read as plain paragraphs.
const MAX_DEPTH: usize = 8;

/// Parses Markdown lines into body pieces.
pub(super) fn parse(lines: &[&str], out: &mut Vec<Piece>) {
    blocks(lines, 0, out);
}

/// Text of a paragraph after inline markup is removed, plus the alt texts of images inside.
pub(super) struct Inline {
    /// The running text.
    pub text: String,
    /// Alt texts of the images, in order.
    pub images: Vec<String>,
}

/// Removes inline markup from `s`.
///
/// Links keep their text, images give their alt text separately, code spans keep their
/// content, emphasis delimiters and backslash escapes go.
pub(super) fn inline(s: &str) -> Inline {
    let pairs = Pairs::new(s);
    let mut out = Inline {
        text: String::with_capacity(s.len()),
        images: Vec::new(),
    };
    inline_into(s, 0, s.len(), &pairs, &mut out.text, &mut out.images, 0);
    out.text = collapse_whitespace_owned(out.text);
    out
}

/// The text of a heading, list item or key point: inline markup removed, images dropped.
pub(super) fn inline_text(s: &str) -> String {
    inline(s).text
}

/// Matching brackets, parentheses and code-span backtick runs of one paragraph. Each list
/// holds (opening position, closing position) in the order of the openings, so a lookup is a
/// binary search.
struct Pairs {
    /// `[` and its `]`.
    brackets: Vec<(usize, usize)>,
    /// `(` and its `)`.
    parens: Vec<(usize, usize)>,
    /// A backtick run's start and the start of the next run of the same length.
    ticks: Vec<(usize, usize)>,
}

/// Code spans delimited by longer backtick runs than this are read as text.
const MAX_TICKS: usize = 16;

/// Where the opening at `at` closes, if it does.
fn partner(pairs: &[(usize, usize)], at: usize) -> Option<usize> {
    let i = pairs.binary_search_by_key(&at, |p| p.0).ok()?;
    Some(pairs[i].1).filter(|close| *close != usize::MAX)
}

impl Pairs {
    fn new(s: &str) -> Self {
        let b = s.as_bytes();
        let mut brackets: Vec<(usize, usize)> = Vec::new();
        let mut parens: Vec<(usize, usize)> = Vec::new();
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let (mut open_b, mut open_p): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\\' => i += 1,
                b'[' => {
                    open_b.push(brackets.len());
                    brackets.push((i, usize::MAX));
                }
                b']' => {
                    if let Some(o) = open_b.pop() {
                        brackets[o].1 = i;
                    }
                }
                b'(' => {
                    open_p.push(parens.len());
                    parens.push((i, usize::MAX));
                }
                b')' => {
                    if let Some(o) = open_p.pop() {
                        parens[o].1 = i;
                    }
                }
                b'`' => {
                    let n = b[i..].iter().take_while(|c| **c == b'`').count();
                    runs.push((i, n));
                    i += n;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        // Each run closes at the next run of the same length.
        let mut next_of_len = [usize::MAX; MAX_TICKS + 1];
        let mut ticks: Vec<(usize, usize)> = runs.iter().map(|r| (r.0, usize::MAX)).collect();
        for (k, &(start, len)) in runs.iter().enumerate().rev() {
            if len <= MAX_TICKS {
                ticks[k].1 = next_of_len[len];
                next_of_len[len] = start;
            }
        }
        Pairs {
            brackets,
            parens,
            ticks,
        }
    }

    /// The link or image at `open` (a `[`): the text range and the end of the whole link.
    fn link(&self, s: &str, open: usize, end: usize) -> Option<(usize, usize, usize)> {
        let close = partner(&self.brackets, open)?;
        if close >= end {
            return None;
        }
        if s.as_bytes().get(close + 1) == Some(&b'(') {
            let paren = partner(&self.parens, close + 1)?;
            return (paren < end).then_some((open + 1, close, paren + 1));
        }
        None
    }
}

/// Appends the text of `s[from..to]` without inline markup to `out`.
fn inline_into(
    s: &str,
    from: usize,
    to: usize,
    pairs: &Pairs,
    out: &mut String,
    images: &mut Vec<String>,
    depth: usize,
) {
    let b = s.as_bytes();
    let mut i = from;
    while i < to {
        let c = b[i];
        match c {
            b'\\' if i + 1 < to && b[i + 1].is_ascii_punctuation() => {
                out.push(b[i + 1] as char);
                i += 2;
                continue;
            }
            b'\\' if i + 1 == to => {
                i += 1;
                continue;
            }
            b'`' => {
                let n = b[i..to].iter().take_while(|c| **c == b'`').count();
                if let Some(close) = partner(&pairs.ticks, i).filter(|c| *c + n <= to) {
                    out.push_str(&s[i + n..close]);
                    i = close + n;
                } else {
                    out.push_str(&s[i..i + n]);
                    i += n;
                }
                continue;
            }
            b'!' if b.get(i + 1) == Some(&b'[') && depth < MAX_DEPTH => {
                if let Some((a, z, end)) = pairs.link(s, i + 1, to) {
                    let mut alt = String::new();
                    inline_into(s, a, z, pairs, &mut alt, images, depth + 1);
                    let alt = collapse_whitespace(&alt);
                    if !alt.is_empty() && !is_image_file_name(&alt) {
                        images.push(alt);
                    }
                    i = end;
                    continue;
                }
            }
            b'[' if depth < MAX_DEPTH => {
                if let Some((a, z, end)) = pairs.link(s, i, to) {
                    inline_into(s, a, z, pairs, out, images, depth + 1);
                    i = end;
                    continue;
                }
            }
            b'^' if b.get(i + 1) == Some(&b'(') && depth < MAX_DEPTH => {
                if let Some(close) = partner(&pairs.parens, i + 1).filter(|c| *c < to) {
                    inline_into(s, i + 2, close, pairs, out, images, depth + 1);
                    i = close + 1;
                    continue;
                }
            }
            b'<' => {
                // An autolink `<https://…>` or `<name@host>` gives its address.
                let rest = &s[i + 1..to];
                let end = rest.find(|c: char| c == '>' || c == '<' || c.is_whitespace());
                if let Some(e) =
                    end.filter(|e| rest[*e..].starts_with('>') && rest[..*e].contains([':', '@']))
                {
                    out.push_str(&rest[..e]);
                    i += e + 2;
                    continue;
                }
            }
            b'&' => {
                if let Some((text, len)) = entity(&s[i..to]) {
                    out.push(text);
                    i += len;
                    continue;
                }
            }
            b'*' | b'_' | b'~' => {
                let n = b[i..to].iter().take_while(|x| **x == c).count();
                if is_delimiter(s, i, i + n, c, n) {
                    i += n;
                    continue;
                }
                out.push_str(&s[i..i + n]);
                i += n;
                continue;
            }
            _ => {}
        }
        // Text up to the next byte that may start markup.
        let run = b[i + 1..to]
            .iter()
            .position(|&c| is_markup_byte(c))
            .map_or(to, |n| i + 1 + n);
        out.push_str(&s[i..run]);
        i = run;
    }
}

/// Whether [`inline_into`] may read a byte as the start of markup.
fn is_markup_byte(c: u8) -> bool {
    matches!(
        c,
        b'\\' | b'`' | b'!' | b'[' | b'^' | b'<' | b'&' | b'*' | b'_' | b'~'
    )
}

/// An HTML character reference at the start of `s` (`&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`):
/// the character and the reference's length.
fn entity(s: &str) -> Option<(char, usize)> {
    let semi = s.bytes().take(10).position(|b| b == b';')?;
    let name = &s[1..semi];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c, semi + 1))
}

/// Whether the run `s[start..end]` of `c` is an emphasis delimiter: it touches a word on one
/// side or ends the text, and `_` is not inside a word.
fn is_delimiter(s: &str, start: usize, end: usize, c: u8, n: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    let word_before = before.is_some_and(|x| !x.is_whitespace());
    let word_after = after.is_some_and(|x| !x.is_whitespace());
    if c == b'~' && n != 2 {
        return false;
    }
    if c == b'_'
        && before.is_some_and(char::is_alphanumeric)
        && after.is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    // A run at either end of the text closes or opens emphasis whose inner space the writer kept.
    let at_edge = before.is_none() || after.is_none();
    word_before != word_after || (word_before && word_after && c == b'*') || at_edge
}

/// An ATX heading: its level and text.
pub(super) fn atx_heading(text: &str) -> Option<(u8, &str)> {
    let hashes = text.bytes().take_while(|b| *b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &text[hashes..];
    if !(rest.is_empty() || rest.starts_with(' ') || rest.starts_with('\t')) {
        return None;
    }
    let rest = rest.trim();
    let stripped = rest.trim_end_matches('#');
    let rest = if stripped.is_empty() || stripped.ends_with(' ') {
        stripped.trim_end()
    } else {
        rest
    };
    Some((hashes as u8, rest))
}

/// A setext underline (`===` or `---`): the heading level it gives.
fn setext_level(text: &str) -> Option<u8> {
    if text.len() >= 2 && text.bytes().all(|b| b == b'=') {
        Some(1)
    } else if text.len() >= 2 && text.bytes().all(|b| b == b'-') {
        Some(2)
    } else {
        None
    }
}

/// A code fence opening (three or more backticks or tildes): the run, which closes it too.
fn fence(text: &str) -> Option<&str> {
    let c = *text.as_bytes().first()?;
    if c != b'`' && c != b'~' {
        return None;
    }
    let n = text.bytes().take_while(|b| *b == c).count();
    (n >= 3).then_some(&text[..n])
}

/// Strips up to `cols` columns of leading whitespace.
fn dedent(raw: &str, cols: usize) -> &str {
    let n = raw
        .bytes()
        .take(cols)
        .take_while(|b| *b == b' ' || *b == b'\t')
        .count();
    &raw[n..]
}

/// Strips a quote marker (`>` and one optional space) after up to three spaces.
fn unquote(raw: &str) -> Option<&str> {
    let t = dedent(raw, 3);
    let rest = t.strip_prefix('>')?;
    Some(rest.strip_prefix(' ').unwrap_or(rest))
}

/// Whether a line starts a block of its own, which ends a paragraph.
fn starts_block(line: &Line) -> bool {
    let t = line.text;
    line.indent < 4
        && (atx_heading(t).is_some()
            || fence(t).is_some()
            || t.starts_with('>')
            || line.marker.is_some()
            || (is_rule(t) && t.is_ascii()))
}

/// Parses lines into pieces; `depth` is the container nesting.
fn blocks(lines: &[&str], depth: usize, out: &mut Vec<Piece>) {
    let mut para: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i];
        let line = Line::parse(raw);
        if line.is_blank() {
            flush_paragraph(&mut para, out);
            i += 1;
            continue;
        }
        if para.last().is_some_and(|l| ends_with_hard_break(l)) {
            para.push(raw);
            i += 1;
            continue;
        }
        if line.indent >= 4 && para.is_empty() {
            let start = i;
            let mut end = i;
            while i < lines.len()
                && (lines[i].trim().is_empty() || Line::parse(lines[i]).indent >= 4)
            {
                if !lines[i].trim().is_empty() {
                    end = i + 1;
                }
                i += 1;
            }
            i = end;
            push_code(&lines[start..end], out);
            continue;
        }
        let t = line.text;
        if let Some(closing) = fence(t) {
            flush_paragraph(&mut para, out);
            let start = i + 1;
            i = start;
            while i < lines.len() && !lines[i].trim().starts_with(closing) {
                i += 1;
            }
            push_code(&lines[start..i.min(lines.len())], out);
            i += 1;
            continue;
        }
        if let Some((level, text)) = atx_heading(t) {
            flush_paragraph(&mut para, out);
            push(out, BlockKind::Heading, inline_text(text), level);
            i += 1;
            continue;
        }
        if !para.is_empty() && line.indent < 4 {
            if let Some(level) = setext_level(t) {
                let text = inline_text(&join(&para));
                para.clear();
                push(out, BlockKind::Heading, text, level);
                i += 1;
                continue;
            }
        }
        if is_rule(t) && t.is_ascii() && line.indent < 4 {
            flush_paragraph(&mut para, out);
            out.push(Piece::removed("rule", t));
            i += 1;
            continue;
        }
        if unquote(raw).is_some() {
            flush_paragraph(&mut para, out);
            let mut inner: Vec<&str> = Vec::new();
            while i < lines.len() {
                match unquote(lines[i]) {
                    Some(q) => inner.push(q),
                    None if !lines[i].trim().is_empty()
                        && !starts_block(&Line::parse(lines[i]))
                        && inner.last().is_some_and(|l| !l.trim().is_empty()) =>
                    {
                        inner.push(lines[i])
                    }
                    None => break,
                }
                i += 1;
            }
            container(&inner, depth, out, |b| {
                b.kind = BlockKind::Quote;
                b.level = 0;
            });
            continue;
        }
        if t.starts_with('|')
            && (is_table_separator(t)
                || lines
                    .get(i + 1)
                    .is_some_and(|n| is_table_separator(n.trim())))
        {
            flush_paragraph(&mut para, out);
            while i < lines.len() && lines[i].trim().starts_with('|') {
                let row = lines[i].trim();
                if !is_table_separator(row) {
                    push_paragraph(&table_row(row), out);
                }
                i += 1;
            }
            continue;
        }
        if line.marker.is_some() && line.indent < 4 {
            flush_paragraph(&mut para, out);
            let col = line.content_col;
            let mut inner: Vec<&str> = vec![line.content];
            i += 1;
            while i < lines.len() {
                let next = Line::parse(lines[i]);
                if next.is_blank() {
                    let mut k = i;
                    while k < lines.len() && lines[k].trim().is_empty() {
                        k += 1;
                    }
                    if k < lines.len() && Line::parse(lines[k]).indent >= col {
                        inner.extend(std::iter::repeat("").take(k - i));
                        i = k;
                        continue;
                    }
                    break;
                }
                if next.indent >= col {
                    inner.push(dedent(lines[i], col));
                } else if inner.last().is_some_and(|l| !l.trim().is_empty()) && !starts_block(&next)
                {
                    inner.push(next.text);
                } else {
                    break;
                }
                i += 1;
            }
            list_item(&inner, depth, out);
            continue;
        }
        para.push(raw);
        i += 1;
    }
    flush_paragraph(&mut para, out);
}

/// Parses the lines of a container and hands each resulting block to `adjust`.
fn container(inner: &[&str], depth: usize, out: &mut Vec<Piece>, adjust: impl Fn(&mut RawBlock)) {
    let start = out.len();
    if depth >= MAX_DEPTH {
        push_paragraph(&join(inner), out);
    } else {
        blocks(inner, depth + 1, out);
    }
    for piece in &mut out[start..] {
        if let Piece::Block(b) = piece {
            adjust(b);
        }
    }
}

/// One list item: its own text (all its paragraphs, code and quotes) as one block, followed
/// by its nested list items one level deeper.
fn list_item(inner: &[&str], depth: usize, out: &mut Vec<Piece>) {
    let mut parts: Vec<Piece> = Vec::new();
    container(inner, depth, &mut parts, |b| {
        if b.kind == BlockKind::ListItem {
            b.level = b.level.saturating_add(1).min(6);
        }
    });
    let mut text = String::new();
    let mut rest: Vec<Piece> = Vec::new();
    let mut nested = false;
    for piece in parts {
        match piece {
            Piece::Block(b) if b.kind != BlockKind::ListItem && !nested => {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(&b.text);
            }
            other => {
                nested |= matches!(other, Piece::Block(_));
                rest.push(other);
            }
        }
    }
    if !text.is_empty() {
        push(out, BlockKind::ListItem, text, 1);
    }
    out.extend(rest);
}

/// Whether a paragraph line ends with a hard line break (two spaces or a backslash), so the
/// next line continues the paragraph whatever it starts with.
fn ends_with_hard_break(line: &str) -> bool {
    line.ends_with("  ") || (line.ends_with('\\') && !line.ends_with("\\\\"))
}

/// The lines of a paragraph joined with spaces, hard-break backslashes removed.
fn join(lines: &[&str]) -> String {
    let mut s = String::new();
    for l in lines {
        let l = l.trim();
        let l = if l.ends_with('\\') && !l.ends_with("\\\\") {
            &l[..l.len() - 1]
        } else {
            l
        };
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(l);
    }
    s
}

/// Ends the current paragraph.
fn flush_paragraph(para: &mut Vec<&str>, out: &mut Vec<Piece>) {
    if !para.is_empty() {
        push_paragraph(&join(para), out);
        para.clear();
    }
}

/// Pushes a paragraph of Markdown text. A paragraph made only of images becomes their alt
/// text; images inside other text are reported as removed.
fn push_paragraph(s: &str, out: &mut Vec<Piece>) {
    let Inline { text, images } = inline(s);
    if text.chars().any(char::is_alphanumeric) || images.is_empty() {
        for alt in images {
            out.push(Piece::removed("image_alt", &alt));
        }
        push(out, BlockKind::Paragraph, text, 0);
    } else {
        push(
            out,
            BlockKind::Paragraph,
            collapse_whitespace(&format!("{} {}", images.join(" "), text)),
            0,
        );
    }
}

/// A code block: its lines joined into one paragraph, text kept literally.
fn push_code(lines: &[&str], out: &mut Vec<Piece>) {
    let text = collapse_whitespace(&lines.join(" "));
    push(out, BlockKind::Paragraph, text, 0);
}

/// The text of a pipe-table row: the cells' texts joined by a space.
fn table_row(row: &str) -> String {
    let mut cells = String::new();
    let mut cell = String::new();
    let mut chars = row.trim().trim_start_matches('|').chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => {
                cells.push(' ');
                cells.push_str(cell.trim());
                cell.clear();
            }
            c => cell.push(c),
        }
    }
    cells.push(' ');
    cells.push_str(cell.trim());
    cells
}

/// Pushes a block unless its text is empty. The text is collapsed already (see
/// [`collapse_whitespace`]); it is kept without spare capacity, as it lives through the analysis.
fn push(out: &mut Vec<Piece>, kind: BlockKind, mut text: String, level: u8) {
    text.shrink_to_fit();
    if !text.is_empty() {
        out.push(Piece::Block(RawBlock { kind, text, level }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_markup_goes() {
        assert_eq!(
            inline_text("**Bold** and *it* and [a link](http://x.y/(z)) `co*de` 1\\. \\[x\\]"),
            "Bold and it and a link co*de 1. [x]"
        );
        assert_eq!(
            inline_text("snake_case_name and 5 * 3"),
            "snake_case_name and 5 * 3"
        );
        assert_eq!(inline_text("*(Photo: Jane Roe) *"), "(Photo: Jane Roe)");
        assert_eq!(inline_text("20^(th) century"), "20th century");
        assert_eq!(
            inline_text("mail <a@b.org> &amp; &#8217;&nbsp;x"),
            "mail a@b.org & ’ x"
        );
        let i = inline("[![Alt text](a.png)](b.html)");
        assert_eq!(
            (i.text.as_str(), i.images),
            ("", vec!["Alt text".to_string()])
        );
    }

    #[test]
    fn unbalanced_brackets_are_text() {
        assert_eq!(inline_text("a [b (c"), "a [b (c");
        assert_eq!(inline_text("[x] (y)"), "[x] (y)");
    }
}
