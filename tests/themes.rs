//! Theme detection: the seed article, one fixture per default theme, matching pitfalls,
//! the evidence threshold, colours, and custom themes from the library and the CLI.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

use article_lens::model::{Analysis, Theme};
use article_lens::themes::{default_themes, ThemeDef};
use article_lens::{analyze, Options};

const SEED: &str = include_str!("../www/examples/china-pakistan.txt");

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/themes")
        .join(name)
}

fn analysis(text: &str) -> Analysis {
    analyze(text, &Options::default()).expect("analysis")
}

fn theme<'a>(a: &'a Analysis, id: &str) -> &'a Theme {
    a.themes
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("theme {id} missing: {:?}", ids(a)))
}

fn ids(a: &Analysis) -> Vec<&str> {
    a.themes.iter().map(|t| t.id.as_str()).collect()
}

fn terms(t: &Theme) -> Vec<&str> {
    t.terms.iter().map(|c| c.term.as_str()).collect()
}

#[test]
fn seed_shows_diplomacy_security_and_economy_with_their_terms() {
    let a = analysis(SEED);
    assert_eq!(a.themes[0].id, "diplomacy");
    let security = terms(theme(&a, "security"));
    for term in ["security", "counterterrorism", "defense", "intelligence"] {
        assert!(
            security.contains(&term),
            "{term} not under security: {security:?}"
        );
    }
    let economy = terms(theme(&a, "economy"));
    for term in ["trade", "infrastructure", "investment"] {
        assert!(
            economy.contains(&term),
            "{term} not under economy: {economy:?}"
        );
    }
}

#[test]
fn seed_spans_point_at_their_terms() {
    let a = analysis(SEED);
    let block = &a.blocks[0];
    let utf16: Vec<u16> = block.text.encode_utf16().collect();
    let first = &block.spans[0];
    let text = String::from_utf16(&utf16[first.start..first.end]).unwrap();
    assert_eq!((text.as_str(), &*first.theme), ("China", "diplomacy"));
    for b in &a.blocks {
        assert!(
            b.spans.windows(2).all(|w| w[0].end <= w[1].start),
            "overlapping spans in {:?}",
            b.text
        );
    }
}

#[test]
fn each_default_theme_tops_its_fixture() {
    for def in default_themes() {
        let path = fixture(&format!("{}.txt", def.id));
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let a = analysis(&text);
        assert_eq!(
            a.themes.first().map(|t| t.id.as_str()),
            Some(def.id.as_str()),
            "fixture {}: {:?}",
            def.id,
            ids(&a)
        );
    }
}

#[test]
fn scores_are_shares_rounded_to_four_decimals_heaviest_first() {
    let a = analysis(SEED);
    let sum: f64 = a.themes.iter().map(|t| t.score).sum();
    assert!(sum <= 1.0 + 1e-9, "shares sum to {sum}");
    assert!(a.themes.windows(2).all(|w| w[0].score >= w[1].score));
    for t in &a.themes {
        assert_eq!(t.score, (t.score * 10_000.0).round() / 10_000.0);
        assert_eq!(t.count, t.terms.iter().map(|c| c.count).sum::<usize>());
    }
}

#[test]
fn stem_collisions_do_not_match() {
    // "shared" and "shares" have one Snowball stem, so do "renewed" and "renewable".
    let a = analysis("Shared goals\n\nThe two men shared a renewed sense of purpose and shared a meal. They renewed their vows.");
    let found: Vec<&str> = a.themes.iter().flat_map(|t| terms(t)).collect();
    assert!(
        !found.contains(&"shared") && !found.contains(&"renewed"),
        "{found:?}"
    );
    let b = analysis("Shares and renewables\n\nShares in the utility rose as renewable power and shares of wind grew.");
    assert!(terms(theme(&b, "economy")).contains(&"shares"));
    assert_eq!(theme(&b, "energy").terms[0].term, "renewables"); // first seen; "renewable" counts with it
    assert_eq!(theme(&b, "energy").terms[0].count, 2);
}

