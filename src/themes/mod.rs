//! Theme detection: lexicon terms matched by Snowball stem and suffix class, turned into
//! highlight spans and per-theme scores.
//!
//! Every match is evidence for its theme: the term's weight (strong, ordinary or weak, ×1.5
//! for multi-word terms) times the weight of where it stands (title ×2, lead ×1.5, body ×1).
//! A theme's score is its share of all evidence, so the top theme is the one the title and
//! lead point at most specifically; themes without real evidence ([`MIN_EVIDENCE`],
//! [`MIN_SHARE_OF_TOP`]) are left out, and so are their highlights.

mod default;
mod default_stems;
mod stem_table;

use serde::{Deserialize, Serialize};

use std::sync::{Arc, OnceLock};

use crate::hashing::{hash_str, mix, Index, Interner};
use crate::lang::{Language, WordIds};
use crate::model::{Span, TermCount, Theme};
use crate::text::{fold, folded, words, Utf16Cursor, Word};

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
    /// Words or phrases; each word is matched by its stem and suffix class ("investment"
    /// matches "investments", "shares" does not match "shared"; see [`Matcher`]). A leading
    /// `+` marks a strong term (counts double), a leading `~` a weak one (counts a third). A
    /// one-word term written in capitals ("UN", "MPs") only matches in capitals. A term has
    /// at most [`MAX_TERM_WORDS`] words.
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
        let err = |m: String| Err(ThemeError(format!("theme \"{}\": {m}", self.id)));
        if self.id.is_empty()
            || self.id.len() > 40
            || !self
                .id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return err("id must be 1–40 characters of a-z, 0-9, '-' or '_'".into());
        }
        if self.label.trim().is_empty() || self.label.chars().count() > 80 {
            return err("label must be 1–80 characters".into());
        }
        if !is_hex_color(&self.color) {
            return err(format!("color \"{}\" must be #rgb or #rrggbb", self.color));
        }
        if self
            .terms
            .iter()
            .all(|t| words(term_weight(t).1).next().is_none())
        {
            return err("terms must hold at least one word".into());
        }
        if let Some(long) = self
            .terms
            .iter()
            .find(|t| words(term_weight(t).1).nth(MAX_TERM_WORDS).is_some())
        {
            let start: String = long.chars().take(40).collect();
            let cut = if start.len() < long.len() { "…" } else { "" };
            return err(format!(
                "term \"{}{cut}\" has more than {MAX_TERM_WORDS} words",
                start.trim_end()
            ));
        }
        Ok(())
    }
}

/// The most words a theme term may have: a term is a word or a short phrase, and each of its
/// words is compared at each place where its first word occurs.
pub const MAX_TERM_WORDS: usize = 12;

/// The words of a text the scan keeps at once (more if a term has more words): a batch is
/// matched up to the last word a term can start at and still have all its words in it.
const SCAN_BATCH: usize = 1024;

/// Whether `s` is `#rgb` or `#rrggbb`.
pub(crate) fn is_hex_color(s: &str) -> bool {
    let Some(hex) = s.strip_prefix('#') else {
        return false;
    };
    (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The built-in news taxonomy, modelled on the IPTC Media Topics top level (English terms).
pub fn default_themes() -> Vec<ThemeDef> {
    default::THEMES
        .iter()
        .map(|(id, label, color, terms)| theme_def(id, label, color, terms))
        .collect()
}

/// The built-in themes with the terms of a language: English, or a lexicon compiled in with
/// that language's feature (`src/themes/lexicons/<code>.txt`: `[id]` sections of comma-separated
/// terms, the same ids, labels and colours as English). `None` for a language without one.
///
/// ```
/// use article_lens::themes::default_themes_in;
/// assert_eq!(default_themes_in("en").unwrap()[0].id, "politics");
/// assert!(default_themes_in("xx").is_none());
/// ```
pub fn default_themes_in(code: &str) -> Option<Vec<ThemeDef>> {
    if code == "en" {
        return Some(default_themes());
    }
    let lexicon = lexicon(code)?;
    Some(
        default::THEMES
            .iter()
            .map(|(id, label, color, _)| {
                let terms = crate::lang::section(lexicon, id).join(",");
                theme_def(id, label, color, &terms)
            })
            .collect(),
    )
}

/// The theme lexicon of a language other than English, when its feature is on.
fn lexicon(code: &str) -> Option<&'static str> {
    match code {
        #[cfg(feature = "lang-fr")]
        "fr" => Some(include_str!("lexicons/fr.txt")),
        #[cfg(feature = "lang-de")]
        "de" => Some(include_str!("lexicons/de.txt")),
        #[cfg(feature = "lang-es")]
        "es" => Some(include_str!("lexicons/es.txt")),
        #[cfg(feature = "lang-pt")]
        "pt" => Some(include_str!("lexicons/pt.txt")),
        _ => None,
    }
}

/// The languages that can have a theme lexicon, English first.
const LEXICON_LANGUAGES: [&str; 5] = ["en", "fr", "de", "es", "pt"];

/// The built-in themes of a language compiled once (stemming 2,000 terms took a third of a
/// small article's analysis when it was done on every call); `None` without a lexicon.
pub fn default_matcher(lang: &Language) -> Option<&'static Matcher> {
    static MATCHERS: [OnceLock<Option<Matcher>>; LEXICON_LANGUAGES.len()] =
        [const { OnceLock::new() }; LEXICON_LANGUAGES.len()];
    let i = LEXICON_LANGUAGES.iter().position(|c| *c == lang.code)?;
    MATCHERS[i]
        .get_or_init(|| {
            if lang.code == "en" {
                return Some(Matcher::default_english(lang));
            }
            default_themes_in(lang.code).map(|defs| Matcher::new(defs, lang))
        })
        .as_ref()
}

