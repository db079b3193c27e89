//! Key points: generated extractively when the article has none, and linked to the blocks
//! that support them.
//!
//! # Generated key points
//!
//! When the article has no key-points section, whole sentences of the body are picked (nothing
//! is rewritten, so a generated key point never says what the article does not). Each sentence
//! gets a score from four signals:
//!
//! * **Position** — `1 / (1 + 0.3·i)` for the `i`-th sentence. News is written as an inverted
//!   pyramid: the lead states what happened, later paragraphs add detail, quotes and background.
//!   On CNN/DailyMail this is the strongest single signal (LEAD-3 is the baseline that most
//!   unsupervised systems fail to beat), so it dominates the score.
//! * **Directed centrality** (after PacSum, Zheng & Lapata 2019) — a sentence scores for how
//!   much the sentences *after* it repeat its content, i.e. for previewing what the article goes
//!   on to develop; similarity to earlier sentences does not count, since a sentence that only
//!   repeats what came before adds nothing. Similarity is the tf-idf cosine of content stems;
//!   edges below 30 % of the way from the weakest to the strongest similarity are dropped, as
//!   PacSum does, so that sharing a name with every sentence is not centrality. The graph is
//!   built on the first [`WINDOW`] sentences only (the part where key points almost always
//!   come from in news), so its quadratic cost is a constant and a 10 MB paste stays linear.
//!   Weight 0.2: it breaks near-ties between nearby sentences rather than overriding position.
//!   Only the first [`CANDIDATES`] sentences are candidates at all.
//! * **Keyphrase coverage** — the share of the article's top keyphrases a sentence contains
//!   (weight 0.2): it favours sentences about the article's subject over asides.
//! * **Length and form** — a sentence under 10 or over 45 words loses a whole point: fragments
//!   ("It's a fantastic opportunity.") say too little to stand alone and run-on sentences
//!   (often a caption glued to a paragraph) bury the point; one that opens with a quotation
//!   mark loses half a point, because a quote is someone's reaction rather than the news.
//!   Such sentences are still used when better ones run out.
//!
//! Redundancy is controlled MMR-style, greedily: candidates are taken best first and one is
//! skipped when more than two thirds of its content stems (or of the chosen sentence's, when
//! that is shorter) are already in a chosen sentence. A softer MMR penalty was tried and lost
//! ROUGE: news sentences legitimately share their names and places.
//!
//! **Order.** Generated key points are shown in article order, not by importance. They are
//! whole sentences lifted from the text, so they read best in the order the author built
//! them: a later sentence may lean on an earlier one ("The move…", "He said…"), and events stay
//! in time order. Importance is already mostly article order here (position dominates the
//! score), and following the article keeps each point's highlighted evidence in the page
//! moving downwards as the reader goes through the list.
//!
//! On keypoints-dev (125 CNN/DailyMail articles, the first three key points against the human
//! highlights) this gives ROUGE-1/2/Lsum 42.0/19.2/38.1 against 41.2/18.6/37.5 for the first
//! three paragraphs (LEAD-3). Most of the gain comes from the length and quote rules; position
//! alone with them scores about 41.8, centrality and keyphrases add the rest. The weights sit
//! on a plateau: moving any of them by half keeps ROUGE-1 within ±0.3.
//!
//! # Evidence
//!
//! Every key point, found or generated, is linked to the blocks that state it (see
//! [`EvidenceIndex::evidence`]): blocks are found through an inverted index of content stems,
//! so linking costs the postings of the key point's stems, not a comparison with every block,
//! and only the best few candidates are re-read to check for whole phrases and for a single
//! sentence that states the point. On the 469 human key points of keypoints-dev, the first
//! evidence block is the paragraph that shares most of the key point's word pairs (highest
//! ROUGE-2 recall) 77 % of the time, and that paragraph is among the evidence 91 % of the time,
//! with two blocks of evidence on average; without the phrase bonus the first figure is 75 %.

use std::ops::RangeInclusive;

use crate::hashing::Table;

use crate::lang::{Language, WordIds};
use crate::model::{Block, BlockKind, KeyPoint};
use crate::text::{folded, words, Word};

/// How many sentences from the start take part in the centrality graph.
pub const WINDOW: usize = 40;

/// Only the first this many sentences are candidates: the position score leaves later ones
/// no chance anyway, and the bound keeps the cost of scoring fixed however long the paste.
pub const CANDIDATES: usize = 500;

/// How fast the position score falls with the sentence index.
const POSITION_DECAY: f64 = 0.3;

