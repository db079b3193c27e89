//! article-lens turns a pasted news article into a structured reading view: title, key
//! points, body blocks, keyphrases and theme highlights.
//!
//! The core is pure Rust; `src/wasm` (compiled only for `wasm32`) and `src/bin` are thin
//! front doors over [`analyze`].
//!
//! ```
//! let a = article_lens::analyze("My title\n\nFirst paragraph.\n\nSecond one.", &Default::default()).unwrap();
//! assert_eq!(a.title.as_deref(), Some("My title"));
//! assert_eq!(a.blocks.len(), 2);
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod chunks;
pub mod detect;
mod hashing;
pub mod keyphrases;
pub mod keypoints;
pub mod lang;
pub mod model;
pub mod ngrams;
pub mod order;
pub mod sentences;
pub mod structure;
pub mod text;
pub mod themes;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use lang::Language;
use model::{Analysis, Block, KeyPoint, Stats};
use themes::{Matcher, ThemeDef};

pub use keypoints::Length;

/// Options of an analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// How many key points to generate when the article has none.
    pub key_points: Length,
    /// Custom themes.
    pub themes: Vec<ThemeDef>,
    /// Whether the custom themes replace the defaults (`true`) or extend them (`false`).
    pub replace_default_themes: bool,
    /// Inputs longer than this many bytes are refused with [`Error::TooLarge`]; never more
    /// than [`MAX_SUPPORTED_BYTES`], whatever this says.
    pub max_input_bytes: usize,
    /// The article's language (ISO 639-1), when known; detected otherwise.
    pub lang: Option<String>,
}

/// The default input limit: 32 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 32 << 20;

/// The largest input the analysis supports, whatever [`Options::max_input_bytes`] says: its
/// tables hold byte offsets as `u32`.
pub const MAX_SUPPORTED_BYTES: usize = u32::MAX as usize;

impl Default for Options {
    fn default() -> Self {
        Options {
            key_points: Length::Auto,
            themes: Vec::new(),
            replace_default_themes: false,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            lang: None,
        }
    }
}

/// Why an analysis could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than [`Options::max_input_bytes`].
    TooLarge {
        /// The input's size in bytes.
        bytes: usize,
        /// The limit in force.
        limit: usize,
    },
    /// A custom theme is invalid.
    Theme(themes::ThemeError),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => write!(
                f,
                "the text is {bytes} bytes, over the limit of {limit} bytes; paste a shorter text or raise the limit (max_input_bytes / --max-bytes)"
            ),
            Error::Theme(e) => write!(f, "invalid theme: {e}"),
        }
    }
}

impl std::error::Error for Error {}

/// Analyses a pasted article.
///
/// Never panics; the only errors are an input over the size limit and invalid custom themes.
pub fn analyze(input: &str, options: &Options) -> Result<Analysis, Error> {
    // A no-op where `usize` is 32 bits (wasm32), where no larger input can exist.
    #[allow(clippy::unnecessary_min_or_max)]
    let limit = options.max_input_bytes.min(MAX_SUPPORTED_BYTES);
    if input.len() > limit {
        return Err(Error::TooLarge {
            bytes: input.len(),
            limit,
        });
    }
    // The normalised text is dropped before the analysis (a temporary would live through it).
    let doc = structure::parse(&text::normalize(input));
    analyze_document(doc, options)
}