/// A theme from its fields and its comma-separated terms.
fn theme_def(id: &str, label: &str, color: &str, terms: &str) -> ThemeDef {
    ThemeDef {
        id: id.into(),
        label: label.into(),
        color: color.into(),
        terms: term_list(terms).map(str::to_string).collect(),
    }
}

/// The terms of a comma-separated list.
fn term_list(terms: &str) -> impl Iterator<Item = &str> {
    terms.split(',').map(str::trim).filter(|t| !t.is_empty())
}

/// Weight of a term marked strong (`+term`): unambiguous evidence, e.g. "counterterrorism".
pub const STRONG: f64 = 2.0;
/// Weight of an unmarked term.
pub const NORMAL: f64 = 1.0;
/// Weight of a term marked weak (`~term`): frequent or ambiguous words, e.g. "season".
pub const WEAK: f64 = 0.35;
/// Extra factor of a multi-word term: "free trade agreement" is more specific than its words.
const PHRASE_BONUS: f64 = 1.5;

/// Position weight of a match in the title.
pub const TITLE_WEIGHT: f64 = 2.0;
/// Position weight of a match in the lead (first body block) or in the article's own key points.
pub const LEAD_WEIGHT: f64 = 1.5;

/// Position weight of a match in body block `index` (0 = the lead).
pub fn block_weight(index: usize) -> f64 {
    if index == 0 {
        LEAD_WEIGHT
    } else {
        1.0
    }
}

/// A theme needs at least this much weighted evidence to be shown: one ordinary term anywhere
/// (1.0 × a position weight ≥ 1), a weak term in the title (0.35 × 2 — a headline word is
/// deliberate), or two weak terms (2 × 0.35). A single weak, ambiguous word in the body or
/// the lead ("season", "record": 0.35 or 0.53) is not evidence. Measured on the dev sets, 0.7
/// rather than 1.0 lets short wire items whose only clue is a weak headline word get a theme.
pub const MIN_EVIDENCE: f64 = 0.7;
/// …and at least this share of the leading theme's evidence, so that a long article does not
/// list every theme one stray sentence touches.
pub const MIN_SHARE_OF_TOP: f64 = 0.15;

/// Splits a lexicon term into its weight and its text: a leading `+` marks a strong term, a
/// leading `~` a weak one.
fn term_weight(raw: &str) -> (f64, &str) {
    let raw = raw.trim();
    if let Some(t) = raw.strip_prefix('+') {
        (STRONG, t)
    } else if let Some(t) = raw.strip_prefix('~') {
        (WEAK, t)
    } else {
        (NORMAL, raw)
    }
}

/// A word as the matcher compares it: the id of its stem in the matcher's stem table (see
/// [`Language::match_stem`]) and its suffix class (see [`Language::suffix_class`]), so that
/// "shares" does not match "shared".
type Key = (u32, &'static str);

/// The word of a text or a term that an acronym's plural or possessive ("MPs", "UN's") stands
/// for: the acronym; any other word is itself.
fn matched_form(word: &str) -> &str {
    acronym_base(word).unwrap_or(word)
}

/// The capitals of a word written as an acronym ("UN", "MPs" → "MP", "UN's" → "UN").
fn acronym_base(word: &str) -> Option<&str> {
    // Most words start in lower case, and an acronym has no lower-case letter.
    if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let caps = ["'s", "\u{2019}s", "s"]
        .iter()
        .find_map(|s| word.strip_suffix(s))
        .unwrap_or(word);
    (caps.chars().any(char::is_uppercase) && !caps.chars().any(char::is_lowercase)).then_some(caps)
}

/// One compiled lexicon term. Its place in [`Matcher::entries`] identifies it: its variants
/// ("alliance", "alliances") count together.
struct Entry {
    /// Where the keys of its words start in [`Matcher::keys`].
    first_key: u32,
    /// How many words it has.
    words: u32,
    /// For a term written in capitals ("UN", "MPs"): the capitals a text word must show.
    acronym: Option<String>,
    /// Index of its theme.
    theme: usize,
    /// Evidence weight of one occurrence.
    weight: f64,
}

/// A word of a searched text: where it is and its key, `None` when no lexicon word has its
/// stem.
#[derive(Clone, Copy)]
struct TextWord {
    /// Byte offset of its first byte.
    start: usize,
    /// Byte offset one past its last byte.
    end: usize,
    /// Its key.
    key: Option<Key>,
}

impl Entry {
    /// The keys of its words, in `keys` (the matcher's).
    fn keys<'k>(&self, keys: &'k [Key]) -> &'k [Key] {
        let start = self.first_key as usize;
        keys.get(start..start + self.words as usize)
            .unwrap_or_default()
    }

    /// Whether the entry, whose keys are `keys`, matches the words of `text` starting at
    /// token `i`.
    fn matches(&self, keys: &[Key], text: &str, toks: &[TextWord], i: usize) -> bool {
        let Some(run) = toks.get(i..i + self.words as usize) else {
            return false;
        };
        keys.iter().zip(run).all(|(k, t)| t.key == Some(*k)) && self.shows_acronym(text, run)
    }

    /// Whether the words `run` of `text`, whose keys are the entry's, show the capitals of
    /// its acronym, if it has one.
    fn shows_acronym(&self, text: &str, run: &[TextWord]) -> bool {
        self.acronym.as_deref().map_or(true, |a| {
            run.first()
                .and_then(|t| text.get(t.start..t.end))
                .and_then(acronym_base)
                == Some(a)
        })
    }
}

