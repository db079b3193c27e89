//! WebAssembly front door: `analyze` → a JS object, the DOM renderer, the rich-paste reader.
//!
//! Compiled only for `wasm32`. The JS custom element (`www/article-lens.js`) calls these.

pub mod render;
pub mod rich_paste;

pub use render::View;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::model::Analysis;
use crate::themes::ThemeDef;
use crate::{Length, Options};

/// Installs the panic hook so a bug shows as a readable console error, not "unreachable".
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// Options as JavaScript passes them: `{keyPoints, themes, replaceThemes, maxBytes}`.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
struct JsOptions {
    key_points: Option<KeyPointsOption>,
    themes: Vec<ThemeDef>,
    replace_themes: bool,
    max_bytes: Option<usize>,
}

/// `keyPoints`: a word ("short", "medium", "long", "auto") or a count.
#[derive(Deserialize)]
#[serde(untagged)]
enum KeyPointsOption {
    Count(usize),
    Word(String),
}

/// Converts a JS options object (or `undefined`) into core [`Options`].
fn options_from_js(value: &JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    let js: JsOptions = serde_wasm_bindgen::from_value(value.clone()).map_err(|e| JsError::new(&format!("invalid options: {e}")))?;
    let mut options = Options { themes: js.themes, replace_default_themes: js.replace_themes, ..Options::default() };
    if let Some(kp) = js.key_points {
        let word = match kp {
            KeyPointsOption::Count(n) => n.to_string(),
            KeyPointsOption::Word(w) => w,
        };
        options.key_points = Length::parse(&word)
            .ok_or_else(|| JsError::new(&format!("invalid options: keyPoints {word:?} is not short, medium, long, auto or 1–20")))?;
    }
    if let Some(max) = js.max_bytes {
        options.max_input_bytes = max;
    }
    Ok(options)
}

/// Converts an analysis to a plain JS object (maps as objects, not `Map`).
pub(crate) fn to_js(analysis: &Analysis) -> Result<JsValue, JsError> {
    analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the analysis: {e}")))
}

/// Analyses pasted text and returns the analysis object (same shape as the CLI's JSON).
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from_js(&options)?;
    let analysis = crate::analyze(text, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&analysis)
}

/// Analyses a rich paste (the clipboard's `text/html`), reading its structure through
/// `DOMParser`. Scripts, styles and attributes are ignored; only text is kept.
#[wasm_bindgen(js_name = analyzeHtml)]
pub fn analyze_html(html: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from_js(&options)?;
    if html.len() > options.max_input_bytes {
        return Err(JsError::new(&crate::Error::TooLarge { bytes: html.len(), limit: options.max_input_bytes }.to_string()));
    }
    let doc = rich_paste::document_from_html(html).map_err(|e| JsError::new(&e))?;
    let analysis = crate::analyze_document(doc, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&analysis)
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
