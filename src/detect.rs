//! Language detection: the script of the letters first (CJK, Arabic, Cyrillic, …), then, for
//! Latin script, which language's most frequent function words occur most. Small (a few
//! hundred bytes of word lists) instead of a statistical model (whatlang costs ~76 KB gzip).

use crate::hashing::Interner;

/// Function words frequent in running text and rare in the other listed languages, sorted.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "cs",
        &[
            "jako", "je", "jsou", "které", "na", "podle", "pro", "také", "už", "ve", "že",
        ],
    ),
    (
        "da",
        &[
            "af", "det", "en", "er", "et", "for", "har", "ikke", "med", "og", "som", "til",
        ],
    ),
    (
        "de",
        &[
            "auf", "das", "dem", "den", "der", "die", "ein", "eine", "ist", "mit", "nicht", "sich",
            "und", "von", "wird", "zu",
        ],
    ),
    (
        "en",
        &[
            "and", "are", "for", "has", "have", "in", "is", "of", "that", "the", "to", "was",
            "which", "with",
        ],
    ),
    (
        "es",
        &[
            "con", "del", "el", "en", "es", "las", "los", "para", "por", "que", "se", "su", "un",
            "una", "y",
        ],
    ),
    (
        "fi",
        &[
            "ei", "että", "ja", "joka", "kanssa", "mutta", "myös", "ole", "oli", "on", "se",
        ],
    ),
    (
        "fr",
        &[
            "au", "avec", "dans", "des", "du", "est", "et", "il", "la", "le", "les", "pour", "qui",
            "sur", "un", "une",
        ],
    ),
    (
        "it",
        &[
            "che", "con", "del", "della", "di", "e", "gli", "il", "la", "le", "non", "per", "sono",
            "un", "una",
        ],
    ),
    (
        "nl",
        &[
            "de", "een", "en", "het", "in", "is", "met", "niet", "op", "te", "van", "voor", "zijn",
        ],
    ),
    (
        "pt",
        &[
            "com", "da", "das", "do", "dos", "e", "em", "não", "o", "os", "para", "por", "que",
            "se", "um", "uma",
        ],
    ),
    (
        "sv",
        &[
            "att", "av", "den", "det", "en", "för", "har", "inte", "med", "och", "om", "på", "som",
            "till", "är",
        ],
    ),
    (
        "tr",
        &[
            "bir", "bu", "da", "de", "ile", "için", "olarak", "ve", "çok",
        ],
    ),
];

/// How many letters are enough to decide.
const SAMPLE_CHARS: usize = 20_000;

/// The ISO 639-1 code of the text's language; `"en"` when nothing decides.
///
/// ```
/// use article_lens::detect::detect;
/// assert_eq!(detect("Le gouvernement a annoncé des mesures pour les entreprises et les familles."), "fr");
/// assert_eq!(detect("北京今天宣布了新的经济政策。"), "zh");
/// assert_eq!(detect("東京で新しい政策が発表されました。"), "ja");
/// assert_eq!(detect("Правительство объявило о новых мерах."), "ru");
/// assert_eq!(detect("The government announced new measures for families."), "en");
/// ```
pub fn detect(text: &str) -> &'static str {
    let mut counts = [0usize; 10]; // latin, han, kana, hangul, arabic, cyrillic, greek, hebrew, devanagari, thai
    for c in letters(text).take(SAMPLE_CHARS) {
        let i = match c {
            // Most letters: Latin, without walking the ranges below.
            c if c.is_ascii() => 0,
            '\u{3040}'..='\u{30ff}' => 2,
            '\u{2e80}'..='\u{2fdf}'
            | '\u{3400}'..='\u{4dbf}'
            | '\u{4e00}'..='\u{9fff}'
            | '\u{f900}'..='\u{faff}' => 1,
            '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}' => 3,
            '\u{0600}'..='\u{06ff}' | '\u{0750}'..='\u{077f}' => 4,
            '\u{0400}'..='\u{04ff}' => 5,
            '\u{0370}'..='\u{03ff}' => 6,
            '\u{0590}'..='\u{05ff}' => 7,
            '\u{0900}'..='\u{097f}' => 8,
            '\u{0e00}'..='\u{0e7f}' => 9,
            _ => 0,
        };
        counts[i] += 1;
    }
    let (script, &n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, usize::MAX - *i))
        .unwrap_or((0, &0));
    if n == 0 {
        return "en";
    }
    // Japanese mixes kana with kanji; any real share of kana decides.
    if counts[2] * 10 >= counts[1] + counts[2] && counts[2] > 0 && (script == 1 || script == 2) {
        return "ja";
    }
    match script {
        1 => "zh",
        2 => "ja",
        3 => "ko",
        4 => "ar",
        5 => "ru",
        6 => "el",
        7 => "he",
        8 => "hi",
        9 => "th",
        _ => latin(text),
    }
}

/// The character at byte `i` of `text` (a character boundary) and its length in bytes: an
/// ASCII byte is taken as it is, without decoding (most of a Latin-script text).
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => (char::from(b), 1),
        _ => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .map_or(('\0', 1), |c| (c, c.len_utf8())),
    }
}

