//! Reads an analysis object back from JavaScript (one made by `analyze`, e.g. in a Web
//! Worker) into the typed model, naming the field when something is wrong. Read by hand with
//! `Reflect` rather than serde: the deserializer would cost about 20 KB of wasm.

use wasm_bindgen::{JsCast, JsValue};

use crate::model::{
    Analysis, Block, BlockKind, KeyPoint, Keyphrase, Removed, Span, Stats, TermCount, Theme,
};

type Read<T> = Result<T, String>;

fn get(object: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn string(object: &JsValue, key: &str) -> Read<String> {
    get(object, key)
        .as_string()
        .ok_or_else(|| format!("{key} must be a string"))
}

fn optional_string(object: &JsValue, key: &str) -> Read<Option<String>> {
    let v = get(object, key);
    if v.is_null() || v.is_undefined() {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| format!("{key} must be a string or null"))
}

fn number(object: &JsValue, key: &str) -> Read<f64> {
    get(object, key)
        .as_f64()
        .filter(|n| n.is_finite())
        .ok_or_else(|| format!("{key} must be a number"))
}

fn count(object: &JsValue, key: &str) -> Read<usize> {
    let n = number(object, key)?;
    if n < 0.0 || n.fract() != 0.0 {
        return Err(format!("{key} must be a whole number"));
    }
    Ok(n as usize)
}

/// Reads `object[key]` as an array, each item with `item`; errors name the index.
fn list<T>(object: &JsValue, key: &str, item: impl Fn(&JsValue) -> Read<T>) -> Read<Vec<T>> {
    let value = get(object, key);
    let array: &js_sys::Array = value
        .dyn_ref()
        .ok_or_else(|| format!("{key} must be an array"))?;
    array
        .iter()
        .enumerate()
        .map(|(i, v)| item(&v).map_err(|e| format!("{key}[{i}]: {e}")))
        .collect()
}

fn spans(object: &JsValue) -> Read<Vec<Span>> {
    spans_at(object, "spans")
}

fn spans_at(object: &JsValue, key: &str) -> Read<Vec<Span>> {
    list(object, key, |s| {
        Ok(Span {
            start: count(s, "start")?,
            end: count(s, "end")?,
            theme: string(s, "theme")?.into(),
        })
    })
}

fn kind(object: &JsValue) -> Read<BlockKind> {
    match string(object, "kind")?.as_str() {
        "heading" => Ok(BlockKind::Heading),
        "paragraph" => Ok(BlockKind::Paragraph),
        "list_item" => Ok(BlockKind::ListItem),
        "quote" => Ok(BlockKind::Quote),
        other => Err(format!(
            "kind \"{other}\" is not heading, paragraph, list_item or quote"
        )),
    }
}

/// Reads one block object.
pub fn block_from_js(b: &JsValue) -> Read<Block> {
    Ok(Block {
        kind: kind(b)?,
        text: string(b, "text")?,
        level: count(b, "level")?.min(255) as u8,
        spans: spans(b)?,
        keyphrase_spans: spans_at(b, "keyphrase_spans")?,
    })
}

/// Reads an analysis object, all but its blocks, which it returns unread (see
/// [`block_from_js`]): a view converts them as it renders them.
pub fn analysis_from_js(value: &JsValue) -> Read<(Analysis, js_sys::Array)> {
    if !value.is_object() {
        return Err("expected an analysis object".into());
    }
    let stats = get(value, "stats");
    let minutes = list(&stats, "reading_minutes", |m| {
        m.as_f64()
            .map(|m| m as u32)
            .ok_or_else(|| "must be a number".to_string())
    })?;
    let blocks = get(value, "blocks")
        .dyn_into::<js_sys::Array>()
        .map_err(|_| "blocks must be an array".to_string())?;
    let analysis = Analysis {
        title: optional_string(value, "title")?,
        byline: optional_string(value, "byline")?,
        dateline: optional_string(value, "dateline")?,
        lang: string(value, "lang")?,
        key_points: list(value, "key_points", |k| {
            Ok(KeyPoint {
                text: string(k, "text")?,
                generated: get(k, "generated").is_truthy(),
                evidence: list(k, "evidence", |e| {
                    e.as_f64()
                        .map(|e| e as usize)
                        .ok_or_else(|| "must be a number".to_string())
                })?,
                spans: spans(k)?,
            })
        })?,
        blocks: Vec::new(),
        keyphrases: list(value, "keyphrases", |k| {
            Ok(Keyphrase {
                text: string(k, "text")?,
                score: number(k, "score")?,
            })
        })?,
        themes: list(value, "themes", |t| {
            Ok(Theme {
                id: string(t, "id")?,
                label: string(t, "label")?,
                color: string(t, "color")?,
                score: number(t, "score")?,
                count: count(t, "count")?,
                terms: list(t, "terms", |c| {
                    Ok(TermCount {
                        term: string(c, "term")?,
                        count: count(c, "count")?,
                    })
                })?,
            })
        })?,
        removed: list(value, "removed", |r| {
            Ok(Removed {
                reason: string(r, "reason")?,
                text: string(r, "text")?,
            })
        })?,
        stats: Stats {
            words: count(&stats, "words")?,
            chars: count(&stats, "chars")?,
            sentences: count(&stats, "sentences")?,
            reading_minutes: [
                minutes.first().copied().unwrap_or(0),
                minutes.get(1).copied().unwrap_or(0),
            ],
        },
    };
    Ok((analysis, blocks))
}
