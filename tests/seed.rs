//! The seed article and variants of it: each must give the title once, its 3 key points and
//! 11 paragraphs (or generated key points when the section is removed).

use article_lens::model::{Analysis, BlockKind};
use article_lens::{analyze, Options};

const SEED: &str = include_str!("../www/examples/china-pakistan.txt");
const TITLE: &str =
    "China and Pakistan Reinforce Strategic Partnership as Islamabad Expands Diplomatic Engagement";

fn run(text: &str) -> Analysis {
    analyze(text, &Options::default()).unwrap()
}

/// Title once, the 3 key points (not generated) and the 11 paragraphs of the seed.
fn assert_seed_shape(a: &Analysis, what: &str) {
    assert_eq!(a.title.as_deref(), Some(TITLE), "{what}");
    let kps: Vec<&str> = a.key_points.iter().map(|k| k.text.as_str()).collect();
    assert_eq!(
        kps,
        [
            "China and Pakistan reaffirmed their long-standing strategic relationship amid shifting regional diplomacy.",
            "The move comes as Pakistan increases outreach to the United States and other global partners.",
            "Both sides emphasized cooperation on security, development, and regional stability.",
        ],
        "{what}"
    );
    assert!(a.key_points.iter().all(|k| !k.generated), "{what}");
    assert_eq!(
        a.blocks.len(),
        11,
        "{what}: {:#?}",
        a.blocks
            .iter()
            .map(|b| &b.text[..30.min(b.text.len())])
            .collect::<Vec<_>>()
    );
    assert!(
        a.blocks.iter().all(|b| b.kind == BlockKind::Paragraph),
        "{what}"
    );
    assert!(
        a.blocks[0]
            .text
            .starts_with("China and Pakistan have publicly reinforced"),
        "{what}"
    );
    assert!(
        a.blocks[10]
            .text
            .ends_with("focused on shared regional goals."),
        "{what}"
    );
}

#[test]
fn the_seed_comes_out_exactly() {
    let a = run(SEED);
    assert_seed_shape(&a, "seed");
    assert_eq!(
        a.removed.len(),
        2,
        "the repeated title and the key-points heading are reported: {:?}",
        a.removed
    );
    assert_eq!(a.byline, None);
    assert_eq!(a.dateline, None);
}

#[test]
fn crlf_line_endings() {
    assert_seed_shape(&run(&SEED.replace('\n', "\r\n")), "CRLF");
}

#[test]
fn dash_and_numbered_bullets() {
    assert_seed_shape(&run(&SEED.replace("  • ", "- ")), "dash bullets");
    let mut n = 0;
    let numbered: String = SEED
        .lines()
        .map(|l| match l.strip_prefix("  • ") {
            Some(rest) => {
                n += 1;
                format!("{n}. {rest}\n")
            }
            None => format!("{l}\n"),
        })
        .collect();
    assert_seed_shape(&run(&numbered), "1. bullets");
    assert_seed_shape(
        &run(&numbered
            .replace(
                ". China and Pakistan reaffirmed",
                ") China and Pakistan reaffirmed",
            )
            .replace("2. ", "2) ")
            .replace("3. Both", "3) Both")),
        "1) bullets",
    );
}

#[test]
fn no_blank_line_after_the_key_points_heading() {
    assert_seed_shape(
        &run(&SEED.replace("Key Points:\n\n", "Key Points:\n")),
        "no blank line",
    );
}

#[test]
fn title_not_repeated() {
    let once = SEED.replacen(&format!("{TITLE}\n\n"), "", 1);
    assert_eq!(once.matches(TITLE).count(), 1);
    let a = run(&once);
    assert_seed_shape(&a, "title once");
    assert!(a.removed.iter().all(|r| r.reason != "duplicate_title"));
}

#[test]
fn trailing_spaces_and_tabs() {
    let padded: String = SEED.lines().map(|l| format!("{l}  \t \n")).collect();
    assert_seed_shape(&run(&padded), "trailing spaces");
}

#[test]
fn no_key_points_section_gives_generated_ones() {
    let start = SEED.find("Key Points:").unwrap();
    let end = SEED.find("China and Pakistan have publicly").unwrap();
    let text = format!("{}{}", &SEED[..start], &SEED[end..]);
    let a = run(&text);
    assert_eq!(a.title.as_deref(), Some(TITLE));
    assert_eq!(a.blocks.len(), 11);
    assert_eq!(a.key_points.len(), 3, "a short article gets 3");
    assert!(a
        .key_points
        .iter()
        .all(|k| k.generated && !k.evidence.is_empty()));
    assert!(a.key_points[0]
        .text
        .starts_with("China and Pakistan have publicly reinforced"));
}
