//! Browser tests (headless Chromium through wasm-bindgen-test): the DOM renderer on the seed,
//! theme toggles, key-point evidence, rich paste and pasted markup staying text.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../www/examples/china-pakistan.txt");

/// A fresh container attached to the page.
fn container() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Renders `text` into a new container through the exported JS API.
fn render(text: &str) -> Element {
    let root = container();
    let view = article_lens::wasm::View::new(root.clone()).unwrap();
    view.render_text(text, JsValue::UNDEFINED).unwrap();
    std::mem::forget(view); // keep its listeners alive for the test's clicks
    root
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<Element>().unwrap())
        .collect()
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

/// An analysis object read back through JSON, as a page would see it.
fn from_js(value: &JsValue) -> article_lens::model::Analysis {
    let json: String = js_sys::JSON::stringify(value).unwrap().into();
    serde_json::from_str(&json).unwrap()
}

#[wasm_bindgen_test]
fn seed_renders_title_key_points_and_paragraphs() {
    let root = render(SEED);
    let title = one(&root, ".al-title").text_content().unwrap();
    assert_eq!(title, "China and Pakistan Reinforce Strategic Partnership as Islamabad Expands Diplomatic Engagement");
    let key_points = one(&root, "details.al-key-points");
    assert!(
        key_points.has_attribute("open"),
        "key points open by default"
    );
    assert_eq!(
        one(&key_points, "summary").text_content().unwrap(),
        "Key points"
    );
    assert_eq!(all(&root, ".al-key-point").len(), 3);
    let paragraphs = all(&root, ".al-body > p.al-paragraph");
    assert_eq!(paragraphs.len(), 11);
    assert!(paragraphs[0]
        .text_content()
        .unwrap()
        .starts_with("China and Pakistan have publicly reinforced"));
}

#[wasm_bindgen_test]
fn theme_marks_lie_inside_their_paragraph_text() {
    let root = render(SEED);
    let marks = all(&root, ".al-body mark.al-mark");
    assert!(marks.len() > 20, "only {} marks", marks.len());
    for mark in marks {
        let text = mark.text_content().unwrap();
        let parent = mark.parent_element().unwrap().text_content().unwrap();
        assert!(parent.contains(&text));
        assert!(!mark.get_attribute("data-theme").unwrap().is_empty());
    }
    let security: Vec<String> = all(&root, "mark[data-theme=security]")
        .iter()
        .map(|m| m.text_content().unwrap().to_lowercase())
        .collect();
    for term in ["security", "counterterrorism", "defense", "intelligence"] {
        assert!(
            security.iter().any(|t| t == term),
            "{term} not marked as security: {security:?}"
        );
    }
}

#[wasm_bindgen_test]
fn toggling_a_theme_removes_and_restores_its_marks() {
    let root = render(SEED);
    let before = all(&root, "mark[data-theme=security]").len();
    let other_before = all(&root, "mark.al-mark").len() - before;
    assert!(before > 0);
    let button = one(&root, "button[data-theme=security]");
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let count: usize = one(&button, ".al-count")
        .text_content()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(count, all(&root, "[data-theme=security].al-mark").len());
    button.unchecked_ref::<HtmlElement>().click();
    assert_eq!(all(&root, "mark[data-theme=security]").len(), 0);
    assert_eq!(
        all(&root, "mark.al-mark").len(),
        other_before,
        "other themes untouched"
    );
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    // The paragraph text is unchanged by the toggle.
    assert!(all(&root, ".al-body > p")[5]
        .text_content()
        .unwrap()
        .contains("close coordination on defense and intelligence"));
    button.unchecked_ref::<HtmlElement>().click();
    assert_eq!(all(&root, "mark[data-theme=security]").len(), before);
}

#[wasm_bindgen_test]
fn pasted_markup_shows_as_literal_text() {
    let root = render(
        "Title <b>bold</b>\n\n<img src=x onerror=alert(1)> and <script>window.pwned=1</script>",
    );
    assert_eq!(all(&root, "img").len(), 0);
    assert_eq!(all(&root, "script").len(), 0);
    assert_eq!(all(&root, "b").len(), 0);
    assert_eq!(
        one(&root, ".al-title").text_content().unwrap(),
        "Title <b>bold</b>"
    );
    let p = one(&root, ".al-body > p").text_content().unwrap();
    assert_eq!(
        p,
        "<img src=x onerror=alert(1)> and <script>window.pwned=1</script>"
    );
}

