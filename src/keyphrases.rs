//! Unsupervised single-document keyphrase extraction (position-biased graph ranking).
//!
//! The method follows PositionRank (Florescu & Caragea, ACL 2017) without a part-of-speech
//! tagger:
//!
//! 1. **Tokens.** Words by Unicode word boundaries (hyphenated compounds such as
//!    "high-speed" kept whole). A word is a *content word* when it is not a stopword, not a
//!    number, not a function-like filler (common verbs, adverbs in "-ly", lower-case past
//!    forms in "-ed"; see [`Language::is_filler`]) and not a verb by its context ("to use",
//!    "they kiss", "Pakistan expands its", "Beijing respects Pakistan"; see
//!    [`Language::precedes_verb`], [`Language::is_verb_before`]) — a cheap stand-in for the
//!    noun/adjective filter of the original. Possessives ("Johnson's") end a phrase; in a
//!    Title Case headline capitals carry no information.
//! 2. **Graph.** Content-word stems are nodes; two stems are linked once per co-occurrence
//!    within a window of [`WINDOW`] words. Every word adds at most `WINDOW - 1` edges, so the
//!    graph is linear in the text size.
//! 3. **Ranking.** PageRank biased towards early words: each stem's restart weight is the
//!    sum of `1 / position` over its occurrences. A fixed number of iterations keeps the cost
//!    linear.
//! 4. **Candidates.** Runs of consecutive content words inside one phrase (no punctuation in
//!    between) of at most [`MAX_WORDS`] words, or the last [`MAX_WORDS`] words of a longer
//!    run. A candidate's score is the sum of its words' ranks, weighted by how often it
//!    recurs as a unit, a length prior and the position of its first occurrence.
//! 5. **Grouping.** Candidates are grouped by their Snowball stems; each group is reported
//!    once, in the surface form it has most often in the text (mid-sentence forms preferred,
//!    so a sentence-initial capital does not leak into common words).

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use crate::lang::Language;
use crate::model::Keyphrase;
use crate::text::{fold, folded, words};

/// How many keyphrases to report at most.
pub const MAX_KEYPHRASES: usize = 20;

/// Co-occurrence window of the word graph, in words.
pub const WINDOW: usize = 20;

/// Longest candidate, in words.
pub const MAX_WORDS: usize = 3;

/// PageRank damping factor.
const DAMPING: f64 = 0.85;

/// PageRank iterations (fixed, so the cost stays linear in the number of edges).
const ITERATIONS: usize = 30;

/// One word of the text, in 16 bytes (an article has one per word).
struct Tok {
    /// Byte offset of the word as written in the texts laid end to end (see [`Texts`]).
    start: u32,
    /// Its length in bytes.
    len: u32,
    /// Index of its stem in the stem table.
    stem: u32,
    /// [`CONTENT`], [`SENTENCE_START`], [`AFTER_BREAK`], [`UPPER`], [`LOWER`].
    flags: u8,
}

/// Flag of a word that may be part of a keyphrase.
const CONTENT: u8 = 1;
/// Flag of a word that opens a sentence (its capital says nothing then).
const SENTENCE_START: u8 = 2;
/// Flag of a word after a phrase break (punctuation).
const AFTER_BREAK: u8 = 4;
/// Flag of a word written with an upper-case first letter.
const UPPER: u8 = 8;
/// Flag of a word written with a lower-case first letter.
const LOWER: u8 = 16;

impl Tok {
    /// Whether the word has every flag of `flags`.
    fn is(&self, flags: u8) -> bool {
        self.flags & flags == flags
    }
}

/// The texts of an article laid end to end: where the words of [`Tok`] are written.
struct Texts<'a> {
    texts: &'a [&'a str],
    /// Offset of each text.
    starts: Vec<usize>,
}

impl<'a> Texts<'a> {
    /// The word `t` as written.
    fn surface(&self, t: &Tok) -> &'a str {
        let start = t.start as usize;
        let i = self
            .starts
            .partition_point(|&s| s <= start)
            .saturating_sub(1);
        let local = start - self.starts.get(i).copied().unwrap_or(0);
        self.texts
            .get(i)
            .and_then(|text| text.get(local..local + t.len as usize))
            .unwrap_or("")
    }
}

