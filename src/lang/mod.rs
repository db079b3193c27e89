//! Language-specific resources: stemmer, stopwords and keyphrase fillers.
//!
//! Each language's words are a text file in `src/lang/words/` (`[stopwords]` then `[fillers]`,
//! one lower-case word per line, sorted, checked by a test) and its stemmer is the Snowball one
//! from rust-stemmers. Every language but English is a cargo feature (`lang-fr`, `lang-de`, …;
//! `all-languages` turns them all on): a language left out costs nothing in the wasm, and its
//! articles get structure but no keyphrases, themes or stemmed key-point evidence.

use std::cell::RefCell;

use crate::hashing::Interner;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// Declares the languages that can be compiled in: feature, code, Snowball algorithm.
macro_rules! languages {
    ($($feature:literal $code:literal $algorithm:ident,)*) => {
        /// The Snowball stemmer and the word file of a language, when it is compiled in. Each
        /// stemmer is created with a constant: an algorithm passed as data would link every
        /// Snowball stemmer into the wasm, compiled in or not.
        fn resources(code: &str) -> Option<(&'static str, Stemmer, &'static str)> {
            match code {
                "en" => Some(("en", Stemmer::create(Algorithm::English), include_str!("words/en.txt"))),
                $(
                    #[cfg(feature = $feature)]
                    $code => Some(($code, Stemmer::create(Algorithm::$algorithm), include_str!(concat!("words/", $code, ".txt")))),
                )*
                _ => None,
            }
        }

        /// The ISO 639-1 codes of the languages this build stems and extracts keyphrases for
        /// (English always; the others as cargo features).
        ///
        /// ```
        /// assert!(article_lens::lang::available().contains(&"en"));
        /// ```
        pub fn available() -> Vec<&'static str> {
            ALL.iter().copied().filter(|code| resources(code).is_some()).collect()
        }

        /// The ISO 639-1 codes of every language a build can have (with `all-languages`).
        pub const ALL: &[&str] = &["en", $($code,)*];
    };
}

languages! {
    "lang-fr" "fr" French,
    "lang-de" "de" German,
    "lang-es" "es" Spanish,
    "lang-pt" "pt" Portuguese,
    "lang-it" "it" Italian,
    "lang-nl" "nl" Dutch,
    "lang-sv" "sv" Swedish,
    "lang-no" "no" Norwegian,
    "lang-da" "da" Danish,
    "lang-fi" "fi" Finnish,
    "lang-ru" "ru" Russian,
    "lang-hu" "hu" Hungarian,
    "lang-ro" "ro" Romanian,
    "lang-tr" "tr" Turkish,
    "lang-ar" "ar" Arabic,
    "lang-el" "el" Greek,
    "lang-ta" "ta" Tamil,
}

/// Whether this build lacks the word lists of `code` that the build with every language has:
/// a page can then analyse the article with that build for its keyphrases and themes.
///
/// ```
/// assert!(!article_lens::lang::needs_all_languages("en"));
/// assert!(!article_lens::lang::needs_all_languages("cs")); // no build has Czech
/// ```
pub fn needs_all_languages(code: &str) -> bool {
    ALL.contains(&code) && resources(code).is_none()
}

