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
//!    sum of `1 / position` over its occurrences. It stops once the ranks settle, after at
//!    most a fixed number of iterations, which keeps the cost linear.
//! 4. **Candidates.** Runs of consecutive content words inside one phrase (no punctuation in
//!    between) of at most [`MAX_WORDS`] words, or the last [`MAX_WORDS`] words of a longer
//!    run. A candidate's score is the sum of its words' ranks, weighted by how often it
//!    recurs as a unit, a length prior and the position of its first occurrence.
//! 5. **Grouping.** Candidates are grouped by their Snowball stems; each group is reported
//!    once, in the surface form it has most often in the text (mid-sentence forms preferred,
//!    so a sentence-initial capital does not leak into common words).

//!
//! **One pass.** All counting happens while the words are read, so the memory is that of the
//! article's vocabulary and graph, not of its words. Each distinct surface word is folded,
//! stemmed and classified once (`Surfaces`). A word is *final* once the next word is read
//! (the next word may still mark it as a verb); a final word's links are added once the
//! `WINDOW - 1` words after it are final (a ring of [`WINDOW`] words), so the links come in
//! the order a full word list would give; a run of content words gives its candidate when it
//! ends. Candidate forms are keyed by surface ids, and only the reported forms are spelled
//! out. Lists (links, groups, forms, words, stems) are in first-occurrence order and looked up
//! through an `Index` of places, so nothing depends on the order of a hash table.

use std::borrow::Cow;

use crate::chunks::Chunks;
use crate::hashing::{hash_str, Index, Interner, TableKey};
use crate::lang::Language;
use crate::model::Keyphrase;
use crate::text::{fold, folded, words, Word};

/// How many keyphrases to report at most.
pub const MAX_KEYPHRASES: usize = 20;

/// Co-occurrence window of the word graph, in words.
pub const WINDOW: usize = 20;

/// Longest candidate, in words.
pub const MAX_WORDS: usize = 3;

/// Links the graph's lookup table holds before it first grows (16 KB of slots): a 6 KB
/// article's.
const LINKS_BEFORE_GROWING: usize = 3072;

/// Links the graph keeps whatever the length of the text (0.8 MB of them): several times
/// what a news article has (up to one link per byte of text, about 0.5 for a long one).
const LINKS_ALWAYS_KEPT: usize = 1 << 16;

/// Bytes of text per link the graph may keep beyond [`LINKS_ALWAYS_KEPT`]. A text of
/// words that rarely repeat (a word list, a table of codes) would otherwise make up to 19
/// links per word.
const BYTES_PER_KEPT_LINK: usize = 2;

/// PageRank damping factor.
const DAMPING: f64 = 0.85;

/// PageRank iterations at most (so the cost stays linear in the number of links).
const MAX_ITERATIONS: usize = 30;

/// PageRank stops once no rank moves by more than this fraction of the largest rank: the
/// scores are reported to 4 decimals. A news article's ranks settle in 15–25 passes, a long
/// text's in about 10.
const SETTLED: f64 = 1e-7;

/// No word, stem or place: pads keys of fewer than [`MAX_WORDS`] words and marks the empty
/// slots of an [`Index`].
const NONE: u32 = u32::MAX;

/// One word of the text, as the graph and the candidates see it.
#[derive(Clone, Copy)]
struct Tok {
    /// Its surface id in the [`Surfaces`].
    word: u32,
    /// Its stem id.
    stem: u32,
    /// [`CONTENT`], [`SENTENCE_START`], [`AFTER_BREAK`], [`UPPER`], [`LOWER`].
    flags: u8,
}

/// A placeholder in the rings of words.
const BLANK: Tok = Tok {
    word: NONE,
    stem: NONE,
    flags: 0,
};

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

/// The distinct words of the article: each surface word (as written) is folded, stemmed and
/// classified once, so the word lists are searched once per distinct word. Surface words and
/// stems are numbered in the order they first occur.
struct Surfaces<'a> {
    /// The surface words, by id.
    words: Chunks<Surface<'a>>,
    /// Places in `words`.
    word_ids: Index,
    /// The folded words laid end to end (see [`Surface::folded`]).
    folded: String,
    /// The stems, numbered.
    stems: Interner,
}

/// A distinct surface word.
struct Surface<'a> {
    /// The word as written.
    text: &'a str,
    /// Its folded form: a byte range of [`Surfaces::folded`] (articles under 4 GiB).
    folded: (u32, u32),
    /// Its stem id.
    stem: u32,
    /// Whether it is a content word by itself (not a stopword, a number or a single letter).
    content: bool,
    /// Whether it is a filler (see [`Language::is_filler`]).
    filler: bool,
    /// Whether its first letter is upper case.
    upper: bool,
    /// Whether its first letter is lower case.
    lower: bool,
}

