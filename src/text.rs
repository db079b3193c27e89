//! Text normalisation, word tokens and UTF-16 offset helpers shared by every analysis step.

use std::borrow::Cow;

use crate::hashing::{le_u64, tail};

use unicode_segmentation::UnicodeSegmentation;

/// Normalises pasted text without losing any word.
///
/// CRLF and lone CR become LF; no-break and other fixed-width spaces become a plain space;
/// invisible characters (zero-width space, BOM, word joiner, soft hyphen) are dropped; other
/// control characters (NUL, …) become a space. Tabs and line breaks are kept: they carry
/// structure (table cells, lines). The text is borrowed when nothing changes (most texts).
///
/// ```
/// use std::borrow::Cow;
/// assert_eq!(article_lens::text::normalize("a\r\nb\u{a0}c\u{200b}d\re"), "a\nb cd\ne");
/// assert!(matches!(article_lens::text::normalize("a\tb\n"), Cow::Borrowed(_)));
/// ```
pub fn normalize(input: &str) -> Cow<'_, str> {
    const CHUNK: usize = 64;
    let mut out = String::new();
    // `input[..copied]` is in `out`, normalised.
    let mut copied = 0;
    for (k, chunk) in input.as_bytes().chunks(CHUNK).enumerate() {
        // Most chunks hold no byte that may start a change: a test that vectorises skips them.
        if !chunk.iter().fold(false, |any, &b| any | may_change(b)) {
            continue;
        }
        for (j, &b) in chunk.iter().enumerate() {
            if !may_change(b) {
                continue;
            }
            let i = k * CHUNK + j;
            let c = input[i..].chars().next().unwrap_or(' ');
            let (replacement, len) = match c {
                '\r' if input[i + 1..].starts_with('\n') => (Some('\n'), 2),
                '\r' => (Some('\n'), 1),
                c => match normalized(c) {
                    Some(n) if n == c => continue,
                    n => (n, c.len_utf8()),
                },
            };
            if copied == 0 {
                // Normalisation never lengthens the text.
                out.reserve(input.len());
            }
            out.push_str(&input[copied..i]);
            out.extend(replacement);
            copied = i + len;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(input);
    }
    out.push_str(&input[copied..]);
    Cow::Owned(out)
}

/// Whether a byte may start a character that [`normalize`] changes. None of these bytes is a
/// UTF-8 continuation byte, so such a byte is at a character boundary.
fn may_change(b: u8) -> bool {
    matches!(b, 0..=0x08 | 0x0b..=0x1f | 0x7f | 0xc2 | 0xe1..=0xe3 | 0xef)
}

/// What [`normalize`] makes of one character other than CR; `None` drops it.
fn normalized(c: char) -> Option<char> {
    match c {
        '\n' | '\t' => Some(c),
        '\u{a0}'
        | '\u{2007}'
        | '\u{202f}'
        | '\u{2000}'..='\u{200a}'
        | '\u{3000}'
        | '\u{1680}'
        | '\u{205f}' => Some(' '),
        '\u{2028}' | '\u{2029}' | '\u{85}' => Some('\n'),
        '\u{200b}' | '\u{feff}' | '\u{2060}' | '\u{ad}' => None,
        c if c.is_control() => Some(' '),
        c => Some(c),
    }
}

/// Collapses every run of whitespace to one space and trims both ends.
///
/// ```
/// assert_eq!(article_lens::text::collapse_whitespace("  a \t b\n c\u{a0}d "), "a b c d");
/// ```
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut word_start = None;
    let mut i = 0;
    while i < s.len() {
        match space_len(s, i) {
            0 => {
                word_start.get_or_insert(i);
                i += 1;
            }
            n => {
                if let Some(start) = word_start.take() {
                    if !out.is_empty() {
                        out.push(' ');
                    }
                    out.push_str(&s[start..i]);
                }
                i += n;
            }
        }
    }
    if let Some(start) = word_start {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[start..]);
    }
    out
}

/// [`collapse_whitespace`] of an owned string, which is kept (without spare capacity) when it
/// is already collapsed, as most texts built from trimmed lines are.
pub(crate) fn collapse_whitespace_owned(mut s: String) -> String {
    if !is_collapsed(&s) {
        return collapse_whitespace(&s);
    }
    s.shrink_to_fit();
    s
}

