//! Structure recovery: one fixture per paste shape and per behaviour (browser copy, hard-wrapped
//! dumps, Markdown, key-point sections, bylines, datelines, boilerplate), plus the guarantees
//! that hold for every input: no word lost, no panic, linear time.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use article_lens::model::BlockKind::{self, Heading, ListItem, Paragraph, Quote};
use article_lens::structure::{parse, Document};
use article_lens::text::{normalize, words};
use proptest::prelude::*;

/// Parses text the way [`article_lens::analyze`] does.
fn doc(text: &str) -> Document {
    parse(&normalize(text))
}

/// Parses a fixture of `tests/fixtures/structure`.
fn fixture(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/structure")
        .join(name);
    doc(&std::fs::read_to_string(path).expect("fixture"))
}

/// The blocks as (kind, level, text).
fn blocks(d: &Document) -> Vec<(BlockKind, u8, &str)> {
    d.blocks
        .iter()
        .map(|b| (b.kind, b.level, b.text.as_str()))
        .collect()
}

/// The removed entries as (reason, text).
fn removed(d: &Document) -> Vec<(&str, &str)> {
    d.removed
        .iter()
        .map(|r| (r.reason.as_str(), r.text.as_str()))
        .collect()
}

#[test]
fn browser_copy_blank_line_blocks_tab_rows_and_code() {
    let d = fixture("browser-copy.txt");
    assert_eq!(
        d.title.as_deref(),
        Some("Harbour Town Votes on a New Sea Wall")
    );
    assert_eq!(
        blocks(&d),
        [
            (Paragraph, 0, "The town council approved a new sea wall on Tuesday after three storms in six weeks flooded the old quay and closed the ferry terminal for nine days."),
            (Paragraph, 0, "What the plan covers"),
            (ListItem, 1, "A concrete wall along the whole quay"),
            (ListItem, 1, "Pumps under the market square"),
            (ListItem, 1, "A new drain for the fish market"),
            (Paragraph, 0, "Year Storms Days closed"),
            (Paragraph, 0, "2023 3 9"),
            (Paragraph, 0, "SELECT storms FROM winters;"),
            (Paragraph, 0, "The council will vote on the budget next month."),
        ]
    );
    assert!(d.removed.is_empty());
}

#[test]
fn hard_wrapped_dump_bullets_quotes_placeholders_rules_and_column_tables() {
    let d = fixture("hard-wrapped-dump.txt");
    assert_eq!(d.title.as_deref(), Some("Harbour Town Votes on a New Sea Wall After a Winter of Storms That Flooded the Old Quay"));
    assert_eq!(
        blocks(&d),
        [
            (Paragraph, 0, "Waves break over the old quay in February."),
            (Paragraph, 0, "The town council approved a new sea wall on Tuesday after three storms in six weeks flooded the old quay and closed the ferry terminal for nine days."),
            (Paragraph, 0, "The plan has three parts:"),
            (ListItem, 1, "A concrete wall two metres high along the whole quay, built in two stages over the next four years."),
            (ListItem, 2, "The first stage covers the ferry terminal."),
            (ListItem, 1, "Pumps under the market square."),
            (Paragraph, 0, "The mayor spoke after the vote."),
            (Quote, 0, "“We cannot wait for the next storm,” the mayor told the meeting. “Every winter the water comes further.”"),
            (ListItem, 1, "Tenders open in May."),
            (ListItem, 1, "Work starts in the autumn."),
            (Paragraph, 0, "Year Storms Days closed"),
            (Paragraph, 0, "2022 1 2"),
            (Paragraph, 0, "2023 3 9"),
        ]
    );
    assert_eq!(
        removed(&d),
        [
            ("image_placeholder", "[harbour-1.jpg]"),
            ("rule", &"━".repeat(79)[..])
        ]
    );
}

/// Lines of a story hard-wrapped at 79 columns, to put before a case so that the paste reads
/// as a dump.
const WRAPPED_INTRO: &str =
    "The council approved a new sea wall on Tuesday after three storms in six weeks
flooded the old quay and closed the ferry terminal for nine days in a row, and
the mayor said the work would start before the end of the year, weather and
money permitting.";