impl<'a> Surfaces<'a> {
    /// An empty vocabulary.
    fn new() -> Self {
        Surfaces {
            words: Chunks::new(),
            word_ids: Index::new(),
            folded: String::new(),
            stems: Interner::new(),
        }
    }

    /// The surface id of `text`, looked up (folded, stemmed, classified) when new.
    fn id(&mut self, text: &'a str, lang: &Language) -> u32 {
        let key = self.word_ids.key;
        let words = &self.words;
        let place = self.word_ids.place(
            hash_str(key, text),
            |p| words[p].text == text,
            |p| hash_str(key, words[p].text),
        );
        if place == self.words.len() {
            let word = self.describe(text, lang);
            self.words.push(word);
        }
        place as u32
    }

    /// Folds, stems and classifies a new surface word.
    fn describe(&mut self, text: &'a str, lang: &Language) -> Surface<'a> {
        let folded = folded(text);
        let mut stem = String::new();
        let mut stopword = false;
        for (i, part) in folded.split('-').enumerate() {
            if i > 0 {
                stem.push('-');
            }
            stopword = lang.push_stem(part, &mut stem);
        }
        // A compound's parts may be stopwords, not the compound.
        let stopword = if folded.contains('-') {
            lang.is_stopword(&folded)
        } else {
            stopword
        };
        let content = !stopword
            && folded.chars().count() > 1
            && folded.chars().any(char::is_alphabetic)
            && !folded.starts_with(|c: char| c.is_numeric());
        let start = self.folded.len() as u32;
        self.folded.push_str(&folded);
        Surface {
            text,
            folded: (start, self.folded.len() as u32),
            stem: self.stems.id(&stem),
            content,
            filler: content && lang.is_filler(&folded),
            upper: text.starts_with(char::is_uppercase),
            lower: text.starts_with(char::is_lowercase),
        }
    }

    /// The folded form of the surface word `id`.
    fn folded(&self, id: u32) -> &str {
        let (start, end) = self.words[id as usize].folded;
        self.folded.get(start as usize..end as usize).unwrap_or("")
    }

    /// Compares two forms by their spelling, their surface words joined by spaces (as
    /// [`Surfaces::text`] writes them), word by word: each pair of words with one `memcmp`.
    fn cmp_spelled(&self, a: [u32; MAX_WORDS], b: [u32; MAX_WORDS]) -> std::cmp::Ordering {
        use std::cmp::Ordering::{Equal, Greater, Less};
        let word = |form: [u32; MAX_WORDS], i: usize| {
            let id = form.get(i).copied().filter(|&w| w != NONE)?;
            self.words.get(id as usize).map(|w| w.text.as_bytes())
        };
        for i in 0..MAX_WORDS {
            let (x, y) = match (word(a, i), word(b, i)) {
                (None, None) => return Equal,
                // The shorter spelling is the start of the longer one.
                (None, Some(_)) => return Less,
                (Some(_), None) => return Greater,
                (Some(x), Some(y)) => (x, y),
            };
            let n = x.len().min(y.len());
            match x[..n].cmp(&y[..n]) {
                Equal if x.len() == y.len() => continue,
                Equal => {}
                unequal => return unequal,
            }
            // One word starts the other: the shorter one is followed by a space, or by nothing
            // when its form ends there. A word holds spaces only before a combining letter
            // that starts it (" \u{93e}"), so the longer one has none at the byte compared.
            let (longer, shorter_form, a_shorter) = if x.len() < y.len() {
                (y, a, true)
            } else {
                (x, b, false)
            };
            let order = match word(shorter_form, i + 1) {
                None => Less,
                Some(_) => b' '.cmp(&longer[n]),
            };
            return if a_shorter { order } else { order.reverse() };
        }
        Equal
    }

    /// A form as a string: its surface words joined by spaces.
    fn text(&self, form: &[u32; MAX_WORDS]) -> String {
        let mut text = String::new();
        for (i, &w) in form.iter().take_while(|&&w| w != NONE).enumerate() {
            if i > 0 {
                text.push(' ');
            }
            text.push_str(self.words[w as usize].text);
        }
        text
    }
}

/// The one pass over the words: the vocabulary, the word not final yet, and what final words
/// feed (the graph and the candidates).
struct Pass<'a, 'l> {
    lang: &'l Language,
    /// The distinct words so far.
    surfaces: Surfaces<'a>,
    /// The last word read: the next word may still clear its [`CONTENT`] flag.
    last: Option<Tok>,
    /// The flags of the word before it (none before the first two words).
    before: u8,
    /// How many words are final.
    count: usize,
    /// The word graph so far.
    graph: Graph,
    /// The candidates so far.
    candidates: Candidates,
}

impl<'a> Pass<'a, '_> {
    /// Reads one text: splits it into words, joining hyphenated compounds; marks sentence
    /// starts and breaks (from the punctuation between words) and content words.
    fn read(&mut self, text: &'a str) {
        // In a Title Case Headline capitals say nothing: treat every word like a sentence
        // start. The scan stops at the first long word in lower case (the first few words of a
        // paragraph).
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
            let mut surface = text.get(start..end).unwrap_or(word.text);
            // A possessive ends the phrase: "Johnson's race" gives "Johnson" and "race".
            let possessive = ["'s", "\u{2019}s"]
                .iter()
                .find_map(|p| surface.strip_suffix(p));
            if let Some(stripped) = possessive {
                surface = stripped;
            }
            let id = self.surfaces.id(surface, self.lang);
            let w = &self.surfaces.words[id as usize];
            // Fillers (verbs, adverbs) are only kept when written as a name mid-sentence.
            let mut content = w.content && ((!sentence_start && w.upper) || !w.filler);
            let flags = (u8::from(sentence_start) * SENTENCE_START)
                | (u8::from(after_break) * AFTER_BREAK)
                | (u8::from(w.upper) * UPPER)
                | (u8::from(w.lower) * LOWER);
            match &mut self.last {
                Some(prev) if !after_break => {
                    // `prev` is the word before, in this text.
                    let (lang, folded) = (self.lang, self.surfaces.folded(id));
                    let prev_folded = self.surfaces.folded(prev.word);
                    if content && w.lower {
                        content = !lang.precedes_verb(prev_folded, folded);
                    }
                    // "Pakistan expands its …": a word in "-s" before an article is a verb;
                    // after a name ("China aims to", "Beijing respects Pakistan"), also before
                    // "to" or another name.
                    let after_name =
                        self.before & (SENTENCE_START | UPPER) == UPPER && !prev.is(AFTER_BREAK);
                    let named = !sentence_start && w.upper;
                    if prev.is(CONTENT | LOWER)
                        && (lang.is_verb_before(prev_folded, folded)
                            || (after_name
                                && (named || folded == "to")
                                && lang.is_third_person(prev_folded)))
                    {
                        prev.flags &= !CONTENT;
                    }
                }
                _ => {}
            }
            let tok = Tok {
                word: id,
                stem: w.stem,
                flags: flags | (u8::from(content) * CONTENT),
            };
            if let Some(prev) = self.last.replace(tok) {
                self.settle(prev);
            }
            sentence_start = title_case;
            after_break = possessive.is_some();
        }
    }

    /// Passes on a final word.
    fn settle(&mut self, t: Tok) {
        self.graph.add(t, self.count);
        self.candidates.add(t, self.count);
        self.before = t.flags;
        self.count += 1;
    }
}