/// The capitals of a one-word term written as an acronym ("UN", "MPs" → "MP"), else `None`:
/// such a term only matches in capitals, so "UN" is not the French "un".
fn acronym(text: &str) -> Option<String> {
    // Spares splitting the many terms in lower case (see `acronym_base`).
    if text.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let mut ws = words(text);
    let (Some(w), None) = (ws.next(), ws.next()) else {
        return None;
    };
    acronym_base(w.text).map(str::to_string)
}

/// A lexicon match in a searched text, in 12 bytes (a long article has tens of thousands).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First UTF-16 code unit (offsets past 4 Gi units, beyond any paste, saturate).
    start: u32,
    /// One past the last UTF-16 code unit.
    end: u32,
    /// Index of the theme in the matcher.
    theme: u32,
}

/// The evidence of one lexicon term.
#[derive(Debug)]
struct TermEvidence {
    theme: usize,
    /// The term as first seen in the text.
    term: String,
    /// Counted occurrences.
    count: usize,
    /// The term's evidence weight.
    weight: f64,
    /// Sum of the position weights of its occurrences.
    positions: f64,
}

/// What a [`Matcher`] keeps of a theme besides its terms: what the analysis reports.
struct ThemeLabel {
    id: String,
    label: String,
    color: String,
}

/// A theme to compile: its label and its terms as written.
struct ThemeTerms<'t> {
    label: ThemeLabel,
    terms: Vec<&'t str>,
}

/// The English default themes, their terms read from the lexicon's text.
fn default_terms() -> Vec<ThemeTerms<'static>> {
    default::THEMES
        .iter()
        .map(|(id, label, color, terms)| ThemeTerms {
            label: ThemeLabel {
                id: id.to_string(),
                label: label.to_string(),
                color: color.to_string(),
            },
            terms: term_list(terms).collect(),
        })
        .collect()
}

