//! Property tests of the whole analysis on generated articles: nothing lost or invented,
//! deterministic, valid spans, no empty blocks.

#![cfg(not(target_arch = "wasm32"))]

use article_lens::model::{Analysis, Span};
use article_lens::text::{fold, utf16_to_byte, words};
use article_lens::{analyze, Options};
use proptest::prelude::*;

/// Words the generator builds lines from: plain, capitalised, numbers, accents, CJK, RTL,
/// emoji sequences, combining marks, abbreviations.
const VOCABULARY: &[&str] = &[
    "the",
    "security",
    "Pakistan",
    "trade",
    "talks",
    "said",
    "on",
    "Tuesday",
    "U.S.",
    "Mr.",
    "3.5",
    "percent",
    "économie",
    "naïve",
    "北京",
    "会谈",
    "مرحبا",
    "שלום",
    "👩‍👩‍👧",
    "e\u{301}",
    "Zoë",
    "defense",
    "market",
    "growth",
    "\"quoted\"",
    "(aside)",
    "co-operation",
    "it's",
    "—",
    "…",
    "Reuters",
    "By",
    "ISLAMABAD,",
];

/// Line shapes: plain, bullets, numbered, Markdown heading and quote, indented, tabbed.
const PREFIXES: &[&str] = &[
    "", "", "", "• ", "- ", "* ", "1. ", "2) ", "# ", "## ", "> ", "    ", "\t", "· ", "– ",
];

/// A line as (markup prefix, content).
fn line() -> impl Strategy<Value = (&'static str, String)> {
    (
        prop::sample::select(PREFIXES),
        prop::collection::vec(prop::sample::select(VOCABULARY), 1..14),
        prop::sample::select(&["", ".", "!", "?", ":"][..]),
    )
        .prop_map(|(prefix, ws, end)| (prefix, format!("{}{end}", ws.join(" "))))
}

/// An article and the text of its content (what must be kept: markup prefixes left out).
fn article() -> impl Strategy<Value = (String, String)> {
    (
        prop::collection::vec(
            (
                line(),
                prop::sample::select(&["\n", "\n\n", "\r\n", "\n\n\n", "\r\n\r\n"][..]),
            ),
            0..30,
        ),
        any::<bool>(),
    )
        .prop_map(|(lines, key_points)| {
            let (mut text, mut content) = (String::new(), String::new());
            for (i, ((prefix, l), sep)) in lines.iter().enumerate() {
                text.push_str(prefix);
                text.push_str(l);
                text.push_str(sep);
                content.push_str(l);
                content.push('\n');
                if i == 0 && key_points {
                    text.push_str("\nKey Points:\n• First point here.\n• Second point here.\n\n");
                    content.push_str("Key Points:\nFirst point here.\nSecond point here.\n");
                }
            }
            (text, content)
        })
}

/// The folded words of a text.
fn word_list(text: &str) -> Vec<String> {
    words(text).map(|w| fold(w.text)).collect()
}

/// Every input word is in the output, in order, and no word is invented: the input's words
/// are an interleaving of the reading stream (title, the article's own key points, blocks) and
/// the removed lines, each in order. List numbers are markup and are left out on both sides.
fn assert_nothing_lost(input: &str, content: &str, a: &Analysis) {
    let is_number = |w: &String| w.chars().all(|c| c.is_ascii_digit());
    let mut main: Vec<String> = a.title.as_deref().map(word_list).unwrap_or_default();
    for kp in a.key_points.iter().filter(|k| !k.generated) {
        main.extend(word_list(&kp.text));
    }
    for b in &a.blocks {
        main.extend(word_list(&b.text));
    }
    main.retain(|w| !is_number(w));
    let mut removed: Vec<String> = a.removed.iter().flat_map(|r| word_list(&r.text)).collect();
    removed.retain(|w| !is_number(w));
    let mut input_words = word_list(content);
    input_words.retain(|w| !is_number(w));
    assert_eq!(
        input_words.len(),
        main.len() + removed.len(),
        "words lost or invented\ninput: {input:?}\nmain: {main:?}\nremoved: {removed:?}"
    );
    // reachable[m]: the first k input words can be the first m of main and k - m of removed.
    let mut reachable = vec![false; main.len() + 1];
    reachable[0] = true;
    for (k, w) in input_words.iter().enumerate() {
        let mut next = vec![false; main.len() + 1];
        for m in 0..=main.len().min(k) {
            if !reachable[m] {
                continue;
            }
            if main.get(m) == Some(w) {
                next[m + 1] = true;
            }
            if removed.get(k - m) == Some(w) {
                next[m] = true;
            }
        }
        reachable = next;
        assert!(reachable.contains(&true), "input word {w:?} lost or out of order\ninput: {input:?}\nmain: {main:?}\nremoved: {removed:?}");
    }
    assert!(reachable[main.len()]);
}

/// Spans are sorted, do not overlap, and fall on character boundaries of their text.
fn assert_spans_valid(text: &str, spans: &[Span], theme_ids: &[&str]) {
    let mut at = 0;
    for s in spans {
        assert!(
            s.start >= at && s.end > s.start,
            "overlapping or empty span {s:?} in {text:?}"
        );
        let (Some(b0), Some(b1)) = (utf16_to_byte(text, s.start), utf16_to_byte(text, s.end))
        else {
            panic!("span {s:?} not on char boundaries of {text:?}");
        };
        assert!(text[b0..b1].chars().any(char::is_alphanumeric));
        assert!(
            theme_ids.contains(&&*s.theme),
            "span of a theme not listed: {s:?}"
        );
        at = s.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn nothing_lost_nothing_invented((text, content) in article()) {
        let a = analyze(&text, &Options::default()).unwrap();
        assert_nothing_lost(&text, &content, &a);
    }

    #[test]
    fn deterministic((text, _) in article()) {
        let options = Options::default();
        prop_assert_eq!(analyze(&text, &options).unwrap(), analyze(&text, &options).unwrap());
    }

    #[test]
    fn spans_valid_and_blocks_not_empty((text, _) in article()) {
        let a = analyze(&text, &Options::default()).unwrap();
        let ids: Vec<&str> = a.themes.iter().map(|t| t.id.as_str()).collect();
        for b in &a.blocks {
            prop_assert!(!b.text.trim().is_empty());
            prop_assert_eq!(b.text.trim(), b.text.as_str());
            assert_spans_valid(&b.text, &b.spans, &ids);
            assert_spans_valid(&b.text, &b.keyphrase_spans, &["keyphrase"]);
        }
        for k in &a.key_points {
            prop_assert!(!k.text.trim().is_empty());
            assert_spans_valid(&k.text, &k.spans, &ids);
            prop_assert!(k.evidence.iter().all(|&e| e < a.blocks.len()));
        }
        for t in &a.themes {
            prop_assert!(t.count > 0 && t.score > 0.0 && t.score <= 1.0);
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        let a = analyze(&text, &Options::default()).unwrap();
        for b in &a.blocks {
            prop_assert!(!b.text.is_empty());
        }
    }
}