/// Weight of the (max-normalised) directed centrality.
const CENTRALITY_WEIGHT: f64 = 0.2;

/// Where similarity edges start to count, between the weakest (0) and strongest (1) pair.
const EDGE_THRESHOLD: f64 = 0.3;

/// Weight of the keyphrase coverage (share of the keyphrases a sentence contains).
const KEYPHRASE_WEIGHT: f64 = 0.2;

/// Sentence lengths in words that make good key points.
const GOOD_LENGTH: RangeInclusive<usize> = 10..=45;

/// What a sentence outside [`GOOD_LENGTH`] loses.
const LENGTH_PENALTY: f64 = 1.0;

/// What a sentence opening with a quotation mark loses.
const QUOTE_PENALTY: f64 = 0.5;

/// How many blocks of evidence a key point lists at most: a summarising key point often
/// gathers what several paragraphs say ("cooperation on security, development and stability").
const MAX_EVIDENCE: usize = 4;

/// How many blocks, best by stem overlap, are re-scored from their text.
const EVIDENCE_CANDIDATES: usize = 10;

/// How many of an article's own key points get evidence: each search for evidence reads the
/// blocks that share a word with the point, so a list of thousands of points on thousands of
/// blocks would take quadratic time. As many as can be generated.
pub const EVIDENCED_KEY_POINTS: usize = 20;

/// How many bytes of a candidate block are re-read: far more than any paragraph, but a paste
/// without paragraph breaks is one huge block, and re-reading it for every key point would
/// make linking quadratic.
const EVIDENCE_READ: usize = 20_000;

/// What each two-word phrase of a key point found in a block adds to the block's score.
const PHRASE_BONUS: f64 = 0.25;

/// A block is evidence when its score reaches this share of the best block's.
const EVIDENCE_RELATIVE: f64 = 0.6;

/// The score a block of evidence needs at least (a quarter of the key point's weight).
const EVIDENCE_ABSOLUTE: f64 = 0.25;

/// How many key points to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Length {
    /// 3, 5 or 7 depending on the article's length.
    #[default]
    Auto,
    /// 3 key points.
    Short,
    /// 5 key points.
    Medium,
    /// 7 key points.
    Long,
    /// Exactly this many (at most the number of sentences).
    Count(usize),
}

impl Length {
    /// Parses "auto", "short", "medium", "long" or a number from 1 to 20.
    ///
    /// ```
    /// use article_lens::keypoints::Length;
    /// assert_eq!(Length::parse("medium"), Some(Length::Medium));
    /// assert_eq!(Length::parse("4"), Some(Length::Count(4)));
    /// assert_eq!(Length::parse("0"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Length> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" | "" => Some(Length::Auto),
            "short" => Some(Length::Short),
            "medium" => Some(Length::Medium),
            "long" => Some(Length::Long),
            n => n
                .parse()
                .ok()
                .filter(|n| (1..=20).contains(n))
                .map(Length::Count),
        }
    }

    /// The number of key points for an article of `words` words: [`Length::Auto`] gives 3
    /// under 600 words, 5 under 1500 and 7 beyond.
    ///
    /// ```
    /// use article_lens::keypoints::Length;
    /// assert_eq!(Length::Auto.count(900), 5);
    /// assert_eq!(Length::Count(4).count(900), 4);
    /// ```
    pub fn count(self, words: usize) -> usize {
        match self {
            Length::Auto if words < 600 => 3,
            Length::Auto if words < 1500 => 5,
            Length::Auto => 7,
            Length::Short => 3,
            Length::Medium => 5,
            Length::Long => 7,
            Length::Count(n) => n,
        }
    }
}

/// The content-word stems of one article, by their ids in the language's vocabulary (see
/// [`Language::word`]): each distinct word is looked up and stemmed once.
struct Stems<'l> {
    lang: &'l Language,
}

/// A set of stem ids, in the byte order of the stems (so sums over it run in an order that
/// does not depend on which word came first).
type StemSet = Vec<u32>;

impl<'l> Stems<'l> {
    /// The stems of `lang`'s vocabulary.
    fn new(lang: &'l Language) -> Self {
        Stems { lang }
    }

    /// The stem id of a word, `None` for a stopword.
    fn of(&self, word: &str) -> Option<u32> {
        let ids = self.lang.word(&folded(word));
        (!ids.stopword).then_some(ids.stem)
    }

    /// The stems of the content words (stopwords left out) of a text.
    fn set(&self, text: &str) -> StemSet {
        self.counted_set(text).0
    }

