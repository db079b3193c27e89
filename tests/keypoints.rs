//! Key points: the sentence splitter, evidence linking on the seed article, and generated key
//! points on an article without a key-points section.

#![cfg(not(target_arch = "wasm32"))]

use article_lens::keypoints::Length;
use article_lens::model::Analysis;
use article_lens::{analyze, sentences, Options};

/// The sentences of `s` as strings.
fn split(s: &str) -> Vec<&str> {
    sentences::split(s).into_iter().map(|r| &s[r]).collect()
}

/// Analyses a fixture of tests/fixtures/keypoints with the given key-point length.
fn analyze_fixture(name: &str, key_points: Length) -> Analysis {
    let path = format!(
        "{}/tests/fixtures/keypoints/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    analyze(
        &text,
        &Options {
            key_points,
            ..Options::default()
        },
    )
    .expect("the fixture is analysed")
}

/// Splitter cases: (what is checked, text, expected sentences).
const SPLITS: &[(&str, &str, &[&str])] = &[
    (
        "titles and abbreviations stay inside a sentence",
        "Mr. Khan met Gen. Asim Munir in the U.S. capital on Nov. 12 to discuss aid. The talks lasted an hour.",
        &["Mr. Khan met Gen. Asim Munir in the U.S. capital on Nov. 12 to discuss aid.", "The talks lasted an hour."],
    ),
    ("an abbreviation before a lower-case word", "Exports to the U.S. rose sharply. The rise surprised analysts.", &["Exports to the U.S. rose sharply.", "The rise surprised analysts."]),
    ("an abbreviation before a sentence opener ends it", "He flew to the U.S. The next day he met officials.", &["He flew to the U.S.", "The next day he met officials."]),
    ("European abbreviations", "Mme. Dupont und z. B. Hr. Weber kamen. Dann gingen sie.", &["Mme. Dupont und z. B. Hr. Weber kamen.", "Dann gingen sie."]),
    ("decimals and prices", "Growth slowed to 2.5 percent. Tickets cost $3.50 each.", &["Growth slowed to 2.5 percent.", "Tickets cost $3.50 each."]),
    ("initials", "The book by J. R. R. Tolkien sold well. George W. Bush read it.", &["The book by J. R. R. Tolkien sold well.", "George W. Bush read it."]),
    (
        "closing quotes and reporting clauses",
        "\"We will win,\" he said. \"Why not?\" she asked. He replied: \"Because.\" Then he left.",
        &["\"We will win,\" he said.", "\"Why not?\" she asked.", "He replied: \"Because.\"", "Then he left."],
    ),
    ("curly single quotes", "‘It is over.’ The crowd left.", &["‘It is over.’", "The crowd left."]),
    ("ellipses", "Prices rose... and rose. Then… Nothing.", &["Prices rose... and rose.", "Then…", "Nothing."]),
    ("a spaced ellipsis", "Wait . . . what? Yes.", &["Wait . . . what?", "Yes."]),
    ("no final punctuation", "The vote is on Monday. Results are expected by noon", &["The vote is on Monday.", "Results are expected by noon"]),
    ("no punctuation at all", "No punctuation at all", &["No punctuation at all"]),
    ("blank text", "   ", &[]),
    ("CJK full stops", "中国和巴基斯坦重申合作。双方强调安全！是吗？好", &["中国和巴基斯坦重申合作。", "双方强调安全！", "是吗？", "好"]),
];

#[test]
fn splitter_handles_abbreviations_decimals_initials_quotes_ellipses_and_cjk() {
    for (case, text, expected) in SPLITS {
        assert_eq!(split(text), *expected, "{case}");
    }
}

#[test]
fn seed_key_points_link_to_the_paragraphs_that_state_them() {
    let seed = include_str!("../www/examples/china-pakistan.txt");
    let a = analyze(seed, &Options::default()).expect("the seed is analysed");
    let evidence: Vec<&[usize]> = a.key_points.iter().map(|k| k.evidence.as_slice()).collect();
    assert_eq!(a.key_points.len(), 3);
    assert!(a.key_points.iter().all(|k| !k.generated));
    // "reaffirmed their long-standing strategic relationship amid shifting regional diplomacy"
    assert_eq!(evidence[0].first(), Some(&0), "{evidence:?}");
    assert!(
        evidence[0].iter().all(|b| [0, 2, 10].contains(b)),
        "{evidence:?}"
    );
    // "Pakistan increases outreach to the United States and other global partners"
    assert_eq!(evidence[1].first(), Some(&3), "{evidence:?}");
    assert!(
        evidence[1].iter().all(|b| [3, 0, 8].contains(b)),
        "{evidence:?}"
    );
    // "cooperation on security, development, and regional stability": paragraphs 5 (security
    // cooperation) and 6 (development, economic stability); 1 and 4 also speak of regional
    // cooperation, stability and development.
    assert_eq!(evidence[2].first(), Some(&5), "{evidence:?}");
    assert!(evidence[2].contains(&6), "{evidence:?}");
    assert!(
        evidence[2].iter().all(|b| [1, 4, 5, 6].contains(b)),
        "{evidence:?}"
    );
}

