//! Language-specific resources: stemmer, stopwords and keyphrase fillers.
//!
//! Word lists are sorted slices searched with `binary_search` (a unit test keeps them sorted).

use std::cell::RefCell;
use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

/// English stopwords: function words that never start or end a keyphrase. Sorted.
const ENGLISH_STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "afterwards",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "alone",
    "along",
    "already",
    "also",
    "although",
    "always",
    "am",
    "among",
    "amongst",
    "an",
    "and",
    "another",
    "any",
    "anyhow",
    "anyone",
    "anything",
    "anyway",
    "anywhere",
    "are",
    "aren't",
    "around",
    "as",
    "at",
    "be",
    "became",
    "because",
    "become",
    "becomes",
    "becoming",
    "been",
    "before",
    "beforehand",
    "behind",
    "being",
    "below",
    "beside",
    "besides",
    "between",
    "beyond",
    "both",
    "but",
    "by",
    "came",
    "can",
    "can't",
    "cannot",
    "come",
    "could",
    "couldn't",
    "d",
    "day",
    "days",
    "despite",
    "did",
    "didn't",
    "do",
    "does",
    "doesn't",
    "doing",
    "don't",
    "done",
    "down",
    "dr",
    "during",
    "each",
    "early",
    "either",
    "else",
    "elsewhere",
    "enough",
    "etc",
    "even",
    "ever",
    "every",
    "everyone",
    "everything",
    "everywhere",
    "except",
    "far",
    "few",
    "first",
    "for",
    "former",
    "formerly",
    "friday",
    "from",
    "further",
    "get",
    "go",
    "going",
    "got",
    "had",
    "hadn't",
    "has",
    "hasn't",
    "have",
    "haven't",
    "having",
    "he",
    "he's",
    "hence",
    "her",
    "here",
    "hereafter",
    "hereby",
    "herein",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "i'm",
    "if",
    "in",
    "indeed",
    "into",
    "is",
    "isn't",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "latter",
    "least",
    "less",
    "let's",
    "like",
    "ll",
    "m",
    "made",
    "make",
    "many",
    "may",
    "me",
    "meanwhile",
    "might",
    "mine",
    "monday",
    "more",
    "moreover",
    "most",
    "mostly",
    "mr",
    "mrs",
    "ms",
    "much",
    "must",
    "my",
    "myself",
    "namely",
    "neither",
    "never",
    "nevertheless",
    "new",
    "next",
    "no",
    "nobody",
    "none",
    "nor",
    "not",
    "nothing",
    "now",
    "nowhere",
    "of",
    "off",
    "often",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "otherwise",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "per",
    "perhaps",
    "please",
    "quite",
    "rather",
    "re",
    "really",
    "s",
    "said",
    "same",
    "saturday",
    "say",
    "says",
    "see",
    "seem",
    "seemed",
    "seeming",
    "seems",
    "several",
    "she",
    "she's",
    "should",
    "shouldn't",
    "since",
    "so",
    "some",
    "somehow",
    "someone",
    "something",
    "sometime",
    "sometimes",
    "somewhere",
    "still",
    "such",
    "sunday",
    "t",
    "take",
    "than",
    "that",
    "that's",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "thence",
    "there",
    "there's",
    "thereafter",
    "thereby",
    "therefore",
    "therein",
    "thereupon",
    "these",
    "they",
    "they're",
    "this",
    "those",
    "though",
    "three",
    "through",
    "throughout",
    "thru",
    "thursday",
    "thus",
    "time",
    "to",
    "today",
    "together",
    "told",
    "tomorrow",
    "too",
    "took",
    "toward",
    "towards",
    "tuesday",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "ve",
    "very",
    "via",
    "was",
    "wasn't",
    "we",
    "we're",
    "wednesday",
    "week",
    "well",
    "went",
    "were",
    "weren't",
    "what",
    "whatever",
    "when",
    "whence",
    "whenever",
    "where",
    "whereafter",
    "whereas",
    "whereby",
    "wherein",
    "whereupon",
    "wherever",
    "whether",
    "which",
    "while",
    "whither",
    "who",
    "whoever",
    "whole",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "won't",
    "would",
    "wouldn't",
    "year",
    "years",
    "yesterday",
    "yet",
    "you",
    "you're",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