/// Splits a text into words, joining hyphenated compounds; marks sentence starts and breaks
/// (from the punctuation between words).
fn tokenize(text: &str, base: usize, stems: &mut StemTable, lang: &Language, out: &mut Vec<Tok>) {
    // In a Title Case Headline capitals say nothing: treat every word like a sentence start.
    // The scan stops at the first long word in lower case (the first few words of a paragraph).
    let mut long_words = 0;
    for w in words(text) {
        if w.text.chars().count() > 3 && w.text.chars().all(char::is_alphabetic) {
            if !w.text.starts_with(char::is_uppercase) {
                long_words = 0;
                break;
            }
            long_words += 1;
        }
    }
    let title_case = long_words >= 3;
    let mut sentence_start = true;
    let mut after_break = true;
    let mut prev_folded = std::borrow::Cow::Borrowed("");
    let mut prev_end = 0;
    let mut iter = words(text).peekable();
    while let Some(word) = iter.next() {
        let gap = text.get(prev_end..word.start).unwrap_or("");
        if gap.chars().any(|c| !c.is_whitespace()) {
            after_break = true;
            if gap.contains(['.', '!', '?', ':', ';']) {
                sentence_start = true;
            }
        }
        let start = word.start;
        let mut end = word.end();
        while let Some(next) = iter.next_if(|n| text.get(end..n.start) == Some("-")) {
            end = next.end();
        }
        prev_end = end;
        let piece = word.text;
        let mut surface = text.get(start..end).unwrap_or(piece);
        // A possessive ends the phrase: "Johnson's race" gives "Johnson" and "race".
        let possessive = ["'s", "\u{2019}s"]
            .iter()
            .find_map(|p| surface.strip_suffix(p));
        if let Some(stripped) = possessive {
            surface = stripped;
        }
        let folded = folded(surface);
        let (stem, mut content) = stems.lookup(surface, &folded, sentence_start, lang);
        if !after_break {
            let n = out.len();
            // A name right before the previous word: "China aims to", "Beijing respects Pakistan".
            let after_name = n >= 2
                && out
                    .get(n - 2)
                    .is_some_and(|t| !t.is(SENTENCE_START) && t.is(UPPER))
                && out.get(n - 1).is_some_and(|t| !t.is(AFTER_BREAK));
            let named = !sentence_start && surface.starts_with(char::is_uppercase);
            if let Some(prev) = out.last_mut() {
                if content && surface.starts_with(char::is_lowercase) {
                    content = !lang.precedes_verb(&prev_folded, &folded);
                }
                // "Pakistan expands its …": a word in "-s" before an article is a verb; after a
                // name, also before "to" or another name.
                let verb = lang.is_verb_before(&prev_folded, &folded)
                    || (after_name
                        && (named || folded == "to")
                        && lang.is_third_person(&prev_folded));
                if prev.is(CONTENT | LOWER) && verb {
                    prev.flags &= !CONTENT;
                }
            }
        }
        out.push(Tok {
            // Texts over 4 GiB would lose surface forms, not panic.
            start: (base + start) as u32,
            len: surface.len() as u32,
            stem,
            flags: (u8::from(content) * CONTENT)
                | (u8::from(sentence_start) * SENTENCE_START)
                | (u8::from(after_break) * AFTER_BREAK)
                | (u8::from(surface.starts_with(char::is_uppercase)) * UPPER)
                | (u8::from(surface.starts_with(char::is_lowercase)) * LOWER),
        });
        prev_folded = folded;
        sentence_start = title_case;
        after_break = possessive.is_some();
    }
}

/// Interns stems; remembers per distinct surface word its stem, whether it is content and
/// whether it is a filler (so the word lists are searched once per distinct word).
struct StemTable {
    ids: HashMap<String, u32>,
    /// Folded word → stem id × 4 + 1 when content + 2 when a filler (one map type with `ids`).
    words: HashMap<String, u32>,
}

impl StemTable {
    /// The stem id of `surface` (lower-cased: `folded`) and whether it is a content word.
    fn lookup(
        &mut self,
        surface: &str,
        folded: &str,
        sentence_start: bool,
        lang: &Language,
    ) -> (u32, bool) {
        let capitalised = !sentence_start && surface.chars().next().is_some_and(char::is_uppercase);
        let word = match self.words.get(folded) {
            Some(&v) => v,
            None => {
                let stem = folded
                    .split('-')
                    .map(|p| lang.stem(p))
                    .collect::<Vec<_>>()
                    .join("-");
                let next = self.ids.len() as u32;
                let id = *self.ids.entry(stem).or_insert(next);
                let content = !lang.is_stopword(folded)
                    && folded.chars().count() > 1
                    && folded.chars().any(char::is_alphabetic)
                    && !folded.starts_with(|c: char| c.is_numeric());
                let filler = content && lang.is_filler(folded);
                let word = id << 2 | u32::from(content) | u32::from(filler) << 1;
                self.words.insert(folded.to_string(), word);
                word
            }
        };
        let (content, filler) = (word & 1 != 0, word & 2 != 0);
        // Fillers (verbs, adverbs) are only kept when written as a name mid-sentence.
        (word >> 2, content && (capitalised || !filler))
    }
}