    /// [`Stems::set`] and the number of words of the text.
    fn counted_set(&self, text: &str) -> (StemSet, usize) {
        let mut count = 0;
        let set = words(text)
            .filter_map(|w| {
                count += 1;
                self.of(w.text)
            })
            .collect();
        (self.in_stem_order(set), count)
    }

    /// Stem ids sorted by their stems' text, each once: a [`StemSet`].
    fn in_stem_order(&self, mut set: Vec<u32>) -> StemSet {
        self.lang.sort_by_stem(&mut set);
        set.dedup();
        set
    }

    /// Calls `each` with each content word of `text`, in order.
    fn content_words(&self, text: &str, mut each: impl FnMut(ContentWord)) {
        let mut prev_end = None;
        for w in words(text) {
            let Some(stem) = self.of(w.text) else {
                continue;
            };
            each(ContentWord {
                start: offset(w.start),
                end: offset(w.end()),
                stem,
                joined: prev_end.is_some_and(|end| joins(text, end, w.start)),
            });
            prev_end = Some(w.end());
        }
    }

    /// The two-word phrases of a text (see [`ContentWord::joined`]), sorted, each once.
    fn phrases(&self, text: &str) -> Vec<Phrase> {
        let mut out = Vec::new();
        let mut prev = None;
        self.content_words(text, |w| {
            out.extend(w.phrase_after(prev));
            prev = Some(w.stem);
        });
        sorted_set(out)
    }
}

/// A content word of a text (not a stopword).
#[derive(Debug, Clone, Copy)]
struct ContentWord {
    /// Byte offset of its first byte (texts past 4 GiB, beyond any paste, saturate).
    start: u32,
    /// Byte offset one past its last byte.
    end: u32,
    /// Its stem id.
    stem: u32,
    /// Whether it follows the content word before it within a phrase: nothing but
    /// stopwords, spaces, hyphens or apostrophes between them ("cooperation on security",
    /// not "security, development").
    joined: bool,
}

impl ContentWord {
    /// The phrase it makes with the content word before it, of stem `prev`.
    fn phrase_after(&self, prev: Option<u32>) -> Option<Phrase> {
        prev.filter(|&p| self.joined && p != self.stem)
            .map(|p| phrase(p, self.stem))
    }
}

/// Whether the text between two words, from byte `end` of the first to byte `start` of the
/// second, keeps them in one phrase (see [`ContentWord::joined`]).
fn joins(text: &str, end: usize, start: usize) -> bool {
    text.get(end..start).is_some_and(|gap| {
        gap.chars()
            .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '-' | '\'' | '’'))
    })
}

/// Two content-word stems that follow each other within a phrase, the lower id first, in
/// one number.
type Phrase = u64;

/// The [`Phrase`] of stems `a` and `b`, in either order.
fn phrase(a: u32, b: u32) -> Phrase {
    u64::from(a.min(b)) << 32 | u64::from(a.max(b))
}

/// `items` sorted, each once: a set for binary search.
fn sorted_set<T: Ord>(mut items: Vec<T>) -> Vec<T> {
    crate::order::sort_by(&mut items, T::cmp);
    items.dedup();
    items
}

/// A candidate sentence for a generated key point.
pub struct Sentence<'a> {
    /// Index of its block.
    pub block: usize,
    /// Byte offset of its first byte in its block.
    pub start: usize,
    /// The sentence text.
    pub text: &'a str,
}

/// The content stems and word counts of the candidate sentences (see
/// [`Stems::counted_set`]), gathered from the words of their blocks as a pass reads them (the
/// theme scan) rather than by reading the sentences again.
pub(crate) struct SentenceStems<'s> {
    /// The sentences, in order: at most [`CANDIDATES`].
    sentences: &'s [Sentence<'s>],
    /// Each sentence's content stems so far (in text order, repeats kept) and word count;
    /// `None` once a word of its block crosses one of its edges (a space followed by a
    /// combining letter, " \u{93e}", is one word of the block but not of the sentence), so
    /// that the sentence is read again on its own.
    gathered: Vec<Option<(Vec<u32>, usize)>>,
    /// The first sentence that may still get words.
    next: usize,
}

