//! Line-level recognition: indentation, list markers, rules, image placeholders and the paste
//! style of the whole text (Markdown, hard-wrapped plain text, or browser copy).

/// A line with its indentation and list marker recognised.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line<'a> {
    /// Columns of leading space (a tab counts as one column).
    pub indent: usize,
    /// The line without leading and trailing space.
    pub text: &'a str,
    /// The list marker the line starts with, if any.
    pub marker: Option<Marker>,
    /// The text after the marker (the whole trimmed line when there is none).
    pub content: &'a str,
    /// Column where `content` starts.
    pub content_col: usize,
}

/// A list marker at the start of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Marker {
    /// •, -, *, ·, –, □, ◦, ▪, ‣ …
    Bullet,
    /// "1." or "1)"
    Numbered,
}

impl<'a> Line<'a> {
    /// Recognises one raw line.
    pub fn parse(raw: &'a str) -> Self {
        let indent = raw.chars().take_while(|c| *c == ' ' || *c == '\t').count();
        let text = raw.trim();
        let (marker, rest) = split_marker(text);
        let content = rest.trim_start();
        let content_col = indent + text[..text.len() - content.len()].chars().count();
        Line {
            indent,
            text,
            marker,
            content: content.trim_end(),
            content_col,
        }
    }

    /// Whether the line holds nothing.
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Display width of the line in characters, indentation included.
    pub fn width(&self) -> usize {
        self.indent + self.text.chars().count()
    }
}

/// Characters that mark a list item when followed by a space.
fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '·'
            | '–'
            | '—'
            | '□'
            | '◦'
            | '▪'
            | '‣'
            | '●'
            | '○'
            | '■'
            | '►'
            | '▸'
            | '-'
            | '*'
            | '+'
    )
}

/// Bullets that cannot start a word, so they mark an item even without a following space.
fn is_symbol_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '·' | '□' | '◦' | '▪' | '‣' | '●' | '○' | '■' | '►' | '▸'
    )
}

/// Whether a trimmed line is a bullet alone (`•`), as a dump shows an empty list item.
pub(super) fn is_empty_item(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(is_symbol_bullet) && chars.next().is_none()
}

/// Splits a list marker off the start of a trimmed line.
pub(super) fn split_marker(line: &str) -> (Option<Marker>, &str) {
    let mut chars = line.chars();
    if let Some(first) = chars.next() {
        let rest = chars.as_str();
        if is_bullet(first)
            && (rest.starts_with(' ') || rest.starts_with('\t'))
            && !rest.trim().is_empty()
        {
            return (Some(Marker::Bullet), rest);
        }
        if is_symbol_bullet(first) && !rest.trim().is_empty() && !rest.starts_with(first) {
            return (Some(Marker::Bullet), rest);
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        for punct in [". ", ") ", ".\t", ")\t"] {
            if let Some(after) = rest.strip_prefix(punct) {
                if !after.trim().is_empty() {
                    return (Some(Marker::Numbered), after);
                }
            }
        }
    }
    (None, line)
}

/// Whether a trimmed line is a horizontal rule: three or more rule characters and nothing else
/// but spaces (`━━━`, `* * *`, `-----`, `___`).
pub(super) fn is_rule(text: &str) -> bool {
    let mut count = 0;
    let mut first = None;
    for c in text.chars() {
        if c == ' ' {
            continue;
        }
        if !matches!(
            c,
            '━' | '─' | '—' | '–' | '-' | '_' | '=' | '*' | '~' | '═' | '•' | '·'
        ) {
            return false;
        }
        if *first.get_or_insert(c) != c {
            return false;
        }
        count += 1;
    }
    count >= 3
}

/// A leading image placeholder such as `[photo-1.jpg]` or `[image]`: a bracketed run without
/// spaces (digits only when `numbers` is set, else `[1]` is a reference). Returns the
/// placeholder and the rest of the line.
pub(super) fn image_placeholder(text: &str, numbers: bool) -> Option<(&str, &str)> {
    let inner = text.strip_prefix('[')?;
    let close = inner.find(']')?;
    let name = &inner[..close];
    if name.is_empty()
        || name.contains(char::is_whitespace)
        || name.chars().count() > 80
        || (!numbers && name.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    Some((&text[..close + 2], text[close + 2..].trim_start()))
}

/// A trailing image placeholder glued to the text before it (`Image[photo_150]`): a bracketed
/// run of at least five characters without spaces, with a letter. Returns the text before it
/// and the placeholder.
pub(super) fn trailing_placeholder(text: &str) -> Option<(&str, &str)> {
    let open = text.strip_suffix(']')?.rfind('[')?;
    let name = &text[open + 1..text.len() - 1];
    let ok = name.chars().count() >= 5
        && !name.contains(char::is_whitespace)
        && name.chars().any(char::is_alphabetic)
        && !name.contains('[');
    let glued = text[..open]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace());
    (ok && glued).then(|| (&text[..open], &text[open..]))
}

/// Whether a trimmed line is only an image's file name (`photo-2.jpg`), as dumps show an image
/// whose alt text is its file name.
pub(super) fn is_image_file_name(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    !text.contains(char::is_whitespace)
        && text.len() <= 200
        && [
            ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".avif",
        ]
        .iter()
        .any(|ext| lower.len() > ext.len() && lower.ends_with(ext))
}

/// The way a text was pasted, which decides how its lines form blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    /// Markdown: `#` headings, `[text](url)` links, `>` quotes, pipe tables.
    Markdown,
    /// Plain text hard-wrapped at a fixed width (w3m, lynx, e-mail): lines of a paragraph are
    /// joined back.
    Wrapped {
        /// The wrap width in characters.
        width: usize,
    },
    /// Browser copy: every line is a block.
    Plain,
}