/// English words that carry no topic although they are not function words: common verbs and
/// vague quantifiers. They never enter a keyphrase (unless capitalised as part of a name). Sorted.
const ENGLISH_FILLERS: &[&str] = &[
    "able",
    "accept",
    "accepted",
    "added",
    "adds",
    "agreed",
    "allow",
    "allowed",
    "allows",
    "announced",
    "another",
    "appear",
    "appeared",
    "appears",
    "argue",
    "argued",
    "ask",
    "asked",
    "asks",
    "available",
    "became",
    "become",
    "becomes",
    "began",
    "begin",
    "begins",
    "believe",
    "believed",
    "believes",
    "bought",
    "bring",
    "brings",
    "broke",
    "brought",
    "called",
    "caught",
    "caused",
    "certain",
    "chose",
    "claimed",
    "continue",
    "continued",
    "continues",
    "decided",
    "declined",
    "described",
    "did",
    "drew",
    "drove",
    "estimated",
    "expect",
    "expected",
    "expects",
    "falls",
    "feel",
    "fell",
    "felt",
    "find",
    "finds",
    "flew",
    "fought",
    "found",
    "gave",
    "give",
    "given",
    "gives",
    "giving",
    "grew",
    "held",
    "help",
    "helped",
    "helps",
    "include",
    "included",
    "includes",
    "including",
    "keep",
    "keeps",
    "kept",
    "kind",
    "knew",
    "know",
    "known",
    "knows",
    "leave",
    "leaves",
    "left",
    "likely",
    "look",
    "looked",
    "looking",
    "looks",
    "lot",
    "lots",
    "many",
    "mean",
    "means",
    "meant",
    "mentioned",
    "moved",
    "need",
    "needed",
    "needs",
    "noted",
    "number",
    "offered",
    "other",
    "own",
    "paid",
    "part",
    "parts",
    "planned",
    "possible",
    "provided",
    "put",
    "raised",
    "ran",
    "reached",
    "received",
    "recent",
    "recently",
    "remain",
    "remained",
    "remains",
    "reported",
    "require",
    "required",
    "requires",
    "rises",
    "rose",
    "saw",
    "seek",
    "seeks",
    "seem",
    "seemed",
    "seen",
    "sent",
    "show",
    "showed",
    "shown",
    "shows",
    "sort",
    "sought",
    "spent",
    "spoke",
    "started",
    "stated",
    "stood",
    "struck",
    "suggested",
    "taken",
    "takes",
    "taking",
    "taught",
    "tell",
    "tells",
    "thing",
    "things",
    "think",
    "thinks",
    "thought",
    "threw",
    "tried",
    "tries",
    "try",
    "trying",
    "turned",
    "unlike",
    "urged",
    "used",
    "various",
    "want",
    "wanted",
    "wants",
    "warned",
    "way",
    "ways",
    "whose",
    "won",
    "write",
    "writes",
    "written",
    "wrote",
];

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
pub struct Language {
    /// ISO 639-1 code.
    pub code: &'static str,
    stemmer: Stemmer,
    stopwords: &'static [&'static str],
    fillers: &'static [&'static str],
    /// Stems already computed: an article repeats its words, and every analysis step stems them.
    stems: RefCell<HashMap<String, String>>,
}

/// Words longer than this are stemmed without caching (rare, and often junk).
const CACHED_WORD_LEN: usize = 24;

impl Language {
    /// English.
    pub fn english() -> Self {
        Language {
            code: "en",
            stemmer: Stemmer::create(Algorithm::English),
            stopwords: ENGLISH_STOPWORDS,
            fillers: ENGLISH_FILLERS,
            stems: RefCell::new(HashMap::new()),
        }
    }

    /// The Snowball stem of a lower-cased word.
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert_eq!(en.stem("investments"), en.stem("investment"));
    /// ```
    pub fn stem(&self, folded: &str) -> String {
        if folded.len() > CACHED_WORD_LEN {
            return self.stemmer.stem(folded).into_owned();
        }
        let mut stems = self.stems.borrow_mut();
        if let Some(stem) = stems.get(folded) {
            return stem.clone();
        }
        let stem = self.stemmer.stem(folded).into_owned();
        stems.insert(folded.to_string(), stem.clone());
        stem
    }

    /// Whether a lower-cased word is a stopword.
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert!(en.is_stopword("the") && !en.is_stopword("treaty"));
    /// ```
    pub fn is_stopword(&self, folded: &str) -> bool {
        self.stopwords.binary_search(&folded).is_ok()
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
        if self.fillers.binary_search(&folded).is_ok() {
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
        let singular = match w.strip_suffix("ies") {
            Some(stem) if stem.len() > 2 => format!("{stem}y"),
            _ if w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is") =>
            {
                w[..w.len() - 1].to_string()
            }
            _ => w.to_string(),
        };
        SUFFIX_CLASSES
            .iter()
            .find(|s| singular.len() > s.len() + 2 && singular.ends_with(*s))
            .copied()
            .unwrap_or("")
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
        self.is_third_person(word) && OBJECT_OPENERS.binary_search(&next).is_ok()
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
        VERB_CUES.binary_search(&prev).is_ok()
            || (word.ends_with("ing") && BE_FORMS.binary_search(&prev).is_ok())
    }
}

/// Derivational and verbal endings that tell words of one Snowball stem apart, longest first
/// where one ends another.
const SUFFIX_CLASSES: &[&str] = &[
    "ational", "ional", "ation", "ment", "ness", "less", "ful", "ism", "ist", "ity", "ive", "ize",
    "ise", "able", "ible", "ally", "ly", "al", "ing", "ed", "er", "or", "ic", "ion", "ance",
    "ence", "ant", "ent", "ous", "ship", "hood", "ary", "ory",
];

/// Words after which a lower-case word is a verb. Sorted.
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

/// Articles and possessives that open an object after a verb. Sorted.
const OBJECT_OPENERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "the", "their", "your",
];

/// Forms of "be" before a progressive "-ing" verb. Sorted.
const BE_FORMS: &[&str] = &[
    "am", "are", "be", "been", "being", "is", "isn't", "was", "wasn't", "were", "weren't",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        for list in [
            ENGLISH_STOPWORDS,
            ENGLISH_FILLERS,
            LY_NOUNS,
            ED_WORDS,
            VERB_CUES,
            BE_FORMS,
            OBJECT_OPENERS,
        ] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "unsorted near {:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }
}