impl<'s> SentenceStems<'s> {
    /// Gathers for the first [`CANDIDATES`] of `sentences`.
    pub(crate) fn new(sentences: &'s [Sentence<'s>]) -> Self {
        let sentences = &sentences[..sentences.len().min(CANDIDATES)];
        SentenceStems {
            sentences,
            gathered: sentences.iter().map(|_| Some((Vec::new(), 0))).collect(),
            next: 0,
        }
    }

    /// Adds `word` of block `block`, whose ids are `ids` (blocks in order, each block's words
    /// in order).
    pub(crate) fn add(&mut self, block: usize, word: Word, ids: WordIds) {
        let (start, end) = (word.start, word.end());
        let range = |s: &Sentence| s.start..s.start + s.text.len();
        while self
            .sentences
            .get(self.next)
            .is_some_and(|s| s.block < block || (s.block == block && range(s).end <= start))
        {
            self.next += 1;
        }
        let Some(sentence) = self.sentences.get(self.next) else {
            return;
        };
        if sentence.block != block {
            return;
        }
        let r = range(sentence);
        if start < r.start || end > r.end {
            let crossed = self.sentences[self.next..]
                .iter()
                .take_while(|s| s.block == block && s.start < end)
                .count();
            for gathered in self.gathered.iter_mut().skip(self.next).take(crossed) {
                *gathered = None;
            }
            return;
        }
        if let Some(Some((set, count))) = self.gathered.get_mut(self.next) {
            *count += 1;
            if !ids.stopword {
                set.push(ids.stem);
            }
        }
    }

    /// The sentences' sets, as [`Stems::counted_set`] makes them.
    fn finish(self, stems: &Stems) -> Vec<(StemSet, usize)> {
        self.gathered
            .into_iter()
            .zip(self.sentences)
            .map(|(gathered, sentence)| match gathered {
                Some((set, count)) => (stems.in_stem_order(set), count),
                None => stems.counted_set(sentence.text),
            })
            .collect()
    }
}

/// The first [`CANDIDATES`] sentences of the blocks that are not headings, and how many
/// sentences those blocks have in all.
pub fn candidate_sentences(blocks: &[Block]) -> (Vec<Sentence<'_>>, usize) {
    let mut candidates = Vec::new();
    let mut count = 0;
    for (i, b) in blocks.iter().enumerate() {
        if b.kind == BlockKind::Heading {
            continue;
        }
        for r in crate::sentences::split(&b.text) {
            count += 1;
            if candidates.len() < CANDIDATES {
                candidates.push(Sentence {
                    block: i,
                    start: r.start,
                    text: b.text.get(r).unwrap_or(""),
                });
            }
        }
    }
    (candidates, count)
}

/// The key points of an article: its own (`found`, when not empty) or generated from its
/// `sentences` (only the first [`CANDIDATES`] are read), each with its evidence among the body
/// blocks of `index` (of its own key points, the first [`EVIDENCED_KEY_POINTS`]).
///
/// `keyphrases` are the article's top keyphrases.
pub(crate) fn key_points(
    found: &[String],
    sentences: &[Sentence],
    sentence_stems: SentenceStems<'_>,
    index: &mut EvidenceIndex,
    keyphrases: &[&str],
    length: Length,
) -> Vec<KeyPoint> {
    let point = |text: &str, generated: bool, evidence: Vec<usize>| KeyPoint {
        text: text.to_string(),
        generated,
        evidence,
        spans: Vec::new(),
    };
    if !found.is_empty() {
        return found
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let evidence = if i < EVIDENCED_KEY_POINTS {
                    index.evidence(t, None)
                } else {
                    Vec::new()
                };
                point(t, false, evidence)
            })
            .collect();
    }
    let want = length.count(index.words);
    let counted = sentence_stems.finish(&index.stems);
    generate_with(&index.stems, sentences, counted, keyphrases, want)
        .into_iter()
        .filter_map(|i| sentences.get(i))
        .map(|s| point(s.text, true, index.evidence(s.text, Some(s.block))))
        .collect()
}

/// Indices of the `want` sentences (all of them when there are fewer) to use as key points,
/// in article order (see the module documentation for the scoring and why article order).
/// `keyphrases` are the article's top keyphrases.
///
/// ```
/// use article_lens::keypoints::{generate, Sentence};
/// let en = article_lens::lang::Language::english();
/// let text = ["Parliament approved the national budget on Tuesday after a long night of debate in the capital.",
///     "Great.", "The budget raises spending on schools and hospitals by a tenth over the next two years."];
/// let s: Vec<Sentence> = text.iter().enumerate().map(|(block, text)| Sentence { block, start: 0, text }).collect();
/// assert_eq!(generate(&s, &[], 2, &en), [0, 2]);
/// ```
pub fn generate(
    sentences: &[Sentence],
    keyphrases: &[&str],
    want: usize,
    lang: &Language,
) -> Vec<usize> {
    let stems_of = Stems::new(lang);
    let sentences = &sentences[..sentences.len().min(CANDIDATES)];
    let counted = sentences
        .iter()
        .map(|s| stems_of.counted_set(s.text))
        .collect();
    generate_with(&stems_of, sentences, counted, keyphrases, want)
}

