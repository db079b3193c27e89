//! Articles in other languages: detection per script family (Latin, Cyrillic, Arabic, CJK),
//! reading time by characters for CJK, and no English themes or keyphrases on other languages.

use article_lens::themes::ThemeDef;
use article_lens::{analyze, Options};

fn run(text: &str) -> article_lens::model::Analysis {
    analyze(text, &Options::default()).unwrap()
}

#[test]
fn latin_french_is_detected_and_gets_no_english_themes() {
    let text = "Le gouvernement annonce un plan pour l'économie\n\nLe gouvernement a présenté mardi un plan de relance pour les entreprises et les familles. \
                Le ministre de l'économie a expliqué que la sécurité des emplois est une priorité pour le pays.\n\n\
                Les syndicats ont réagi avec prudence et demandent des garanties sur les salaires.";
    let a = run(text);
    assert_eq!(a.lang, "fr");
    assert!(
        a.themes.is_empty(),
        "English lexicon on French text: {:?}",
        a.themes
    );
    assert!(a.keyphrases.is_empty());
    assert_eq!(a.key_points.len(), 3);
    // Custom themes still apply, and an explicit language wins over detection.
    let custom = ThemeDef {
        id: "eco".into(),
        label: "Économie".into(),
        color: "#abcdef".into(),
        terms: vec!["économie".into(), "entreprises".into(), "salaires".into()],
    };
    let a = analyze(
        text,
        &Options {
            themes: vec![custom],
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(
        a.themes.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
        ["eco"]
    );
    let forced = analyze(
        text,
        &Options {
            lang: Some("en-GB".into()),
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(forced.lang, "en");
}

#[test]
fn cyrillic_is_russian() {
    let a = run("Правительство объявило о новых мерах\n\nПравительство объявило во вторник о новых мерах поддержки экономики.");
    assert_eq!(a.lang, "ru");
    assert_eq!(a.blocks.len(), 1);
}

#[test]
fn arabic_is_detected_and_kept_whole() {
    let a = run("الحكومة تعلن خطة جديدة\n\nأعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم الاقتصاد. وقال الوزير إن الخطة ستبدأ الشهر المقبل.");
    assert_eq!(a.lang, "ar");
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
fn japanese_is_told_from_chinese_by_its_kana() {
    let a = run("新しい政策\n\n東京で新しい経済政策が発表されました。政府は中小企業を支援すると述べました。");
    assert_eq!(a.lang, "ja");
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
