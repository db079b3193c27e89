//! Keyphrase extraction: variants grouped by stem, stopword and verb edges, casing, compounds,
//! possessives, ranking and bounded output.
#![cfg(not(target_arch = "wasm32"))]

use article_lens::keyphrases::{extract, MAX_KEYPHRASES};
use article_lens::lang::Language;

fn phrases(texts: &[&str]) -> Vec<String> {
    extract(texts, &Language::english())
        .into_iter()
        .map(|k| k.text)
        .collect()
}

#[test]
fn inflected_variants_form_one_group() {
    let got = phrases(&[
        "Solar eclipse",
        "The solar eclipse darkened the sky. Solar eclipses are rare. Thousands watched the solar eclipses.",
    ]);
    let eclipses: Vec<&String> = got
        .iter()
        .filter(|p| p.to_lowercase().starts_with("solar eclipse"))
        .collect();
    assert_eq!(eclipses, ["solar eclipse"]);
    assert_eq!(got[0], "solar eclipse");
}

#[test]
fn phrases_never_start_or_end_with_a_stopword_or_a_number() {
    let en = Language::english();
    let got = phrases(&["The price of the oil", "In 2004 the price of crude oil rose by 30 percent to a record of the year, and the oil price fell later."]);
    assert!(!got.is_empty());
    for p in &got {
        let words: Vec<String> = p.split(' ').map(str::to_lowercase).collect();
        for edge in [&words[0], &words[words.len() - 1]] {
            assert!(
                !en.is_stopword(edge) && !edge.chars().all(|c| c.is_ascii_digit()),
                "{p:?}"
            );
        }
    }
    assert!(got.contains(&"crude oil".to_string()), "{got:?}");
}

#[test]
fn surface_form_keeps_the_case_seen_mid_sentence() {
    let got = phrases(&["Trade talks", "Trade talks stalled. The trade talks rose to the top of the agenda at the World Bank, which held the trade talks."]);
    assert!(got.contains(&"trade talks".to_string()), "{got:?}");
    assert!(got.contains(&"World Bank".to_string()), "{got:?}");
    assert!(!got.contains(&"Trade talks".to_string()));
}

#[test]
fn hyphenated_compounds_stay_whole_and_possessives_split() {
    let got = phrases(&["Johnson's rail plan", "The high-speed rail opened. Johnson's plan for high-speed rail won support from Johnson's party."]);
    assert!(got.contains(&"high-speed rail".to_string()), "{got:?}");
    assert!(
        got.iter()
            .all(|p| p.split(' ').all(|w| w != "high" && w != "speed")),
        "{got:?}"
    );
    assert!(got.contains(&"Johnson".to_string()), "{got:?}");
    assert!(got.iter().all(|p| !p.contains("'s")), "{got:?}");
}

#[test]
fn verbs_do_not_enter_phrases() {
    let got = phrases(&[
        "Peace accord",
        "The leaders will sign the peace accord. They announced the peace accord and praised its terms. \
         Pakistan expands its peace accord, and then Beijing respects Pakistan and Islamabad aims to widen it.",
    ]);
    assert_eq!(got[0], "peace accord");
    for verb in [
        "sign",
        "announced",
        "praised",
        "expands",
        "respects",
        "aims",
    ] {
        assert!(
            got.iter().all(|p| !p.split(' ').any(|w| w == verb)),
            "{verb} in {got:?}"
        );
    }
}

#[test]
fn output_is_bounded_ranked_and_normalised() {
    let text: String = (0..2_000)
        .map(|i| {
            format!(
                "Topic number{} meets subject{} near river{}. ",
                i % 97,
                i % 89,
                i % 83
            )
        })
        .collect();
    let got = extract(&["River report", &text], &Language::english());
    assert_eq!(got.len(), MAX_KEYPHRASES);
    assert_eq!(got[0].score, 1.0);
    assert!(got.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(got.iter().all(|k| k.score > 0.0 && k.score <= 1.0));
}

#[test]
fn empty_and_punctuation_only_texts_give_nothing() {
    assert!(extract(&[] as &[&str], &Language::english()).is_empty());
    assert!(extract(&["", "… — !!"], &Language::english()).is_empty());
}