/// The lines of one `[section]` of a data file (the word files here and the theme lexicons in
/// `src/themes/lexicons/`), trimmed, without blank lines and `#` comments.
pub(crate) fn section(file: &'static str, name: &str) -> Vec<&'static str> {
    let header = format!("[{name}]");
    file.lines()
        .skip_while(|l| l.trim() != header)
        .skip(1)
        .map(str::trim)
        .take_while(|l| !l.starts_with('['))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Disjoint lists of words, numbered in one table, list after list: which list a word is in
/// takes one lookup by its hash, not a binary search per list comparing it with a word at
/// each step. Made once per process.
struct WordLists {
    /// The words of every list, in list order.
    words: Interner,
    /// Where each list's ids end.
    ends: Vec<u32>,
}

impl WordLists {
    /// The table of `lists`, which share no word.
    fn new(lists: &[&[&str]]) -> Self {
        let all = || lists.iter().flat_map(|list| list.iter());
        let mut words = Interner::with_capacity(all().count(), all().map(|w| w.len()).sum());
        let mut ends = Vec::new();
        for list in lists {
            for word in *list {
                words.id(word);
            }
            ends.push(words.len() as u32);
        }
        WordLists { words, ends }
    }

    /// The index of the list that has `word`, if any.
    fn list_of(&self, word: &str) -> Option<usize> {
        let id = self.words.find(word)?;
        Some(self.ends.partition_point(|&end| end <= id))
    }
}

/// The lists of the word file `words` of the language `code`: [`STOPWORDS`], [`FILLERS`].
fn word_lists(code: &str, words: &'static str) -> Option<&'static WordLists> {
    static LISTS: [OnceLock<WordLists>; ALL.len()] = [const { OnceLock::new() }; ALL.len()];
    let lists = LISTS[ALL.iter().position(|c| *c == code)?].get_or_init(|| {
        WordLists::new(&[&section(words, "stopwords"), &section(words, "fillers")])
    });
    Some(lists)
}

/// The list of stopwords in a language's [`WordLists`].
const STOPWORDS: usize = 0;

/// The list of fillers in a language's [`WordLists`].
const FILLERS: usize = 1;

/// The list of [`VERB_CUES`] in [`verb_marks`].
const CUE: usize = 0;

/// The list of [`BE_FORMS`] in [`verb_marks`].
const BE: usize = 1;

/// The list of [`OBJECT_OPENERS`] in [`verb_marks`].
const OPENER: usize = 2;

/// The English word lists that mark a verb by the word before or after: [`VERB_CUES`],
/// [`BE_FORMS`], [`OBJECT_OPENERS`] (lists [`CUE`], [`BE`], [`OPENER`]).
fn verb_marks() -> &'static WordLists {
    static LISTS: OnceLock<WordLists> = OnceLock::new();
    LISTS.get_or_init(|| WordLists::new(&[VERB_CUES, BE_FORMS, OBJECT_OPENERS]))
}

/// How many words [`StemCache`] holds before it starts again (about 45 bytes each, 1.5 MB in
/// all): the distinct words of some hundred news articles.
const STEM_CACHE_WORDS: usize = 1 << 15;

thread_local! {
    /// The stems of the words the analyses of this thread have met: an article edited and
    /// analysed again, and the common words of the next one, are not stemmed again (stemming
    /// is the largest single cost of an analysis).
    static STEM_CACHE: RefCell<StemCache> = RefCell::new(StemCache::new());
}

/// Snowball stems of folded words, by language, kept from one analysis to the next.
struct StemCache {
    /// The language of the words held (the cache starts again for another one).
    code: &'static str,
    /// The folded words.
    words: Interner,
    /// Word id → its stem id.
    stem_of: Vec<u32>,
    /// The stems.
    stems: Interner,
}

impl StemCache {
    /// An empty cache.
    fn new() -> Self {
        StemCache {
            code: "",
            words: Interner::new(),
            stem_of: Vec::new(),
            stems: Interner::new(),
        }
    }

    /// The stem of the folded `word` of language `code`, stemmed by `stemmer` when new.
    fn stem(&mut self, code: &'static str, word: &str, stemmer: &Stemmer) -> &str {
        if self.code != code || self.words.len() >= STEM_CACHE_WORDS {
            *self = StemCache::new();
            self.code = code;
        }
        let id = self.words.id(word) as usize;
        if id == self.stem_of.len() {
            let stem = self.stems.id(&stemmer.stem(word));
            self.stem_of.push(stem);
        }
        self.stems.get(self.stem_of[id])
    }
}

/// An ending less its inflectional tail: plural and gender in the Romance languages ("ées" →
/// "é", "icas" → "ic"), plural and case in German and Dutch ("en", "er", "es", "e", "n", "s").
fn strip_inflection<'a>(code: &str, ending: &'a str) -> &'a str {
    match code {
        "fr" => {
            let e = ending.strip_suffix(['s', 'x']).unwrap_or(ending);
            e.strip_suffix('e').unwrap_or(e)
        }
        "es" | "pt" => {
            let e = ending.strip_suffix('s').unwrap_or(ending);
            e.strip_suffix(['a', 'o', 'e']).unwrap_or(e)
        }
        "it" => ending.strip_suffix(['a', 'o', 'e', 'i']).unwrap_or(ending),
        "de" | "nl" => ["en", "er", "es", "e", "n", "s"]
            .iter()
            .find_map(|tail| ending.strip_suffix(tail))
            .unwrap_or(ending),
        _ => ending,
    }
}