#[test]
fn hard_wrapped_dump_keeps_a_number_or_dash_at_the_margin_as_text() {
    let text = format!("Title\n\n{WRAPPED_INTRO}\n\nThe overall rankings of the countries were as follows:\n1. Finland\n2. Norway\n\nThe mayor said the wall was needed — and that it would be paid for by the port\n— before the vote.\n");
    assert_eq!(
        blocks(&doc(&text))[1..],
        [
            (Paragraph, 0, "The overall rankings of the countries were as follows: 1. Finland 2. Norway"),
            (Paragraph, 0, "The mayor said the wall was needed — and that it would be paid for by the port — before the vote."),
        ]
    );
}

#[test]
fn hard_wrapped_dump_drops_an_alt_text_repeated_by_its_caption() {
    let text = format!(
        "Title\n\n{WRAPPED_INTRO}\n\nWaves over the quay\nWaves over the quay\n\nWaves\n\nWaves.\n"
    );
    let d = doc(&text);
    assert_eq!(
        blocks(&d)[1..],
        [
            (Paragraph, 0, "Waves over the quay"),
            (Paragraph, 0, "Waves.")
        ]
    );
    assert_eq!(
        removed(&d),
        [("image_alt", "Waves over the quay"), ("image_alt", "Waves")]
    );
}

#[test]
fn hard_wrapped_dump_drops_image_names_and_alt_texts_before_captions() {
    let text = format!("Title\n\n{WRAPPED_INTRO}\n\nharbour-2.jpg\n\nWaves over the old quay in February\n\n\nJane Roe/Harbour Photos\n\nImage[harbour_600]\n\nThe end.\n");
    let d = doc(&text);
    assert_eq!(
        blocks(&d)[1..],
        [
            (Paragraph, 0, "Jane Roe/Harbour Photos"),
            (Paragraph, 0, "Image"),
            (Paragraph, 0, "The end.")
        ]
    );
    assert_eq!(
        removed(&d),
        [
            ("image_placeholder", "harbour-2.jpg"),
            ("image_alt", "Waves over the old quay in February"),
            ("image_placeholder", "[harbour_600]")
        ]
    );
}

#[test]
fn hard_wrapped_dump_rejoins_slashes_punctuation_and_cjk_without_spaces() {
    let text = format!("Title\n\n{WRAPPED_INTRO}\n\nSee the report at https://example.invalid/reports/\nsea-wall for the full text of the plan and the budget of the council and more\n. The end.\n\n　　海外留学生看两会，出国前后关注点大不同，学子对两会的关注点在出国前后发生了很大的变\n化。\n");
    assert_eq!(
        blocks(&doc(&text))[1..],
        [
            (Paragraph, 0, "See the report at https://example.invalid/reports/sea-wall for the full text of the plan and the budget of the council and more. The end."),
            (Paragraph, 0, "海外留学生看两会，出国前后关注点大不同，学子对两会的关注点在出国前后发生了很大的变化。"),
        ]
    );
}

#[test]
fn hard_wrapped_dump_rejoins_a_line_ending_in_opening_punctuation_without_a_space() {
    let text = format!("Title\n\n{WRAPPED_INTRO}\n\nThe film starred Mark Strong as the harbour master and the mayor, who is (\nbriefly) seen on the quay. Fans still argue about the scene called “\nHan shot first” in the town.\n\nWITH storms AS (\n   SELECT * FROM winters)\n");
    assert_eq!(
        blocks(&doc(&text))[1..],
        [
            (Paragraph, 0, "The film starred Mark Strong as the harbour master and the mayor, who is (briefly) seen on the quay. Fans still argue about the scene called “Han shot first” in the town."),
            (Paragraph, 0, "WITH storms AS ( SELECT * FROM winters)"),
        ]
    );
}

#[test]
fn hard_wrapped_dump_drops_strike_delete_and_insert_marks() {
    let text = format!("Title\n\n{WRAPPED_INTRO}\n\nThe [S:old:S] wall plan was [DEL:dropped:DEL][INS:kept:INS].\n\n    Port authority [S:Harbour:S]      12 9.5%\n    Town council                    3 1.2%\n");
    assert_eq!(
        blocks(&doc(&text))[1..],
        [
            (Paragraph, 0, "The old wall plan was droppedkept."),
            (Quote, 0, "Port authority Harbour 12 9.5%"),
            (Quote, 0, "Town council 3 1.2%"),
        ]
    );
}