/// Extracts keyphrases from the article's texts (title first, then body blocks), best first.
///
/// ```
/// let en = article_lens::lang::Language::english();
/// let k = article_lens::keyphrases::extract(&["Trade talks", "The trade talks stalled. Trade talks resume."], &en);
/// assert_eq!(k[0].text, "trade talks");
/// ```
pub fn extract<'t, T, I>(texts: I, lang: &Language) -> Vec<Keyphrase>
where
    T: AsRef<str> + ?Sized + 't,
    I: IntoIterator<Item = &'t T> + Clone,
{
    let mut graph = Graph::new();
    // The links kept depend on the whole text's length, not on how much of it is read: a
    // dense start is not pruned if the rest leaves room.
    graph.allow(texts.clone().into_iter().map(|t| t.as_ref().len()).sum());
    let mut pass = Pass {
        lang,
        surfaces: Surfaces::new(),
        last: None,
        before: 0,
        count: 0,
        graph,
        candidates: Candidates::new(),
    };
    for text in texts {
        pass.read(text.as_ref());
    }
    if let Some(last) = pass.last.take() {
        pass.settle(last);
    }
    let ranks = pass.graph.ranks(pass.count, pass.surfaces.stems.len());
    pass.candidates.close();
    pass.candidates.best(&pass.surfaces, &ranks)
}