/// Nouns in "-ly" that the adverb rule of [`Language::is_filler`] must not drop. Sorted.
const LY_NOUNS: &[&str] = &[
    "anomaly",
    "assembly",
    "belly",
    "bully",
    "butterfly",
    "daily",
    "family",
    "italy",
    "jelly",
    "july",
    "monopoly",
    "monthly",
    "quarterly",
    "rally",
    "reply",
    "supply",
    "weekly",
];

/// Words in "-ed" that are not past forms. Sorted.
const ED_WORDS: &[&str] = &["hundred", "kindred", "naked", "sacred", "wicked"];

/// An analysis language: how to stem words and which words are stopwords.
///
/// It also keeps every word it has stemmed (see [`Language::stem`]), so make one per analysis
/// rather than one for a whole session. (The stems themselves are also kept from one analysis
/// to the next, per thread, in a bounded cache.)
pub struct Language {
    /// ISO 639-1 code.
    pub code: &'static str,
    stemmer: Stemmer,
    /// Its stopwords and fillers.
    lists: &'static WordLists,
    /// The words met so far: an article repeats its words, and every analysis step looks
    /// them up.
    vocabulary: RefCell<Vocabulary>,
}

/// The distinct folded words an analysis has met, each stemmed once; words and stems are
/// numbered in the order they first occur.
struct Vocabulary {
    /// The folded words.
    words: Interner,
    /// Word id → its stem id and whether it is a stopword.
    of_word: Vec<(u32, bool)>,
    /// The stems.
    stems: Interner,
}

/// A folded word's ids in its language's vocabulary (see [`Language::word`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WordIds {
    /// The word's id: one per distinct folded word.
    pub(crate) word: u32,
    /// Its stem's id: one per distinct stem.
    pub(crate) stem: u32,
    /// Whether it is a stopword.
    pub(crate) stopword: bool,
}

impl Language {
    /// English.
    pub fn english() -> Self {
        Self::new("en").unwrap_or_else(|| unreachable!("English is always compiled in"))
    }

    /// The language of an ISO 639-1 code, when this build has it (see [`available`]).
    ///
    /// ```
    /// use article_lens::lang::Language;
    /// assert_eq!(Language::new("en").map(|l| l.code), Some("en"));
    /// assert!(Language::new("xx").is_none());
    /// ```
    pub fn new(code: &str) -> Option<Self> {
        let (code, stemmer, words) = resources(code)?;
        let lists = word_lists(code, words)?;
        Some(Language {
            code,
            stemmer,
            lists,
            vocabulary: RefCell::new(Vocabulary {
                words: Interner::new(),
                of_word: Vec::new(),
                stems: Interner::new(),
            }),
        })
    }

    /// The Snowball stem of a lower-cased word. The word and its stem are kept for the next
    /// lookup, for as long as this `Language` lives.
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert_eq!(en.stem("investments"), en.stem("investment"));
    /// ```
    pub fn stem(&self, folded: &str) -> String {
        let mut stem = String::new();
        self.push_stem(folded, &mut stem);
        stem
    }

    /// Appends the stem of a lower-cased word to `out` (see [`Language::stem`]) and tells
    /// whether the word is a stopword.
    pub(crate) fn push_stem(&self, folded: &str, out: &mut String) -> bool {
        let ids = self.word(folded);
        out.push_str(self.vocabulary.borrow().stems.get(ids.stem));
        ids.stopword
    }

