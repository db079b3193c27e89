//! Language-specific resources: stemmer and stopwords.

use rust_stemmers::{Algorithm, Stemmer};

/// English stopwords: function words that never start or end a keyphrase.
const ENGLISH_STOPWORDS: &[&str] = &[
    "a", "about", "above", "across", "after", "afterwards", "again", "against", "all", "almost", "alone", "along",
    "already", "also", "although", "always", "am", "among", "amongst", "an", "and", "another", "any", "anyhow",
    "anyone", "anything", "anyway", "anywhere", "are", "around", "as", "at", "be", "became", "because", "become",
    "becomes", "becoming", "been", "before", "beforehand", "behind", "being", "below", "beside", "besides",
    "between", "beyond", "both", "but", "by", "can", "cannot", "could", "did", "do", "does", "doing", "done",
    "down", "during", "each", "either", "else", "elsewhere", "enough", "etc", "even", "ever", "every",
    "everyone", "everything", "everywhere", "except", "few", "for", "former", "formerly", "from", "further",
    "had", "has", "have", "having", "he", "hence", "her", "here", "hereafter", "hereby", "herein", "hers",
    "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "indeed", "into", "is", "it", "its",
    "itself", "just", "last", "latter", "least", "less", "many", "may", "me", "meanwhile", "might", "mine",
    "more", "moreover", "most", "mostly", "much", "must", "my", "myself", "namely", "neither", "never",
    "nevertheless", "next", "no", "nobody", "none", "nor", "not", "nothing", "now", "nowhere", "of", "off",
    "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our", "ours",
    "ourselves", "out", "over", "own", "per", "perhaps", "please", "quite", "rather", "really", "said", "same",
    "say", "says", "see", "seem", "seemed", "seeming", "seems", "several", "she", "should", "since", "so",
    "some", "somehow", "someone", "something", "sometime", "sometimes", "somewhere", "still", "such", "than",
    "that", "the", "their", "theirs", "them", "themselves", "then", "thence", "there", "thereafter", "thereby",
    "therefore", "therein", "thereupon", "these", "they", "this", "those", "though", "through", "throughout",
    "thru", "thus", "to", "together", "too", "toward", "towards", "under", "until", "up", "upon", "us", "very",
    "via", "was", "we", "well", "were", "what", "whatever", "when", "whence", "whenever", "where", "whereafter",
    "whereas", "whereby", "wherein", "whereupon", "wherever", "whether", "which", "while", "whither", "who",
    "whoever", "whole", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet", "you",
    "your", "yours", "yourself", "yourselves", "mr", "mrs", "ms", "dr", "s", "t", "ll", "d", "re", "ve", "m",
    "don't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "won't", "can't", "couldn't",
    "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't", "it's", "he's", "she's", "they're", "we're",
    "i'm", "you're", "that's", "there's", "let's", "told", "according", "get", "got", "go", "went", "going",
    "make", "made", "take", "took", "come", "came", "like", "new", "two", "three", "first", "year", "years",
    "day", "days", "time", "week", "yesterday", "today", "tomorrow", "ago", "later", "early", "far",
];

/// An analysis language: how to stem words and which words are stopwords.
pub struct Language {
    /// ISO 639-1 code.
    pub code: &'static str,
    stemmer: Stemmer,
    stopwords: &'static [&'static str],
}

impl Language {
    /// English.
    pub fn english() -> Self {
        Language { code: "en", stemmer: Stemmer::create(Algorithm::English), stopwords: ENGLISH_STOPWORDS }
    }

    /// The Snowball stem of a lower-cased word.
    ///
    /// ```
    /// let en = article_lens::lang::Language::english();
    /// assert_eq!(en.stem("investments"), en.stem("investment"));
    /// ```
    pub fn stem(&self, folded: &str) -> String {
        self.stemmer.stem(folded).into_owned()
    }

    /// Whether a lower-cased word is a stopword.
    pub fn is_stopword(&self, folded: &str) -> bool {
        self.stopwords.contains(&folded)
    }
}
