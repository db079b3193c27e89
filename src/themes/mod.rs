//! Theme detection: lexicon terms matched by Snowball stem, turned into highlight spans and
//! per-theme scores.

mod default;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::lang::Language;
use crate::model::{Span, TermCount, Theme};
use crate::text::{fold, words, Utf16Cursor};

/// A theme definition: what embedders pass to extend or replace the defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeDef {
    /// Stable identifier (letters, digits, `-` and `_`).
    pub id: String,
    /// Human-readable label.
    pub label: String,
    /// CSS colour `#rgb` or `#rrggbb`.
    pub color: String,
    /// Words or phrases; each word is matched by its stem ("invest" matches "investment").
    pub terms: Vec<String>,
}

/// Why a theme definition was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeError(pub String);

impl std::fmt::Display for ThemeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ThemeError {}

impl ThemeDef {
    /// Checks the id, label, colour and terms, naming the problem.
    ///
    /// ```
    /// use article_lens::themes::ThemeDef;
    /// let bad = ThemeDef { id: "x".into(), label: "X".into(), color: "red;}".into(), terms: vec!["a".into()] };
    /// assert!(bad.validate().unwrap_err().to_string().contains("color"));
    /// ```
    pub fn validate(&self) -> Result<(), ThemeError> {
        let err = |m: String| Err(ThemeError(format!("theme {:?}: {m}", self.id)));
        if self.id.is_empty() || self.id.len() > 40 || !self.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return err("id must be 1–40 characters of a-z, 0-9, '-' or '_'".into());
        }
        if self.label.trim().is_empty() || self.label.chars().count() > 80 {
            return err("label must be 1–80 characters".into());
        }
        if !is_hex_color(&self.color) {
            return err(format!("color {:?} must be #rgb or #rrggbb", self.color));
        }
        if self.terms.is_empty() || self.terms.iter().all(|t| t.trim().is_empty()) {
            return err("terms must hold at least one word".into());
        }
        Ok(())
    }
}

/// Whether `s` is `#rgb` or `#rrggbb`.
fn is_hex_color(s: &str) -> bool {
    let Some(hex) = s.strip_prefix('#') else { return false };
    (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The built-in news taxonomy, modelled on the IPTC Media Topics top level.
pub fn default_themes() -> Vec<ThemeDef> {
    default::THEMES
        .iter()
        .map(|(id, label, color, terms)| ThemeDef {
            id: (*id).into(),
            label: (*label).into(),
            color: (*color).into(),
            terms: terms.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect(),
        })
        .collect()
}

/// A theme set compiled for matching: stem sequences mapped to themes.
pub struct Matcher {
    defs: Vec<ThemeDef>,
    /// First stem of a term → (the term's stems, theme index, weight), longest terms first.
    index: HashMap<String, Vec<(Vec<String>, usize)>>,
}

impl Matcher {
    /// Compiles theme definitions with a language's stemmer.
    pub fn new(defs: Vec<ThemeDef>, lang: &Language) -> Self {
        let mut index: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        for (t, def) in defs.iter().enumerate() {
            for term in &def.terms {
                let stems: Vec<String> = words(term).map(|w| lang.stem(&fold(w.text))).collect();
                if let Some(first) = stems.first().cloned() {
                    let entry = index.entry(first).or_default();
                    if !entry.iter().any(|(s, _)| *s == stems) {
                        entry.push((stems, t));
                    }
                }
            }
        }
        for entries in index.values_mut() {
            entries.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        }
        Matcher { defs, index }
    }

    /// Finds theme terms in `text`: non-overlapping spans (UTF-16 offsets) in order, and for
    /// each span the matched surface text.
    pub fn find(&self, text: &str, lang: &Language) -> Vec<(Span, String)> {
        let toks: Vec<(usize, usize, String)> = words(text).map(|w| (w.start, w.end(), lang.stem(&fold(w.text)))).collect();
        let mut out = Vec::new();
        let mut cursor = Utf16Cursor::new(text);
        let mut i = 0;
        while i < toks.len() {
            let hit = self.index.get(&toks[i].2).and_then(|entries| {
                entries.iter().find(|(stems, _)| {
                    i + stems.len() <= toks.len() && stems.iter().zip(&toks[i..]).all(|(s, t)| *s == t.2)
                })
            });
            match hit {
                Some((stems, theme)) => {
                    let (start, end) = (toks[i].0, toks[i + stems.len() - 1].1);
                    let span = Span {
                        start: cursor.advance_to(start),
                        end: cursor.advance_to(end),
                        theme: self.defs[*theme].id.clone(),
                    };
                    out.push((span, fold(&text[start..end])));
                    i += stems.len();
                }
                None => i += 1,
            }
        }
        out
    }

    /// Summarises the matches of the whole article into themes, heaviest first. A theme is
    /// kept when it has at least `min_count` highlights and at least two distinct terms or
    /// three highlights (one stray word is not evidence).
    pub fn summarize<'a>(&self, matches: impl Iterator<Item = &'a (Span, String)>) -> Vec<Theme> {
        let mut per_theme: HashMap<&str, Vec<&str>> = HashMap::new();
        let mut total = 0usize;
        for (span, term) in matches {
            per_theme.entry(span.theme.as_str()).or_default().push(term.as_str());
            total += 1;
        }
        let mut themes: Vec<Theme> = self
            .defs
            .iter()
            .filter_map(|def| {
                let found = per_theme.get(def.id.as_str())?;
                let mut counts: Vec<TermCount> = Vec::new();
                for term in found {
                    match counts.iter_mut().find(|c| c.term == *term) {
                        Some(c) => c.count += 1,
                        None => counts.push(TermCount { term: (*term).to_string(), count: 1 }),
                    }
                }
                if counts.len() < 2 && found.len() < 3 {
                    return None;
                }
                counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term)));
                Some(Theme {
                    id: def.id.clone(),
                    label: def.label.clone(),
                    color: def.color.clone(),
                    score: round4(found.len() as f64 / total.max(1) as f64),
                    count: found.len(),
                    terms: counts,
                })
            })
            .collect();
        themes.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.id.cmp(&b.id)));
        themes
    }
}

/// Rounds to four decimals so scores are identical natively and in wasm.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_themes_are_valid() {
        for def in default_themes() {
            def.validate().unwrap();
        }
    }

    #[test]
    fn longest_term_wins() {
        let lang = Language::english();
        let m = Matcher::new(
            vec![
                ThemeDef { id: "a".into(), label: "A".into(), color: "#000".into(), terms: vec!["trade".into()] },
                ThemeDef { id: "b".into(), label: "B".into(), color: "#000".into(), terms: vec!["free trade agreement".into()] },
            ],
            &lang,
        );
        let found = m.find("A free trade agreement on trades.", &lang);
        let ids: Vec<&str> = found.iter().map(|(s, _)| s.theme.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
        assert_eq!((found[0].0.start, found[0].0.end), (2, 22));
    }
}