/// `items` stably ordered by `key` (each below `keys`), and where each key's run starts in
/// that order (one more for the end): a counting sort.
fn counting_sort(items: &[u32], key: &dyn Fn(u32) -> usize, keys: usize) -> (Vec<u32>, Vec<u32>) {
    let mut starts = vec![0u32; keys + 1];
    for &item in items {
        starts[key(item) + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut next = starts.clone();
    let mut order = vec![0u32; items.len()];
    for &item in items {
        let slot = &mut next[key(item)];
        order[*slot as usize] = item;
        *slot += 1;
    }
    (order, starts)
}

/// Groups of up to this many terms sharing a first word are walked in order; larger ones
/// are searched by halving.
const LINEAR_GROUP: usize = 16;

/// The hash of a term's keys (stems and suffix classes) and its acronym with the hash key
/// `key`: whatever makes two terms differ must change it, or terms that differ only there
/// (3¹² from "share", "shared" and "sharing") would all probe one chain.
fn term_hash(key: u64, term: &[Key], acronym: Option<&str>) -> u64 {
    let h = term
        .iter()
        .fold(mix(key, term.len() as u64), |h, &(stem, class)| {
            mix(mix(h, u64::from(stem)), hash_str(key, class))
        });
    acronym.map_or(h, |a| mix(h, hash_str(key, a)))
}

/// A theme set compiled for matching: stem sequences mapped to themes.
///
/// Words match by Snowball stem **and** suffix class: plain stems over-merge ("shares" and
/// "shared" are both "share", "renewable" and "renewed" both "renew", "international" and
/// "internal" both "intern"), so a text word also needs the lexicon word's derivational or
/// verbal ending ("-ed", "-ing", "-able", "-al", …; plurals ignored). Verb forms a theme
/// wants ("killed", "trading") are listed in its lexicon.
pub struct Matcher {
    /// The themes, in order.
    themes: Vec<ThemeLabel>,
    /// The stems of the lexicon words, numbered.
    stems: Interner,
    /// The distinct terms, in order of first listing.
    entries: Vec<Entry>,
    /// The keys of the terms' words, term after term.
    keys: Vec<Key>,
    /// Places in `entries`, grouped by the stem of the term's first word and, within a
    /// group, longest term first.
    by_first_stem: Vec<u32>,
    /// Stem id → where its group starts in `by_first_stem` (one more for the end).
    group_starts: Vec<u32>,
    /// The most words of a term (at most [`MAX_TERM_WORDS`] once validated; `Matcher::new`
    /// takes any).
    longest: usize,
}

impl Matcher {
    /// Compiles theme definitions with a language's stemmer. A term listed by several themes
    /// belongs to the last one: custom themes come after the defaults, so an embedder's term
    /// wins.
    pub fn new(defs: Vec<ThemeDef>, lang: &Language) -> Self {
        let themes = defs
            .iter()
            .map(|d| ThemeTerms {
                label: ThemeLabel {
                    id: d.id.clone(),
                    label: d.label.clone(),
                    color: d.color.clone(),
                },
                terms: d.terms.iter().map(String::as_str).collect(),
            })
            .collect();
        Self::compile(themes, lang, &mut |folded, stem| {
            *stem = lang.match_stem(folded)
        })
    }

    /// [`Matcher::new`] for the English default themes, with the stems recorded ahead of time
    /// (see [`stem_table`]) when they were made from this build's lexicon. Reads the terms
    /// from the lexicon's text, with no [`ThemeDef`] strings.
    fn default_english(lang: &Language) -> Self {
        let Some(recorded) = stem_table::RECORDED else {
            return Self::new(default_themes(), lang);
        };
        let mut edits = recorded.iter();
        let mut stems_hash = stem_table::FNV_START;
        let matcher = Self::compile(default_terms(), lang, &mut |folded, stem| {
            let recorded = edits
                .next()
                .is_some_and(|&edit| stem_table::decode(edit, folded, stem));
            if !recorded {
                *stem = lang.match_stem(folded);
            }
            stems_hash = stem_table::fnv(stems_hash, stem);
        });
        if stems_hash == stem_table::STEMS_HASH {
            matcher
        } else {
            Self::new(default_themes(), lang)
        }
    }

    /// [`Matcher::new`] with the stem of each lexicon word, folded, set by `stem`: called
    /// once per word, in order of theme, term and word (the order [`stem_table`] records).
    fn compile(
        themes: Vec<ThemeTerms<'_>>,
        lang: &Language,
        stem: &mut dyn FnMut(&str, &mut String),
    ) -> Self {
        // Room for a stem per term: the tables grow once or twice, not ten times.
        let room = themes.iter().map(|t| t.terms.len()).sum();
        let mut stems = Interner::with_capacity(room, 8 * room);
        let mut keys: Vec<Key> = Vec::with_capacity(room + room / 2);
        let mut entries: Vec<Entry> = Vec::with_capacity(room);
        // While compiling, the entries are found by their words' stems: a term listed again
        // is found in constant time, however many terms share its first word.
        let mut places = Index::with_capacity(room);
        let mut word_stem = String::new();
        for (theme, t) in themes.iter().enumerate() {
            for raw in &t.terms {
                let (weight, text) = term_weight(raw);
                let first_key = keys.len();
                keys.extend(words(text).map(|w| {
                    let folded = folded(matched_form(w.text));
                    stem(&folded, &mut word_stem);
                    (stems.id(&word_stem), lang.suffix_class(&folded))
                }));
                let term = &keys[first_key..];
                if term.is_empty() {
                    continue;
                }
                let weight = if term.len() > 1 {
                    weight * PHRASE_BONUS
                } else {
                    weight
                };
                let acronym = acronym(text);
                let key = places.key;
                let place = places.place(
                    term_hash(key, term, acronym.as_deref()),
                    |p| {
                        entries
                            .get(p)
                            .is_some_and(|e| e.keys(&keys) == term && e.acronym == acronym)
                    },
                    |p| {
                        entries
                            .get(p)
                            .map_or(0, |e| term_hash(key, e.keys(&keys), e.acronym.as_deref()))
                    },
                );
                let words = term.len() as u32;
                if let Some(e) = entries.get_mut(place) {
                    // Listed again: the last listing's theme and weight win.
                    e.theme = theme;
                    e.weight = weight;
                    keys.truncate(first_key);
                } else {
                    entries.push(Entry {
                        first_key: first_key as u32,
                        words,
                        acronym,
                        theme,
                        weight,
                    });
                }
            }
        }
        drop(places);
        // Order the entries longest first, then group them by first stem in that order (two
        // counting sorts: lengths are bounded by the number of words listed).
        let longest = entries.iter().map(|e| e.words as usize).max().unwrap_or(0);
        let words_of = |place: u32| entries[place as usize].words as usize;
        let first_stem = |place: u32| keys[entries[place as usize].first_key as usize].0 as usize;
        let listed: Vec<u32> = (0..entries.len() as u32).collect();
        let (longest_first, _) = counting_sort(&listed, &|p| longest - words_of(p), longest + 1);
        let (mut by_first_stem, group_starts) =
            counting_sort(&longest_first, &first_stem, stems.len());
        // A large group (many terms of a custom lexicon sharing a first word) is ordered by
        // keys within each length, to be searched by halving (see `Matcher::search`).
        for bounds in group_starts.windows(2) {
            let group = &mut by_first_stem[bounds[0] as usize..bounds[1] as usize];
            if group.len() > LINEAR_GROUP {
                let mut sorted = group.to_vec();
                crate::order::sort_by(&mut sorted, |&a, &b| {
                    let (ea, eb) = (&entries[a as usize], &entries[b as usize]);
                    eb.words
                        .cmp(&ea.words)
                        .then_with(|| ea.keys(&keys).cmp(eb.keys(&keys)))
                        .then_with(|| ea.acronym.cmp(&eb.acronym))
                        .then(a.cmp(&b))
                });
                group.copy_from_slice(&sorted);
            }
        }
        let longest = entries.iter().map(|e| e.words as usize).max().unwrap_or(1);
        Matcher {
            themes: themes.into_iter().map(|t| t.label).collect(),
            stems,
            longest,
            entries,
            keys,
            by_first_stem,
            group_starts,
        }
    }

    /// The entry, and its place, of the longest term that matches the words of `text` from
    /// token `i` on, whose stem is `stem` (the first listed of equal lengths).
    fn entry_at(
        &self,
        stem: u32,
        text: &str,
        toks: &[TextWord],
        i: usize,
    ) -> Option<(usize, &Entry)> {
        let stem = stem as usize;
        let (&start, &end) = self
            .group_starts
            .get(stem)
            .zip(self.group_starts.get(stem + 1))?;
        let group = self.by_first_stem.get(start as usize..end as usize)?;
        if group.len() > LINEAR_GROUP {
            return self.search(group, text, toks, i);
        }
        group.iter().find_map(|&place| {
            let e = self.entries.get(place as usize)?;
            e.matches(e.keys(&self.keys), text, toks, i)
                .then_some((place as usize, e))
        })
    }

    /// [`Matcher::entry_at`] in a large group, ordered by length, keys, acronym and place
    /// (only a custom lexicon has one; the default one's largest has 14 terms): for each
    /// length, longest first, the entries whose keys are those of the text's next words, and
    /// among them those whose acronym the text shows, are found by halving.
    #[cold]
    fn search<'m>(
        &'m self,
        mut group: &[u32],
        text: &str,
        toks: &[TextWord],
        i: usize,
    ) -> Option<(usize, &'m Entry)> {
        let entry = |place: &u32| self.entries.get(*place as usize);
        let entry_keys = |e: &Entry| e.keys(&self.keys).iter().map(|k| Some(*k));
        while let Some(words) = group.first().and_then(entry).map(|e| e.words) {
            let same_length = self.prefix_where(group, &|e| e.words == words);
            let (candidates, rest) = group.split_at(same_length);
            group = rest;
            let Some(run) = toks.get(i..i + words as usize) else {
                continue;
            };
            let text_keys = || run.iter().map(|t| t.key);
            let below = self.prefix_where(candidates, &|e| entry_keys(e).lt(text_keys()));
            let rest = candidates.get(below..).unwrap_or_default();
            let equal = self.prefix_where(rest, &|e| entry_keys(e).eq(text_keys()));
            // Terms with these keys differ in their acronym, ordered by it: one without any
            // (first, if there is one) and those whose capitals the text word shows can match;
            // the first listed of them wins.
            let same_keys = rest.get(..equal).unwrap_or_default();
            let any_case = same_keys
                .first()
                .filter(|p| entry(p).is_some_and(|e| e.acronym.is_none()));
            let base = run
                .first()
                .and_then(|t| text.get(t.start..t.end))
                .and_then(acronym_base);
            let capitals = base.and_then(|base| {
                let at = self.prefix_where(same_keys, &|e| e.acronym.as_deref() < Some(base));
                same_keys
                    .get(at)
                    .filter(|p| entry(p).is_some_and(|e| e.acronym.as_deref() == Some(base)))
            });
            if let Some(place) = any_case.into_iter().chain(capitals).min() {
                return Some((*place as usize, entry(place)?));
            }
        }
        None
    }

    /// How many of `places`, from the first, hold entries for which `holds` is true (which it
    /// must be for a first part of them and false after): found by halving.
    fn prefix_where(&self, places: &[u32], holds: &dyn Fn(&Entry) -> bool) -> usize {
        places.partition_point(|p| self.entries.get(*p as usize).is_some_and(holds))
    }

    /// The ids of the themes among `shown`, by theme index (`None` for a theme not shown):
    /// what [`Matcher::spans`] keeps and labels its spans with.
    pub fn shown(&self, shown: &[Theme]) -> Vec<Option<Arc<str>>> {
        // By a table, not a search of `shown` per theme: a custom theme set can be large.
        let mut ids = Interner::new();
        for t in shown {
            ids.id(&t.id);
        }
        self.themes
            .iter()
            .map(|d| ids.find(&d.id).map(|_| Arc::from(d.id.as_str())))
            .collect()
    }

    /// The highlight spans of the hits whose theme is shown (see [`Matcher::shown`]).
    pub fn spans(&self, hits: &[Hit], shown: &[Option<Arc<str>>]) -> Vec<Span> {
        let theme = |h: &Hit| shown.get(h.theme as usize).and_then(Option::as_ref);
        let mut spans = Vec::with_capacity(hits.iter().filter(|h| theme(h).is_some()).count());
        spans.extend(hits.iter().filter_map(|h| {
            Some(Span {
                start: h.start as usize,
                end: h.end as usize,
                theme: theme(h)?.clone(),
            })
        }));
        spans
    }

    /// Summarises an article's evidence into themes (see [`Scan::themes`]).
    fn summarize(&self, evidence: &[TermEvidence]) -> Vec<Theme> {
        let mut per_theme: Vec<(f64, usize, Vec<TermCount>)> =
            vec![(0.0, 0, Vec::new()); self.themes.len()];
        for e in evidence {
            if let Some(t) = per_theme.get_mut(e.theme) {
                t.0 += e.weight * e.positions;
                t.1 += e.count;
                if e.count > 0 {
                    t.2.push(TermCount {
                        term: e.term.clone(),
                        count: e.count,
                    });
                }
            }
        }
        let total: f64 = per_theme.iter().map(|t| t.0).sum();
        let top = per_theme.iter().map(|t| t.0).fold(0.0, f64::max);
        let mut themes: Vec<(f64, Theme)> = self
            .themes
            .iter()
            .zip(per_theme)
            .filter(|(_, (weight, _, _))| {
                *weight >= MIN_EVIDENCE && *weight >= MIN_SHARE_OF_TOP * top
            })
            .map(|(def, (weight, count, mut terms))| {
                crate::order::sort_by(&mut terms, |a, b| {
                    b.count.cmp(&a.count).then_with(|| a.term.cmp(&b.term))
                });
                let theme = Theme {
                    id: def.id.clone(),
                    label: def.label.clone(),
                    color: def.color.clone(),
                    score: round4(weight / total),
                    count,
                    terms,
                };
                (weight, theme)
            })
            .collect();
        crate::order::sort_by(&mut themes, |a, b| {
            b.1.score
                .total_cmp(&a.1.score)
                .then_with(|| b.0.total_cmp(&a.0))
                .then_with(|| a.1.id.cmp(&b.1.id))
        });
        themes.into_iter().map(|(_, t)| t).collect()
    }
}

/// One article's theme scan: finds the matcher's terms in each part of the article in turn,
/// gathers their evidence, and keys each distinct word of the article once.
pub struct Scan<'m> {
    matcher: &'m Matcher,
    lang: &'m Language,
    /// Word id (see [`Language::word`]) → its key once known, `None` when no lexicon word has
    /// its stem.
    keys: Vec<Option<Option<Key>>>,
    /// The words of the text being searched (kept to reuse the allocation).
    toks: Vec<TextWord>,
    /// Evidence per term, in order of first sight.
    evidence: Vec<TermEvidence>,
    /// Place of a term in the matcher's entries → index into `evidence` plus one (0: not
    /// seen yet).
    seen: Vec<u32>,
}