/// Whether [`collapse_whitespace`] leaves `s` as it is: its only whitespace is single spaces
/// between words.
fn is_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    // Folds without an early exit, which vectorise: most texts pass every test.
    let double_space = bytes
        .iter()
        .zip(bytes.iter().skip(1))
        .fold(false, |any, (&a, &b)| any | (a == b' ' && b == b' '));
    let ascii_space = bytes.iter().fold(false, |any, &b| {
        any | (b.wrapping_sub(b'\t') <= b'\r' - b'\t')
    });
    let other_space = bytes.iter().fold(false, |any, &b| {
        any | (b == 0xc2 || b.wrapping_sub(0xe1) <= 2)
    }) && bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b >= 0xc2 && space_len(s, i) > 1);
    bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !double_space
        && !ascii_space
        && !other_space
}

/// The length in bytes of the whitespace character at byte `i` of `s` (`char::is_whitespace`),
/// 0 when there is none (or `i` is not at a character's start or past the end).
#[inline]
fn space_len(s: &str, i: usize) -> usize {
    match s.as_bytes().get(i) {
        Some(b'\t'..=b'\r' | b' ') => 1,
        // The lead bytes of the other whitespace characters (U+0085, U+00A0, U+1680,
        // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
        Some(0xc2 | 0xe1..=0xe3) => s[i..]
            .chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// A word of the text: its byte range and its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// The word itself.
    pub text: &'a str,
}

impl Word<'_> {
    /// Byte offset one past the last byte.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// The words of `s` by Unicode word boundaries (UAX #29), skipping punctuation and spaces.
///
/// ```
/// let w: Vec<_> = article_lens::text::words("U.S. aid, 3.5 bn—now").map(|w| w.text).collect();
/// assert_eq!(w, ["U.S", "aid", "3.5", "bn", "now"]);
/// ```
///
/// Every stage of the analysis reads words, so this is the crate's hottest loop. The text is
/// cut after each space that an ASCII character other than a space follows: UAX #29 always
/// breaks there and no rule looks back across a space, so each piece segments on its own.
/// Runs of pieces of ASCII and of a few punctuation marks that UAX #29 breaks around (see
/// `breaking`), most of an English text, are segmented by the ASCII subset of the rules (see
/// `ascii_word_end`); other pieces by `unicode-segmentation`.
pub fn words(s: &str) -> impl Iterator<Item = Word<'_>> {
    Words {
        text: s,
        pos: 0,
        ascii_end: 0,
        unicode: None,
    }
}

/// The iterator of [`words`].
struct Words<'a> {
    text: &'a str,
    /// Where scanning goes on in the current ASCII run (or where the piece handed over to
    /// `unicode` ends).
    pos: usize,
    /// End of the current run of ASCII pieces: the start of a piece with a non-ASCII byte,
    /// or the end of the text.
    ascii_end: usize,
    /// The segments of the current non-ASCII piece, with the piece's offset.
    unicode: Option<(usize, unicode_segmentation::UWordBoundIndices<'a>)>,
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        let bytes = self.text.as_bytes();
        loop {
            if let Some((base, segments)) = &mut self.unicode {
                if let Some((start, text)) =
                    segments.find(|(_, w)| w.chars().any(char::is_alphanumeric))
                {
                    return Some(Word {
                        start: *base + start,
                        text,
                    });
                }
                self.unicode = None;
            }
            while self.pos < self.ascii_end {
                let start = self.pos;
                match bytes.get(start) {
                    Some(b) if is_ascii_word_byte(*b) => {
                        let end = ascii_word_end(bytes, start, self.ascii_end);
                        self.pos = end;
                        let text = self.text.get(start..end).unwrap_or("");
                        // Only a run of `_` is no word.
                        if *b != b'_' || text.bytes().any(|b| b.is_ascii_alphanumeric()) {
                            return Some(Word { start, text });
                        }
                    }
                    _ => self.pos += 1,
                }
            }
            if self.pos >= bytes.len() {
                return None;
            }
            self.next_run();
        }
    }
}