    /// The ids of a lower-cased word, stemmed and numbered the first time it is met: what
    /// the analysis steps key their own tables by.
    pub(crate) fn word(&self, folded: &str) -> WordIds {
        let mut vocabulary = self.vocabulary.borrow_mut();
        let Vocabulary {
            words,
            of_word,
            stems,
        } = &mut *vocabulary;
        let word = words.id(folded);
        let (stem, stopword) = match of_word.get(word as usize) {
            Some(&known) => known,
            None => self.learn(folded, of_word, stems),
        };
        WordIds {
            word,
            stem,
            stopword,
        }
    }

    /// The stem id and stopword flag of a word met for the first time, added to `of_word`.
    /// Kept apart from [`Language::word`], so that the lookup of a known word (most lookups)
    /// is small enough to be inlined where words are read.
    #[cold]
    fn learn(
        &self,
        folded: &str,
        of_word: &mut Vec<(u32, bool)>,
        stems: &mut Interner,
    ) -> (u32, bool) {
        let stem = STEM_CACHE
            .with_borrow_mut(|cache| stems.id(cache.stem(self.code, folded, &self.stemmer)));
        let known = (stem, self.is_stopword(folded));
        of_word.push(known);
        known
    }

    /// Sorts stem ids (see [`Language::word`]) by their stems' text.
    pub(crate) fn sort_by_stem(&self, ids: &mut Vec<u32>) {
        let vocabulary = self.vocabulary.borrow();
        crate::order::sort_by(ids, |a, b| {
            vocabulary.stems.get(*a).cmp(vocabulary.stems.get(*b))
        });
    }

    /// The key theme terms are matched by: the Snowball stem, and in languages other than
    /// English (whose suffix classes do this job, see [`Language::suffix_class`]) the ending
    /// the stemmer removed, less its inflection (plural, gender, case). Snowball also strips
    /// derivational endings, so "données" and "donner" share the stem "don"; their endings
    /// "né" and "ner" tell them apart, while "député", "députée" and "députés" all keep "é".
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert_eq!(en.match_stem("treaties"), en.stem("treaty"));
    /// ```
    pub fn match_stem(&self, folded: &str) -> String {
        self.with_match_stem(folded, self.word(folded), str::to_string)
    }

    /// Calls `f` with the [`Language::match_stem`] of a lower-cased word whose ids are
    /// `ids`, read from the vocabulary without a copy unless an ending is added. `f` runs
    /// while the vocabulary is borrowed: it must not look words up in this language.
    pub(crate) fn with_match_stem<R>(
        &self,
        folded: &str,
        ids: WordIds,
        f: impl FnOnce(&str) -> R,
    ) -> R {
        let vocabulary = self.vocabulary.borrow();
        let stem = vocabulary.stems.get(ids.stem);
        if self.code == "en" {
            return f(stem);
        }
        let ending = folded.strip_prefix(stem).unwrap_or("");
        let ending = strip_inflection(self.code, ending);
        if ending.is_empty() {
            f(stem)
        } else {
            f(&format!("{stem}\u{1}{ending}"))
        }
    }

    /// Whether a lower-cased word is a stopword.
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert!(en.is_stopword("the") && !en.is_stopword("treaty"));
    /// ```
    pub fn is_stopword(&self, folded: &str) -> bool {
        self.lists.list_of(folded) == Some(STOPWORDS)
    }

    /// Whether a lower-cased word is a filler that carries no topic: a common verb, an adverb
    /// in "-ly", or a past form in "-ed" (English rules; other languages only use the list).
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert!(en.is_filler("announced") && en.is_filler("quickly"));
    /// assert!(!en.is_filler("family") && !en.is_filler("speed") && !en.is_filler("eclipse"));
    /// ```
    pub fn is_filler(&self, folded: &str) -> bool {
        if self.lists.list_of(folded) == Some(FILLERS) {
            return true;
        }
        if self.code != "en" || folded.len() < 5 || folded.contains('-') {
            return false;
        }
        (folded.ends_with("ly") && LY_NOUNS.binary_search(&folded).is_err())
            || (folded.ends_with("ed")
                && !folded.ends_with("eed")
                && ED_WORDS.binary_search(&folded).is_err())
    }