#[test]
fn hard_wrapped_dump_reads_side_by_side_tables_one_after_the_other() {
    let text = format!(
        "Title\n\n{WRAPPED_INTRO}\n\n\
\x20                        Busiest ferry crews\n\
\x20         By crossings                  By passengers\n\
\x20   Anna Berg          61 20.5% Jon Lund           4501 31.0%\n\
\x20   Jon Lund           40 13.4% Anna Berg          3120  2.1%\n\
\x20   Mia Holt            7  2.3% Mia Holt            260  0.2%\n\
\n\
\x20     Year        Storms\n\
\x20   2022          3 of 12\n\
\x20   2023          9 of 12\n"
    );
    assert_eq!(
        blocks(&doc(&text))[1..],
        [
            (Quote, 0, "Busiest ferry crews"),
            (Quote, 0, "By crossings"),
            (Quote, 0, "Anna Berg 61 20.5%"),
            (Quote, 0, "Jon Lund 40 13.4%"),
            (Quote, 0, "Mia Holt 7 2.3%"),
            (Quote, 0, "By passengers"),
            (Quote, 0, "Jon Lund 4501 31.0%"),
            (Quote, 0, "Anna Berg 3120 2.1%"),
            (Quote, 0, "Mia Holt 260 0.2%"),
            (Quote, 0, "Year Storms"),
            (Quote, 0, "2022 3 of 12"),
            (Quote, 0, "2023 9 of 12"),
        ]
    );
}

#[test]
fn hard_wrapped_dump_rejoins_a_hashtag_or_handle_sign_ending_a_line() {
    let text = format!("Title\n\n{WRAPPED_INTRO}\n\nThe harbour master wrote about the wall on the town's social media account. #\nSeaWall. Follow the harbour master, who writes in C#\nand Rust, at @\nharbourmaster for news.\n");
    assert_eq!(
        blocks(&doc(&text))[1..],
        [(Paragraph, 0, "The harbour master wrote about the wall on the town's social media account. #SeaWall. Follow the harbour master, who writes in C# and Rust, at @harbourmaster for news.")]
    );
}

#[test]
fn hard_wrapped_dump_reports_a_bullet_alone_as_an_empty_list_item() {
    let text =
        format!("Title\n\n{WRAPPED_INTRO}\n\n  • Feb. 21, 2019\n  • \n\nThe wall opens in May.\n");
    let d = doc(&text);
    assert_eq!(
        blocks(&d)[1..],
        [
            (ListItem, 1, "Feb. 21, 2019"),
            (Paragraph, 0, "The wall opens in May."),
        ]
    );
    assert!(removed(&d).contains(&("empty_list_item", "•")));
}

#[test]
fn hard_wrapped_dump_reads_two_prose_columns_one_after_the_other() {
    let text = format!(
        "Title\n\n{WRAPPED_INTRO}\n\n\
The harbour master wrote to the council in\n\
March about the state of the old wall and     The council answered that the money\n\
the cost of the repairs that the ferry        would come from the port and that the\n\
company had asked for after the storms of     work would start in the spring after\n\
the winter.                                   the last ferry of the season.\n\
\n\
The wall opens in May.\n"
    );
    assert_eq!(
        blocks(&doc(&text))[1..],
        [
            (Paragraph, 0, "The harbour master wrote to the council in March about the state of the old wall and the cost of the repairs that the ferry company had asked for after the storms of the winter."),
            (Paragraph, 0, "The council answered that the money would come from the port and that the work would start in the spring after the last ferry of the season."),
            (Paragraph, 0, "The wall opens in May."),
        ]
    );
}

