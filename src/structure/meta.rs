//! Recognisers for the lines around an article's text: key-points headings, bylines,
//! datelines and page boilerplate.

/// Headings that introduce a key-points section (compared case-insensitively, without a
/// trailing colon or Markdown decoration).
const KEY_POINT_HEADINGS: &[&str] = &[
    "key points",
    "key point",
    "the key points",
    "main points",
    "story highlights",
    "highlights",
    "key highlights",
    "key takeaways",
    "takeaways",
    "the takeaway",
    "key facts",
    "summary",
    "article summary",
    "what you need to know",
    "what to know",
    "at a glance",
    "the big picture",
    "big picture",
    "tl;dr",
    "tldr",
    "tl dr",
    "in brief",
    "in short",
    "quick read",
    "the essentials",
    "the gist",
    "bottom line",
    "the bottom line",
    // Other languages (fr, de, es, pt, it, nl, zh, ja).
    "points clés",
    "l'essentiel",
    "en bref",
    "à retenir",
    "das wichtigste in kürze",
    "das wichtigste",
    "auf einen blick",
    "puntos clave",
    "lo esencial",
    "en resumen",
    "principais pontos",
    "pontos principais",
    "em resumo",
    "punti chiave",
    "in sintesi",
    "belangrijkste punten",
    "in het kort",
    "要点",
    "重点",
    "ポイント",
];

/// Lines that are page furniture, not article text (compared case-insensitively, without
/// trailing punctuation).
const BOILERPLATE_LINES: &[&str] = &[
    "advertisement",
    "skip advertisement",
    "story continues below advertisement",
    "article continues below advertisement",
    "share this article",
    "share this story",
    "share this",
    "sign up for our newsletter",
    "sign up for our newsletters",
    "subscribe to our newsletter",
];

/// Prefixes of boilerplate lines that must be followed by some text (compared
/// case-insensitively).
const BOILERPLATE_PREFIXES: &[&str] = &["read more:", "also read:", "read also:"];

/// Month names and abbreviations, lower case.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Other words a date line may hold, lower case.
const DATE_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "at",
    "am",
    "pm",
    "a.m",
    "p.m",
    "et",
    "edt",
    "est",
    "gmt",
    "utc",
    "bst",
    "cet",
    "pt",
    "pst",
    "pdt",
    "ist",
];

/// Lower-cased heading text without Markdown decoration, list marker or a trailing colon.
fn heading_key(line: &str) -> String {
    let t = line.trim().trim_start_matches('#').trim();
    let t = t.trim_matches(|c| c == '*' || c == '_').trim();
    let t = t.strip_suffix([':', '：']).unwrap_or(t).trim();
    crate::text::fold(t.trim_matches(|c| c == '*' || c == '_').trim())
}

/// Whether the line introduces a key-points section.
pub fn is_key_points_heading(line: &str) -> bool {
    line.len() <= 60 && KEY_POINT_HEADINGS.contains(&heading_key(line).as_str())
}

/// Whether a block's text is page boilerplate ("Advertisement", "Read more: …").
pub(super) fn is_boilerplate(text: &str) -> bool {
    if text.len() > 200 {
        return false;
    }
    let lower = crate::text::fold(text.trim());
    let bare = lower.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
    BOILERPLATE_LINES.contains(&bare)
        || BOILERPLATE_PREFIXES.iter().any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|rest| rest.chars().any(char::is_alphanumeric))
        })
}

/// Whether the text is a byline: "By Jane Doe", "By Jane Doe and John Roe | Reuters".
pub(super) fn is_byline(text: &str) -> bool {
    let Some(rest) = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("by "))
        .or_else(|| text.strip_prefix("BY "))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    let named = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    !words.is_empty()
        && words.len() <= 12
        && !rest.ends_with('.')
        && words.first().is_some_and(named)
        && words.iter().filter(|w| named(w)).count() * 2 >= words.len()
}

/// Whether the text is a line holding only a date or time ("March 25, 2015",
/// "Updated 10:32 AM ET, Mon November 27, 2017"): every token is a date word or a number, with
/// a month name or a clock time among them.
pub(super) fn is_date_line(text: &str) -> bool {
    if text.len() > 100 {
        return false;
    }
    let (mut anchor, mut number) = (false, false);
    for token in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '/' | '(' | ')'))
    {
        let t = token.trim_matches(|c: char| matches!(c, '.' | '-' | '—' | '–' | ':'));
        if t.is_empty() {
            continue;
        }
        let lower = crate::text::fold(t);
        if t.bytes().all(|b| b.is_ascii_digit()) {
            number = true;
        } else if t.contains(':') && t.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            number = true;
            anchor = true;
        } else if MONTHS.contains(&lower.as_str()) {
            anchor = true;
        } else if is_ordinal(&lower) {
            number = true;
        } else if !DATE_WORDS.contains(&lower.as_str()) {
            return false;
        }
    }
    anchor && number
}

/// "1st", "22nd", "3rd", "27th".
fn is_ordinal(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && matches!(&t[digits..], "st" | "nd" | "rd" | "th")
}

/// The dateline opening a paragraph ("ISLAMABAD, Nov 27 (Reuters) -", "SEOUL, South Korea —"):
/// an upper-case place name, optionally a date and a news agency, then a dash. Returns the
/// dateline without the dash.
pub(super) fn leading_dateline(text: &str) -> Option<&str> {
    let head = &text[..text.char_indices().nth(90).map_or(text.len(), |(i, _)| i)];
    let inside = [" - ", " — ", " – ", " -- "]
        .iter()
        .filter_map(|d| head.find(d))
        .min();
    let at_end = [" -", " —", " –", " --"].iter().find_map(|d| {
        (head.len() == text.len())
            .then(|| text.strip_suffix(d))
            .flatten()
            .map(str::len)
    });
    let dash = inside.or(at_end)?;
    let prefix = text[..dash].trim();
    let place = prefix.split([',', '(']).next()?.trim();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let upper = letters >= 3
        && place
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let agency = prefix.ends_with(')') && prefix.contains('(');
    (upper || (agency && place.chars().next().is_some_and(char::is_uppercase))).then_some(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_needs_capitalised_names() {
        assert!(is_byline("By Jane Doe and John Roe | Reuters"));
        assert!(!is_byline("By the end of the year, prices rose."));
    }

    #[test]
    fn dates_need_a_month_or_time() {
        assert!(is_date_line("March 25, 2015"));
        assert!(is_date_line("Updated 10:32 AM ET, Mon November 27, 2017"));
        assert!(!is_date_line("March on Washington"));
        assert!(!is_date_line("2015"));
    }

    #[test]
    fn datelines() {
        assert_eq!(
            leading_dateline("ISLAMABAD, Nov 27 (Reuters) - Pakistan said"),
            Some("ISLAMABAD, Nov 27 (Reuters)")
        );
        assert_eq!(
            leading_dateline("SEOUL, South Korea — A plan"),
            Some("SEOUL, South Korea")
        );
        assert_eq!(leading_dateline("The plan - which failed - was"), None);
        assert_eq!(
            leading_dateline("LONDON (Reuters) -"),
            Some("LONDON (Reuters)")
        );
    }

    #[test]
    fn boilerplate_lines() {
        assert!(is_boilerplate("Advertisement"));
        assert!(is_boilerplate("Read more: Why prices rose"));
        assert!(!is_boilerplate("Read more:"));
        assert!(!is_boilerplate("Share prices fell."));
    }
}