#[test]
fn acronyms_only_match_in_capitals() {
    let a = analysis(
        "UN envoy meets EU foreign ministers\n\nThe UN envoy said the EU would send a delegation.",
    );
    let diplomacy = terms(theme(&a, "diplomacy"));
    assert!(
        diplomacy.contains(&"un") && diplomacy.contains(&"eu"),
        "{diplomacy:?}"
    );
    let b = analysis("Un projet\n\nUn jour, un homme est venu. Eu sei que un dia.");
    assert!(
        b.themes.iter().all(|t| t.id != "diplomacy"),
        "{:?}",
        ids(&b)
    );
    let custom = ThemeDef {
        id: "mps".into(),
        label: "MPs".into(),
        color: "#eee".into(),
        terms: vec!["MPs".into(), "Commons".into()],
    };
    let c = analyze(
        "MPs vote\n\nThe MPs and one MP met; mps in lower case do not count.",
        &Options {
            themes: vec![custom],
            replace_default_themes: true,
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(theme(&c, "mps").count, 3);
}

#[test]
fn one_weak_word_is_not_evidence() {
    let a = analysis("A quiet week\n\nThe season turned and the evenings grew long.");
    assert_eq!(ids(&a), Vec::<&str>::new());
    let b =
        analysis("A quiet week\n\nThe season turned and the evenings grew long at the hospital.");
    assert_eq!(ids(&b), ["health"]);
}

#[test]
fn the_title_decides_a_short_item() {
    let a = analysis("Oil prices rise\n\nThe rise came after a meeting of ministers on Monday.");
    assert_eq!(a.themes[0].id, "energy");
}

/// Relative luminance of `#rrggbb` (WCAG 2).
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

#[test]
fn default_colours_keep_dark_text_readable() {
    let text = luminance("#1a1a1a");
    let defs = default_themes();
    assert!((15..=20).contains(&defs.len()), "{} themes", defs.len());
    for def in defs {
        assert_eq!(def.color.len(), 7, "{}", def.id);
        let contrast = (luminance(&def.color) + 0.05) / (text + 0.05);
        assert!(contrast >= 4.5, "{}: contrast {contrast:.2}", def.id);
        def.validate().unwrap();
    }
}

#[test]
fn custom_themes_extend_and_replace_in_the_library() {
    let custom: Vec<ThemeDef> =
        serde_json::from_str(&std::fs::read_to_string(fixture("custom.json")).unwrap()).unwrap();
    let text = std::fs::read_to_string(fixture("corridor.txt")).unwrap();
    let extended = analyze(
        &text,
        &Options {
            themes: custom.clone(),
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(extended.themes[0].id, "belt-road");
    assert_eq!(theme(&extended, "diplomacy").label, "Statecraft");
    let only = analyze(
        &text,
        &Options {
            themes: custom,
            replace_default_themes: true,
            ..Options::default()
        },
    )
    .unwrap();
    let mut got = ids(&only);
    got.sort_unstable();
    assert_eq!(got, ["belt-road", "diplomacy"]);
}

#[test]
fn the_last_custom_theme_of_an_id_wins() {
    // Custom themes of (id, label, term) alone, on `text`.
    let only = |text: &str, themes: [(&str, &str, &str); 3]| {
        let themes = themes
            .iter()
            .map(|(id, label, term)| ThemeDef {
                id: id.to_string(),
                label: label.to_string(),
                color: "#fff".into(),
                terms: vec![term.to_string()],
            })
            .collect();
        let options = Options {
            themes,
            replace_default_themes: true,
            ..Options::default()
        };
        analyze(text, &options).unwrap()
    };
    let a = only(
        "Title\n\nThe trade deal and the talks, another trade deal, more talks.",
        [
            ("a", "A1", "trade"),
            ("b", "B", "talks"),
            ("a", "A2", "deal"),
        ],
    );
    let mut got: Vec<(&str, &str, Vec<&str>)> = a
        .themes
        .iter()
        .map(|t| (t.id.as_str(), t.label.as_str(), terms(t)))
        .collect();
    got.sort();
    assert_eq!(got, [("a", "A2", vec!["deal"]), ("b", "B", vec!["talks"])]);
    // The last "a" takes its own place, after "b": a term both list is its.
    let a = only(
        "Title\n\nThe trade talks went on.",
        [
            ("a", "A1", "deal"),
            ("b", "B", "trade"),
            ("a", "A2", "trade"),
        ],
    );
    assert_eq!(ids(&a), ["a"]);
}

#[test]
fn invalid_custom_theme_is_refused_with_its_problem() {
    let bad = ThemeDef {
        id: "x".into(),
        label: "X".into(),
        color: "#fff".into(),
        terms: vec!["+ ".into(), "~".into()],
    };
    let err = analyze(
        "text",
        &Options {
            themes: vec![bad],
            ..Options::default()
        },
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .contains("terms must hold at least one word"),
        "{err}"
    );
}

#[test]
fn a_term_of_too_many_words_is_refused_with_its_start() {
    let long = format!("{} zz", "word ".repeat(10_000));
    let twelve = "one two three four five six seven eight nine ten eleven twelve";
    let theme = |terms: Vec<String>| ThemeDef {
        id: "x".into(),
        label: "X".into(),
        color: "#fff".into(),
        terms,
    };
    let options = |terms| Options {
        themes: vec![theme(terms)],
        ..Options::default()
    };
    let err = analyze("text", &options(vec!["trade".into(), long])).unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid theme: theme \"x\": term \"word word word word word word word word\u{2026}\" \
         has more than 12 words"
    );
    // A short term is quoted whole.
    let thirteen = "a b c d e f g h i j k l m";
    let err = analyze("text", &options(vec![thirteen.into()])).unwrap_err();
    assert!(
        err.to_string()
            .contains("term \"a b c d e f g h i j k l m\" has"),
        "{err}"
    );
    // Twelve words are still a term. (Matching a term compares its words at each place
    // where its first word occurs: 10,001 words on a text of "word"s took minutes.)
    assert!(analyze("text", &options(vec![twelve.into()])).is_ok());
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_article-lens"))
        .args(args)
        .output()
        .expect("run the CLI");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cli_custom_themes_extend_the_defaults() {
    let (themes, text) = (fixture("custom.json"), fixture("corridor.txt"));
    let (code, stdout, stderr) = cli(&[
        "analyze",
        "--themes",
        themes.to_str().unwrap(),
        text.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let a: Analysis = serde_json::from_str(&stdout).unwrap();
    let belt = theme(&a, "belt-road");
    assert_eq!(
        (belt.label.as_str(), belt.color.as_str()),
        ("Belt and Road", "#ffe4a0")
    );
    assert_eq!(terms(belt), ["corridor", "gwadar", "port", "belt and road"]);
    assert!(a
        .blocks
        .iter()
        .any(|b| b.spans.iter().any(|s| &*s.theme == "belt-road")));
}

#[test]
fn cli_only_custom_themes_replace_the_defaults() {
    let (themes, text) = (fixture("custom.json"), fixture("corridor.txt"));
    let (code, stdout, stderr) = cli(&[
        "analyze",
        "--only-custom-themes",
        "--themes",
        themes.to_str().unwrap(),
        text.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let a: Analysis = serde_json::from_str(&stdout).unwrap();
    assert!(
        a.themes
            .iter()
            .all(|t| t.id == "belt-road" || t.id == "diplomacy"),
        "{:?}",
        ids(&a)
    );
    assert_eq!(theme(&a, "diplomacy").label, "Statecraft");
}

#[test]
fn cli_bad_theme_json_names_the_problem() {
    let text = fixture("corridor.txt");
    for (file, problem) in [
        ("missing-color.json", "missing field `color`"),
        ("bad-color.json", "color \"red; }\""),
        ("truncated.json", "EOF"),
    ] {
        let path = fixture(file);
        let (code, stdout, stderr) = cli(&[
            "analyze",
            "--themes",
            path.to_str().unwrap(),
            text.to_str().unwrap(),
        ]);
        assert_eq!(code, 2, "{file}: {stdout}"); // a usage error
        assert!(
            stderr.contains(problem) && stderr.contains(file),
            "{file}: {stderr}"
        );
        assert!(stdout.is_empty(), "{file}");
    }
}