impl Words<'_> {
    /// Finds what follows `pos`, a piece start: a run of ASCII pieces up to the next piece
    /// with a non-ASCII byte, or else that piece, handed to `unicode-segmentation`.
    #[inline(never)]
    fn next_run(&mut self) {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let Some(non_ascii) = first_non_ascii(bytes, start) else {
            self.ascii_end = bytes.len();
            return;
        };
        // A piece starts after a space, at an ASCII byte other than a space.
        let is_piece_start =
            |i: usize| i > 0 && bytes[i - 1] == b' ' && bytes[i] != b' ' && bytes[i].is_ascii();
        let piece = (start + 1..non_ascii)
            .rev()
            .find(|&i| is_piece_start(i))
            .unwrap_or(start);
        if piece > start {
            self.ascii_end = piece;
            return;
        }
        let end = (non_ascii + 1..bytes.len())
            .find(|&i| is_piece_start(i))
            .unwrap_or(bytes.len());
        let text = self.text.get(start..end).unwrap_or("");
        self.unicode = Some((start, text.split_word_bound_indices()));
        self.pos = end;
        self.ascii_end = end;
    }
}

/// The first byte of `bytes` from `from` on that is not ASCII, other than the start of a
/// [`breaking`] character, found 16 bytes at a time.
fn first_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 16) {
        if chunk.is_ascii() {
            i += 16;
            continue;
        }
        let at = i + chunk.iter().take_while(|b| b.is_ascii()).count();
        match breaking(bytes, at) {
            0 => return Some(at),
            len => i = at + len,
        }
    }
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            i += 1;
            continue;
        }
        match breaking(bytes, i) {
            0 => return Some(i),
            len => i += len,
        }
    }
    None
}

/// The length of the character at byte `i` when it is punctuation that news text often has
/// and that UAX #29 breaks around with no rule looking across it (Word_Break=Other): curly
/// double quotes, guillemets, dashes, the ellipsis, the bullet, the no-break space. 0 for
/// any other character; for those, ASCII rules still segment the words around.
fn breaking(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i..(i + 3).min(bytes.len())) {
        Some([0xc2, 0xa0 | 0xab | 0xbb, ..]) => 2,
        Some([0xe2, 0x80, 0x93 | 0x94 | 0x9c | 0x9d | 0x9e | 0xa2 | 0xa6]) => 3,
        _ => 0,
    }
}

/// Whether an ASCII byte joins the bytes around it into a word: a letter, a digit or `_`
/// (UAX #29 ALetter, Numeric, ExtendNumLet).
fn is_ascii_word_byte(b: u8) -> bool {
    WORD_BYTES[usize::from(b)]
}

/// [`is_ascii_word_byte`] by byte: one load in the crate's hottest loop.
static WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b as u8 == b'_';
        b += 1;
    }
    table
};

/// The end of the UAX #29 segment of ASCII `bytes` that starts with the word byte at
/// `start`, within `..end`: word bytes join (WB5, WB8–WB10, WB13a/b), and so do two letters
/// across one of `:`, `.`, `'` (WB6/7) and two digits across one of `,`, `;`, `.`, `'`
/// (WB11/12).
fn ascii_word_end(bytes: &[u8], start: usize, end: usize) -> usize {
    // One tight loop over each run of word bytes; the joiners between runs are rare.
    let run_end = |from: usize| {
        let run = bytes.get(from..end).unwrap_or_default();
        from + run.iter().take_while(|&&b| is_ascii_word_byte(b)).count()
    };
    let mut i = run_end(start);
    // `i > start` here: the segment starts with a word byte.
    while let (Some(&before), Some(&mid), Some(&after)) =
        (bytes.get(i.wrapping_sub(1)), bytes.get(i), bytes.get(i + 1))
    {
        if i + 1 >= end {
            break;
        }
        let letters = before.is_ascii_alphabetic()
            && after.is_ascii_alphabetic()
            && matches!(mid, b':' | b'.' | b'\'');
        let digits = before.is_ascii_digit()
            && after.is_ascii_digit()
            && matches!(mid, b',' | b';' | b'.' | b'\'');
        if !(letters || digits) {
            break;
        }
        i = run_end(i + 2);
    }
    i
}

