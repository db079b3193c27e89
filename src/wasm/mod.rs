//! WebAssembly front door: `analyze` → a JS object, the DOM renderer, the rich-paste reader.
//!
//! Compiled only for `wasm32`. The JS custom element (`www/article-lens.js`) calls these.

mod from_js;
pub mod render;
pub mod rich_paste;

pub use render::View;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::model::Analysis;
use crate::themes::ThemeDef;
use crate::{Length, Options};

/// The web bundles' allocator (feature `talc`): smaller than the standard library's dlmalloc.
/// Sound only single-threaded, which a build without the `atomics` target feature is.
#[cfg(all(feature = "talc", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Installs the panic hook so a bug shows as a readable console error, not "unreachable".
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// The option names JavaScript may pass.
const OPTION_NAMES: &[&str] = &["keyPoints", "themes", "replaceThemes", "maxBytes", "lang"];

/// Reads a JS options object `{keyPoints, themes, replaceThemes, maxBytes, lang}` (or `undefined`)
/// into core [`Options`], naming the problem when a value is wrong. Read by hand rather than
/// with serde: the deserializer would cost about 20 KB of wasm.
fn options_from_js(value: &JsValue) -> Result<Options, JsError> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    let bad = |m: String| JsError::new(&format!("invalid options: {m}"));
    let object: &js_sys::Object = value
        .dyn_ref()
        .ok_or_else(|| bad("expected an object".into()))?;
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !OPTION_NAMES.contains(&key.as_str()) {
            return Err(bad(format!(
                "unknown option \"{key}\" (known: {})",
                OPTION_NAMES.join(", ")
            )));
        }
    }
    let get = |name: &str| {
        js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    };
    let key_points = get("keyPoints");
    if !key_points.is_undefined() {
        let word = match (key_points.as_string(), key_points.as_f64()) {
            (Some(w), _) => w,
            (None, Some(n)) if n.fract() == 0.0 && (0.0..=1e6).contains(&n) => {
                (n as u64).to_string()
            }
            _ => return Err(bad("keyPoints must be a string or a whole number".into())),
        };
        options.key_points = Length::parse(&word).ok_or_else(|| {
            bad(format!(
                "keyPoints \"{word}\" is not short, medium, long, auto or 1–20"
            ))
        })?;
    }
    let themes = get("themes");
    if !themes.is_undefined() {
        let list: &js_sys::Array = themes
            .dyn_ref()
            .ok_or_else(|| bad("themes must be an array".into()))?;
        options.themes = list
            .iter()
            .enumerate()
            .map(|(i, t)| theme_from_js(&t).map_err(|m| bad(format!("themes[{i}]: {m}"))))
            .collect::<Result<_, _>>()?;
    }
    options.replace_default_themes = get("replaceThemes").is_truthy();
    options.lang = get("lang").as_string().filter(|l| !l.trim().is_empty());
    let max = get("maxBytes");
    if !max.is_undefined() {
        let n = max
            .as_f64()
            .filter(|n| *n >= 0.0 && n.fract() == 0.0)
            .ok_or_else(|| bad("maxBytes must be a whole number of bytes".into()))?;
        options.max_input_bytes = n as usize;
    }
    Ok(options)
}

/// Reads one custom theme `{id, label, color, terms}`.
fn theme_from_js(value: &JsValue) -> Result<ThemeDef, String> {
    let field = |name: &str| -> Result<String, String> {
        js_sys::Reflect::get(value, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .ok_or_else(|| format!("{name} must be a string"))
    };
    let terms =
        js_sys::Reflect::get(value, &JsValue::from_str("terms")).unwrap_or(JsValue::UNDEFINED);
    let terms: &js_sys::Array = terms.dyn_ref().ok_or("terms must be an array of strings")?;
    let terms = terms
        .iter()
        .map(|t| t.as_string().ok_or("terms must be an array of strings"))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ThemeDef {
        id: field("id")?,
        label: field("label")?,
        color: field("color")?,
        terms,
    })
}

/// Converts an analysis to a plain JS object (maps as objects, not `Map`).
pub(crate) fn to_js(analysis: &Analysis) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&to_json(analysis)?)
        .map_err(|_| JsError::new("could not convert the analysis"))
}

/// The analysis as JSON text.
fn to_json(analysis: &Analysis) -> Result<String, JsError> {
    serde_json::to_string(analysis)
        .map_err(|e| JsError::new(&format!("could not convert the analysis: {e}")))
}

/// Analyses pasted text with JS options.
pub(crate) fn analysis_of_text(text: &str, options: &JsValue) -> Result<Analysis, JsError> {
    let options = options_from_js(options)?;
    crate::analyze(text, &options).map_err(|e| JsError::new(&e.to_string()))
}

/// Analyses a rich paste (`text/html`) with JS options.
pub(crate) fn analysis_of_html(html: &str, options: &JsValue) -> Result<Analysis, JsError> {
    let options = options_from_js(options)?;
    if html.len() > options.max_input_bytes {
        return Err(JsError::new(
            &crate::Error::TooLarge {
                bytes: html.len(),
                limit: options.max_input_bytes,
            }
            .to_string(),
        ));
    }
    let doc = rich_paste::document_from_html(html).map_err(|e| JsError::new(&e))?;
    crate::analyze_document(doc, &options).map_err(|e| JsError::new(&e.to_string()))
}

/// Analyses pasted text and returns the analysis object (same shape as the CLI's JSON).
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&analysis_of_text(text, &options)?)
}

/// Analyses pasted text and returns the analysis as JSON text.
#[wasm_bindgen(js_name = analyzeJson)]
pub fn analyze_json(text: &str, options: JsValue) -> Result<String, JsError> {
    to_json(&analysis_of_text(text, &options)?)
}

/// Analyses a rich paste (the clipboard's `text/html`), reading its structure through
/// `DOMParser`. Scripts, styles and attributes are ignored; only text is kept.
#[wasm_bindgen(js_name = analyzeHtml)]
pub fn analyze_html(html: &str, options: JsValue) -> Result<JsValue, JsError> {
    to_js(&analysis_of_html(html, &options)?)
}

/// The language of a text as the analysis detects it (ISO 639-1; `"en"` when nothing decides).
#[wasm_bindgen(js_name = detectLanguage)]
pub fn detect_language(text: &str) -> String {
    crate::detect::detect(text).to_string()
}

/// Whether an article in `lang` gets its keyphrases and themes only from the build with every
/// language (`pkg-intl/`): this build lacks the language's word lists, that one has them.
#[wasm_bindgen(js_name = needsAllLanguages)]
pub fn needs_all_languages(lang: &str) -> bool {
    crate::lang::needs_all_languages(lang)
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