/// [`generate`] with the article's stems and each sentence's content stems and word count
/// (see [`Stems::counted_set`]).
fn generate_with(
    stems_of: &Stems,
    sentences: &[Sentence],
    counted: Vec<(StemSet, usize)>,
    keyphrases: &[&str],
    want: usize,
) -> Vec<usize> {
    let keyphrases: Vec<StemSet> = keyphrases
        .iter()
        .map(|k| stems_of.set(k))
        .filter(|k| !k.is_empty())
        .collect();
    let (stems, lengths): (Vec<StemSet>, Vec<usize>) = counted.into_iter().unzip();
    let centrality = directed_centrality(&stems[..stems.len().min(WINDOW)]);
    let mut scores: Vec<(f64, usize)> = sentences
        .iter()
        .zip(&stems)
        .zip(&lengths)
        .enumerate()
        .map(|(i, ((s, st), length))| {
            let mut score = 1.0 / (1.0 + POSITION_DECAY * i as f64);
            score += CENTRALITY_WEIGHT * centrality.get(i).copied().unwrap_or(0.0);
            if !keyphrases.is_empty() {
                let covered = keyphrases
                    .iter()
                    .filter(|k| k.iter().all(|w| st.contains(w)))
                    .count();
                score += KEYPHRASE_WEIGHT * covered as f64 / keyphrases.len() as f64;
            }
            if !GOOD_LENGTH.contains(length) {
                score -= LENGTH_PENALTY;
            }
            if s.text.starts_with(['"', '\'', '“', '‘', '«', '„']) {
                score -= QUOTE_PENALTY;
            }
            (score, i)
        })
        .collect();
    best_first(&mut scores);
    let mut chosen: Vec<usize> = Vec::with_capacity(want);
    let mut skipped: Vec<usize> = Vec::new();
    for (_, i) in scores {
        if chosen.len() >= want {
            break;
        }
        let redundant = chosen.iter().any(|&j| {
            let inter = stems[i].iter().filter(|w| stems[j].contains(w)).count();
            inter * 3 > stems[i].len().min(stems[j].len()) * 2
        });
        if redundant {
            skipped.push(i);
        } else {
            chosen.push(i);
        }
    }
    // Too few distinct sentences: an explicit count is still honoured with the best repeats.
    chosen.extend(skipped.into_iter().take(want.saturating_sub(chosen.len())));
    crate::order::sort_by(&mut chosen, usize::cmp);
    chosen
}

/// PacSum-style forward centrality of each sentence, scaled so the highest is 1: the summed
/// tf-idf cosine similarity (above the edge threshold) to the sentences that follow it.
fn directed_centrality(stems: &[StemSet]) -> Vec<f64> {
    let n = stems.len();
    let mut df: Table<u32, usize> = Table::new();
    for s in stems {
        for &w in s {
            *df.get_or_insert_default(w) += 1;
        }
    }
    let idf2 = |w: &u32| {
        let idf = ((n + 1) as f64 / df.get(*w).copied().unwrap_or(1) as f64).ln();
        idf * idf
    };
    let norms: Vec<f64> = stems
        .iter()
        .map(|s| s.iter().map(idf2).sum::<f64>().sqrt())
        .collect();
    let mut sims = vec![0.0; n * n];
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for i in 0..n {
        for j in i + 1..n {
            let den = norms[i] * norms[j];
            let dot: f64 = stems[i]
                .iter()
                .filter(|w| stems[j].contains(w))
                .map(idf2)
                .sum();
            let sim = if den > 0.0 { dot / den } else { 0.0 };
            sims[i * n + j] = sim;
            lo = lo.min(sim);
            hi = hi.max(sim);
        }
    }
    let threshold = lo + EDGE_THRESHOLD * (hi - lo);
    let forward: Vec<f64> = (0..n)
        .map(|i| {
            (i + 1..n)
                .map(|j| (sims[i * n + j] - threshold).max(0.0))
                .sum()
        })
        .collect();
    let max = forward.iter().copied().fold(0.0, f64::max);
    forward
        .into_iter()
        .map(|c| if max > 0.0 { c / max } else { 0.0 })
        .collect()
}