    /// The suffix class of a lower-cased word: its derivational or verbal ending ("ed",
    /// "ing", "able", "al", "ion", …) once a plural or possessive "s" is removed, or "" for
    /// none. Two words with one stem but different classes are different words for theme
    /// matching ("shares"/"shared", "renewable"/"renewed", "nation"/"national").
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert_eq!(en.suffix_class("investments"), en.suffix_class("investment"));
    /// assert_ne!(en.suffix_class("shares"), en.suffix_class("shared"));
    /// assert_ne!(en.suffix_class("international"), en.suffix_class("internal"));
    /// ```
    pub fn suffix_class(&self, folded: &str) -> &'static str {
        if self.code != "en" {
            return "";
        }
        let w = folded.strip_suffix("'s").unwrap_or(folded);
        // The singular is `base` followed by a "y" when `y` ("treaties" → "treat" + "y").
        let (base, y) = match w.strip_suffix("ies") {
            Some(stem) if stem.len() > 2 => (stem, true),
            _ if w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is") =>
            {
                (&w[..w.len() - 1], false)
            }
            _ => (w, false),
        };
        let len = base.len() + usize::from(y);
        let ends_with = |s: &str| match (y, s.strip_suffix('y')) {
            (true, Some(head)) => base.ends_with(head),
            (true, None) => false,
            (false, _) => base.ends_with(s),
        };
        // Only the classes that end in the word's last letter can match, in list order.
        let last = if y { Some(b'y') } else { base.bytes().last() };
        let mut candidates = last.map_or(0, |b| CLASSES_BY_LAST_BYTE[usize::from(b)]);
        while candidates != 0 {
            let class = SUFFIX_CLASSES[candidates.trailing_zeros() as usize];
            if len > class.len() + 2 && ends_with(class) {
                return class;
            }
            candidates &= candidates - 1;
        }
        ""
    }

    /// Whether the lower-cased `word` may be a verb in the third person singular ("expands",
    /// "aims"): a word in "-s" (not "-ss", "-us").
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert!(en.is_third_person("aims") && !en.is_third_person("press") && !en.is_third_person("aim"));
    /// ```
    pub fn is_third_person(&self, word: &str) -> bool {
        self.code == "en"
            && word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !word.ends_with("us")
    }

    /// Whether the lower-cased `word`, followed by `next`, is a verb in the third person: a
    /// word in "-s" right before an article or a possessive ("expands its", "aims the").
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert!(en.is_verb_before("expands", "its") && !en.is_verb_before("talks", "on"));
    /// ```
    pub fn is_verb_before(&self, word: &str, next: &str) -> bool {
        self.is_third_person(word) && verb_marks().list_of(next) == Some(OPENER)
    }

    /// Whether `prev` marks the lower-cased `word` after it as a verb ("to use", "they kiss",
    /// "was reporting"): subject pronouns, modals, negations and the infinitive marker.
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert!(en.precedes_verb("will", "sign") && en.precedes_verb("was", "reporting"));
    /// assert!(!en.precedes_verb("the", "sign") && !en.precedes_verb("was", "president"));
    /// ```
    pub fn precedes_verb(&self, prev: &str, word: &str) -> bool {
        if self.code != "en" {
            return false;
        }
        match verb_marks().list_of(prev) {
            Some(CUE) => true,
            Some(BE) => word.ends_with("ing"),
            _ => false,
        }
    }
}