/// A link of the word graph.
#[derive(Clone, Copy)]
struct Link {
    /// The lower stem id.
    a: u32,
    /// The higher stem id.
    b: u32,
    /// How often the two stems co-occur.
    count: u32,
}

/// The co-occurrence graph of content-word stems, built as the words become final.
struct Graph {
    /// Each stem's restart weight: the sum of `1 / position` over its occurrences.
    bias: Vec<f64>,
    /// The links, in the order they first occur (so the sums of every PageRank iteration run
    /// in one fixed order).
    links: Chunks<Link>,
    /// Places in `links`.
    link_ids: Index,
    /// The last [`WINDOW`] final words, word `i` at `i % WINDOW`.
    window: [Tok; WINDOW],
    /// How many links it may hold (see [`Graph::allow`]).
    allowed: usize,
}

impl Graph {
    /// An empty graph.
    fn new() -> Self {
        Graph {
            bias: Vec::new(),
            links: Chunks::new(),
            // Room for a news article's links (about one per two bytes of text): grown from
            // empty, the table rehashed about 3,000 links in all as it grew to the seed's 2,105.
            link_ids: Index::with_capacity(LINKS_BEFORE_GROWING),
            window: [BLANK; WINDOW],
            allowed: LINKS_ALWAYS_KEPT,
        }
    }

    /// Adds the final word `t`, the `i`-th of the text; the word `WINDOW - 1` before it now
    /// has all the words of its window.
    fn add(&mut self, t: Tok, i: usize) {
        if t.is(CONTENT) {
            let stem = t.stem as usize;
            if self.bias.len() <= stem {
                self.bias.resize(stem + 1, 0.0);
            }
            self.bias[stem] += 1.0 / (i as f64 + 1.0);
        }
        self.window[i % WINDOW] = t;
        if let Some(first) = (i + 1).checked_sub(WINDOW) {
            self.link(first, i + 1);
        }
    }

    /// Links the word `i` to each word after it, up to `end` (both in the window).
    fn link(&mut self, i: usize, end: usize) {
        let t = self.window[i % WINDOW];
        if !t.is(CONTENT) {
            return;
        }
        for j in i + 1..end {
            let u = self.window[j % WINDOW];
            if !u.is(CONTENT) || u.stem == t.stem {
                continue;
            }
            let (a, b) = (t.stem.min(u.stem), t.stem.max(u.stem));
            let links = &self.links;
            let key = self.link_ids.key;
            let place = self.link_ids.place(
                (a, b).hash(key),
                |p| links.get(p).is_some_and(|l| l.a == a && l.b == b),
                |p| links.get(p).map_or(0, |l| (l.a, l.b).hash(key)),
            );
            match self.links.get_mut(place) {
                Some(link) => link.count += 1,
                None => {
                    self.links.push(Link { a, b, count: 1 });
                    if self.links.len() > self.allowed {
                        self.prune();
                    }
                }
            }
        }
    }

    /// Sets the links kept for a text of `bytes` bytes: [`LINKS_ALWAYS_KEPT`], or one per
    /// [`BYTES_PER_KEPT_LINK`] bytes if more.
    fn allow(&mut self, bytes: usize) {
        self.allowed = LINKS_ALWAYS_KEPT.max(bytes / BYTES_PER_KEPT_LINK);
    }

    /// Keeps at most half the links allowed, the most frequent, once a text has made more
    /// (see [`Graph::allow`]): the links
    /// seen fewer than 2, 4, 8, … times, the fewest such that at most half are left, are
    /// dropped, and count again from their next co-occurrence (as lossy counting does). The
    /// links a word keeps are those with the words it often comes with, which rank it.
    #[cold]
    fn prune(&mut self) {
        let keep = self.allowed / 2;
        // `seen[k]`: the links seen 2^k to 2^(k+1) - 1 times.
        let mut seen = [0usize; 32];
        for l in self.links.iter() {
            seen[l.count.max(1).ilog2() as usize] += 1;
        }
        let mut left = self.links.len();
        let mut least = 0;
        while left > keep {
            left -= seen[least];
            least += 1;
        }
        self.links.retain(|l| u64::from(l.count) >> least > 0);
        let (links, key) = (&self.links, self.link_ids.key);
        self.link_ids.refill(links.len(), |p| {
            links.get(p).map_or(0, |l| (l.a, l.b).hash(key))
        });
    }