/// An inverted index from content stems to the blocks that contain them.
pub struct EvidenceIndex<'a> {
    /// The article's stems; every block word is in it.
    stems: Stems<'a>,
    /// For each stem id, the indices of the blocks containing it, in order (stems first seen
    /// in a key point have none). `u32`: a long paste has one entry per distinct stem of
    /// each block.
    postings: Vec<Vec<u32>>,
    /// The blocks' texts.
    blocks: &'a [&'a str],
    /// How many words the blocks have.
    words: usize,
    /// What was read from the blocks that were candidates for an earlier key point: a block
    /// is re-read for many points, and reading it is most of the cost of linking.
    /// Indexed like `blocks`.
    read: Vec<Option<Box<BlockFacts>>>,
    /// The content words of the blocks met first, as [`EvidenceIndex::add`] gets them, so
    /// that a candidate block is not read again: at most [`KEPT_WORDS`] of them, of blocks
    /// no longer than [`EVIDENCE_READ`] (what a candidate's reading covers).
    kept: Vec<ContentWord>,
    /// Each block's words in `kept`, for the blocks whose words are all there.
    kept_of: Vec<Option<std::ops::Range<usize>>>,
    /// The end of the last content word added, in the block being added.
    last_end: Option<usize>,
}

/// How many content words [`EvidenceIndex`] keeps (16 bytes each): those of a whole news
/// article of up to about 4,000 words, a bounded part of a long paste.
const KEPT_WORDS: usize = 1 << 11;

/// A byte offset as a `u32` (offsets past 4 GiB, beyond any paste, saturate).
fn offset(byte: usize) -> u32 {
    u32::try_from(byte).unwrap_or(u32::MAX)
}

/// What the evidence search reads from a candidate block's first [`EVIDENCE_READ`] bytes.
#[derive(Debug, PartialEq)]
struct BlockFacts {
    /// The content stems of each of its sentences, each sorted by id (only membership is
    /// tested: no sum runs over them).
    sentences: Vec<Vec<u32>>,
    /// Its two-word phrases (see [`Stems::phrases`]).
    phrases: Vec<Phrase>,
}

impl BlockFacts {
    /// The facts of a block from its content words, in order, and its sentences; the
    /// sentences are read on their own only when a word of the block crosses a sentence's
    /// edge (see [`SentenceStems`]).
    fn of(block: &str, words: &[ContentWord], stems: &Stems) -> Self {
        let text = prefix(block, EVIDENCE_READ);
        let ranges = crate::sentences::split(text);
        let mut sentences: Vec<Vec<u32>> = vec![Vec::new(); ranges.len()];
        let mut phrases = Vec::new();
        let (mut current, mut prev, mut crossed) = (0, None, false);
        for w in words {
            let (start, end) = (w.start as usize, w.end as usize);
            while ranges.get(current).is_some_and(|r| r.end <= start) {
                current += 1;
            }
            match (ranges.get(current), sentences.get_mut(current)) {
                (Some(r), Some(set)) if r.start <= start && end <= r.end => set.push(w.stem),
                _ => crossed = true,
            }
            phrases.extend(w.phrase_after(prev));
            prev = Some(w.stem);
        }
        if crossed {
            for (set, r) in sentences.iter_mut().zip(ranges) {
                set.clear();
                stems.content_words(text.get(r).unwrap_or(""), |w| set.push(w.stem));
            }
        }
        BlockFacts {
            sentences: sentences.into_iter().map(sorted_set).collect(),
            phrases: sorted_set(phrases),
        }
    }
}