/// A column refused as a layout (one word on the right) is looked for again after the lines
/// that fit it: the layout below, at the same column, is read one column after the other.
#[test]
fn hard_wrapped_dump_finds_two_columns_after_a_refused_stretch_at_that_column() {
    let text = format!(
        "Title\n\n{WRAPPED_INTRO}\n\n\
Ferry times for the week were posted at       nine\n\
the terminal and on the port website,         ten\n\
with a note that the times may change         noon\n\
the weather turns bad again over the weekend before the first crossing.\n\
\n\
The harbour master wrote to the council in\n\
March about the state of the old wall and     The council answered that the money\n\
the cost of the repairs that the ferry        would come from the port and that the\n\
company had asked for after the storms of     work would start in the spring after\n\
the winter.                                   the last ferry of the season.\n"
    );
    assert_eq!(
        blocks(&doc(&text))[1..],
        [
            (Paragraph, 0, "Ferry times for the week were posted at nine"), (Paragraph, 0, "the terminal and on the port website, ten"), (Paragraph, 0, "with a note that the times may change noon"), (Paragraph, 0, "the weather turns bad again over the weekend before the first crossing."),
            (Paragraph, 0, "The harbour master wrote to the council in March about the state of the old wall and the cost of the repairs that the ferry company had asked for after the storms of the winter."),
            (Paragraph, 0, "The council answered that the money would come from the port and that the work would start in the spring after the last ferry of the season."),
        ]
    );
}

#[test]
fn hard_wrapped_dump_drops_superscript_carets() {
    let text = format!(
        "Title\n\n{WRAPPED_INTRO}\n\nThe 20^th century wall, EBB ^SM, cost 2 ^ 3 times more.\n"
    );
    assert_eq!(
        blocks(&doc(&text))[1..],
        [(
            Paragraph,
            0,
            "The 20th century wall, EBB SM, cost 2 ^ 3 times more."
        )]
    );
}

#[test]
fn a_query_and_its_tabulated_output_are_one_code_block() {
    let text = format!("Title\n\n{WRAPPED_INTRO}\n\nSELECT avg(n) FROM series;\n\n avg\n─────\n 4.3\n\nThe mean is 4.3.\n");
    assert_eq!(
        blocks(&doc(&text))[1..],
        [
            (Paragraph, 0, "SELECT avg(n) FROM series; avg ───── 4.3"),
            (Paragraph, 0, "The mean is 4.3.")
        ]
    );
}

#[test]
fn unfinished_code_goes_on_across_a_blank_line() {
    let text = "Title\n\nThe query:\n\nWITH a AS (\n  SELECT 1\n),\n\nb AS (\n  SELECT 2\n)\n\nSELECT * FROM a;\n";
    assert_eq!(
        blocks(&doc(text)),
        [
            (Paragraph, 0, "The query:"),
            (Paragraph, 0, "WITH a AS ( SELECT 1 ), b AS ( SELECT 2 )"),
            (Paragraph, 0, "SELECT * FROM a;")
        ]
    );
}

#[test]
fn markdown_headings_lists_quotes_images_tables_code_and_inline_markup() {
    let d = fixture("markdown.txt");
    assert_eq!(
        d.title.as_deref(),
        Some("Harbour Town Votes on a New Sea Wall")
    );
    assert_eq!(
        blocks(&d),
        [
            (Paragraph, 0, "The council approved the wall on Tuesday after three storms flooded the old quay[1]."),
            (Heading, 2, "What the plan covers"),
            (ListItem, 1, "A concrete wall along the whole quay. It is built in two stages."),
            (ListItem, 2, "The first stage covers the ferry terminal."),
            (ListItem, 1, "Pumps under the market square."),
            (Paragraph, 0, "1. This line is not a list."),
            (Quote, 0, "“We cannot wait for the next storm,” the mayor said."),
            (Quote, 0, "“Every winter the water comes further.”"),
            (Paragraph, 0, "Waves break over the old quay in February."),
            (Paragraph, 0, "Year Storms"),
            (Paragraph, 0, "2023 3 | 4"),
            (Paragraph, 0, "let wall = build(2);"),
            (Paragraph, 0, "Tenders open in May. Work starts in the autumn."),
        ]
    );
    assert_eq!(removed(&d), [("rule", &"-".repeat(72)[..])]);
}

#[test]
fn markdown_inline_images_links_and_entities() {
    let d = doc("# Title\n\n## Section [\\#](#section)\n\nSee [![logo](a.png)](b.html) the **new** [site](http://x.y/(z)) &amp; <mail@x.org> 20^(th) snake_case.\n\n![photo.jpg](photo.jpg)\n");
    assert_eq!(
        blocks(&d),
        [
            (Heading, 2, "Section #"),
            (
                Paragraph,
                0,
                "See the new site & mail@x.org 20th snake_case."
            )
        ]
    );
    assert_eq!(removed(&d), [("image_alt", "logo")]);
}