    /// Position-biased PageRank of the `n` stems, once all `count` words are added.
    fn ranks(mut self, count: usize, n: usize) -> Vec<f64> {
        for i in count.saturating_sub(WINDOW - 1)..count {
            self.link(i, count);
        }
        let Graph {
            mut bias,
            links,
            link_ids,
            ..
        } = self;
        // The link lookup table is done with before the rank vectors are made.
        drop(link_ids);
        bias.resize(n, 0.0);
        let total: f64 = bias.iter().sum();
        if total <= 0.0 {
            return bias;
        }
        bias.iter_mut().for_each(|b| *b /= total);
        // The vectors are padded to a power of two and indexed through a mask: the compiler
        // then checks each link's ends once, not at each of the four accesses (seed: 7.12 →
        // 7.02 M instructions). The padding stays 0: no link reaches it.
        let size = n.next_power_of_two();
        let mask = size - 1;
        bias.resize(size, 0.0);
        let mut strength = vec![0.0f64; size];
        for l in links.iter() {
            strength[l.a as usize] += f64::from(l.count);
            strength[l.b as usize] += f64::from(l.count);
        }
        // Each iteration starts from the restart part. Isolated words have no neighbour to
        // pass their rank to: they keep their bias.
        let restart: Vec<f64> = bias
            .iter()
            .zip(&strength)
            .map(|(b, s)| if *s == 0.0 { *b } else { (1.0 - DAMPING) * b })
            .collect();
        let mut rank = bias;
        let mut next = vec![0.0f64; size];
        let mut share = vec![0.0f64; size];
        for _ in 0..MAX_ITERATIONS {
            // What one link passes on from each word per unit of weight.
            for ((sh, r), s) in share.iter_mut().zip(&rank).zip(&strength) {
                *sh = if *s == 0.0 { 0.0 } else { DAMPING * r / s };
            }
            let (share, to) = (&share[..=mask], &mut next[..=mask]);
            to.copy_from_slice(&restart);
            for chunk in links.slices() {
                for l in chunk {
                    let (a, b, w) = (l.a as usize & mask, l.b as usize & mask, f64::from(l.count));
                    to[b] += w * share[a];
                    to[a] += w * share[b];
                }
            }
            let (mut largest, mut moved) = (0.0f64, 0.0f64);
            for (new, old) in next.iter().zip(&rank) {
                largest = largest.max(*new);
                moved = moved.max((new - old).abs());
            }
            std::mem::swap(&mut rank, &mut next);
            if moved <= SETTLED * largest {
                break;
            }
        }
        rank.truncate(n);
        rank
    }
}

/// The occurrences of one candidate stem sequence.
struct Group {
    /// The stem ids, padded with [`NONE`].
    stems: [u32; MAX_WORDS],
    /// Occurrences as a candidate.
    count: usize,
    /// Word index of the first occurrence.
    first: usize,
    /// Its surface form to report (index into the forms): the first form until the forms are
    /// counted.
    form: usize,
}

/// One surface form of a candidate ("Trade talks", "trade talks").
struct Form {
    /// Its surface ids, padded with [`NONE`].
    words: [u32; MAX_WORDS],
    /// Index of its group: a surface form has one sequence of stems.
    group: usize,
    /// Occurrences.
    count: usize,
    /// Whether it was first seen mid-sentence.
    mid: bool,
}

/// The candidates: runs of content words, grouped by stems, with their surface forms.
struct Candidates {
    /// The last [`MAX_WORDS`] words of the current run, word `k` of the run at
    /// `k % MAX_WORDS`.
    run: [Tok; MAX_WORDS],
    /// Words in the current run.
    len: usize,
    /// Word index of its first word.
    start: usize,
    /// The groups, in the order they first occur.
    groups: Chunks<Group>,
    /// Places in `groups`.
    group_ids: Index,
    /// The forms, in the order they first occur.
    forms: Chunks<Form>,
    /// Places in `forms`.
    form_ids: Index,
}

impl Candidates {
    /// No candidates.
    fn new() -> Self {
        Candidates {
            run: [BLANK; MAX_WORDS],
            len: 0,
            start: 0,
            groups: Chunks::new(),
            group_ids: Index::new(),
            forms: Chunks::new(),
            form_ids: Index::new(),
        }
    }

    /// Adds the final word `t`, the `i`-th of the text: it extends the run of content words,
    /// or ends it (a break ends a run, and a content word after it opens the next).
    fn add(&mut self, t: Tok, i: usize) {
        if !t.is(CONTENT) || (t.is(AFTER_BREAK) && self.len > 0) {
            self.close();
        }
        if t.is(CONTENT) {
            if self.len == 0 {
                self.start = i;
            }
            self.run[self.len % MAX_WORDS] = t;
            self.len += 1;
        }
    }

