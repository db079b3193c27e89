//! The stems of the English default lexicon, recorded ahead of time.
//!
//! Building the default matcher stemmed its ~2,400 words with Snowball during a page's first
//! analysis, where the browser still runs the code unoptimised: the largest part of that
//! analysis. Each stem is the folded word less a few bytes at its end, plus at most one
//! letter ("treaty" → "treati", "agreed" → "agre"), so one byte per word records it. The bytes
//! are in `default_stems.rs`, written by this module's test. They are used only when a hash
//! of the lexicon shows they were made from it, and the matcher built from them is kept only
//! when a hash of the stems it got matches the one recorded (so a change in how terms are
//! split into words falls back to stemming; the stemmer's version is pinned in Cargo.toml).

use super::default::THEMES;
pub(super) use super::default_stems::STEMS_HASH;
use super::default_stems::{EDITS, LEXICON_HASH};

/// The letters a stem may add after the part of the word it keeps.
const ADDED: [&str; 3] = ["", "i", "e"];

/// The edit of a word whose stem has another form: it is stemmed at run time.
#[cfg(test)]
const RUNTIME: u8 = u8::MAX;

/// The edit that turns `folded` into `stem`: bits 0–3 the bytes dropped from its end, bits
/// 4–5 the index of the letter added ([`ADDED`]); [`RUNTIME`] when no edit does.
#[cfg(test)]
fn encode(folded: &str, stem: &str) -> u8 {
    let kept = folded
        .bytes()
        .zip(stem.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let (Ok(dropped), Some(added)) = (
        u8::try_from(folded.len() - kept),
        stem.get(kept..)
            .and_then(|tail| ADDED.iter().position(|a| *a == tail)),
    ) else {
        return RUNTIME;
    };
    let edit = (added as u8) << 4 | dropped;
    let mut decoded = String::new();
    if dropped < 16 && decode(edit, folded, &mut decoded) && decoded == stem {
        edit
    } else {
        RUNTIME
    }
}

/// Sets `stem` to the stem `edit` makes of `folded`; false, leaving `stem` alone, for
/// [`RUNTIME`] or an edit that does not fit it.
pub(super) fn decode(edit: u8, folded: &str, stem: &mut String) -> bool {
    let kept = folded
        .len()
        .checked_sub(usize::from(edit & 15))
        .and_then(|end| folded.get(..end));
    let (Some(added), Some(kept)) = (ADDED.get(usize::from(edit >> 4)), kept) else {
        return false;
    };
    stem.clear();
    stem.push_str(kept);
    stem.push_str(added);
    true
}

/// The 64-bit FNV-1a hash of nothing.
pub(super) const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// `h` with the bytes of `s` and a 0 byte hashed in (64-bit FNV-1a): the same on every
/// target, and at compile time.
pub(super) const fn fnv(mut h: u64, s: &str) -> u64 {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        let b = if i < bytes.len() { bytes[i] } else { 0 };
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

/// A hash of a lexicon's theme ids and terms, computed at compile time.
const fn lexicon_hash(themes: &[(&str, &str, &str, &str)]) -> u64 {
    let mut h = FNV_START;
    let mut t = 0;
    while t < themes.len() {
        h = fnv(fnv(h, themes[t].0), themes[t].3);
        t += 1;
    }
    h
}

/// The recorded edits, one per word of the default lexicon in order of theme, term and word,
/// when they were made from the lexicon this build has (else its words are stemmed at run
/// time, and the test below says how to record them anew).
pub(super) const RECORDED: Option<&[u8]> = if lexicon_hash(THEMES) == LEXICON_HASH {
    Some(EDITS)
} else {
    None
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;
    use crate::themes::{default_terms, Matcher};

    #[test]
    fn edits_round_trip_or_defer_to_run_time() {
        let decoded = |edit, folded| {
            let mut stem = String::new();
            decode(edit, folded, &mut stem).then_some(stem)
        };
        assert_eq!(
            decoded(encode("treaties", "treati"), "treaties").unwrap(),
            "treati"
        );
        assert_eq!(decoded(encode("agreed", "agre"), "agreed").unwrap(), "agre");
        assert_eq!(encode("trade", "trade"), 0);
        assert_eq!(encode("gone", "go"), 2);
        assert_eq!(encode("mice", "mouse"), RUNTIME);
        assert_eq!(decoded(RUNTIME, "mice"), None);
        assert_eq!(decoded(5, "abc"), None);
        assert_ne!(lexicon_hash(&THEMES[..1]), lexicon_hash(&THEMES[..2]));
        assert_ne!(
            fnv(fnv(FNV_START, "ab"), "c"),
            fnv(fnv(FNV_START, "a"), "bc")
        );
    }

    /// Checks `default_stems.rs` against the lexicon; `ARTICLE_LENS_WRITE_STEMS=1 cargo test
    /// --lib stem_table` writes it anew after the lexicon changes.
    #[test]
    fn recorded_stems_are_those_of_the_lexicon() {
        let en = Language::english();
        let mut edits = Vec::new();
        let mut stems_hash = FNV_START;
        let built = Matcher::compile(default_terms(), &en, &mut |folded, stem| {
            *stem = en.match_stem(folded);
            edits.push(encode(folded, stem));
            stems_hash = fnv(stems_hash, stem);
        });
        let hash = lexicon_hash(THEMES);
        if std::env::var_os("ARTICLE_LENS_WRITE_STEMS").is_some() {
            let rows: Vec<String> = edits
                .chunks(24)
                .map(|row| {
                    let row: Vec<String> = row.iter().map(u8::to_string).collect();
                    format!("    {},\n", row.join(", "))
                })
                .collect();
            let file = format!(
                "//! Written by `ARTICLE_LENS_WRITE_STEMS=1 cargo test --lib stem_table`: do not edit.\n\
                 //! The stem of each word of the English default lexicon, as `stem_table` encodes it.\n\n\
                 /// The hash of the lexicon the edits were made from.\n\
                 pub(super) const LEXICON_HASH: u64 = {hash:#018x};\n\n\
                 /// The hash of the stems, in order.\n\
                 pub(super) const STEMS_HASH: u64 = {stems_hash:#018x};\n\n\
                 /// One edit per lexicon word, in order of theme, term and word.\n\
                 #[rustfmt::skip]\n\
                 pub(super) const EDITS: &[u8] = &[\n{}];\n",
                rows.concat()
            );
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/themes/default_stems.rs");
            std::fs::write(path, file).unwrap();
            return;
        }
        let hint = "the lexicon changed: ARTICLE_LENS_WRITE_STEMS=1 cargo test --lib stem_table";
        assert_eq!(hash, LEXICON_HASH, "{hint}");
        assert_eq!(stems_hash, STEMS_HASH, "{hint}");
        assert!(RECORDED.is_some());
        assert_eq!(edits, EDITS, "{hint}");
        let recorded = Matcher::default_english(&en);
        let stems = |m: &Matcher| {
            (0..m.stems.len() as u32)
                .map(|id| m.stems.get(id).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(stems(&recorded), stems(&built));
        assert!(edits.iter().filter(|e| **e == RUNTIME).count() < 10);
    }
}
