//! Keyphrases for languages written without spaces (Chinese, Japanese): character n-grams.
//!
//! Without a dictionary there are no words to rank, so candidates are runs of 1–6
//! consecutive units: a Han character, or a whole Katakana word ("テレビ") as Unicode word
//! boundaries give them. Hiragana (Japanese particles and endings), punctuation, spaces and
//! Latin words break runs. A candidate neither starts nor ends with a function character
//! (的, 了, 是, 在, …), holds no possessive 的 and has at least two characters. Its score is its frequency, weighted
//! by its length and by how early it occurs (the title counts double); a candidate mostly
//! seen inside a longer one ("经济政" inside "经济政策") gives way to it. Linear in the text,
//! and only its first `UNITS_READ` units are read.

use crate::hashing::{hash_str, Table};

use crate::model::Keyphrase;
use crate::text::words;

/// Longest candidate, in units.
const MAX_UNITS: usize = 6;

/// Units read at most (about 100,000 characters, a long article): keyphrases come from the
/// beginning of a huge paste, and the candidate table stays bounded.
const UNITS_READ: usize = 100_000;

/// A candidate seen less often than this share of its longer container is absorbed by it.
const CONTAINED_SHARE: f64 = 0.75;

/// Han characters that are grammatical in Chinese or Japanese text (particles, pronouns,
/// measure words, copulas, conjunctions): a keyphrase never starts or ends with one. Sorted.
const FUNCTION_CHARS: &[char] = &[
    '不', '与', '且', '並', '个', '为', '也', '了', '于', '些', '从', '他', '以', '们', '但', '你',
    '個', '們', '其', '到', '則', '又', '及', '向', '和', '在', '她', '它', '对', '将', '將', '對',
    '就', '并', '很', '從', '我', '或', '把', '於', '是', '有', '此', '每', '為', '的', '等', '而',
    '與', '被', '該', '說', '讓', '让', '该', '说', '还', '这', '這', '還', '那', '都',
];

/// 的 joins a possessor to a noun ("X 的 Y"): never inside a keyphrase.
const POSSESSIVE: char = '的';

/// A run of units: the index of its text, and its units' byte ranges in it.
type Run = (usize, Vec<(usize, usize)>);

/// Whether `c` is a Han ideograph (including the iteration mark 々).
fn is_han(c: char) -> bool {
    matches!(c, '\u{3005}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Whether `c` is Katakana (with the prolonged sound mark ー and the middle dot ・ excluded).
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30a1}'..='\u{30fa}' | '\u{30fc}' | '\u{31f0}'..='\u{31ff}')
}

/// Whether a unit may open or close a keyphrase.
fn is_edge(unit: &str) -> bool {
    let mut chars = unit.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => FUNCTION_CHARS.binary_search(&c).is_err(),
        _ => true,
    }
}

/// A candidate seen in the text.
#[derive(Default)]
struct Seen {
    /// Occurrences, weighted by position.
    weight: f64,
    /// Plain occurrences.
    count: usize,
    /// Number of characters.
    chars: usize,
    /// Whether a longer candidate holds it at most times.
    absorbed: bool,
}

/// The keyphrases of `texts` (the title first, then the blocks), best first, scores scaled so
/// the best is 1.
///
/// ```
/// let texts = ["新能源汽车销量大增", "今年新能源汽车的销量继续增长。", "专家说新能源汽车市场还会扩大。"];
/// let k = article_lens::ngrams::extract(&texts);
/// assert_eq!(k[0].text, "新能源汽车");
/// ```
pub fn extract(texts: &[&str]) -> Vec<Keyphrase> {
    let (runs, read) = runs(texts);
    // A gram seen once is never a keyphrase, and it cannot absorb one (a keyphrase is seen at
    // least twice, more than it). So a first pass marks the grams seen twice in a bit set by
    // their hash, and only they are counted: a text of grams that rarely repeat (random
    // characters) needs 2 bits per gram, not a table entry each. A bit shared by chance only
    // adds a gram seen once, which is then left out.
    let bits = (8 * (MAX_UNITS - 1) * read).next_power_of_two().max(64);
    let (mut once, mut twice) = (vec![0u64; bits / 64], vec![0u64; bits / 64]);
    let mut seen: Table<&str, Seen> = Table::new();
    for pass in 0..2 {
        each_gram(texts, &runs, |i, gram, chars| {
            let bit = hash_str(0, gram) as usize & (bits - 1);
            let (word, mask) = (bit / 64, 1u64 << (bit % 64));
            if pass == 0 {
                twice[word] |= once[word] & mask;
                once[word] |= mask;
            } else if twice[word] & mask != 0 {
                count(&mut seen, i, gram, chars);
            }
        });
    }
    best(seen)
}

/// Counts one occurrence of `gram`, of `chars` characters, in text `i`.
fn count<'t>(seen: &mut Table<&'t str, Seen>, i: usize, gram: &'t str, chars: usize) {
    let position = if i == 0 { 2.0 } else { 1.0 } + 10.0 / (10.0 + i as f64);
    let s = seen.get_or_insert_default(gram);
    s.weight += position;
    s.count += 1;
    s.chars = chars;
}