/// Extracts keyphrases from the article's texts (title first, then body blocks), best first.
///
/// ```
/// let en = article_lens::lang::Language::english();
/// let k = article_lens::keyphrases::extract(&["Trade talks", "The trade talks stalled. Trade talks resume."], &en);
/// assert_eq!(k[0].text, "trade talks");
/// ```
pub fn extract(texts: &[&str], lang: &Language) -> Vec<Keyphrase> {
    let mut table = StemTable {
        ids: HashMap::new(),
        words: HashMap::new(),
    };
    let mut toks: Vec<Tok> = Vec::new();
    let mut starts = Vec::with_capacity(texts.len());
    let mut base = 0;
    for text in texts {
        let before = toks.len();
        starts.push(base);
        tokenize(text, base, &mut table, lang, &mut toks);
        base += text.len();
        if let Some(t) = toks.get_mut(before) {
            t.flags |= AFTER_BREAK;
        }
    }
    let n = table.ids.len();
    drop(table);
    let ranks = rank_words(&toks, n);
    score_candidates(&toks, &Texts { texts, starts }, &ranks)
}

/// A multiply-fold hasher for the integer keys of this module (stem ids), far cheaper than
/// SipHash; its key comes from [`std::collections::hash_map::RandomState`], so crafted input
/// cannot aim at collisions.
struct Fold(u64);

impl Hasher for Fold {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        let m = u128::from(self.0 ^ n) * 0x9e37_79b9_7f4a_7c15;
        self.0 = (m as u64) ^ ((m >> 64) as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`Fold`] hashers with one random key.
#[derive(Clone)]
struct Seeded(u64);

impl BuildHasher for Seeded {
    type Hasher = Fold;

    fn build_hasher(&self) -> Fold {
        Fold(self.0)
    }
}

/// Numbers sequences of up to [`MAX_WORDS`] stem ids (padded with `u32::MAX`, which no stem
/// has) in the order they first occur: the place of a link or a candidate in its list, so
/// nothing depends on the order of a hash map.
struct Places(HashMap<Stems, u32, Seeded>);

/// A key of [`Places`], hashed as two integers rather than as bytes.
#[derive(PartialEq, Eq)]
struct Stems([u32; MAX_WORDS]);

impl std::hash::Hash for Stems {
    fn hash<H: Hasher>(&self, h: &mut H) {
        let [a, b, c] = self.0;
        h.write_u64(u64::from(a) << 32 | u64::from(b));
        h.write_u32(c);
    }
}

impl Places {
    fn new() -> Self {
        let key = std::collections::hash_map::RandomState::new().hash_one(0u32);
        Places(HashMap::with_hasher(Seeded(key)))
    }

    /// The place of `key`; `next` (the length of the list) when it is new.
    fn of(&mut self, key: [u32; MAX_WORDS], next: usize) -> usize {
        *self.0.entry(Stems(key)).or_insert(next as u32) as usize
    }
}

/// Position-biased PageRank over the co-occurrence graph of content-word stems.
///
/// The links are a list of `(stem, stem, count)` in the order they first occur, so the sums
/// of every iteration run in one fixed order.
fn rank_words(toks: &[Tok], n: usize) -> Vec<f64> {
    let mut bias = vec![0.0f64; n];
    let mut places = Places::new();
    let mut edges: Vec<(u32, u32, u32)> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !t.is(CONTENT) {
            continue;
        }
        if let Some(b) = bias.get_mut(t.stem as usize) {
            *b += 1.0 / (i as f64 + 1.0);
        }
        for u in toks.iter().skip(i + 1).take(WINDOW - 1) {
            if u.is(CONTENT) && u.stem != t.stem {
                let key = if t.stem < u.stem {
                    (t.stem, u.stem)
                } else {
                    (u.stem, t.stem)
                };
                let place = places.of([key.0, key.1, u32::MAX], edges.len());
                match edges.get_mut(place) {
                    Some(edge) => edge.2 += 1,
                    None => edges.push((key.0, key.1, 1)),
                }
            }
        }
    }
    drop(places);
    let total: f64 = bias.iter().sum();
    if total <= 0.0 {
        return bias;
    }
    bias.iter_mut().for_each(|b| *b /= total);
    let mut strength = vec![0.0f64; n];
    for &(a, b, w) in &edges {
        strength[a as usize] += f64::from(w);
        strength[b as usize] += f64::from(w);
    }
    let mut rank = bias.clone();
    // What one link passes on from each word per unit of weight.
    let mut share = vec![0.0f64; n];
    for _ in 0..ITERATIONS {
        for ((share, r), s) in share.iter_mut().zip(&rank).zip(&strength) {
            *share = if *s == 0.0 { 0.0 } else { DAMPING * r / s };
        }
        let mut next: Vec<f64> = bias
            .iter()
            .zip(&strength)
            // Isolated words have no neighbour to pass their rank to: they keep their bias.
            .map(|(b, s)| if *s == 0.0 { *b } else { (1.0 - DAMPING) * b })
            .collect();
        for &(a, b, w) in &edges {
            let (a, b, w) = (a as usize, b as usize, f64::from(w));
            next[b] += w * share[a];
            next[a] += w * share[b];
        }
        rank = next;
    }
    rank
}

