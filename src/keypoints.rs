//! Key points: generated extractively when the article has none, and linked to the blocks
//! that support them.

use std::collections::HashSet;

use crate::lang::Language;
use crate::text::{fold, words};

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
            n => n.parse().ok().filter(|n| (1..=20).contains(n)).map(Length::Count),
        }
    }

    /// The number of key points for an article of `words` words.
    fn count(self, words: usize) -> usize {
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

/// The stems of the content words (stopwords left out) of a text.
pub fn content_stems(text: &str, lang: &Language) -> HashSet<String> {
    words(text)
        .map(|w| fold(w.text))
        .filter(|w| !lang.is_stopword(w))
        .map(|w| lang.stem(&w))
        .collect()
}

/// Indices of the blocks that support a key point: those sharing at least half of its content
/// stems (at most three, best first; the single best when none reaches half).
pub fn evidence(point: &str, blocks: &[HashSet<String>], lang: &Language) -> Vec<usize> {
    let stems = content_stems(point, lang);
    if stems.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(usize, usize)> =
        blocks.iter().enumerate().map(|(i, b)| (stems.iter().filter(|s| b.contains(*s)).count(), i)).collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let strong: Vec<usize> = scored.iter().filter(|(n, _)| *n * 2 >= stems.len() && *n > 0).take(3).map(|(_, i)| *i).collect();
    if strong.is_empty() {
        scored.first().filter(|(n, _)| *n > 0).map(|(_, i)| vec![*i]).unwrap_or_default()
    } else {
        strong
    }
}

/// A candidate sentence for a generated key point.
pub struct Sentence<'a> {
    /// Index of its block.
    pub block: usize,
    /// The sentence text.
    pub text: &'a str,
}

/// Picks key points from the body's sentences: scored by position and by how many of the
/// article's keyphrases they contain, redundancy avoided; returned in article order.
pub fn generate(sentences: &[Sentence], keyphrase_stems: &[HashSet<String>], length: Length, total_words: usize, lang: &Language) -> Vec<usize> {
    let want = length.count(total_words).min(sentences.len());
    let stems: Vec<HashSet<String>> = sentences.iter().map(|s| content_stems(s.text, lang)).collect();
    let mut scores: Vec<(f64, usize)> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let n_words = words(s.text).count();
            let position = 1.0 / (1.0 + i as f64 * 0.3);
            let coverage = keyphrase_stems.iter().filter(|k| !k.is_empty() && k.is_subset(&stems[i])).count() as f64;
            let length_ok = if (8..=60).contains(&n_words) { 1.0 } else { 0.3 };
            ((position * 2.0 + coverage * 0.3) * length_ok, i)
        })
        .collect();
    scores.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut chosen: Vec<usize> = Vec::new();
    for (_, i) in scores {
        if chosen.len() == want {
            break;
        }
        let redundant = chosen.iter().any(|&j| {
            let inter = stems[i].intersection(&stems[j]).count();
            inter * 3 > stems[i].len().min(stems[j].len()) * 2
        });
        if !redundant {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    chosen
}