impl<'m> Scan<'m> {
    /// A scan of one article with `matcher`, whose terms were stemmed in `lang`.
    pub fn new(matcher: &'m Matcher, lang: &'m Language) -> Self {
        Scan {
            matcher,
            lang,
            keys: Vec::new(),
            toks: Vec::new(),
            evidence: Vec::new(),
            seen: vec![0; matcher.entries.len()],
        }
    }

    /// Finds theme terms in `text`, one part of the article: non-overlapping hits in order, the
    /// longest term winning. Each hit is evidence for its theme, weighted by the part's
    /// `position_weight` (0 counts the highlights without evidence, e.g. for generated key
    /// points that repeat body sentences).
    pub fn find(&mut self, text: &str, position_weight: f64) -> Vec<Hit> {
        self.find_reading(text, position_weight, &mut |_, _| {})
    }

    /// [`Scan::find`], handing each word and its ids (of the word as written, folded; see
    /// [`Language::word`]) to `each_word`, in order: a pass that needs them spares reading
    /// the text again.
    pub(crate) fn find_reading(
        &mut self,
        text: &str,
        position_weight: f64,
        each_word: &mut dyn FnMut(Word, WordIds),
    ) -> Vec<Hit> {
        let matcher = self.matcher;
        let mut toks = std::mem::take(&mut self.toks);
        toks.clear();
        let mut out = Vec::new();
        let mut cursor = Utf16Cursor::new(text);
        let mut words = words(text);
        let mut read_all = false;
        // A term starting before the batch's last `longest - 1` words has all its words read.
        let batch = SCAN_BATCH.max(matcher.longest);
        while !read_all {
            // The words are read a batch at a time, so a long block (a text on one line) needs
            // no record of every word at once.
            while toks.len() < batch {
                let Some(w) = words.next() else {
                    read_all = true;
                    break;
                };
                toks.push(self.text_word(w, each_word));
            }
            let ready = if read_all {
                toks.len()
            } else {
                toks.len() + 1 - matcher.longest.max(1)
            };
            let mut i = 0;
            while i < ready {
                let Some(tok) = toks.get(i) else { break };
                let hit = tok
                    .key
                    .and_then(|(stem, _)| matcher.entry_at(stem, text, &toks, i));
                let Some((place, entry)) = hit else {
                    i += 1;
                    continue;
                };
                let n = entry.words as usize;
                let (start, end) = (tok.start, toks.get(i + n - 1).map_or(tok.end, |t| t.end));
                self.add_evidence(
                    place,
                    entry,
                    text.get(start..end).unwrap_or_default(),
                    position_weight,
                );
                let mut unit = |byte| u32::try_from(cursor.advance_to(byte)).unwrap_or(u32::MAX);
                out.push(Hit {
                    start: unit(start),
                    end: unit(end),
                    theme: entry.theme as u32,
                });
                i += n;
            }
            let matched = i.min(toks.len());
            toks.copy_within(matched.., 0);
            toks.truncate(toks.len() - matched);
        }
        self.toks = toks;
        // Kept until the themes shown are known: no spare capacity.
        out.shrink_to_fit();
        out
    }