#[wasm_bindgen_test]
fn activating_a_key_point_highlights_its_evidence() {
    let root = render(SEED);
    let third = all(&root, ".al-key-point-link")[2].clone();
    assert_eq!(third.tag_name(), "BUTTON");
    third.unchecked_ref::<HtmlElement>().click();
    let lit = all(&root, ".al-body > .al-evidence");
    assert!(!lit.is_empty());
    let texts: Vec<String> = lit.iter().map(|e| e.text_content().unwrap()).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Security cooperation featured prominently")),
        "{texts:?}"
    );
    // Another key point moves the evidence highlight (keyboard activation is a button's click).
    let first = all(&root, ".al-key-point-link")[0].clone();
    first.unchecked_ref::<HtmlElement>().click();
    let texts: Vec<String> = all(&root, ".al-body > .al-evidence")
        .iter()
        .map(|e| e.text_content().unwrap())
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("China and Pakistan have publicly reinforced")),
        "{texts:?}"
    );
}

#[wasm_bindgen_test]
fn rich_paste_reads_html_structure_as_text() {
    let html = "<h1>Big news</h1><p>By Jane Doe</p><h2>Key Points</h2><ul><li>One thing.</li><li>Another thing.</li></ul>\
                <p>First <b>para</b><br>graph.</p><script>window.pwned = 1</script><blockquote><p>A quote.</p></blockquote>\
                <ul><li><p>Item one</p><p>continued.</p></li></ul><table><tr><td>a</td><td>b</td></tr></table>\
                <img src=x onerror=\"window.pwned=1\">";
    let analysis = article_lens::wasm::analyze_html(html, JsValue::UNDEFINED).unwrap();
    let a = from_js(&analysis);
    assert_eq!(a.title.as_deref(), Some("Big news"));
    let kps: Vec<&str> = a.key_points.iter().map(|k| k.text.as_str()).collect();
    assert_eq!(kps, ["One thing.", "Another thing."]);
    let blocks: Vec<(String, &str)> = a
        .blocks
        .iter()
        .map(|b| (format!("{:?}", b.kind), b.text.as_str()))
        .collect();
    assert_eq!(
        blocks,
        [
            ("Paragraph".to_string(), "By Jane Doe"),
            ("Paragraph".to_string(), "First para graph."),
            ("Quote".to_string(), "A quote."),
            ("ListItem".to_string(), "Item one continued."),
            ("Paragraph".to_string(), "a b"),
        ]
    );
    let pwned = js_sys::Reflect::get(&js_sys::global(), &"pwned".into()).unwrap();
    assert!(pwned.is_undefined());
}

#[wasm_bindgen_test]
fn custom_themes_from_js_extend_the_defaults() {
    let themes = js_sys::JSON::parse(r##"{"themes":[{"id":"cpec","label":"CPEC","color":"#abcdef","terms":["Pakistan","China","Islamabad"]}]}"##).unwrap();
    let analysis = article_lens::wasm::analyze(SEED, themes).unwrap();
    let a = from_js(&analysis);
    let cpec = a
        .themes
        .iter()
        .find(|t| t.id == "cpec")
        .expect("custom theme shown");
    assert!(cpec.count >= 6);
    assert!(a.themes.iter().any(|t| t.id == "security"), "defaults kept");
    let bad =
        js_sys::JSON::parse(r#"{"themes":[{"id":"x","label":"X","color":"red;}","terms":["a"]}]}"#)
            .unwrap();
    let err = article_lens::wasm::analyze(SEED, bad).unwrap_err();
    let message: String = JsValue::from(err)
        .dyn_into::<js_sys::Error>()
        .unwrap()
        .message()
        .into();
    assert!(message.contains("color"), "{message}");
}

#[wasm_bindgen_test]
fn keyphrases_are_marked_and_toggle_with_their_button() {
    let root = render(SEED);
    let kps = all(&root, ".al-body .al-kp");
    assert!(kps.len() >= 5, "only {} keyphrase occurrences", kps.len());
    let keyphrases: Vec<String> = all(&root, ".al-keyphrase")
        .iter()
        .map(|k| k.text_content().unwrap().to_lowercase())
        .collect();
    for k in &kps {
        let text = k.text_content().unwrap().to_lowercase();
        assert!(
            keyphrases.iter().any(|p| p.contains(&text)),
            "{text:?} is not part of a keyphrase {keyphrases:?}"
        );
    }
    let marks_before = all(&root, "mark.al-mark").len();
    let toggle = one(&root, "button[data-keyphrases]");
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    toggle.unchecked_ref::<HtmlElement>().click();
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(one(&root, ".al-view").class_list().contains("al-show-kp"));
    assert_eq!(
        all(&root, "mark.al-mark").len(),
        marks_before,
        "theme marks are unchanged by keyphrases"
    );
    // Hiding a theme keeps the keyphrase occurrences inside its marks.
    let before = all(&root, ".al-body .al-kp")
        .iter()
        .map(|k| k.text_content().unwrap())
        .collect::<Vec<_>>()
        .concat();
    one(&root, "button[data-theme=diplomacy]")
        .unchecked_ref::<HtmlElement>()
        .click();
    let after = all(&root, ".al-body .al-kp")
        .iter()
        .map(|k| k.text_content().unwrap())
        .collect::<Vec<_>>()
        .concat();
    assert_eq!(before, after);
}