/// The keyphrases among the grams `seen`, best first.
#[inline(never)]
fn best(mut seen: Table<&str, Seen>) -> Vec<Keyphrase> {
    // Absorb a gram into the longer ones that contain it at most times.
    let mut absorbed: Vec<&str> = Vec::new();
    for (gram, s) in seen.iter() {
        for (cut, _) in gram.char_indices().skip(1) {
            for part in [&gram[..cut], &gram[cut..]] {
                if seen
                    .get(part)
                    .is_some_and(|p| s.count as f64 >= CONTAINED_SHARE * p.count as f64)
                {
                    absorbed.push(part);
                }
            }
        }
    }
    for part in absorbed {
        if let Some(p) = seen.get_mut(part) {
            p.absorbed = true;
        }
    }
    let mut scored: Vec<(f64, &str)> = seen
        .iter()
        .filter(|(_, s)| s.count >= 2 && !s.absorbed)
        .map(|(gram, s)| (s.weight * (s.chars as f64).sqrt(), *gram))
        .collect();
    crate::order::sort_by(&mut scored, |a, b| {
        b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1))
    });
    let max = scored.first().map_or(1.0, |s| s.0).max(f64::MIN_POSITIVE);
    let mut out: Vec<Keyphrase> = Vec::new();
    for (score, gram) in scored {
        if out.len() == crate::keyphrases::MAX_KEYPHRASES {
            break;
        }
        // One phrase inside another adds nothing.
        if out
            .iter()
            .any(|k| k.text.contains(gram) || gram.contains(k.text.as_str()))
        {
            continue;
        }
        out.push(Keyphrase {
            text: gram.to_string(),
            score: crate::themes::round4(score / max),
        });
    }
    out
}

/// Calls `f` with each candidate gram of the `runs` of `texts` (each the index of its text and
/// its units), in order: the text's index, the gram and its number of characters.
// Not inlined, as `best` below: 0.1 KB less wasm.
#[inline(never)]
fn each_gram<'t>(texts: &[&'t str], runs: &[Run], mut f: impl FnMut(usize, &'t str, usize)) {
    for (i, run) in runs {
        let text = texts[*i];
        for start in 0..run.len() {
            for end in start + 1..=(start + MAX_UNITS).min(run.len()) {
                let (first, last) = (run[start], run[end - 1]);
                let gram = &text[first.0..last.1];
                let chars = gram.chars().count();
                if chars >= 2
                    && is_edge(&text[first.0..first.1])
                    && is_edge(&text[last.0..last.1])
                    && !gram.contains(POSSESSIVE)
                {
                    f(*i, gram, chars);
                }
            }
        }
    }
}

/// The runs of adjacent Han characters and Katakana words in `texts`, each with the index of
/// its text and its units' byte ranges, up to [`UNITS_READ`] units in all; and that number.
fn runs(texts: &[&str]) -> (Vec<Run>, usize) {
    let mut runs = Vec::new();
    let mut units = 0;
    for (i, text) in texts.iter().enumerate() {
        let mut run: Vec<(usize, usize)> = Vec::new();
        for w in words(text) {
            if units >= UNITS_READ {
                break;
            }
            let unit = w.text.chars().all(is_han) || w.text.chars().all(is_katakana);
            let adjacent = run.last().is_some_and(|&(_, end)| end == w.start);
            if !(run.is_empty() || unit && adjacent) {
                runs.push((i, std::mem::take(&mut run)));
            }
            if unit {
                run.push((w.start, w.end()));
                units += 1;
            }
        }
        if !run.is_empty() {
            runs.push((i, run));
        }
    }
    (runs, units)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Counting only the grams whose hash repeats gives the keyphrases of counting every
    /// gram, on random texts of few characters (grams seen once, twice and often, function
    /// characters, 的, kana and punctuation).
    #[test]
    fn counting_repeated_grams_only_changes_nothing() {
        const CHARS: &[char] = &[
            '经', '济', '政', '策', '市', '场', '新', '能', '源', '车', '的', '是', '和', 'の',
            'テ', 'レ', '。', ' ', '国', '际', '贸', '易', '谈', '判',
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |below: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as usize % below
        };
        let mut found = 0;
        for case in 0..300 {
            let alphabet = 4 + case % (CHARS.len() - 4);
            let texts: Vec<String> = (0..1 + next(6))
                .map(|_| (0..next(200)).map(|_| CHARS[next(alphabet)]).collect())
                .collect();
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            let (runs_of, _) = runs(&texts);
            let mut all = Table::new();
            each_gram(&texts, &runs_of, |i, gram, chars| {
                count(&mut all, i, gram, chars)
            });
            let expected = best(all);
            found += expected.len();
            assert_eq!(extract(&texts), expected, "case {case}: {texts:?}");
        }
        assert!(found > 1000, "{found} keyphrases in all");
    }

    #[test]
    fn function_chars_are_sorted() {
        assert!(FUNCTION_CHARS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn japanese_katakana_words_are_whole_and_particles_break_runs() {
        let texts = [
            "テレビ局の新番組",
            "テレビ局は新番組を発表した。",
            "新番組はテレビ局の看板になる。",
        ];
        let k: Vec<String> = extract(&texts).into_iter().map(|k| k.text).collect();
        assert!(k.contains(&"テレビ局".to_string()), "{k:?}");
        assert!(k.contains(&"新番組".to_string()), "{k:?}");
        assert!(
            k.iter().all(|p| !p.contains('の') && !p.contains('は')),
            "{k:?}"
        );
    }

    #[test]
    fn no_keyphrase_edges_on_function_characters_and_no_singletons() {
        let texts = ["标题", "我们的经济和我们的经济。"];
        let k: Vec<String> = extract(&texts).into_iter().map(|k| k.text).collect();
        assert_eq!(k, ["经济"]);
    }
}