/// Converts a byte offset of `s` (on a char boundary) to a UTF-16 code-unit offset.
///
/// ```
/// assert_eq!(article_lens::text::byte_to_utf16("é😀x", 6), 3);
/// ```
pub fn byte_to_utf16(s: &str, byte: usize) -> usize {
    s[..byte].chars().map(char::len_utf16).sum()
}

/// Converts a UTF-16 code-unit offset of `s` to a byte offset, `None` when it is not on a
/// character boundary or past the end.
///
/// ```
/// assert_eq!(article_lens::text::utf16_to_byte("é😀x", 3), Some(6));
/// assert_eq!(article_lens::text::utf16_to_byte("é😀x", 2), None);
/// ```
pub fn utf16_to_byte(s: &str, units: usize) -> Option<usize> {
    let mut seen = 0;
    for (byte, c) in s.char_indices() {
        if seen == units {
            return Some(byte);
        }
        if seen > units {
            return None;
        }
        seen += c.len_utf16();
    }
    (seen == units).then_some(s.len())
}

/// Maps increasing byte offsets of one string to UTF-16 offsets in linear total time.
pub struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    units: usize,
}

impl<'a> Utf16Cursor<'a> {
    /// A cursor at the start of `text`.
    pub fn new(text: &'a str) -> Self {
        Utf16Cursor {
            text,
            byte: 0,
            units: 0,
        }
    }

    /// The UTF-16 offset of `byte`, which must not be smaller than the previous call's.
    pub fn advance_to(&mut self, byte: usize) -> usize {
        debug_assert!(byte >= self.byte);
        self.units += self.text[self.byte..byte]
            .chars()
            .map(char::len_utf16)
            .sum::<usize>();
        self.byte = byte;
        self.units
    }
}

/// Lower-cases a word for matching (full Unicode lower case; apostrophes unified).
pub fn fold(word: &str) -> String {
    folded(word).into_owned()
}

/// [`fold`] without a copy when the word is already folded (most words are).
///
/// ```
/// use std::borrow::Cow;
/// assert!(matches!(article_lens::text::folded("trade"), Cow::Borrowed("trade")));
/// assert_eq!(article_lens::text::folded("Don\u{2019}t"), "don't");
/// ```
pub fn folded(word: &str) -> Cow<'_, str> {
    if is_lower_ascii(word.as_bytes()) {
        Cow::Borrowed(word)
    } else {
        fold_changed(word)
    }
}

/// [`folded`] of a word that is not lower-case ASCII. Kept apart, so that the test of a word
/// that is (most words) is small enough to be inlined where words are read.
#[cold]
fn fold_changed(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Owned(word.to_ascii_lowercase());
    }
    let unchanged = |c: char| {
        if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            let mut lower = c.to_lowercase();
            c != '\u{2019}' && lower.next() == Some(c) && lower.next().is_none()
        }
    };
    if word.chars().all(unchanged) {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.chars()
            .flat_map(char::to_lowercase)
            .map(|c| if c == '\u{2019}' { '\'' } else { c })
            .collect(),
    )
}

