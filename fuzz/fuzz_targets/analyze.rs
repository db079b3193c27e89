//! Fuzzes the whole analysis: arbitrary text (lossily decoded, so invalid UTF-8 is covered)
//! with arbitrary options, including custom themes. Checks the model's invariants.
#![no_main]

use arbitrary::Arbitrary;
use article_lens::text::utf16_to_byte;
use article_lens::themes::ThemeDef;
use article_lens::{analyze, Length, Options};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    text: &'a [u8],
    key_points: u8,
    themes: Vec<(String, String, String, Vec<String>)>,
    replace: bool,
}

fuzz_target!(|input: Input| {
    let text = String::from_utf8_lossy(input.text);
    let key_points = match input.key_points % 24 {
        0 => Length::Auto,
        1 => Length::Short,
        2 => Length::Medium,
        3 => Length::Long,
        n => Length::Count(usize::from(n - 3)),
    };
    let themes = input
        .themes
        .into_iter()
        .take(4)
        .map(|(id, label, color, terms)| ThemeDef { id, label, color, terms })
        .collect();
    let options = Options { key_points, themes, replace_default_themes: input.replace, ..Options::default() };
    let Ok(a) = analyze(&text, &options) else { return };
    for b in &a.blocks {
        assert!(!b.text.trim().is_empty());
        let mut at = 0;
        for s in &b.spans {
            assert!(s.start >= at && s.end > s.start);
            assert!(utf16_to_byte(&b.text, s.start).is_some() && utf16_to_byte(&b.text, s.end).is_some());
            at = s.end;
        }
    }
    for k in &a.key_points {
        assert!(k.evidence.iter().all(|&e| e < a.blocks.len()));
    }
});
