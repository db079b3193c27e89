//! Unsupervised single-document keyphrase extraction.
//!
//! Candidates are runs of 1–3 words that neither start nor end with a stopword and do not
//! cross punctuation. Each candidate is scored from the frequency and first position of its
//! stem group; variants are grouped by Snowball stem and reported once, in the surface form
//! seen most often.

use std::collections::HashMap;

use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Language;
use crate::model::Keyphrase;
use crate::text::fold;

/// How many keyphrases to report at most.
pub const MAX_KEYPHRASES: usize = 20;

/// A token of the candidate stream: a word, or a phrase break (punctuation).
enum Token<'a> {
    Word(&'a str),
    Break,
}

/// Extracts keyphrases from the article's texts (title first, then body blocks).
///
/// ```
/// let en = article_lens::lang::Language::english();
/// let k = article_lens::keyphrases::extract(&["Trade talks", "The trade talks stalled. Trade talks resume."], &en);
/// assert_eq!(k[0].text, "trade talks");
/// ```
pub fn extract(texts: &[&str], lang: &Language) -> Vec<Keyphrase> {
    struct Group {
        count: usize,
        first: usize,
        forms: HashMap<String, usize>,
        len: usize,
    }
    let mut groups: HashMap<String, Group> = HashMap::new();
    let mut position = 0usize;
    for text in texts {
        let tokens: Vec<Token> = text
            .split_word_bounds()
            .filter(|t| !t.trim().is_empty())
            .map(|t| if t.chars().any(char::is_alphanumeric) { Token::Word(t) } else { Token::Break })
            .collect();
        let mut run: Vec<&str> = Vec::new();
        for tok in tokens.iter().chain(std::iter::once(&Token::Break)) {
            match tok {
                Token::Word(w) => {
                    run.push(w);
                    position += 1;
                }
                Token::Break => {
                    for start in 0..run.len() {
                        for n in 1..=3.min(run.len() - start) {
                            let phrase = &run[start..start + n];
                            let folded: Vec<String> = phrase.iter().map(|w| fold(w)).collect();
                            if lang.is_stopword(&folded[0])
                                || lang.is_stopword(&folded[n - 1])
                                || folded.iter().any(|w| w.chars().all(|c| c.is_numeric() || c == '.' || c == ','))
                                || folded.iter().any(|w| w.chars().count() < 2)
                            {
                                continue;
                            }
                            let key: Vec<String> = folded.iter().map(|w| lang.stem(w)).collect();
                            let g = groups.entry(key.join(" ")).or_insert(Group {
                                count: 0,
                                first: position - run.len() + start,
                                forms: HashMap::new(),
                                len: n,
                            });
                            g.count += 1;
                            *g.forms.entry(folded.join(" ")).or_default() += 1;
                        }
                    }
                    run.clear();
                }
            }
        }
    }
    let total = position.max(1) as f64;
    let mut scored: Vec<(f64, String)> = groups
        .into_values()
        .filter(|g| g.count >= 2 || g.len > 1)
        .map(|g| {
            let pos = 1.0 / (1.0 + (g.first as f64 / total) * 10.0);
            let score = (g.count as f64).ln_1p() * (1.0 + 0.5 * (g.len as f64 - 1.0)) * pos;
            let mut forms: Vec<(String, usize)> = g.forms.into_iter().collect();
            forms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            (score, forms.swap_remove(0).0)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let max = scored.first().map_or(1.0, |s| s.0).max(f64::MIN_POSITIVE);
    scored
        .into_iter()
        .take(MAX_KEYPHRASES)
        .map(|(score, text)| Keyphrase { text, score: crate::themes::round4(score / max) })
        .collect()
}
