//! Sentence splitting that knows abbreviations, initials, decimals, quotes and ellipses.

/// Abbreviations after which a period does not end a sentence (lower case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
    "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "no", "nos",
    "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "fig", "vol", "pp", "ed", "al",
    "mt", "ft", "ave", "blvd", "rd", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m",
];

/// Byte ranges of the sentences of `text` (a block's text, whitespace collapsed).
///
/// ```
/// let s = "Mr. Smith paid $3.50 in the U.S. on Nov. 3. Then he left! \"Why?\" she asked.";
/// let parts: Vec<&str> = article_lens::sentences::split(s).into_iter().map(|r| &s[r]).collect();
/// assert_eq!(parts, ["Mr. Smith paid $3.50 in the U.S. on Nov. 3.", "Then he left!", "\"Why?\" she asked."]);
/// ```
pub fn split(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let terminal = matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '…');
        if !terminal {
            i += 1;
            continue;
        }
        // Swallow runs of terminal punctuation and closing quotes/brackets.
        let mut j = i + 1;
        while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '」' | '』') {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |(p, _)| *p);
        let cjk = matches!(c, '。' | '！' | '？');
        let followed_by_space = chars.get(j).is_some_and(|(_, n)| n.is_whitespace());
        if j >= chars.len() {
            break;
        }
        if !(cjk || followed_by_space) {
            i = j;
            continue;
        }
        // The next word must look like a sentence start.
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let next = chars.get(k).map(|(_, n)| *n);
        let starts_sentence = next.is_some_and(|n| {
            n.is_uppercase() || n.is_numeric() || matches!(n, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '¿' | '¡') || !n.is_alphabetic() || is_caseless(n)
        });
        if cjk || (starts_sentence && !(c == '.' && j == i + 1 && is_abbreviation(&text[start..pos]))) {
            out.push(start..end);
            start = chars.get(k).map_or(text.len(), |(p, _)| *p);
        }
        i = j;
    }
    let rest = text[start..].trim_end();
    if !rest.trim().is_empty() {
        let lead = text[start..].len() - text[start..].trim_start().len();
        out.push(start + lead..start + lead + rest.trim_start().len());
    }
    out
}

/// Whether a letter belongs to a script without case (CJK, Arabic, …).
fn is_caseless(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// Whether the text before a period ends with an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"').next().unwrap_or("");
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() {
        return false;
    }
    // A single letter is an initial ("J. Smith"); "U.S" style dotted acronyms too.
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> Vec<&str> {
        split(s).into_iter().map(|r| &s[r]).collect()
    }

    #[test]
    fn no_final_punctuation() {
        assert_eq!(parts("One thing. And another"), ["One thing.", "And another"]);
    }

    #[test]
    fn ellipsis_and_decimals() {
        assert_eq!(parts("It rose 2.5 percent... Then fell."), ["It rose 2.5 percent...", "Then fell."]);
    }

    #[test]
    fn initials() {
        assert_eq!(parts("J. R. R. Tolkien wrote it. Yes."), ["J. R. R. Tolkien wrote it.", "Yes."]);
    }

    #[test]
    fn cjk() {
        assert_eq!(parts("你好。再见！"), ["你好。", "再见！"]);
    }
}
