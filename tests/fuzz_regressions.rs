//! Replays every input in fuzz/regressions (crash reproducers and tricky seeds found by
//! fuzzing): each must analyse without a panic, with and without custom themes.

use article_lens::{analyze, Options};

#[test]
fn every_regression_input_analyses() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        analyze(&text, &Options::default()).unwrap();
        analyze(
            &text,
            &Options {
                key_points: article_lens::Length::Count(20),
                ..Options::default()
            },
        )
        .unwrap();
        n += 1;
    }
    assert!(n >= 1, "no regression inputs found in {dir}");
}