impl<'a> EvidenceIndex<'a> {
    /// Indexes the texts of the body blocks.
    pub fn new(blocks: &'a [&'a str], lang: &'a Language) -> Self {
        let mut index = Self::empty(blocks, lang);
        for (i, b) in (0u32..).zip(blocks) {
            for w in words(b) {
                index.add(i, w, lang.word(&folded(w.text)));
            }
        }
        index
    }

    /// An index of `blocks` whose words the caller adds with [`EvidenceIndex::add`]: a pass
    /// that reads them anyway (the theme scan) spares reading them again.
    pub(crate) fn empty(blocks: &'a [&'a str], lang: &'a Language) -> Self {
        EvidenceIndex {
            stems: Stems::new(lang),
            postings: Vec::new(),
            blocks,
            words: 0,
            read: (0..blocks.len()).map(|_| None).collect(),
            kept: Vec::new(),
            kept_of: Vec::new(),
            last_end: None,
        }
    }

    /// Adds the next `word` of block `block` (blocks in order, each word in order), whose
    /// ids in the language's vocabulary are `ids`.
    pub(crate) fn add(&mut self, block: u32, word: Word, ids: WordIds) {
        let (start, end) = (word.start, word.end());
        self.words += 1;
        let b = block as usize;
        if self.kept_of.len() <= b {
            // A new block: it is kept if it is short and there is room.
            let text = self.blocks.get(b).copied().unwrap_or("");
            let keep = text.len() <= EVIDENCE_READ && self.kept.len() < KEPT_WORDS;
            let first = self.kept.len();
            self.kept_of.resize(b, None);
            self.kept_of.push(keep.then_some(first..first));
            self.last_end = None;
        }
        if ids.stopword {
            return;
        }
        if let Some(Some(range)) = self.kept_of.get_mut(b) {
            if self.kept.len() < KEPT_WORDS {
                let text = self.blocks.get(b).copied().unwrap_or("");
                self.kept.push(ContentWord {
                    start: offset(start),
                    end: offset(end),
                    stem: ids.stem,
                    joined: self.last_end.is_some_and(|e| joins(text, e, start)),
                });
                range.end = self.kept.len();
            } else {
                self.kept_of[b] = None;
            }
        }
        self.last_end = Some(end);
        let id = ids.stem as usize;
        if self.postings.len() <= id {
            self.postings.resize_with(id + 1, Vec::new);
        }
        if let Some(list) = self.postings.get_mut(id) {
            if list.last() != Some(&block) {
                list.push(block);
            }
        }
    }

    /// How many words the blocks have.
    pub fn words(&self) -> usize {
        self.words
    }

    /// The blocks that support `point`, best first, at most four.
    ///
    /// Each stem of the point weighs its idf over the blocks. Blocks are first ranked by the
    /// weight of the point's stems they contain (from the index); the best ten are then
    /// re-scored from their text (its first 20 000 bytes): half the share of the point's
    /// weight in the whole block, half that share in its best single sentence (a block that
    /// *states* the point beats one that mentions its words here and there), plus 0.25 for
    /// each of the point's two-word phrases (adjacent content words, in either order:
    /// "security cooperation" for "cooperation on security") found in the block, two at most.
    /// Blocks scoring at least 60 % of the best and a quarter of the point's weight are kept,
    /// or else the best alone; the list is empty only when no block shares a content word
    /// with the point. The `source` block a generated point was taken from always comes first.
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// let blocks = ["Rain flooded the valley towns.", "The mayor opened shelters for families.", "Football results."];
    /// let mut index = article_lens::keypoints::EvidenceIndex::new(&blocks, &en);
    /// assert_eq!(index.evidence("The mayor opened shelters", None), [1]);
    /// assert_eq!(index.evidence("Rain flooded towns; shelters opened", None), [0, 1]);
    /// assert_eq!(index.evidence("Football results", Some(1)), [1, 2]);
    /// ```
    pub fn evidence(&mut self, point: &str, source: Option<usize>) -> Vec<usize> {
        let stems = self.stems.set(point);
        let mut weights: Vec<(u32, f64)> = Vec::new();
        let mut first: Table<usize, f64> = Table::new();
        for stem in stems {
            let Some(blocks) = self.postings.get(stem as usize).filter(|b| !b.is_empty()) else {
                continue;
            };
            let idf = (1.0 + self.blocks.len() as f64 / blocks.len() as f64).ln();
            weights.push((stem, idf));
            for &b in blocks {
                *first.get_or_insert_default(b as usize) += idf;
            }
        }
        let total: f64 = weights.iter().map(|(_, w)| w).sum();
        let point_phrases = self.stems.phrases(point);
        let mut candidates: Vec<(f64, usize)> = first
            .into_entries()
            .into_iter()
            .map(|(b, s)| (s, b))
            .collect();
        best_first(&mut candidates);
        candidates.truncate(EVIDENCE_CANDIDATES);
        for (score, b) in &mut candidates {
            let Some(slot) = self.read.get_mut(*b) else {
                continue;
            };
            let block = self.blocks.get(*b).copied().unwrap_or("");
            let (stems, kept) = (&self.stems, &self.kept);
            let kept = self.kept_of.get(*b).cloned().flatten().map(|r| &kept[r]);
            let facts = slot.get_or_insert_with(|| {
                Box::new(match kept {
                    Some(words) => BlockFacts::of(block, words, stems),
                    None => {
                        let mut words = Vec::new();
                        stems.content_words(prefix(block, EVIDENCE_READ), |w| words.push(w));
                        BlockFacts::of(block, &words, stems)
                    }
                })
            });
            let best_sentence = facts
                .sentences
                .iter()
                .map(|found| {
                    weights
                        .iter()
                        .filter(|(s, _)| found.binary_search(s).is_ok())
                        .map(|(_, w)| w)
                        .sum::<f64>()
                })
                .fold(0.0, f64::max);
            let shared = point_phrases
                .iter()
                .filter(|p| facts.phrases.binary_search(p).is_ok())
                .count()
                .min(2);
            *score = 0.5 * (*score + best_sentence) / total.max(f64::MIN_POSITIVE)
                + PHRASE_BONUS * shared as f64;
        }
        best_first(&mut candidates);
        let best = candidates.first().map_or(0.0, |c| c.0);
        let strong = candidates
            .iter()
            .take_while(|(s, _)| *s >= EVIDENCE_RELATIVE * best && *s >= EVIDENCE_ABSOLUTE);
        // A point that no block states well still points to the closest one.
        let closest = candidates.first();
        let mut out: Vec<usize> = source.into_iter().collect();
        for (_, b) in strong.chain(closest) {
            if out.len() >= MAX_EVIDENCE {
                break;
            }
            if !out.contains(b) {
                out.push(*b);
            }
        }
        out
    }
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// Sorts (score, index) pairs best first, ties by index.
fn best_first(scored: &mut Vec<(f64, usize)>) {
    crate::order::sort_by(scored, |a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The content words the index keeps from the theme scan give a block the facts that
    /// reading the block again gives, across phrases, stopwords, punctuation and sentences.
    #[test]
    fn kept_words_give_the_facts_of_reading_the_block() {
        let en = Language::english();
        let blocks = [
            "Cooperation on security grew. Security, development and trade-offs: Dr. Li's view.",
            "The the the.",
            "",
            "Rain flooded the valley towns; the mayor opened shelters for families.",
            "U.S. officials met 3.5 million voters — “quietly” — in Lahore’s old city…",
        ];
        let mut index = EvidenceIndex::new(&blocks, &en);
        for (i, block) in blocks.iter().enumerate() {
            let kept = index.kept_of.get(i).cloned().flatten();
            let stems = &index.stems;
            let from_kept = BlockFacts::of(block, kept.map_or(&[][..], |r| &index.kept[r]), stems);
            let mut words = Vec::new();
            stems.content_words(block, |w| words.push(w));
            let read = BlockFacts::of(block, &words, stems);
            assert_eq!(from_kept, read, "{block:?}");
            assert!(!block.contains("security") || !read.phrases.is_empty());
        }
        assert_eq!(index.evidence("security cooperation", None), [0]);
    }

    /// A word of a block that crosses a sentence's edge (a space and a combining letter,
    /// " \u{93e}", is one word of the block, not of the sentence after the space) leaves the
    /// sentence to be read on its own, as it was before the stems were gathered from the
    /// theme scan.
    #[test]
    fn sentences_read_alone_when_a_word_crosses_their_edge() {
        let en = Language::english();
        let stems = Stems::new(&en);
        for text in [
            "Foo bar. \u{93e}bar baz",
            "Foo bar. \u{345}Bar baz",
            "abc\u{3002}\u{93e}def ghi",
        ] {
            let blocks = [Block {
                kind: BlockKind::Paragraph,
                text: text.to_string(),
                level: 0,
                spans: Vec::new(),
                keyphrase_spans: Vec::new(),
            }];
            let (sentences, _) = candidate_sentences(&blocks);
            let mut gathered = SentenceStems::new(&sentences);
            for w in words(text) {
                gathered.add(0, w, en.word(&folded(w.text)));
            }
            let alone: Vec<_> = sentences
                .iter()
                .map(|s| stems.counted_set(s.text))
                .collect();
            assert_eq!(gathered.finish(&stems), alone, "{text:?}");
            let alone: Vec<Vec<u32>> = alone.into_iter().map(|(set, _)| sorted_set(set)).collect();
            let mut content = Vec::new();
            stems.content_words(text, |w| content.push(w));
            assert_eq!(
                BlockFacts::of(text, &content, &stems).sentences,
                alone,
                "{text:?}"
            );
        }
    }
}