/// Whether every byte is ASCII and none an upper-case letter: eight bytes at a time, read as
/// [`crate::hashing`] reads them for a hash (one test per word instead of two passes).
fn is_lower_ascii(bytes: &[u8]) -> bool {
    /// The high bit of each byte.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let lower = |n: u64| {
        // Below 0x80, a byte plus 0x3f has its high bit set from 'A' (0x41) up, and plus 0x25
        // from '[' (0x5b, after 'Z') up; neither sum carries into the next byte.
        let ascii = n & !HIGH;
        let upper = (ascii + 0x3f3f_3f3f_3f3f_3f3f) & !(ascii + 0x2525_2525_2525_2525);
        (n | upper) & HIGH == 0
    };
    let mut chunks = bytes.chunks_exact(8);
    chunks.by_ref().all(|chunk| lower(le_u64(chunk)))
        && match chunks.remainder() {
            [] => true,
            rest => lower(tail(rest)),
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-bytes-at-a-time test agrees with a byte-by-byte one for every byte at every
    /// place of words of 1–17 bytes, among neighbours at the edges of the upper-case range.
    #[test]
    fn lower_ascii_reads_every_byte() {
        for len in 1..=17 {
            for fill in [b'a', b'@', b'[', b'`', b'{', 0x7f, b'0'] {
                for at in 0..len {
                    for b in 0..=u8::MAX {
                        let mut bytes = vec![fill; len];
                        bytes[at] = b;
                        let each = bytes
                            .iter()
                            .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
                        assert_eq!(is_lower_ascii(&bytes), each, "{bytes:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn words_segment_like_unicode_segmentation() {
        const PIECES: &[&str] = &[
            "a", "Z", "q", "7", "0", "_", " ", "  ", ".", ",", ";", ":", "'", "\"", "-", "\n",
            "\t", "\r", "$", "%", "(", "é", "’", "\u{301}", "\u{200d}", "😀", "🇫", "🇷", "中", "ア",
            "א", "\u{a0}", "U.S", "3.5", "don't", "“", "”", "„", "«", "»", "–", "—", "…", "•",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as usize
        };
        let mut checked = 0;
        for _ in 0..100_000 {
            let mut text = String::new();
            for _ in 0..next() % 16 {
                text.push_str(PIECES[next() % PIECES.len()]);
            }
            let expected: Vec<(usize, &str)> = text
                .split_word_bound_indices()
                .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
                .collect();
            let got: Vec<(usize, &str)> = words(&text).map(|w| (w.start, w.text)).collect();
            assert_eq!(got, expected, "{text:?}");
            checked += got.len();
        }
        assert!(checked > 100_000);
    }

    /// Random texts made of pieces that normalisation and whitespace collapsing treat apart.
    fn random_texts() -> impl Iterator<Item = String> {
        const PIECES: &[&str] = &[
            "a", "é", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0}", "\u{b}", "\u{7f}", "\u{85}",
            "\u{9f}", "\u{a0}", "\u{ad}", "\u{1680}", "\u{2003}", "\u{200b}", "\u{2019}",
            "\u{2028}", "\u{202f}", "\u{205f}", "\u{2060}", "\u{3000}", "\u{feff}", "\u{ffef}",
            "中",
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as usize
        };
        (0..20_000).map(move |k| {
            // Some texts are long enough for the chunked scan of `normalize`.
            let len = if k % 10 == 0 { 200 } else { next() % 12 };
            (0..len).map(|_| PIECES[next() % PIECES.len()]).collect()
        })
    }

    #[test]
    fn normalize_maps_each_character() {
        for text in random_texts() {
            let mut expected = String::new();
            let mut chars = text.chars().peekable();
            while let Some(c) = chars.next() {
                if c == '\r' {
                    chars.next_if_eq(&'\n');
                    expected.push('\n');
                } else {
                    expected.extend(normalized(c));
                }
            }
            let got = normalize(&text);
            assert_eq!(got, expected, "{text:?}");
            assert_eq!(
                matches!(got, Cow::Borrowed(_)),
                expected == text,
                "{text:?}"
            );
        }
    }

    #[test]
    fn collapse_matches_split_whitespace() {
        for text in random_texts() {
            let expected = text.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(collapse_whitespace(&text), expected, "{text:?}");
            assert_eq!(
                collapse_whitespace_owned(text.clone()),
                expected,
                "{text:?}"
            );
        }
    }

    #[test]
    fn normalize_keeps_every_word() {
        let s = normalize("one\u{0}two\tthree\u{2029}four");
        assert_eq!(s, "one two\tthree\nfour");
    }

    #[test]
    fn utf16_roundtrip_on_every_boundary() {
        let s = "a😀é中\u{301}b";
        for (b, _) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
            let u = byte_to_utf16(s, b);
            assert_eq!(utf16_to_byte(s, u), Some(b));
        }
    }

    #[test]
    fn cursor_matches_direct_conversion() {
        let s = "x😀y é z";
        let mut c = Utf16Cursor::new(s);
        for (b, _) in s.char_indices() {
            assert_eq!(c.advance_to(b), byte_to_utf16(s, b));
        }
    }
}