#[test]
fn markdown_image_before_the_title_stays_in_the_body() {
    let d = doc("![A photo of the quay](quay.jpg)\n\n# Sea Wall Approved\n\nThe council voted.\n");
    assert_eq!(d.title.as_deref(), Some("Sea Wall Approved"));
    assert_eq!(
        blocks(&d),
        [
            (Paragraph, 0, "A photo of the quay"),
            (Paragraph, 0, "The council voted.")
        ]
    );
}

#[test]
fn markdown_quote_holds_lists_and_setext_headings() {
    let d = doc("Title\n=====\n\n> - One\n> - Two\n\nSub\n---\n\n    indented code\n    more code\n\nText \\\nafter a break.\n");
    assert_eq!(d.title.as_deref(), Some("Title"));
    assert_eq!(
        blocks(&d),
        [
            (Quote, 0, "One"),
            (Quote, 0, "Two"),
            (Heading, 2, "Sub"),
            (Paragraph, 0, "indented code more code"),
            (Paragraph, 0, "Text after a break.")
        ]
    );
}

#[test]
fn key_points_under_every_usual_heading_and_bullet_style() {
    let headings = [
        "Key Points",
        "KEY POINTS:",
        "Story highlights",
        "Highlights",
        "Key takeaways:",
        "Summary",
        "What you need to know",
        "At a glance",
        "The big picture:",
        "TL;DR",
        "In brief",
        "**Key points**",
    ];
    let bullets = ["• ", "- ", "* ", "· ", "– ", "1. ", "1) "];
    for heading in headings {
        for bullet in bullets {
            let numbered = |n: usize| {
                if bullet.starts_with('1') {
                    bullet.replacen('1', &n.to_string(), 1)
                } else {
                    bullet.to_string()
                }
            };
            let text = format!("Title\n\n{heading}\n\n{}First point.\n{}Second point,\n  wrapped.\n\nBody paragraph.\n", numbered(1), numbered(2));
            let d = doc(&text);
            assert_eq!(
                d.key_points,
                ["First point.", "Second point, wrapped."],
                "{heading:?} with {bullet:?}"
            );
            assert_eq!(
                blocks(&d),
                [(Paragraph, 0, "Body paragraph.")],
                "{heading:?} with {bullet:?}"
            );
            assert_eq!(removed(&d), [("key_points_heading", heading)]);
        }
    }
}

#[test]
fn key_points_without_bullets_one_per_line() {
    let d = doc("Title\n\nkey takeaways\nFirst point.\nSecond point.\n\nBody paragraph.\n");
    assert_eq!(d.key_points, ["First point.", "Second point."]);
    assert_eq!(blocks(&d), [(Paragraph, 0, "Body paragraph.")]);
}

#[test]
fn key_points_in_markdown_lose_their_markup() {
    let d = doc("# Title\n\n## Key points\n\n-   **First** point with [a link](http://x.y).\n-   Second point.\n\nBody with [a link](http://x.y).\n");
    assert_eq!(d.key_points, ["First point with a link.", "Second point."]);
    assert_eq!(blocks(&d), [(Paragraph, 0, "Body with a link.")]);
}

#[test]
fn a_summary_heading_followed_by_prose_is_not_a_key_points_section() {
    let d = doc("Title\n\nSummary\n\nThe council approved the wall.\n");
    assert!(d.key_points.is_empty());
    assert_eq!(
        blocks(&d),
        [
            (Paragraph, 0, "Summary"),
            (Paragraph, 0, "The council approved the wall.")
        ]
    );
}

#[test]
fn single_newline_paragraphs_and_a_lone_dash_line() {
    let d = doc("Title\n\nFirst sentence of the story.\nSecond sentence of the story.\n- a dash that opens a quoted line.\nThird sentence.\n");
    assert_eq!(
        blocks(&d),
        [
            (Paragraph, 0, "First sentence of the story."),
            (Paragraph, 0, "Second sentence of the story."),
            (Paragraph, 0, "- a dash that opens a quoted line."),
            (Paragraph, 0, "Third sentence."),
        ]
    );
}

