//! Node tests (wasm-bindgen-test without a browser): the wasm `analyze` gives exactly the
//! analysis of the core for the seed and for edge cases, and reports errors as JS errors.
#![cfg(target_arch = "wasm32")]

use article_lens::model::Analysis;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

const SEED: &str = include_str!("../www/examples/china-pakistan.txt");

fn via_js(text: &str) -> Analysis {
    let value = article_lens::wasm::analyze(text, JsValue::UNDEFINED).unwrap();
    // Through JSON, as a page would see it.
    let json: String = js_sys::JSON::stringify(&value).unwrap().into();
    serde_json::from_str(&json).unwrap()
}

/// `analyzeJson`, read back.
fn via_json(text: &str) -> Analysis {
    serde_json::from_str(&article_lens::wasm::analyze_json(text, JsValue::UNDEFINED).unwrap())
        .unwrap()
}

#[wasm_bindgen_test]
fn seed_matches_the_core() {
    let core = article_lens::analyze(SEED, &Default::default()).unwrap();
    let js = via_js(SEED);
    assert_eq!(js, core);
    assert_eq!(via_json(SEED), core);
    assert_eq!(js.key_points.len(), 3);
    assert_eq!(js.blocks.len(), 11);
}

#[wasm_bindgen_test]
fn edge_cases_match_the_core() {
    for text in [
        "",
        "   \n\n ",
        "Only a title",
        "T\r\n\r\n• a\r\n• b",
        "Emoji 👩‍👩‍👧 and \u{202e}rtl\u{202c} text\n\nعربى نص هنا.",
    ] {
        let core = article_lens::analyze(text, &Default::default()).unwrap();
        assert_eq!(via_js(text), core, "{text:?}");
        assert_eq!(via_json(text), core, "{text:?}");
    }
}

#[wasm_bindgen_test]
fn spans_are_utf16_offsets_into_the_block() {
    let a = via_js("Title\n\n😀 security é defense talks.");
    let block = &a.blocks[0];
    let units: Vec<u16> = block.text.encode_utf16().collect();
    let marked: Vec<String> = block
        .spans
        .iter()
        .map(|s| String::from_utf16(&units[s.start..s.end]).unwrap())
        .collect();
    assert!(
        marked.contains(&"security".to_string()) || a.themes.is_empty(),
        "{marked:?}"
    );
    for m in &marked {
        assert!(block.text.contains(m.as_str()));
    }
}

#[wasm_bindgen_test]
fn errors_are_js_errors_with_a_message() {
    let message = |err: JsError| -> String {
        let error: js_sys::Error = JsValue::from(err).dyn_into().unwrap();
        error.message().into()
    };
    let options = || js_sys::JSON::parse(r#"{"maxBytes": 4}"#).unwrap();
    let err = message(article_lens::wasm::analyze("too long", options()).unwrap_err());
    assert!(err.contains("over the limit"), "{err}");
    let err = message(article_lens::wasm::analyze_json("too long", options()).unwrap_err());
    assert!(err.contains("over the limit"), "{err}");
    let bad = js_sys::JSON::parse(r#"{"keyPoints": "lots"}"#).unwrap();
    assert!(article_lens::wasm::analyze("x", bad).is_err());
}