/// Analyses an article whose structure is already known (e.g. read from a rich HTML paste).
pub fn analyze_document(doc: structure::Document, options: &Options) -> Result<Analysis, Error> {
    for def in &options.themes {
        def.validate().map_err(Error::Theme)?;
    }
    let code = language_of(&doc, options);
    // A language this build has no words for gets structure only: English stems and stopwords
    // would find false friends in it (custom themes still apply, stemmed as English).
    let known = Language::new(&code);
    let has_words = known.is_some();
    let lang = known.unwrap_or_else(Language::english);

    let defaults = if options.replace_default_themes {
        None
    } else {
        themes::default_matcher(&lang).filter(|_| has_words)
    };
    let custom_matcher;
    let matcher: &Matcher = match defaults {
        Some(defaults) if options.themes.is_empty() => defaults,
        _ => {
            let mut defs = match defaults {
                Some(_) => themes::default_themes_in(lang.code).unwrap_or_default(),
                None => Vec::new(),
            };
            // A custom theme replaces the default of its id, and the last of several with
            // one id wins, in the place of that last one: read from the end, the first of
            // each id is kept (ids found by a table: a custom theme set can be large).
            let mut ids = hashing::Interner::new();
            let mut customs: Vec<&ThemeDef> = Vec::new();
            for custom in options.themes.iter().rev() {
                if ids.id(&custom.id) as usize == customs.len() {
                    customs.push(custom);
                }
            }
            defs.retain(|d| ids.find(&d.id).is_none());
            defs.extend(customs.into_iter().rev().cloned());
            custom_matcher = Matcher::new(defs, &lang);
            &custom_matcher
        }
    };

    // Keyphrases first: their tables, the largest of the analysis, are gone before the
    // result's blocks are made and the theme hits are gathered.
    let texts = || {
        let body = doc.blocks.iter().map(|b| b.text.as_str());
        doc.title.as_deref().into_iter().chain(body)
    };
    let keyphrases = if has_words {
        keyphrases::extract(texts(), &lang)
    } else if matches!(code.as_str(), "zh" | "ja") {
        ngrams::extract(&texts().collect::<Vec<_>>())
    } else {
        Vec::new()
    };

    let blocks: Vec<Block> = doc
        .blocks
        .into_iter()
        .map(|b| Block {
            spans: Vec::new(),
            kind: b.kind,
            text: b.text,
            level: b.level,
            keyphrase_spans: Vec::new(),
        })
        .collect();

    let mut scan = themes::Scan::new(matcher, &lang);
    if let Some(t) = &doc.title {
        scan.find(t, themes::TITLE_WEIGHT);
    }
    // The evidence index and the candidate sentences' stems are gathered from the words the
    // theme scan reads.
    let (sentences, sentence_count) = keypoints::candidate_sentences(&blocks);
    // Only an article without key points of its own needs its sentences' stems.
    let generating = if doc.key_points.is_empty() {
        &sentences[..]
    } else {
        &[]
    };
    let mut sentence_stems = keypoints::SentenceStems::new(generating);
    let block_texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
    let mut index = keypoints::EvidenceIndex::empty(&block_texts, &lang);
    // Theme hits stay compact until the themes shown are known.
    let block_hits: Vec<Vec<themes::Hit>> = (0u32..)
        .zip(&blocks)
        .map(|(i, b)| {
            let weight = themes::block_weight(i as usize);
            scan.find_reading(&b.text, weight, &mut |word, ids| {
                index.add(i, word, ids);
                sentence_stems.add(i as usize, word, ids);
            })
        })
        .collect();

    let top_keyphrases: Vec<&str> = keyphrases
        .iter()
        .take(10)
        .map(|k| k.text.as_str())
        .collect();
    let mut key_points = keypoints::key_points(
        &doc.key_points,
        &sentences,
        sentence_stems,
        &mut index,
        &top_keyphrases,
        options.key_points,
    );
    let block_words = index.words();
    // What only the key points needed goes before the spans are made (the peak of a long paste).
    drop(index);
    drop(block_texts);
    drop(sentences);
    let key_point_hits: Vec<Vec<themes::Hit>> = key_points
        .iter()
        .map(|kp| {
            let weight = if kp.generated {
                0.0
            } else {
                themes::LEAD_WEIGHT
            };
            scan.find(&kp.text, weight)
        })
        .collect();
    let themes = scan.themes();
    drop(scan);
    let shown = matcher.shown(&themes);
    let marker = keyphrases::Marker::new(&keyphrases);
    let mut blocks = blocks;
    for (b, hits) in blocks.iter_mut().zip(block_hits) {
        b.spans = matcher.spans(&hits, &shown);
        b.keyphrase_spans = marker.spans(&b.text);
    }
    for (kp, hits) in key_points.iter_mut().zip(&key_point_hits) {
        kp.spans = matcher.spans(hits, &shown);
    }

    let stats = stats(
        doc.title.as_deref(),
        &key_points,
        &blocks,
        block_words,
        sentence_count,
        &code,
    );
    Ok(Analysis {
        title: doc.title,
        byline: doc.byline,
        dateline: doc.dateline,
        lang: code,
        key_points,
        blocks,
        keyphrases,
        themes,
        removed: doc.removed,
        stats,
    })
}

/// The language given in the options, or detected from the title and the first blocks.
fn language_of(doc: &structure::Document, options: &Options) -> String {
    if let Some(code) = options
        .lang
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        return code
            .split(['-', '_'])
            .next()
            .unwrap_or(code)
            .to_ascii_lowercase();
    }
    let mut sample = doc.title.clone().unwrap_or_default();
    for b in doc.blocks.iter().take(40) {
        sample.push('\n');
        sample.push_str(&b.text);
    }
    detect::detect(&sample).to_string()
}

/// Word and character counts and the reading-time range: 200–250 words a minute, or for
/// Chinese, Japanese and Korean (written without spaces between words) 350–500 characters.
/// `block_words` is the blocks' word count, already taken by the evidence index.
fn stats(
    title: Option<&str>,
    key_points: &[KeyPoint],
    blocks: &[Block],
    block_words: usize,
    sentences: usize,
    lang: &str,
) -> Stats {
    let headline = title.into_iter().chain(
        key_points
            .iter()
            .filter(|k| !k.generated)
            .map(|k| k.text.as_str()),
    );
    let (mut words, mut chars) = (block_words, 0);
    for t in headline {
        words += text::words(t).count();
        chars += t.chars().count();
    }
    chars += blocks.iter().map(|b| b.text.chars().count()).sum::<usize>();
    let (units, fast, slow) = if matches!(lang, "zh" | "ja" | "ko") {
        (chars, 500, 350)
    } else {
        (words, 250, 200)
    };
    let minutes = |rate: usize| units.div_ceil(rate).max(usize::from(units > 0)) as u32;
    Stats {
        words,
        chars,
        sentences,
        reading_minutes: [minutes(fast), minutes(slow)],
    }
}