/// The occurrences of one candidate stem sequence.
struct Group {
    /// The stem ids, padded with `u32::MAX`.
    stems: [u32; MAX_WORDS],
    /// Occurrences as a candidate.
    count: usize,
    /// Word index of the first occurrence.
    first: usize,
    /// Its surface form to report (index into the forms), once the forms are counted.
    form: Option<usize>,
}

/// One surface form of a candidate ("Trade talks", "trade talks").
struct Form {
    /// Index of its group: a surface form has one sequence of stems.
    group: usize,
    /// Occurrences.
    count: usize,
    /// Whether it was first seen mid-sentence.
    mid: bool,
}

/// Which sub-phrases of a run of `len` content words are candidates: the whole run when it
/// has at most [`MAX_WORDS`] words (like a noun-phrase chunk), else its last [`MAX_WORDS`]
/// words (English noun phrases end in their head).
fn is_candidate(len: usize, start: usize, n: usize) -> bool {
    if len <= MAX_WORDS {
        n == len
    } else {
        n == MAX_WORDS && start + n == len
    }
}

/// Collects candidates (runs of content words), groups them by stems and scores them.
///
/// A candidate's score is the sum of its words' ranks, times
/// - `count^0.25` (two square roots: no `powf` code in the wasm): a phrase that recurs as a
///   unit is a better phrase than a chance run;
/// - a length prior (1 word 0.55, 2 words 1, 3 words 0.65): summing ranks favours long
///   phrases, while annotators mostly pick two-word noun phrases;
/// - `1 + 1 / (1 + first / 100)`: phrases of the lead are what the article is about.
fn score_candidates(toks: &[Tok], texts: &Texts, ranks: &[f64]) -> Vec<Keyphrase> {
    let mut places = Places::new();
    let mut groups: Vec<Group> = Vec::new();
    // Surface form → index into `forms`.
    let mut form_ids: HashMap<String, u32> = HashMap::new();
    let mut forms: Vec<Form> = Vec::new();
    let mut surface = String::new();
    let mut run_start = 0;
    for end in 0..=toks.len() {
        if toks
            .get(end)
            .is_some_and(|t| t.is(CONTENT) && !(t.is(AFTER_BREAK) && end > run_start))
        {
            continue;
        }
        let run = toks.get(run_start..end).unwrap_or(&[]);
        for start in 0..run.len() {
            for n in 1..=MAX_WORDS.min(run.len() - start) {
                if !is_candidate(run.len(), start, n) {
                    continue;
                }
                let words = &run[start..start + n];
                let mut key = [u32::MAX; MAX_WORDS];
                key.iter_mut().zip(words).for_each(|(k, t)| *k = t.stem);
                surface.clear();
                for (i, t) in words.iter().enumerate() {
                    if i > 0 {
                        surface.push(' ');
                    }
                    surface.push_str(texts.surface(t));
                }
                let mid = !words.first().is_some_and(|t| t.is(SENTENCE_START));
                let place = places.of(key, groups.len());
                if place == groups.len() {
                    groups.push(Group {
                        stems: key,
                        count: 0,
                        first: run_start + start,
                        form: None,
                    });
                }
                if let Some(g) = groups.get_mut(place) {
                    g.count += 1;
                }
                match form_ids.get(surface.as_str()) {
                    Some(&f) => {
                        if let Some(f) = forms.get_mut(f as usize) {
                            f.count += 1;
                        }
                    }
                    None => {
                        form_ids.insert(surface.clone(), forms.len() as u32);
                        forms.push(Form {
                            group: place,
                            count: 1,
                            mid,
                        });
                    }
                }
            }
        }
        run_start = match toks.get(end) {
            Some(t) if t.is(CONTENT) => end,
            _ => end + 1,
        };
    }
    let mut names = vec![String::new(); forms.len()];
    for (name, i) in form_ids {
        if let Some(slot) = names.get_mut(i as usize) {
            *slot = name;
        }
    }
    // Mid-sentence forms first (they show the word's true case), then the most frequent, then
    // the first in byte order.
    for (i, f) in forms.iter().enumerate() {
        let Some(g) = groups.get_mut(f.group) else {
            continue;
        };
        let better = g
            .form
            .and_then(|j| Some((j, forms.get(j)?)))
            .map_or(true, |(j, b)| {
                (f.mid, f.count)
                    .cmp(&(b.mid, b.count))
                    .then_with(|| names[j].cmp(&names[i]))
                    .is_gt()
            });
        if better {
            g.form = Some(i);
        }
    }
    let mut scored: Vec<(f64, String)> = groups
        .into_iter()
        .map(|g| {
            let words = g.stems;
            let sum: f64 = words
                .iter()
                .map(|&w| ranks.get(w as usize).copied().unwrap_or(0.0))
                .sum();
            let length_prior = match words.iter().filter(|&&w| w != u32::MAX).count() {
                1 => 0.55,
                2 => 1.0,
                _ => 0.65,
            };
            let lead = 1.0 + 1.0 / (1.0 + g.first as f64 / 100.0);
            let score = sum * (g.count as f64).sqrt().sqrt() * length_prior * lead;
            let form = g.form.and_then(|f| names.get_mut(f)).map(std::mem::take);
            (score, form.unwrap_or_default())
        })
        .collect();
    crate::order::sort_by(&mut scored, |a, b| {
        b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1))
    });
    let max = scored.first().map_or(1.0, |s| s.0).max(f64::MIN_POSITIVE);
    scored
        .into_iter()
        .take(MAX_KEYPHRASES)
        .map(|(score, text)| Keyphrase {
            text,
            score: crate::themes::round4(score / max),
        })
        .collect()
}

