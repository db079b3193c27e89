//! Sentence splitting that knows abbreviations, initials, decimals, quotes and ellipses.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any run of further terminal punctuation and
//! closing quotes or brackets) when whitespace follows and the next word looks like a sentence
//! start, and always at the CJK full stops `。！？`. A period after a title ("Mr.", "Gen.")
//! never ends a sentence; after another abbreviation or an initial ("U.S.", "Nov.", "J.") it
//! ends one only when the next word is a capitalised function word ("The", "He", …), which
//! names and numbers after an abbreviation almost never are. A period inside a token ("3.50",
//! "U.S", "example.com") never ends a sentence, nor does one followed by a lower-case word
//! ("…percent... and rose") or by more dots (". . ."). Text after the last terminal mark is a
//! sentence too. The whole pass is linear in the text's length.

use std::ops::Range;

/// Titles and other abbreviations that precede a name or number and so never end a sentence
/// (lower case, without the period).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
    "maj", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt",
    "fr", "st", "mt", "ave", "blvd", "vs", "fig", "figs", "vol", "pp", "approx", "dept", "univ",
    "e.g", "i.e", "cf", "mme", "mlle", "sra", "srta", "dra", "hr", "nr", "bzw", "ca", "vgl", "z.b",
    "d.h",
];

/// Abbreviations that usually sit inside a sentence but may also end one (lower case, without
/// the period); "no" counts only before a number ("No. 10").
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "sr", "jr", "inc", "ltd",
    "co", "corp", "plc", "bros", "est", "ed", "al", "ft", "rd", "ct", "a.m", "p.m", "usw", "etc",
];

/// Capitalised words that start sentences but hardly ever follow an abbreviation or initial
/// inside one (lower case).
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "but",
    "and",
    "so",
    "yet",
    "or",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "by",
    "to",
    "of",
    "some",
    "many",
    "most",
    "all",
    "no",
    "not",
    "one",
    "what",
    "who",
    "how",
    "why",
    "where",
    "however",
    "meanwhile",
    "then",
    "now",
    "still",
    "also",
];

/// Whether a byte may start a terminal mark: `.`, `!`, `?`, or the first byte of `…` (E2),
/// `。` (E3) or `！`/`？` (EF). None of these is a UTF-8 continuation byte.
fn may_start_mark(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xe2 | 0xe3 | 0xef)
}

/// Characters that may follow a terminal mark and still belong to the sentence it ends.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '」' | '』' | '）'
    )
}

/// Characters that may open a sentence before its first letter.
fn is_opener_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '('
            | '['
            | '«'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '-'
            | '–'
            | '—'
            | '•'
            | '*'
    )
}

/// Byte ranges of the sentences of `text` (a block's text, whitespace collapsed), trimmed,
/// in order; text after the last terminal mark is a sentence too.
///
/// ```
/// let s = "Mr. Smith paid $3.50 in the U.S. on Nov. 3. Then he left! \"Why?\" she asked.";
/// let parts: Vec<&str> = article_lens::sentences::split(s).into_iter().map(|r| &s[r]).collect();
/// assert_eq!(parts, ["Mr. Smith paid $3.50 in the U.S. on Nov. 3.", "Then he left!", "\"Why?\" she asked."]);
/// ```
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // Where the search for the next terminal mark goes on.
    let mut end = 0;
    while let Some(found) = text.as_bytes()[end..]
        .iter()
        .position(|&b| may_start_mark(b))
    {
        let pos = end + found;
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        end = pos + c.len_utf8();
        let cjk = matches!(c, '。' | '！' | '？');
        if !(cjk || matches!(c, '.' | '!' | '?' | '…')) {
            continue;
        }
        let mut single_period = c == '.';
        for n in text[end..].chars().take_while(|n| is_closer(*n)) {
            single_period &= !matches!(n, '.' | '!' | '?' | '…');
            end += n.len_utf8();
        }
        let rest = &text[end..];
        let next_start = end + (rest.len() - rest.trim_start().len());
        if next_start >= text.len() {
            break;
        }
        if cjk
            || (next_start > end
                && ends_sentence(&text[start..pos], single_period, &text[next_start..]))
        {
            push_trimmed(&mut out, text, start..end);
            start = next_start;
        }
    }
    push_trimmed(&mut out, text, start..text.len());
    out
}

/// Adds `range` of `text`, trimmed, unless it is blank.
fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let s = &text[range.clone()];
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        let lead = s.len() - s.trim_start().len();
        out.push(range.start + lead..range.start + lead + trimmed.len());
    }
}

/// Whether a terminal mark ends the sentence, given the text `before` it since the sentence's
/// start, whether the mark is a lone period, and the text `after` it (starting at a non-space).
fn ends_sentence(before: &str, single_period: bool, after: &str) -> bool {
    let Some(first) = after.chars().next() else {
        return true;
    };
    if matches!(first, '.' | '…') {
        // A spaced ellipsis (". . .") goes on.
        return false;
    }
    let next_word: &str = after
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    let letters = next_word.trim_start_matches(is_opener_mark);
    let starts = match letters.chars().next() {
        // "iPhone", "eBay": a lower-case start with a capital inside still starts a sentence.
        Some(l) if l.is_lowercase() => letters.chars().skip(1).any(char::is_uppercase),
        Some(_) => true,
        None => is_opener_mark(first) || !first.is_alphabetic(),
    };
    if !starts || !single_period {
        return starts;
    }
    let word = last_word(before);
    let lower: &str = &crate::text::folded(word);
    if TITLES.contains(&lower) {
        return false;
    }
    if matches!(lower, "no" | "nos") {
        return !letters.starts_with(|c: char| c.is_ascii_digit());
    }
    let initial = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    let dotted = word.contains('.')
        && word
            .split('.')
            .all(|p| p.chars().count() <= 2 && p.chars().all(char::is_alphabetic));
    if initial || dotted || ABBREVIATIONS.contains(&lower) {
        let opener: String = letters
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        return letters.starts_with(char::is_uppercase) && OPENERS.contains(&opener.as_str());
    }
    true
}

/// The last word of `before`, without leading quotes or brackets.
fn last_word(before: &str) -> &str {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> Vec<&str> {
        split(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn abbreviation_before_opener_ends_sentence() {
        assert_eq!(
            parts("He moved to the U.S. The next day he left."),
            ["He moved to the U.S.", "The next day he left."]
        );
    }

    #[test]
    fn no_before_number_is_an_abbreviation() {
        assert_eq!(
            parts("He lives at No. 10 now. He said no. Then left."),
            ["He lives at No. 10 now.", "He said no.", "Then left."]
        );
    }
}