/// Derivational and verbal endings that tell words of one Snowball stem apart, longest first
/// where one ends another.
const SUFFIX_CLASSES: &[&str] = &[
    "ational", "ional", "ation", "ment", "ness", "less", "ful", "ism", "ist", "ity", "ive", "ize",
    "ise", "able", "ible", "ally", "ly", "al", "ing", "ed", "er", "or", "ic", "ion", "ance",
    "ence", "ant", "ent", "ous", "ship", "hood", "ary", "ory",
];

/// For each byte, the [`SUFFIX_CLASSES`] that end in it, as a bit set of their indices.
static CLASSES_BY_LAST_BYTE: [u64; 256] = {
    let mut sets = [0u64; 256];
    let mut i = 0;
    while i < SUFFIX_CLASSES.len() {
        let class = SUFFIX_CLASSES[i].as_bytes();
        sets[class[class.len() - 1] as usize] |= 1 << i;
        i += 1;
    }
    sets
};

/// Words after which a lower-case word is a verb.
const VERB_CUES: &[&str] = &[
    "can",
    "can't",
    "cannot",
    "could",
    "couldn't",
    "did",
    "didn't",
    "does",
    "doesn't",
    "don't",
    "he",
    "i",
    "may",
    "might",
    "must",
    "never",
    "not",
    "she",
    "should",
    "shouldn't",
    "they",
    "to",
    "we",
    "who",
    "will",
    "won't",
    "would",
    "wouldn't",
];

/// Articles and possessives that open an object after a verb.
const OBJECT_OPENERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "the", "their", "your",
];

/// Forms of "be" before a progressive "-ing" verb.
const BE_FORMS: &[&str] = &[
    "am", "are", "be", "been", "being", "is", "isn't", "was", "wasn't", "were", "weren't",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stem_cache_gives_the_stemmer_s_stems_and_stays_bounded() {
        let en = Stemmer::create(Algorithm::English);
        let mut cache = StemCache::new();
        for word in ["investments", "investment", "treaties", "investments"] {
            assert_eq!(cache.stem("en", word, &en), en.stem(word));
        }
        assert_eq!((cache.words.len(), cache.stems.len()), (3, 2));
        for i in 0..STEM_CACHE_WORDS {
            cache.stem("en", &format!("w{i}"), &en);
        }
        assert!(
            cache.words.len() < STEM_CACHE_WORDS,
            "{}",
            cache.words.len()
        );
        cache.stem("fr", "traités", &en);
        assert_eq!((cache.code, cache.words.len()), ("fr", 1));
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [LY_NOUNS, ED_WORDS] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "unsorted near {:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }

    /// A word in two of the verb-marking lists would only be found in the first.
    #[test]
    fn verb_marking_lists_are_disjoint() {
        let count = VERB_CUES.len() + BE_FORMS.len() + OBJECT_OPENERS.len();
        assert_eq!(verb_marks().words.len(), count);
    }

    /// Every word file on disk, compiled in or not: two sorted, duplicate-free, lower-case
    /// sections that do not overlap.
    #[test]
    fn word_files_are_sorted_lower_case_and_disjoint() {
        for code in ALL {
            let path = format!("{}/src/lang/words/{code}.txt", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let file: &'static str = Box::leak(text.into_boxed_str());
            let stopwords = section(file, "stopwords");
            let fillers = section(file, "fillers");
            assert!(
                stopwords.len() >= 50,
                "{code}: {} stopwords",
                stopwords.len()
            );
            for list in [&stopwords, &fillers] {
                if let Some(w) = list.windows(2).find(|w| w[0] >= w[1]) {
                    panic!("{code}: unsorted or repeated near {w:?}");
                }
                if let Some(w) = list.iter().find(|w| w.to_lowercase() != **w) {
                    panic!("{code}: not lower case: {w}");
                }
            }
            if let Some(w) = fillers.iter().find(|w| stopwords.binary_search(w).is_ok()) {
                panic!("{code}: {w} is both a stopword and a filler");
            }
        }
    }

    #[test]
    fn every_available_language_loads() {
        for code in available() {
            let lang = Language::new(code).unwrap();
            assert!(lang.is_stopword(lang.lists.words.get(0)), "{code}");
        }
    }
}