/// The keyphrases marked in the text (the best ones; more would be noise).
pub const MARKED_KEYPHRASES: usize = 8;

/// Finds where the first [`MARKED_KEYPHRASES`] keyphrases occur in `text` (whole words,
/// case-insensitive, the longest phrase first): sorted, non-overlapping spans in UTF-16
/// offsets whose `theme` is `"keyphrase"`.
///
/// ```
/// use article_lens::model::Keyphrase;
/// let k = [Keyphrase { text: "trade talks".into(), score: 1.0 }];
/// let spans = article_lens::keyphrases::occurrences("Trade talks resumed; trade talks stalled.", &k);
/// assert_eq!(spans.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>(), [(0, 11), (21, 32)]);
/// ```
pub fn occurrences(text: &str, keyphrases: &[Keyphrase]) -> Vec<crate::model::Span> {
    let mut phrases: Vec<Vec<String>> = keyphrases
        .iter()
        .take(MARKED_KEYPHRASES)
        .map(|k| words(&k.text).map(|w| fold(w.text)).collect())
        .collect();
    phrases.retain(|p: &Vec<String>| !p.is_empty());
    crate::order::sort_by(&mut phrases, |a, b| b.len().cmp(&a.len()));
    if phrases.is_empty() {
        return Vec::new();
    }
    let tokens: Vec<(usize, usize, std::borrow::Cow<str>)> = words(text)
        .map(|w| (w.start, w.end(), folded(w.text)))
        .collect();
    let mut cursor = crate::text::Utf16Cursor::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let hit = phrases.iter().find(|p| {
            i + p.len() <= tokens.len() && p.iter().zip(&tokens[i..]).all(|(w, t)| *w == t.2)
        });
        match hit {
            Some(p) => {
                let (start, end) = (tokens[i].0, tokens[i + p.len() - 1].1);
                out.push(crate::model::Span {
                    start: cursor.advance_to(start),
                    end: cursor.advance_to(end),
                    theme: "keyphrase".into(),
                });
                i += p.len();
            }
            None => i += 1,
        }
    }
    out
}
