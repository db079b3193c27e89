//! Articles in other languages, a fixture per script family (Latin, Cyrillic, Arabic, CJK):
//! detection, keyphrases with the language's stemmer and stopwords (character n-grams for
//! Chinese and Japanese), theme lexicons for fr/de/es/pt, reading time by characters for CJK.

// Tests that need a language's word lists run with its feature (all of them by default).
#![cfg_attr(not(feature = "all-languages"), allow(dead_code, unused_imports))]

use article_lens::themes::ThemeDef;
use article_lens::{analyze, Options};

fn run(text: &str) -> article_lens::model::Analysis {
    analyze(text, &Options::default()).unwrap()
}

fn theme_ids(a: &article_lens::model::Analysis) -> Vec<&str> {
    a.themes.iter().map(|t| t.id.as_str()).collect()
}

fn keyphrases(a: &article_lens::model::Analysis) -> Vec<&str> {
    a.keyphrases.iter().map(|k| k.text.as_str()).collect()
}

#[cfg(feature = "lang-fr")]
const FRENCH: &str = "Le gouvernement annonce un plan pour l'économie\n\n\
    Le gouvernement a présenté mardi un plan de relance pour les entreprises et les familles. \
    Le ministre de l'économie a expliqué que le plan de relance soutiendra l'emploi et l'investissement.\n\n\
    Les syndicats ont réagi avec prudence et demandent des garanties sur les salaires. \
    Le plan de relance sera débattu à l'Assemblée nationale, où les députés voteront en juin.";

#[test]
#[cfg(feature = "lang-fr")]
fn latin_french_gets_french_keyphrases_and_themes() {
    let a = run(FRENCH);
    assert_eq!(a.lang, "fr");
    assert_eq!(theme_ids(&a)[0], "economy", "{:?}", a.themes);
    assert!(theme_ids(&a).contains(&"politics"), "{:?}", a.themes);
    let k = keyphrases(&a);
    assert!(
        k.contains(&"plan de relance") || k.contains(&"relance"),
        "{k:?}"
    );
    // French stopwords never open or close a keyphrase.
    for p in &k {
        let words: Vec<&str> = p.split(' ').collect();
        for edge in [words[0], words[words.len() - 1]] {
            assert!(
                !["le", "la", "les", "de", "des", "et", "pour"].contains(&edge),
                "{p}"
            );
        }
    }
    // Highlights sit on French words.
    let marked: Vec<&str> = a.blocks[0]
        .spans
        .iter()
        .map(|s| {
            let text = &a.blocks[0].text;
            let byte = |u| article_lens::text::utf16_to_byte(text, u).unwrap();
            &text[byte(s.start)..byte(s.end)]
        })
        .collect();
    assert!(marked.contains(&"entreprises"), "{marked:?}");
}

#[test]
#[cfg(feature = "lang-fr")]
fn a_derived_word_does_not_match_its_stem_in_another_theme() {
    // "données" (data) is a technology term; "donner" (to give) shares its Snowball stem "don".
    let a = run("Un titre\n\nIl faut donner du temps, donner de l'espoir et donner des moyens aux familles, a dit le maire.");
    assert!(
        a.themes
            .iter()
            .all(|t| t.terms.iter().all(|x| x.term != "donner")),
        "{:?}",
        a.themes
    );
}