/// Hard-wrapped dumps are wrapped at a width between these.
const MIN_WRAP_WIDTH: usize = 30;
/// See [`MIN_WRAP_WIDTH`].
const MAX_WRAP_WIDTH: usize = 100;

/// Detects the paste style from the lines of the whole text, in linear time.
pub(super) fn detect_style(lines: &[Line]) -> Style {
    let mut markdown = 0usize;
    // How many lines have each width (the last bucket holds all wider lines).
    let mut widths = [0usize; MAX_WRAP_WIDTH + 22];
    let mut count = 0usize;
    for line in lines.iter().filter(|l| !l.is_blank()) {
        widths[line.width().min(widths.len() - 1)] += 1;
        count += 1;
        let t = line.text;
        let heading = t.bytes().take_while(|b| *b == b'#').count();
        if (1..=6).contains(&heading) && t[heading..].starts_with(' ') && line.indent == 0 {
            markdown += 1;
        }
        if t.starts_with("```") || t.starts_with("~~~") || is_table_separator(t) {
            markdown += 2;
        }
        if t.contains("](") && t.contains('[') {
            markdown += 1;
        }
        if has_markdown_escape(t)
            || t.starts_with("> ")
            || (t.starts_with("**") && t[2..].contains("**"))
        {
            markdown += 1;
        }
    }
    if markdown >= 2 {
        return Style::Markdown;
    }
    // The width 95 % of the lines keep to.
    let mut seen = 0;
    let Some(width) = widths.iter().position(|n| {
        seen += n;
        seen * 100 > count * 95
    }) else {
        return Style::Plain;
    };
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width) {
        return Style::Plain;
    }
    let over: usize = widths[width + 21..].iter().sum();
    // Joints: a line near the width, broken inside a sentence, followed by text whose first
    // word would not have fitted.
    let mut joints = 0usize;
    let mut breaks = 0usize;
    for pair in lines.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.is_blank() || b.is_blank() || b.marker.is_some() {
            continue;
        }
        breaks += 1;
        if a.width() + 12 >= width
            && soft_break(a, b, width)
            && !a.text.ends_with(['.', '!', '?', '"', '”', '’', '\''])
        {
            joints += 1;
        }
    }
    if joints >= 3 && joints * 10 >= breaks * 2 && over * 50 <= count {
        Style::Wrapped { width }
    } else {
        Style::Plain
    }
}

/// Whether the break between `a` and `b` is a soft wrap at `width`: the first word of `b` would
/// not have fitted on `a`.
pub(super) fn soft_break(a: &Line, b: &Line, width: usize) -> bool {
    let first = b
        .text
        .split(char::is_whitespace)
        .next()
        .unwrap_or("")
        .chars()
        .count();
    a.width() + 1 + first > width
}

/// Whether the text holds a Markdown backslash escape of punctuation (`\[`, `1\.`, `\*`).
fn has_markdown_escape(t: &str) -> bool {
    let b = t.as_bytes();
    b.windows(2).any(|w| {
        w[0] == b'\\'
            && matches!(
                w[1],
                b'[' | b']' | b'*' | b'_' | b'.' | b'#' | b'`' | b'|' | b'-' | b'!' | b'(' | b')'
            )
    })
}

/// Whether a trimmed line is the separator row of a pipe table (`|---|:--:|`).
pub(super) fn is_table_separator(t: &str) -> bool {
    t.starts_with('|')
        && t.contains("---")
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '+'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(split_marker("• item").0, Some(Marker::Bullet));
        assert_eq!(split_marker("•item").0, Some(Marker::Bullet));
        assert_eq!(split_marker("12) item").0, Some(Marker::Numbered));
        assert_eq!(split_marker("2024. Not a list").0, None);
        assert_eq!(split_marker("-5 degrees").0, None);
        assert_eq!(split_marker("• ").0, None);
    }

    #[test]
    fn rules_and_placeholders() {
        assert!(is_rule("━━━━━━"));
        assert!(is_rule("* * *"));
        assert!(!is_rule("-- a"));
        assert_eq!(
            image_placeholder("[photo.jpg] Caption", false),
            Some(("[photo.jpg]", "Caption"))
        );
        assert_eq!(image_placeholder("[1]", false), None);
        assert_eq!(
            image_placeholder("[300] Caption", true),
            Some(("[300]", "Caption"))
        );
        assert_eq!(image_placeholder("[not a placeholder]", true), None);
        assert_eq!(
            trailing_placeholder("Image[photo_150]"),
            Some(("Image", "[photo_150]"))
        );
        assert_eq!(trailing_placeholder("a footnote [1]"), None);
        assert_eq!(trailing_placeholder("Jane Doe [:jdoe_irc]"), None);
        assert!(is_image_file_name("Hotel-door.JPG"));
        assert!(!is_image_file_name(".jpg"));
        assert!(!is_image_file_name("see photo.jpg"));
    }
}