    /// The word `w` of a searched text with its key, found once per distinct word; `w` and
    /// its ids go to `each_word` first.
    fn text_word(&mut self, w: Word, each_word: &mut dyn FnMut(Word, WordIds)) -> TextWord {
        let (matcher, lang) = (self.matcher, self.lang);
        let written_folded = folded(w.text);
        let written = lang.word(&written_folded);
        each_word(w, written);
        // An acronym's plural or possessive matches as the acronym.
        let base = acronym_base(w.text)
            .filter(|b| b.len() < w.text.len())
            .map(|b| {
                let base_folded = folded(b);
                let ids = lang.word(&base_folded);
                (base_folded, ids)
            });
        let (matched, ids) = match &base {
            Some((base_folded, ids)) => (base_folded.as_ref(), *ids),
            None => (written_folded.as_ref(), written),
        };
        let word = ids.word as usize;
        if self.keys.len() <= word {
            self.keys.resize(word + 1, None);
        }
        let key = *self.keys[word].get_or_insert_with(|| {
            lang.with_match_stem(matched, ids, |stem| matcher.stems.find(stem))
                .map(|id| (id, lang.suffix_class(matched)))
        });
        TextWord {
            start: w.start,
            end: w.end(),
            key,
        }
    }

    /// Counts one occurrence of `entry`, the matcher's entry at `place`, written `matched`
    /// in the text.
    fn add_evidence(&mut self, place: usize, entry: &Entry, matched: &str, position_weight: f64) {
        let Some(seen) = self.seen.get_mut(place) else {
            return;
        };
        if *seen == 0 {
            self.evidence.push(TermEvidence {
                theme: entry.theme,
                term: fold(matched),
                count: 0,
                weight: entry.weight,
                positions: 0.0,
            });
            *seen = self.evidence.len() as u32;
        }
        if let Some(t) = self.evidence.get_mut(*seen as usize - 1) {
            if position_weight > 0.0 {
                t.count += 1;
            }
            t.positions += position_weight;
        }
    }

