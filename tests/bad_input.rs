//! Bad and extreme input: each gets a result or a clear error, never a panic or a hang.

use article_lens::{analyze, Error, Options};

fn ok(text: &str) -> article_lens::model::Analysis {
    analyze(text, &Options::default()).expect("a result")
}

#[test]
fn empty_and_whitespace_give_an_empty_analysis() {
    for text in ["", " ", "\n\n\n", "\t \r\n \u{a0}\u{200b}"] {
        let a = ok(text);
        assert_eq!(a.title, None, "{text:?}");
        assert!(a.blocks.is_empty() && a.key_points.is_empty() && a.themes.is_empty());
        assert_eq!(a.stats.words, 0);
    }
}

#[test]
fn ten_megabytes_on_one_line() {
    let line = "Security talks on trade resumed in the capital. ".repeat(10 << 20 >> 6);
    let a = ok(&line);
    assert!(a.title.is_some());
    assert!(a.stats.words > 1_000_000);
}

#[test]
fn a_million_blank_lines() {
    let text = format!("Title\n{}Body paragraph.", "\n".repeat(1_000_000));
    let a = ok(&text);
    assert_eq!(a.title.as_deref(), Some("Title"));
    assert_eq!(a.blocks.len(), 1);
}

#[test]
fn binary_junk_and_nul_bytes() {
    let junk: String = (0u32..20_000)
        .map(|i| char::from_u32((i * 7919) % 0xD7FF).unwrap_or('?'))
        .collect();
    ok(&junk);
    let a = ok("Title\0with\0nul\n\nBody\0text");
    assert_eq!(a.title.as_deref(), Some("Title with nul"));
    assert_eq!(a.blocks[0].text, "Body text");
}

#[test]
fn scripts_and_combining_sequences_survive() {
    let text = "عنوان المقال\n\nهذا نص عربي عن الأمن والتجارة.\n\nשלום עולם.\n\n👩‍👩‍👧‍👦 family e\u{301}te\u{301}\n\nMixed 中文 and English.";
    let a = ok(text);
    assert_eq!(a.title.as_deref(), Some("عنوان المقال"));
    let all: String = a
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(all.contains("👩‍👩‍👧‍👦") && all.contains("e\u{301}te\u{301}") && all.contains("שלום"));
}

#[test]
fn thousands_of_bullets_and_hashes() {
    ok(&"•".repeat(50_000));
    ok(&"#".repeat(50_000));
    ok(&"- ".repeat(50_000));
    ok(&"> ".repeat(50_000));
    ok(&"1. ".repeat(30_000));
    let many_items: String = (0..20_000).map(|i| format!("• item {i}\n")).collect();
    let a = ok(&format!("Title\n\n{many_items}"));
    assert_eq!(a.blocks.len(), 20_000);
}

#[test]
fn input_over_the_limit_is_a_clear_error() {
    let options = Options {
        max_input_bytes: 10,
        ..Options::default()
    };
    let err = analyze("this is longer than ten bytes", &options).unwrap_err();
    assert!(matches!(
        err,
        Error::TooLarge {
            bytes: 29,
            limit: 10
        }
    ));
    let message = err.to_string();
    assert!(
        message.contains("29 bytes") && message.contains("--max-bytes"),
        "{message}"
    );
}

#[test]
fn forty_thousand_hard_wrapped_lines_with_a_column_gap() {
    // A gap at one column in every line, one word after it: no two-column layout. Each line
    // looked 400 lines ahead for the layout again before (1.8 s for these 2 MB).
    let lines: String = (0..40_000)
        .map(|i| format!("line w{i:05} beta gamma delta epsilon zeta eta   iota\n"))
        .collect();
    let a = ok(&format!("Title\n\n{lines}"));
    // Every line is kept, as a block or reported as removed, with its gap closed up.
    let texts: Vec<&str> = a
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .chain(a.removed.iter().map(|r| r.text.as_str()))
        .collect();
    assert_eq!(
        texts
            .iter()
            .map(|t| t.matches(" eta iota").count())
            .sum::<usize>(),
        40_000
    );
    assert!(texts.iter().any(|t| t.contains("line w39999 beta")));
}

#[test]
fn a_custom_lexicon_of_many_terms_sharing_a_first_word() {
    // 20,000 terms that start with "trade" (before, compiling them compared each with all
    // the earlier ones, and each "trade" of the text tried them all: 16 s for this test).
    let terms: Vec<String> = (0..20_000).map(|i| format!("trade w{i}")).collect();
    let theme = article_lens::themes::ThemeDef {
        id: "big".into(),
        label: "Big".into(),
        color: "#fff".into(),
        terms,
    };
    let options = Options {
        themes: vec![theme],
        replace_default_themes: true,
        ..Options::default()
    };
    let text = format!("Title\n\n{}", "Trade w19999 and trade w7. ".repeat(2_000));
    let a = analyze(&text, &options).expect("a result");
    let big = a.themes.iter().find(|t| t.id == "big").expect("the theme");
    assert_eq!(big.count, 4_000);
    let terms: Vec<(&str, usize)> = big
        .terms
        .iter()
        .map(|t| (t.term.as_str(), t.count))
        .collect();
    assert_eq!(terms, [("trade w19999", 2_000), ("trade w7", 2_000)]);
}

#[test]
fn twenty_thousand_custom_themes_each_found_once() {
    // Merging them with the defaults and picking those shown searched the list once per
    // theme (quadratic: 9.6 s for 60,000).
    let themes: Vec<article_lens::themes::ThemeDef> = (0..20_000)
        .map(|i| article_lens::themes::ThemeDef {
            id: format!("t{i}"),
            label: format!("T{i}"),
            color: "#fff".into(),
            terms: vec![format!("w{i}")],
        })
        .collect();
    let words: Vec<String> = (0..20_000).map(|i| format!("w{i}")).collect();
    let text = format!("Title\n\n{}", words.join(" "));
    let options = Options {
        themes,
        replace_default_themes: true,
        ..Options::default()
    };
    let a = analyze(&text, &options).expect("a result");
    assert_eq!(a.themes.len(), 20_000);
    assert!(a.themes.iter().all(|t| t.count == 1 && t.terms.len() == 1));
    assert_eq!(a.blocks[0].spans.len(), 20_000);
}

#[test]
fn deeply_nested_markdown_superscripts() {
    // `^(` nested 40,000 deep: the inline reader recursed once per level and overflowed
    // the stack; past 8 levels the markup now stays as text.
    let n = 40_000;
    let text = format!(
        "# Title\n\n## Head\n\nx {}x{}",
        "^(".repeat(n),
        ")".repeat(n)
    );
    let a = ok(&text);
    let body: String = a.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body.matches("^(").count(), n - 8);
}