#[test]
#[cfg(feature = "lang-fr")]
fn custom_themes_and_an_explicit_language() {
    let custom = ThemeDef {
        id: "eco".into(),
        label: "Économie".into(),
        color: "#abcdef".into(),
        terms: vec!["salaires".into()],
    };
    let a = analyze(
        FRENCH,
        &Options {
            themes: vec![custom],
            replace_default_themes: true,
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(theme_ids(&a), ["eco"]);
    let forced = analyze(
        FRENCH,
        &Options {
            lang: Some("en-GB".into()),
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(forced.lang, "en");
}

#[test]
#[cfg(all(feature = "lang-de", feature = "lang-es", feature = "lang-pt"))]
fn german_spanish_and_portuguese_have_their_own_lexicons() {
    for (text, lang, theme) in [
        (
            "Bundestag streitet über Haushalt\n\nDer Bundestag hat am Freitag über den Haushalt der Bundesregierung beraten. \
             Die Opposition kritisierte den Kanzler und die Koalition scharf, die Abgeordneten stimmen nächste Woche ab.",
            "de",
            "politics",
        ),
        (
            "El Real Madrid gana la Liga\n\nEl Real Madrid ganó el partido y se proclamó campeón de la Liga. \
             El entrenador celebró el título con los jugadores y los aficionados en el estadio.",
            "es",
            "sport",
        ),
        (
            "Inflação sobe no Brasil\n\nA inflação voltou a subir em outubro, e o Banco Central deve elevar os juros. \
             Os economistas do mercado financeiro esperam que o PIB cresça menos neste ano.",
            "pt",
            "economy",
        ),
    ] {
        let a = run(text);
        assert_eq!(a.lang, lang);
        assert_eq!(theme_ids(&a).first(), Some(&theme), "{lang}: {:?}", a.themes);
        assert!(!a.keyphrases.is_empty(), "{lang}");
    }
}

#[test]
fn a_language_without_word_lists_gets_structure_only() {
    // Czech: detected, laid out, but no stemmer of ours: no keyphrases, no themes.
    let a = run("Vláda schválila rozpočet\n\nVláda ve středu schválila rozpočet na příští rok. Podle ministra je to také rozpočet, který už počítá s růstem.");
    assert_eq!(a.lang, "cs");
    assert!(a.keyphrases.is_empty() && a.themes.is_empty());
    assert_eq!(a.blocks.len(), 1);
}

#[test]
#[cfg(feature = "lang-ru")]
fn cyrillic_is_russian() {
    let a = run("Правительство объявило о новых мерах\n\nПравительство объявило во вторник о новых мерах поддержки экономики. \
                 Меры поддержки экономики коснутся малого бизнеса, и правительство обещает новые меры осенью.");
    assert_eq!(a.lang, "ru");
    assert_eq!(a.blocks.len(), 1);
    // Russian stems: "мерах"/"меры" and "экономики" group into keyphrases, stopwords never lead.
    let k = keyphrases(&a);
    assert!(k.iter().any(|p| p.contains("экономики")), "{k:?}");
    assert!(
        k.iter()
            .all(|p| !p.starts_with("о ") && !p.starts_with("и ")),
        "{k:?}"
    );
}

#[test]
#[cfg(feature = "lang-ar")]
fn arabic_is_detected_and_kept_whole() {
    let a = run("الحكومة تعلن خطة جديدة\n\nأعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم الاقتصاد. وقال الوزير إن الخطة ستبدأ الشهر المقبل.");
    assert_eq!(a.lang, "ar");
    assert!(
        a.keyphrases
            .iter()
            .any(|k| k.text.contains("الحكومة") || k.text.contains("خطة")),
        "{:?}",
        a.keyphrases
    );
    assert_eq!(a.title.as_deref(), Some("الحكومة تعلن خطة جديدة"));
    assert!(a.blocks[0].text.ends_with("الشهر المقبل."));
}

#[test]
fn chinese_reading_time_counts_characters_and_sentences_split_on_full_stops() {
    let body =
        "北京今天宣布了新的经济政策。政府表示将支持中小企业发展！专家认为这些措施有助于稳定就业？"
            .repeat(40);
    let a = run(&format!("新经济政策\n\n{body}"));
    assert_eq!(a.lang, "zh");
    assert_eq!(a.stats.sentences, 120);
    let chars = a.stats.chars;
    assert!(chars > 1700);
    assert_eq!(
        a.stats.reading_minutes,
        [chars.div_ceil(500) as u32, chars.div_ceil(350) as u32]
    );
    assert!(a
        .key_points
        .iter()
        .all(|k| k.generated && k.text.ends_with(['。', '！', '？'])));
}

#[test]
fn chinese_keyphrases_are_character_ngrams() {
    let a = run("新经济政策支持中小企业\n\n北京今天宣布了新的经济政策。政府表示，经济政策将重点支持中小企业发展。\n\n\
                 专家认为，中小企业是就业的主要来源，这些经济政策有助于稳定就业。\n\n\
                 不少中小企业负责人说，他们欢迎新的经济政策，但希望手续更简单。");
    assert_eq!(a.lang, "zh");
    let k = keyphrases(&a);
    assert_eq!(k[..2], ["经济政策", "中小企业"], "{k:?}");
    assert!(
        k.iter().all(|p| !p.starts_with('的') && !p.ends_with('了')),
        "{k:?}"
    );
    assert_eq!(a.blocks[0].keyphrase_spans.len(), 3);
}

#[test]
fn japanese_is_told_from_chinese_by_its_kana() {
    let a = run("新しい経済政策\n\n東京で新しい経済政策が発表されました。政府は中小企業を支援すると述べました。経済政策は来月から始まります。");
    assert_eq!(a.lang, "ja");
    assert_eq!(
        keyphrases(&a).first(),
        Some(&"経済政策"),
        "{:?}",
        a.keyphrases
    );
}

#[test]
fn key_point_headings_in_other_languages() {
    for (heading, lang) in [
        ("Points clés :", "fr"),
        ("L’essentiel", "fr"),
        ("Das Wichtigste in Kürze", "de"),
        ("Puntos clave:", "es"),
        ("Principais pontos", "pt"),
        ("要点：", "zh"),
    ] {
        let text = format!("Titre\n\n{heading}\n\n• Premier point.\n• Second point.\n\nLe corps de l'article est ici, avec les détails et les faits.");
        let a = run(&text);
        let kps: Vec<&str> = a.key_points.iter().map(|k| k.text.as_str()).collect();
        assert_eq!(
            kps,
            ["Premier point.", "Second point."],
            "{heading} ({lang})"
        );
        assert!(a.key_points.iter().all(|k| !k.generated));
    }
}