    /// Ends the current run and counts its candidate: the whole run when it has at most
    /// [`MAX_WORDS`] words (like a noun-phrase chunk), else its last [`MAX_WORDS`] words
    /// (English noun phrases end in their head).
    fn close(&mut self) {
        let n = self.len.min(MAX_WORDS);
        if n == 0 {
            return;
        }
        let skip = self.len - n;
        self.len = 0;
        let (mut stems, mut words) = ([NONE; MAX_WORDS], [NONE; MAX_WORDS]);
        for k in 0..n {
            let t = self.run[(skip + k) % MAX_WORDS];
            stems[k] = t.stem;
            words[k] = t.word;
        }
        let mid = !self.run[skip % MAX_WORDS].is(SENTENCE_START);
        let (key, groups) = (self.group_ids.key, &self.groups);
        let group = self.group_ids.place(
            stems.hash(key),
            |p| groups.get(p).is_some_and(|g| g.stems == stems),
            |p| groups.get(p).map_or(0, |g| g.stems.hash(key)),
        );
        let (key, forms) = (self.form_ids.key, &self.forms);
        let form = self.form_ids.place(
            words.hash(key),
            |p| forms.get(p).is_some_and(|f| f.words == words),
            |p| forms.get(p).map_or(0, |f| f.words.hash(key)),
        );
        if group == self.groups.len() {
            self.groups.push(Group {
                stems,
                count: 0,
                first: self.start + skip,
                form,
            });
        }
        if let Some(g) = self.groups.get_mut(group) {
            g.count += 1;
        }
        match self.forms.get_mut(form) {
            Some(f) => f.count += 1,
            None => self.forms.push(Form {
                words,
                group,
                count: 1,
                mid,
            }),
        }
    }

    /// Scores the groups and spells out the best.
    ///
    /// A group's score is the sum of its words' ranks, times
    /// - `count^0.25` (two square roots: no `powf` code in the wasm): a phrase that recurs as
    ///   a unit is a better phrase than a chance run;
    /// - a length prior (1 word 0.55, 2 words 1, 3 words 0.65): summing ranks favours long
    ///   phrases, while annotators mostly pick two-word noun phrases;
    /// - `1 + 1 / (1 + first / 100)`: phrases of the lead are what the article is about.
    fn best(mut self, surfaces: &Surfaces, ranks: &[f64]) -> Vec<Keyphrase> {
        // Mid-sentence forms first (they show the word's true case), then the most frequent,
        // then the first in byte order.
        for (i, f) in self.forms.iter().enumerate() {
            let Some(g) = self.groups.get_mut(f.group) else {
                continue;
            };
            let Some(b) = self.forms.get(g.form) else {
                continue;
            };
            let better = (f.mid, f.count)
                .cmp(&(b.mid, b.count))
                .then_with(|| surfaces.cmp_spelled(b.words, f.words))
                .is_gt();
            if better {
                g.form = i;
            }
        }
        let forms = &self.forms;
        let form = |g: usize| forms.get(g).map_or(&[NONE; MAX_WORDS], |f| &f.words);
        let mut scored: Vec<(f64, usize)> = self
            .groups
            .iter()
            .map(|g| {
                let words = g.stems;
                let sum: f64 = words
                    .iter()
                    .map(|&w| ranks.get(w as usize).copied().unwrap_or(0.0))
                    .sum();
                let length_prior = match words.iter().filter(|&&w| w != NONE).count() {
                    1 => 0.55,
                    2 => 1.0,
                    _ => 0.65,
                };
                let lead = 1.0 + 1.0 / (1.0 + g.first as f64 / 100.0);
                let score = sum * (g.count as f64).sqrt().sqrt() * length_prior * lead;
                (score, g.form)
            })
            .collect();
        crate::order::sort_by(&mut scored, |a, b| {
            b.0.total_cmp(&a.0)
                .then_with(|| surfaces.cmp_spelled(*form(a.1), *form(b.1)))
        });
        let max = scored.first().map_or(1.0, |s| s.0).max(f64::MIN_POSITIVE);
        scored
            .into_iter()
            .take(MAX_KEYPHRASES)
            .map(|(score, f)| Keyphrase {
                text: surfaces.text(form(f)),
                score: crate::themes::round4(score / max),
            })
            .collect()
    }
}

/// A word of the text with its folded form when it is not ASCII (see [`same`]).
type Keyed<'a> = (Word<'a>, Option<Cow<'a, str>>);