/// The letters (alphabetic characters) of `text`, in order.
fn letters(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < text.len() {
            let (c, len) = char_at(text, i);
            i += len;
            if c.is_alphabetic() {
                return Some(c);
            }
        }
        None
    })
}

/// The words of `text` as detection counts them: its longest runs of letters, in order.
fn letter_runs(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while i < text.len() {
            let (c, len) = char_at(text, i);
            match (c.is_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => return text.get(s..i),
                _ => {}
            }
            i += len;
        }
        start.and_then(|s| text.get(s..))
    })
}

/// Every function word of [`FUNCTION_WORDS`], numbered, with the set of languages listing it:
/// one hash lookup per word of the text instead of one search per language.
struct FunctionWords {
    /// The function words.
    words: Interner,
    /// By word id, the languages listing the word: bit `i` for the `i`-th language.
    languages: Vec<u16>,
}

/// The [`FunctionWords`], made once per process.
fn function_word_table() -> &'static FunctionWords {
    static TABLE: std::sync::OnceLock<FunctionWords> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = FunctionWords {
            words: Interner::new(),
            languages: Vec::new(),
        };
        for (i, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
            for w in *words {
                let id = table.words.id(w) as usize;
                if id == table.languages.len() {
                    table.languages.push(0);
                }
                table.languages[id] |= 1 << i;
            }
        }
        table
    })
}

// One bit per language in the `u16` sets of [`FunctionWords`].
const _: () = assert!(FUNCTION_WORDS.len() <= 16);

/// The longest function word, in bytes.
const LONGEST_FUNCTION_WORD: usize = 6;

/// The Latin-script language whose function words occur most in the first words of `text`.
fn latin(text: &str) -> &'static str {
    let table = function_word_table();
    let mut hits = [0usize; FUNCTION_WORDS.len()];
    for word in letter_runs(text).take(3_000) {
        // Lower-casing grows a word by at most half: longer words are no function word.
        if word.len() > 2 * LONGEST_FUNCTION_WORD {
            continue;
        }
        let lower = crate::text::folded(word);
        if let Some(id) = table.words.find(&lower) {
            let langs = table.languages[id as usize];
            for (bit, hit) in hits.iter_mut().enumerate() {
                *hit += usize::from(langs >> bit & 1 == 1);
            }
        }
    }
    let best = (0..hits.len())
        .max_by_key(|&i| (hits[i], FUNCTION_WORDS[i].0 == "en"))
        .unwrap_or(0);
    // Too little evidence (a headline, a list of names): stay with English, the default.
    if hits[best] < 3 {
        "en"
    } else {
        FUNCTION_WORDS[best].0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `letters` and `letter_runs` read every string of up to four characters, over letters and
    /// non-letters of 1 to 4 bytes, as a `char` filter and split would.
    #[test]
    fn letters_and_words_match_the_char_definitions() {
        let alphabet = [
            'a', 'Z', 'é', 'ß', '中', '\u{301}', ' ', '1', '’', '-', '😀', '𝔸',
        ];
        let (mut texts, mut layer) = (vec![String::new()], vec![String::new()]);
        for _ in 0..4 {
            layer = layer
                .iter()
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(layer.iter().cloned());
        }
        assert!(texts.len() > 20_000);
        for t in &texts {
            let want: Vec<&str> = t
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(letter_runs(t).collect::<Vec<_>>(), want, "{t:?}");
            let want: String = t.chars().filter(|c| c.is_alphabetic()).collect();
            assert_eq!(letters(t).collect::<String>(), want, "{t:?}");
        }
    }

    #[test]
    fn word_lists_are_sorted() {
        for (code, words) in FUNCTION_WORDS {
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{code}");
            assert!(
                words.iter().all(|w| w.len() <= LONGEST_FUNCTION_WORD),
                "{code}"
            );
        }
    }

    #[test]
    fn latin_languages() {
        assert_eq!(detect("Die Regierung hat am Montag neue Maßnahmen für die Wirtschaft angekündigt, die nicht von allen unterstützt werden."), "de");
        assert_eq!(
            detect(
                "El gobierno anunció nuevas medidas para las empresas y los trabajadores del país."
            ),
            "es"
        );
        assert_eq!(detect("O governo anunciou novas medidas para as empresas e os trabalhadores do país, que não foram bem recebidas."), "pt");
        assert_eq!(detect("Het kabinet heeft nieuwe maatregelen aangekondigd voor de economie en het is niet duidelijk wat de gevolgen zijn."), "nl");
        assert_eq!(detect(""), "en");
        assert_eq!(detect("12345 !!!"), "en");
    }

    #[test]
    fn scripts() {
        assert_eq!(detect("مرحبا بالعالم، هذا نص عربي."), "ar");
        assert_eq!(detect("한국 정부는 새로운 정책을 발표했다."), "ko");
        assert_eq!(detect("Η κυβέρνηση ανακοίνωσε νέα μέτρα."), "el");
    }
}