#[test]
fn short_article_without_key_points_gets_three_generated_in_article_order() {
    let a = analyze_fixture("no-key-points.txt", Length::Auto);
    assert_eq!(a.key_points.len(), 3);
    assert!(a.key_points.iter().all(|k| k.generated));
    // The lead comes first; the one-line quote ("It's wonderful," said one rider.) is skipped.
    assert!(
        a.key_points[0]
            .text
            .starts_with("The city of Riverton opened its first tram line"),
        "{:?}",
        a.key_points[0].text
    );
    assert!(a.key_points.iter().all(|k| !k.text.contains("wonderful")));
    let sources: Vec<usize> = a.key_points.iter().map(|k| k.evidence[0]).collect();
    assert!(
        sources.windows(2).all(|w| w[0] < w[1]),
        "not in article order: {sources:?}"
    );
    for k in &a.key_points {
        assert!(
            a.blocks[k.evidence[0]].text.contains(&k.text),
            "evidence must start with the source block"
        );
    }
}

#[test]
fn auto_length_gives_five_for_a_medium_article_and_seven_for_a_long_one() {
    let medium = analyze_fixture("medium-no-key-points.txt", Length::Auto);
    assert_eq!(medium.key_points.len(), 5);
    assert!(medium.key_points.iter().all(|k| k.generated));
    assert!(medium.key_points[0]
        .text
        .starts_with("Farmers in the Marren Valley will have to cut their water use"));

    let path = format!(
        "{}/tests/fixtures/keypoints/medium-no-key-points.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let body = std::fs::read_to_string(path).expect("fixture");
    let long = format!("{body}\n\n{body}\n\n{body}");
    let a = analyze(&long, &Options::default()).expect("analysed");
    assert!(a.stats.words >= 1500);
    assert_eq!(a.key_points.len(), 7);
    assert!(a.key_points.iter().all(|k| k.generated));
}

#[test]
fn medium_and_long_give_five_and_seven_generated_key_points() {
    for (length, n) in [(Length::Short, 3), (Length::Medium, 5), (Length::Long, 7)] {
        let a = analyze_fixture("no-key-points.txt", length);
        assert_eq!(a.key_points.len(), n, "{length:?}");
        assert!(a
            .key_points
            .iter()
            .all(|k| k.generated && !k.evidence.is_empty()));
    }
    assert_eq!(
        (
            Length::Auto.count(599),
            Length::Auto.count(600),
            Length::Auto.count(1500)
        ),
        (3, 5, 7)
    );
}

#[test]
fn explicit_count_is_honoured_up_to_the_number_of_sentences() {
    let four = analyze_fixture("no-key-points.txt", Length::Count(4));
    assert_eq!(four.key_points.len(), 4);
    assert!(four.key_points.iter().all(|k| k.generated));
    let all = analyze_fixture("no-key-points.txt", Length::Count(20));
    assert_eq!(all.key_points.len(), all.stats.sentences);
}

#[test]
fn found_key_points_are_not_marked_generated() {
    let a = analyze("Title\n\nKey points:\n\n- Rain flooded the valley.\n\nRain flooded the valley on Monday.\n\nThe mayor opened shelters.", &Options::default())
        .expect("analysed");
    assert_eq!(a.key_points.len(), 1);
    assert!(!a.key_points[0].generated);
    assert_eq!(a.key_points[0].evidence, [0]);
}

#[test]
fn a_long_list_of_found_key_points_keeps_every_point_and_evidences_the_first_twenty() {
    // 3,000 points on 3,000 blocks that all share their words: finding evidence for each
    // read every block (quadratic: 11 s at 1 MB); the first 20 get it.
    let n = 3_000;
    let points: Vec<String> = (0..n)
        .map(|i| format!("- Trade talks w{i} resumed."))
        .collect();
    let blocks: Vec<String> = (0..n)
        .map(|i| format!("Trade talks w{i} resumed today."))
        .collect();
    let text = format!(
        "Title\n\nKey points:\n{}\n\n{}",
        points.join("\n"),
        blocks.join("\n\n")
    );
    let a = analyze(&text, &Options::default()).expect("analysed");
    assert_eq!(a.key_points.len(), n);
    assert_eq!(
        a.key_points[n - 1].text,
        format!("Trade talks w{} resumed.", n - 1)
    );
    let evidenced = a
        .key_points
        .iter()
        .take_while(|k| !k.evidence.is_empty())
        .count();
    assert_eq!(evidenced, article_lens::keypoints::EVIDENCED_KEY_POINTS);
    assert!(a.key_points[evidenced..]
        .iter()
        .all(|k| k.evidence.is_empty()));
    // Each of the first points is stated by its own block.
    assert_eq!(a.key_points[7].evidence[0], 7);
}

proptest::proptest! {
    /// On any text the splitter returns trimmed, non-empty, increasing ranges on character
    /// boundaries that together hold every non-space character.
    #[test]
    fn splitter_ranges_are_valid_and_cover_the_text(text in "[ a-zA-Z0-9.!?…\"'’”(。？é中\\-]{0,80}") {
        let ranges = sentences::split(&text);
        let mut last = 0;
        let mut kept = 0;
        for r in &ranges {
            proptest::prop_assert!(r.start >= last && r.start < r.end);
            let s = text.get(r.clone()).expect("ranges lie on character boundaries");
            proptest::prop_assert_eq!(s, s.trim());
            kept += s.chars().filter(|c| !c.is_whitespace()).count();
            last = r.end;
        }
        proptest::prop_assert_eq!(kept, text.chars().filter(|c| !c.is_whitespace()).count());
    }
}