/// `w` with its key for [`same`].
fn keyed(w: Word<'_>) -> Keyed<'_> {
    (w, (!w.text.is_ascii()).then(|| folded(w.text)))
}

/// Whether a word folds to `phrase_word` (a folded word): an ASCII word is compared ignoring
/// ASCII case, which is folding it, without building its folded form.
fn same((w, folded): &Keyed, phrase_word: &str) -> bool {
    match folded {
        None => w.text.eq_ignore_ascii_case(phrase_word),
        Some(folded) => folded == phrase_word,
    }
}

/// The keyphrases marked in the text (the best ones; more would be noise).
pub const MARKED_KEYPHRASES: usize = 8;

/// The first [`MARKED_KEYPHRASES`] keyphrases of an article, prepared once to be marked in
/// each of its texts (see [`Marker::spans`]).
pub struct Marker {
    /// Each phrase's folded words, the longest phrase first.
    phrases: Vec<Vec<String>>,
    /// The id of every span: one `"keyphrase"` shared by all.
    theme: std::sync::Arc<str>,
}

impl Marker {
    /// Prepares the best keyphrases for marking.
    pub fn new(keyphrases: &[Keyphrase]) -> Self {
        let mut phrases: Vec<Vec<String>> = keyphrases
            .iter()
            .take(MARKED_KEYPHRASES)
            .map(|k| words(&k.text).map(|w| fold(w.text)).collect())
            .collect();
        phrases.retain(|p: &Vec<String>| !p.is_empty());
        crate::order::sort_by(&mut phrases, |a, b| b.len().cmp(&a.len()));
        Marker {
            phrases,
            theme: "keyphrase".into(),
        }
    }

    /// Where the phrases occur in `text` (whole words, case-insensitive, the longest phrase
    /// first): sorted, non-overlapping spans in UTF-16 offsets whose `theme` is `"keyphrase"`.
    ///
    /// Words that start no phrase are skipped as they are read; from a word that starts one,
    /// the words are read ahead by the longest phrase.
    ///
    /// ```
    /// use article_lens::model::Keyphrase;
    /// let k = [Keyphrase { text: "trade talks".into(), score: 1.0 }];
    /// let marker = article_lens::keyphrases::Marker::new(&k);
    /// let spans = marker.spans("Trade talks resumed; trade talks stalled.");
    /// assert_eq!(spans.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>(), [(0, 11), (21, 32)]);
    /// ```
    pub fn spans(&self, text: &str) -> Vec<crate::model::Span> {
        let phrases = &self.phrases;
        let Some(longest) = phrases.first().map(Vec::len) else {
            return Vec::new();
        };
        let starts = |w: &Keyed| {
            phrases
                .iter()
                .any(|p| p.first().is_some_and(|f| same(w, f)))
        };
        let mut ahead: Vec<Keyed> = Vec::with_capacity(longest);
        let mut rest = words(text).map(keyed);
        let mut cursor = crate::text::Utf16Cursor::new(text);
        let mut out = Vec::new();
        loop {
            if ahead.is_empty() {
                match rest.by_ref().find(starts) {
                    Some(w) => ahead.push(w),
                    None => break,
                }
            }
            while ahead.len() < longest {
                let Some(w) = rest.next() else { break };
                ahead.push(w);
            }
            let hit = phrases
                .iter()
                .find(|p| p.len() <= ahead.len() && p.iter().zip(&ahead).all(|(p, w)| same(w, p)));
            let taken = match (hit, ahead.first()) {
                (Some(p), Some((first, _))) => {
                    let last = ahead.get(p.len() - 1).map_or(first.end(), |(w, _)| w.end());
                    out.push(crate::model::Span {
                        start: cursor.advance_to(first.start),
                        end: cursor.advance_to(last),
                        theme: self.theme.clone(),
                    });
                    p.len()
                }
                _ => 1,
            };
            ahead.drain(..taken);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text of words that never repeat, but for one pair in every 25 words, keeps no more
    /// links than allowed for its length, and the pair, the only link seen more than
    /// once, keeps every co-occurrence through the prunings.
    #[test]
    fn a_text_of_distinct_words_keeps_its_frequent_links() {
        let mut graph = Graph::new();
        let words = 100_000;
        graph.allow(8 * words);
        for i in 0..words {
            let stem = match i % 25 {
                0 | 1 => i as u32 % 25,
                _ => i as u32,
            };
            graph.add(
                Tok {
                    word: stem,
                    stem,
                    flags: CONTENT,
                },
                i,
            );
            assert!(graph.links.len() <= graph.allowed, "at word {i}");
        }
        // Without pruning: 19 links per word, but for the window's last words.
        assert!(graph.links.len() < words * 19 / 2);
        let pair: Vec<u32> = graph
            .links
            .iter()
            .filter(|l| (l.a, l.b) == (0, 1))
            .map(|l| l.count)
            .collect();
        assert_eq!(pair, [words as u32 / 25]);
    }

    /// Stopping once the ranks settle changes no rank by more than 6 × 10⁻⁷ of the largest
    /// (what a contraction by the damping factor leaves after a pass that moved no rank by
    /// more than [`SETTLED`] of it: 0.85 / 0.15 × 10⁻⁷) from what all [`MAX_ITERATIONS`]
    /// passes of a plain PageRank give, on random graphs (hubs, weakly linked and isolated
    /// words).
    #[test]
    fn settled_ranks_match_all_passes() {
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move |below: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % below
        };
        for case in 0..40 {
            let n = 2 + next(400) as usize;
            let mut graph = Graph::new();
            graph.bias = (0..n).map(|i| 1.0 / (i as f64 + 1.0)).collect();
            let mut pairs = Vec::new();
            for _ in 0..next(8 * n as u64) {
                // Hubs: one end among the first few stems in a case out of two.
                let a = next(if case % 2 == 0 {
                    4.min(n as u64)
                } else {
                    n as u64
                }) as u32;
                let b = next(n as u64) as u32;
                if a != b {
                    let (a, b) = (a.min(b), a.max(b));
                    match pairs.iter().position(|&(x, y, _)| (x, y) == (a, b)) {
                        Some(p) => pairs[p].2 += 1,
                        None => pairs.push((a, b, 1)),
                    }
                }
            }
            for &(a, b, count) in &pairs {
                graph.links.push(Link { a, b, count });
            }
            let bias = graph.bias.clone();
            let ranks = graph.ranks(0, n);

            let total: f64 = bias.iter().sum();
            let mut strength = vec![0.0; n];
            for &(a, b, c) in &pairs {
                strength[a as usize] += f64::from(c);
                strength[b as usize] += f64::from(c);
            }
            let mut limit: Vec<f64> = bias.iter().map(|b| b / total).collect();
            for _ in 0..MAX_ITERATIONS {
                let mut to: Vec<f64> = (0..n)
                    .map(|v| {
                        let restart = bias[v] / total;
                        if strength[v] == 0.0 {
                            restart
                        } else {
                            (1.0 - DAMPING) * restart
                        }
                    })
                    .collect();
                for &(a, b, c) in &pairs {
                    let (a, b, w) = (a as usize, b as usize, f64::from(c));
                    to[b] += DAMPING * w * limit[a] / strength[a];
                    to[a] += DAMPING * w * limit[b] / strength[b];
                }
                limit = to;
            }
            let largest = limit.iter().copied().fold(0.0, f64::max);
            for (v, (r, l)) in ranks.iter().zip(&limit).enumerate() {
                assert!(
                    (r - l).abs() <= 6e-7 * largest,
                    "case {case}, {n} stems, stem {v}: {r} against {l}"
                );
            }
        }
    }

    /// `cmp_spelled` orders forms as their texts (words joined by spaces) compare, for
    /// words that start one another, are equal or differ, in forms of one to three words.
    #[test]
    fn forms_compare_as_their_spellings() {
        let en = Language::english();
        let vocabulary = [
            "a",
            "ab",
            "abc",
            "b",
            "B",
            "a-b",
            "a'b",
            "é",
            "éa",
            "1",
            "10",
            "talks",
            "talk",
            " \u{93e}",
            " \u{93e}\u{93e}",
            "\u{93e}",
        ];
        let mut surfaces = Surfaces::new();
        let ids: Vec<u32> = vocabulary.iter().map(|w| surfaces.id(w, &en)).collect();
        let mut forms = Vec::new();
        for &x in &ids {
            forms.push([x, NONE, NONE]);
            for &y in &ids {
                forms.push([x, y, NONE]);
                forms.push([x, y, ids[(x + y) as usize % ids.len()]]);
            }
        }
        for a in &forms {
            for b in &forms {
                let spelled = surfaces.text(a).cmp(&surfaces.text(b));
                assert_eq!(
                    surfaces.cmp_spelled(*a, *b),
                    spelled,
                    "{:?} vs {:?}",
                    surfaces.text(a),
                    surfaces.text(b)
                );
            }
        }
    }
}