#[test]
fn crlf_and_a_repeated_title() {
    let d = doc("Sea Wall Approved\r\n\r\nSea Wall Approved\r\n\r\nThe council voted.\r\nThe mayor spoke.\r\n");
    assert_eq!(d.title.as_deref(), Some("Sea Wall Approved"));
    assert_eq!(
        blocks(&d),
        [
            (Paragraph, 0, "The council voted."),
            (Paragraph, 0, "The mayor spoke.")
        ]
    );
    assert_eq!(removed(&d), [("duplicate_title", "Sea Wall Approved")]);
}

#[test]
fn byline_and_dateline_become_fields_and_stay_reported() {
    let d = doc("Title\n\nBy Jane Doe and John Roe | Reuters\n\nNovember 27, 2025\n\nISLAMABAD, Nov 27 (Reuters) - Pakistan said on Thursday it would hold talks.\n");
    assert_eq!(
        d.byline.as_deref(),
        Some("By Jane Doe and John Roe | Reuters")
    );
    assert_eq!(d.dateline.as_deref(), Some("November 27, 2025"));
    assert_eq!(
        blocks(&d),
        [(
            Paragraph,
            0,
            "ISLAMABAD, Nov 27 (Reuters) - Pakistan said on Thursday it would hold talks."
        )]
    );
    assert_eq!(
        removed(&d),
        [
            ("byline", "By Jane Doe and John Roe | Reuters"),
            ("dateline", "November 27, 2025")
        ]
    );
}

#[test]
fn a_dateline_opening_the_story_is_reported_and_kept_in_the_text() {
    let d = doc(
        "Title\n\nISLAMABAD, Nov 27 (Reuters) - Pakistan said on Thursday it would hold talks.\n",
    );
    assert_eq!(d.dateline.as_deref(), Some("ISLAMABAD, Nov 27 (Reuters)"));
    assert_eq!(
        blocks(&d),
        [(
            Paragraph,
            0,
            "ISLAMABAD, Nov 27 (Reuters) - Pakistan said on Thursday it would hold talks."
        )]
    );
}

#[test]
fn a_dateline_on_its_own_line_is_a_field_and_reported() {
    let d =
        doc("Title\n\nLONDON, Nov 27 (Reuters) -\nBritain said on Thursday it would hold talks.\n");
    assert_eq!(d.dateline.as_deref(), Some("LONDON, Nov 27 (Reuters)"));
    assert_eq!(
        blocks(&d),
        [(
            Paragraph,
            0,
            "Britain said on Thursday it would hold talks."
        )]
    );
    assert_eq!(removed(&d), [("dateline", "LONDON, Nov 27 (Reuters) -")]);
}

#[test]
fn no_byline_or_date_without_evidence() {
    let d = doc("Title\n\nBy the end of the year, prices rose.\n\nMarch on Washington\n\nSEOUL is a big city - and growing.\n");
    assert_eq!((d.byline, d.dateline), (None, None));
    assert_eq!(d.blocks.len(), 3);
    assert!(d.removed.is_empty());
}

#[test]
fn boilerplate_is_listed_as_removed_never_dropped() {
    let d = doc("Title\n\nFirst paragraph.\n\nAdvertisement\n\nShare this article\n\nRead more: Why the wall matters\n\nSign up for our newsletter\n\nLast paragraph.\n");
    assert_eq!(
        blocks(&d),
        [
            (Paragraph, 0, "First paragraph."),
            (Paragraph, 0, "Last paragraph.")
        ]
    );
    assert_eq!(
        removed(&d),
        [
            ("boilerplate", "Advertisement"),
            ("boilerplate", "Share this article"),
            ("boilerplate", "Read more: Why the wall matters"),
            ("boilerplate", "Sign up for our newsletter"),
        ]
    );
}

