//! The article's own key-points section: a heading such as "Key Points" or "Story
//! highlights" followed by bulleted (or one-per-line) items.

use super::lines::Line;
use super::meta::is_key_points_heading;

/// A key-points section found in the lines.
pub(super) struct Section {
    /// Index of the heading line.
    pub heading: usize,
    /// Index of the first line after the section.
    pub end: usize,
    /// Whether the items are a list with markers (to be parsed as body lines), rather than
    /// one item per line.
    pub bulleted: bool,
}

/// A key-points section opens the article: at most this many words of text come before its
/// heading (a byline, a dateline, a caption).
const MAX_WORDS_BEFORE: usize = 150;

/// Finds the key-points section: a heading line standing at the start of a block near the top,
/// followed by at least one item.
pub(super) fn find(lines: &[Line]) -> Option<Section> {
    let mut words_before = 0;
    let near_top = lines.iter().take_while(|l| {
        words_before += l.text.split_whitespace().count();
        words_before <= MAX_WORDS_BEFORE
    });
    (0..near_top.count()).find_map(|i| {
        let line = &lines[i];
        let starts_block = i == 0 || lines[i - 1].is_blank();
        if line.is_blank()
            || line.marker.is_some()
            || !starts_block
            || !is_key_points_heading(line.text)
        {
            return None;
        }
        let first = (i + 1..lines.len()).find(|k| !lines[*k].is_blank())?;
        if lines[first].marker.is_some() {
            Some(Section {
                heading: i,
                end: list_end(lines, first),
                bulleted: true,
            })
        } else {
            let end = (first..lines.len())
                .find(|k| lines[*k].is_blank())
                .unwrap_or(lines.len());
            let group = &lines[first..end];
            let short = group.iter().all(|l| l.text.chars().count() <= 400);
            (group.len() >= 2 && short).then_some(Section {
                heading: i,
                end,
                bulleted: false,
            })
        }
    })
}

/// The index of the first line after the list starting at `from`: the list goes on through
/// marker lines, indented lines and blank lines followed by either.
fn list_end(lines: &[Line], from: usize) -> usize {
    let mut i = from;
    while i < lines.len() {
        let l = &lines[i];
        if l.is_blank() {
            let next = (i..lines.len()).find(|k| !lines[*k].is_blank());
            match next {
                Some(k) if lines[k].marker.is_some() || lines[k].indent > 0 => {
                    i = k;
                    continue;
                }
                _ => return i,
            }
        }
        if l.marker.is_none() && l.indent == 0 {
            return i;
        }
        i += 1;
    }
    i
}
