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
    /// The raw text of each item (continuation lines joined with spaces).
    pub items: Vec<String>,
}

/// Finds the first key-points section: a heading line standing at the start of a block,
/// followed by at least one item.
pub(super) fn find(lines: &[Line]) -> Option<Section> {
    (0..lines.len()).find_map(|i| {
        let line = &lines[i];
        let starts_block = i == 0 || lines[i - 1].is_blank();
        if line.is_blank() || line.marker.is_some() || !starts_block || !is_key_points_heading(line.text) {
            return None;
        }
        let (items, end) = items(lines, i + 1);
        (!items.is_empty()).then_some(Section { heading: i, end, items })
    })
}

/// Reads the items of a key-points section starting at line `from`; returns them and the
/// index of the first line after the section.
fn items(lines: &[Line], from: usize) -> (Vec<String>, usize) {
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
            } else if !l.is_blank() && l.indent > 0 && !lines[i - 1].is_blank() {
                let last = items.last_mut().expect("a bullet came first");
                last.push(' ');
                last.push_str(l.text);
            } else if l.is_blank() {
                let next = (i..lines.len()).find(|k| !lines[*k].is_blank());
                match next {
                    Some(k) if lines[k].marker.is_some() => {
                        i = k;
                        continue;
                    }
                    _ => break,
                }
            } else {
                break;
            }
            i += 1;
        }
    } else {
        // Unbulleted: one item per line of the next group of at least two short lines.
        let start = i;
        while i < lines.len() && !lines[i].is_blank() {
            i += 1;
        }
        let group = &lines[start..i];
        if group.len() < 2 || group.iter().any(|l| l.text.chars().count() > 400) {
            return (Vec::new(), from);
        }
        items.extend(group.iter().map(|l| l.text.to_string()));
    }
    (items, i)
}