/// Every word of the output parts, as a sorted list.
fn output_words(d: &Document) -> Vec<String> {
    let parts = d
        .title
        .iter()
        .chain(&d.key_points)
        .chain(d.blocks.iter().map(|b| &b.text))
        .chain(d.removed.iter().map(|r| &r.text));
    let mut out: Vec<String> = parts
        .flat_map(|t| words(t).map(|w| w.text.to_string()).collect::<Vec<_>>())
        .filter(|w| w != "1")
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_word_of_a_plain_paste_is_kept(lines in prop::collection::vec(
        prop::sample::select(vec![
            "", "", "Key Points", "Summary:", "• Bullet item.", "  - dash item", "1. Numbered", "    indented quote text",
            "By Jane Doe", "Advertisement", "Read more: Other story", "Plain sentence here.", "A\ttab\trow",
            "━━━━━━", "[image.jpg] Caption", "photo.png", "ISLAMABAD, Nov 27 (Reuters) - Text.", "March 3, 2024",
            "A long line of text that goes on and on to make the paste look hard-wrapped at eighty",
            "columns, continued here.", "x = f(y);", "}", "SELECT 1;", "Title again",
        ]), 0..40)) {
        let text = lines.join("\n");
        let d = doc(&text);
        // List numbers are markup: a key point or an indented dump item loses its "1.".
        let mut expected: Vec<String> = words(&text).map(|w| w.text.to_string()).filter(|w| w != "1").collect();
        expected.sort();
        prop_assert_eq!(output_words(&d), expected);
    }

    #[test]
    fn never_panics_on_any_text(text in "(\\PC|[\\[\\]()`*_~>#|\\\\!&;<\\n\\t -]){0,400}") {
        let _ = doc(&text);
    }
}

#[test]
fn large_adversarial_pastes_parse_in_linear_time() {
    let inputs = [
        format!(
            "T\n\n{}{}{}",
            "[".repeat(200_000),
            "](".repeat(50_000),
            "`a``".repeat(50_000)
        ),
        format!("# T\n\n{}x\n", "> ".repeat(5_000)),
        format!("T\n\n{}", "- item\n    continued\n\n".repeat(50_000)),
        format!("T\n\n{}", "Key Points\n\nx\n".repeat(50_000)),
        format!("T\n\n{}", "word ".repeat(400_000)),
    ];
    let start = std::time::Instant::now();
    for text in &inputs {
        let d = doc(text);
        assert!(d.title.is_some());
    }
    assert!(start.elapsed().as_secs() < 30, "took {:?}", start.elapsed());
}

#[test]
fn plain_text_subheadings_are_short_capitalised_lines_before_running_text() {
    let body = "The council met on Tuesday evening and voted to extend the bus lanes across the city centre by next spring.";
    let d = doc(&format!(
        "A title\n\nFirst paragraph of the story, long enough to be running text for the reader today.\n\n\
         What happens next\n\n{body}\n\n\
         Photo: Jane Doe/Agency\n\n{body}\n\n\
         Apples\n\nPears\n\n{body}\n\n\
         Budget talks\n\nShort one."
    ));
    let kinds: Vec<(BlockKind, &str)> = blocks(&d).into_iter().map(|(k, _, t)| (k, t)).collect();
    assert_eq!(kinds[1], (Heading, "What happens next"));
    // A credit, a run of short lines and a line before a short paragraph stay paragraphs.
    for text in ["Photo: Jane Doe/Agency", "Apples", "Pears", "Budget talks"] {
        assert!(kinds.contains(&(Paragraph, text)), "{text}: {kinds:?}");
    }
    // A wrapped dump gets the same rule.
    let wrapped = "The council met on Tuesday evening and voted to extend the bus lanes\n\
                   across the city centre by next spring, officials said after the vote.\n\
                   The mayor welcomed the decision and promised that the work would start\n\
                   before the summer holidays, with the first lanes open in September and\n\
                   the rest of the network finished by the end of the following year, as\n\
                   the transport authority had asked in its plan for the next decade.\n";
    let dump = doc(&format!(
        "A title\n\n{wrapped}\nWhat happens next\n\n{wrapped}"
    ));
    assert_eq!(blocks(&dump)[1], (Heading, 2, "What happens next"));
}

#[test]
fn pandocs_table_placeholder_is_reported_not_shown() {
    let d = doc("# A title\n\nThe [results](https://example.com/r) are below.\n\n> [TABLE]\n\nMore text follows here.");
    assert_eq!(
        blocks(&d),
        [
            (Paragraph, 0, "The results are below."),
            (Paragraph, 0, "More text follows here.")
        ]
    );
    assert!(removed(&d).contains(&("table_placeholder", "[TABLE]")));
}
