//! Fuzzes normalisation and the line → block parser alone (the hottest, most branchy code).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lossy = String::from_utf8_lossy(data);
    let text = article_lens::text::normalize(&lossy);
    let doc = article_lens::structure::parse(&text);
    for b in &doc.blocks {
        assert!(!b.text.is_empty());
    }
});