    /// The article's themes from the evidence found so far, heaviest first.
    ///
    /// A theme's weight is the sum over its terms of `term weight × position weight` of each
    /// occurrence; its score is its share of all themes' weight (rounded to four decimals).
    /// Only themes with real evidence are kept: weight at least [`MIN_EVIDENCE`] and at least
    /// [`MIN_SHARE_OF_TOP`] of the heaviest theme's.
    pub fn themes(&self) -> Vec<Theme> {
        self.matcher.summarize(&self.evidence)
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
    fn a_term_listed_again_belongs_to_its_last_theme_and_counts_with_its_variants() {
        let lang = Language::english();
        let def = |id: &str, terms: &[&str]| ThemeDef {
            id: id.into(),
            label: id.to_uppercase(),
            color: "#000".into(),
            terms: terms.iter().map(|t| t.to_string()).collect(),
        };
        let m = Matcher::new(
            vec![def("a", &["trade", "tariff"]), def("b", &["+trades"])],
            &lang,
        );
        let mut scan = Scan::new(&m, &lang);
        let found = scan.find("Trade grew; trades and a tariff.", 1.0);
        let themes: Vec<Option<Arc<str>>> = vec![Some(Arc::from("a")), Some(Arc::from("b"))];
        let ids: Vec<String> = m
            .spans(&found, &themes)
            .iter()
            .map(|s| s.theme.to_string())
            .collect();
        assert_eq!(ids, ["b", "b", "a"]);
        let summary = scan.themes();
        let terms = |id: &str| {
            let t = summary.iter().find(|t| t.id == id).unwrap();
            t.terms
                .iter()
                .map(|c| (c.term.as_str(), c.count))
                .collect::<Vec<_>>()
        };
        assert_eq!(terms("b"), [("trade", 2)]);
        assert_eq!(terms("a"), [("tariff", 1)]);
        // Strong (2.0) × 2 against ordinary (1.0) × 1.
        assert_eq!(summary[0].id, "b");
        assert_eq!(summary[0].score, 0.8);
    }

    /// A long block is read in batches of [`SCAN_BATCH`] words: a term of the most words a
    /// term may have (or of more, which `Matcher::new` takes: 2,000), and a short one after
    /// it, are found wherever they fall across a batch's end, and each word reaches the caller
    /// once, in order.
    #[test]
    fn terms_across_a_batch_end_are_found() {
        let lang = Language::english();
        for n in [MAX_TERM_WORDS, MAX_TERM_WORDS + 1, 2000] {
            let long: Vec<String> = (0..n).map(|k| format!("lw{k}")).collect();
            let def = ThemeDef {
                id: "t".into(),
                label: "T".into(),
                color: "#000".into(),
                terms: vec![long.join(" "), "short pair".into()],
            };
            let m = Matcher::new(vec![def], &lang);
            let batch = SCAN_BATCH.max(n);
            // Where the term's last word is around a batch's end, or its first word is.
            let last_at_end = (batch - n).saturating_sub(2)..batch - n + 2;
            for at in last_at_end.chain(batch - 2..batch + 2).chain([0, 1]) {
                let mut words = vec!["filler"; 2 * batch + n + 40];
                for (k, w) in long.iter().enumerate() {
                    words[at + k] = w;
                }
                words[at + n] = "short";
                words[at + n + 1] = "pair";
                let text = words.join(" ");
                let starts: Vec<usize> = words
                    .iter()
                    .scan(0, |next, w| {
                        let start = *next;
                        *next += w.len() + 1;
                        Some(start)
                    })
                    .collect();
                let byte = |word: usize| starts[word];
                let mut seen = Vec::new();
                let hits =
                    Scan::new(&m, &lang).find_reading(&text, 1.0, &mut |w, _| seen.push(w.start));
                let spans: Vec<(u32, u32)> = hits.iter().map(|h| (h.start, h.end)).collect();
                let long_end = byte(at + n) - 1;
                let pair_end = byte(at + n + 2) - 1;
                assert_eq!(
                    spans,
                    [
                        (byte(at) as u32, long_end as u32),
                        (byte(at + n) as u32, pair_end as u32)
                    ],
                    "a term of {n} words at word {at}"
                );
                assert_eq!(seen, starts);
            }
        }
    }

    /// A term as the naive matcher keeps it: its words' stems and suffix classes, its
    /// acronym and its theme.
    type NaiveTerm = (Vec<(String, &'static str)>, Option<String>, usize);

    /// The matcher against a naive one, on random custom themes whose terms repeat across
    /// themes, differ in weight and capitals, and share first words (up to 180 terms the same
    /// one, or one word folding alike in 33 spellings: groups searched by halving): at each
    /// word the longest term wins, then the first listed; a term listed again belongs to its
    /// last listing; each term's evidence counts its variants together, in order of first
    /// sight.
    #[test]
    fn matches_like_a_naive_matcher() {
        const VOCABULARY: &[&str] = &[
            "trade", "trades", "traded", "talks", "free", "UN", "un", "MPs", "MP", "share",
            "shares", "shared", "deal", "deals", "Café", "cafés",
        ];
        let lang = Language::english();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as usize % n
        };
        let key_of = |word: &str| {
            let folded = folded(matched_form(word));
            (lang.match_stem(&folded), lang.suffix_class(&folded))
        };
        let kelvins: Vec<String> = (0..32)
            .map(|i: u32| {
                (0..5)
                    .map(|b| if i >> b & 1 == 1 { '\u{212a}' } else { 'K' })
                    .collect()
            })
            .chain(["kkkkk".to_string()])
            .collect();
        let (mut checked, mut searched) = (0, 0);
        for case in 0..3_000 {
            // One case in four lists many terms that share their first word: a group the
            // matcher searches by halving instead of walking it.
            // Another, many one-word terms that fold alike but differ in capitals (the Kelvin
            // sign folds to "k"): one key, many acronyms.
            let (most_terms, first, most_words) = match case % 4 {
                0 => (60, Some("trade"), 3),
                1 => (60, None, 1),
                _ => (5, None, 3),
            };
            let vocabulary: Vec<&str> = match case % 4 {
                1 => kelvins.iter().map(String::as_str).collect(),
                _ => VOCABULARY.to_vec(),
            };
            let defs: Vec<ThemeDef> = (0..1 + next(3))
                .map(|t| ThemeDef {
                    id: format!("t{t}"),
                    label: format!("T{t}"),
                    color: "#000".into(),
                    terms: (0..1 + next(most_terms))
                        .map(|_| {
                            let mut words: Vec<&str> = (0..1 + next(most_words))
                                .map(|_| vocabulary[next(vocabulary.len())])
                                .collect();
                            if let Some(first) = first {
                                words[0] = first;
                            }
                            format!("{}{}", ["", "+", "~"][next(3)], words.join(" "))
                        })
                        .collect(),
                })
                .collect();
            let text: String = (0..next(30))
                .map(|_| vocabulary[next(vocabulary.len())])
                .collect::<Vec<_>>()
                .join([" ", ", ", " ", "; "][next(4)]);
            // The naive matcher: every distinct term (keys and acronym) with its last theme.
            let mut terms: Vec<NaiveTerm> = Vec::new();
            for (theme, def) in defs.iter().enumerate() {
                for raw in &def.terms {
                    let text = term_weight(raw).1;
                    let keys: Vec<_> = words(text).map(|w| key_of(w.text)).collect();
                    let acronym = acronym(text);
                    match terms.iter_mut().find(|t| t.0 == keys && t.1 == acronym) {
                        Some(t) => t.2 = theme,
                        None => terms.push((keys, acronym, theme)),
                    }
                }
            }
            let toks: Vec<Word> = words(&text).collect();
            let keys: Vec<_> = toks.iter().map(|w| key_of(w.text)).collect();
            let mut expected = Vec::new();
            let mut first_sight: Vec<(usize, String, usize)> = Vec::new();
            let mut i = 0;
            while i < toks.len() {
                let fits = |t: &&NaiveTerm| {
                    keys.get(i..i + t.0.len()) == Some(&t.0[..])
                        && t.1
                            .as_deref()
                            .map_or(true, |a| acronym_base(toks[i].text) == Some(a))
                };
                let longest = terms.iter().filter(fits).map(|t| t.0.len()).max();
                let Some(term) =
                    longest.and_then(|n| terms.iter().position(|t| t.0.len() == n && fits(&t)))
                else {
                    i += 1;
                    continue;
                };
                let n = terms[term].0.len();
                let (start, end) = (toks[i].start, toks[i + n - 1].end());
                expected.push((start, end, terms[term].2));
                match first_sight.iter_mut().find(|f| f.0 == term) {
                    Some(f) => f.2 += 1,
                    None => first_sight.push((term, fold(&text[start..end]), 1)),
                }
                i += n;
            }
            let m = Matcher::new(defs, &lang);
            let large = |w: &[u32]| (w[1] - w[0]) as usize > LINEAR_GROUP;
            searched += usize::from(m.group_starts.windows(2).any(large));
            let mut scan = Scan::new(&m, &lang);
            // The text is ASCII but for "é": UTF-16 offsets are byte offsets less one per "é".
            let utf16 = |byte: usize| text[..byte].encode_utf16().count() as u32;
            let got: Vec<(u32, u32, u32)> = scan
                .find(&text, 1.0)
                .iter()
                .map(|h| (h.start, h.end, h.theme))
                .collect();
            let want: Vec<(u32, u32, u32)> = expected
                .iter()
                .map(|&(s, e, t)| (utf16(s), utf16(e), t as u32))
                .collect();
            assert_eq!(got, want, "{text:?}");
            let evidence: Vec<(usize, &str, usize)> = scan
                .evidence
                .iter()
                .map(|e| (e.theme, e.term.as_str(), e.count))
                .collect();
            let want: Vec<(usize, &str, usize)> = first_sight
                .iter()
                .map(|(t, term, count)| (terms[*t].2, term.as_str(), *count))
                .collect();
            assert_eq!(evidence, want, "{text:?}");
            checked += got.len();
        }
        assert!(checked > 5_000, "{checked}");
        assert!(searched > 500, "{searched}");
    }

    #[test]
    fn longest_term_wins() {
        let lang = Language::english();
        let m = Matcher::new(
            vec![
                ThemeDef {
                    id: "a".into(),
                    label: "A".into(),
                    color: "#000".into(),
                    terms: vec!["trade".into()],
                },
                ThemeDef {
                    id: "b".into(),
                    label: "B".into(),
                    color: "#000".into(),
                    terms: vec!["free trade agreement".into()],
                },
            ],
            &lang,
        );
        let found = Scan::new(&m, &lang).find("A free trade agreement on trades.", 1.0);
        let (a, b) = (Some(Arc::from("a")), Some(Arc::from("b")));
        let spans = m.spans(&found, &[a, b.clone()]);
        let ids: Vec<&str> = spans.iter().map(|s| &*s.theme).collect();
        assert_eq!(ids, ["b", "a"]);
        assert_eq!((spans[0].start, spans[0].end), (2, 22));
        let only_b = m.spans(&found, &[None, b]);
        assert!(!only_b.is_empty() && only_b.iter().all(|s| &*s.theme == "b"));
    }
}
