//! The CLI: JSON on stdout, help, errors on stderr with a non-zero exit, custom themes,
//! invalid UTF-8.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_article-lens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The CLI may exit (usage error) before reading its input: a broken pipe here is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn analyze_a_file_prints_the_model() {
    let out = run(
        &[
            "analyze",
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/www/examples/china-pakistan.txt"
            ),
        ],
        b"",
    );
    let v = json(&out);
    assert_eq!(v["title"], "China and Pakistan Reinforce Strategic Partnership as Islamabad Expands Diplomatic Engagement");
    assert_eq!(v["key_points"].as_array().unwrap().len(), 3);
    assert_eq!(v["key_points"][0]["generated"], false);
    assert_eq!(v["blocks"].as_array().unwrap().len(), 11);
    assert_eq!(v["blocks"][0]["kind"], "paragraph");
    for field in ["keyphrases", "themes", "removed"] {
        assert!(v[field].is_array(), "{field}");
    }
}

#[test]
fn standard_input_with_dash_or_nothing() {
    let a = json(&run(&["analyze", "-"], b"Hello title\n\nA body."));
    let b = json(&run(&["analyze", "--compact"], b"Hello title\n\nA body."));
    assert_eq!(a, b);
    assert_eq!(a["title"], "Hello title");
}

#[test]
fn help_documents_the_command() {
    let out = run(&["--help"], b"");
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    for word in ["analyze", "--key-points", "--themes", "UTF-16"] {
        assert!(help.contains(word), "{word}");
    }
    // The languages of this build (all of them by default).
    #[cfg(feature = "all-languages")]
    assert!(help
        .contains("keyphrases, stemming  en fr de es pt it nl sv no da fi ru hu ro tr ar el ta"));
    #[cfg(feature = "all-languages")]
    assert!(help.contains("default themes        en fr de es pt\n"));
}

#[test]
fn errors_go_to_stderr_with_non_zero_exit() {
    let missing = run(&["analyze", "/no/such/file.txt"], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert!(missing.stdout.is_empty());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read /no/such/file.txt"));
    let usage = run(&["analyze", "--key-points", "lots"], b"x");
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).contains("--key-points"));
    let unknown = run(&["frobnicate"], b"");
    assert_eq!(unknown.status.code(), Some(2));
    let big = run(&["analyze", "--max-bytes", "3"], b"four");
    assert_eq!(big.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&big.stderr).contains("over the limit"));
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let out = run(&["analyze"], b"Caf\xe9 title\n\nBody \xff\xfe text.");
    let v = json(&out);
    assert_eq!(v["title"], "Caf\u{fffd} title");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid UTF-8"));
}

#[test]
fn custom_themes_file_and_bad_theme_json() {
    let dir = std::env::temp_dir().join(format!("al-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.json");
    std::fs::write(&good, r##"[{"id":"cpec","label":"CPEC","color":"#abcdef","terms":["Pakistan","China","Islamabad"]}]"##).unwrap();
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/www/examples/china-pakistan.txt"
    );
    let v = json(&run(
        &["analyze", "--themes", good.to_str().unwrap(), seed],
        b"",
    ));
    assert!(v["themes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["id"] == "cpec"));
    let only = json(&run(
        &[
            "analyze",
            "--only-custom-themes",
            "--themes",
            good.to_str().unwrap(),
            seed,
        ],
        b"",
    ));
    assert_eq!(only["themes"].as_array().unwrap().len(), 1);
    for (name, body, expect) in [
        ("syntax.json", "[{", "not a valid theme list"),
        (
            "field.json",
            r##"[{"id":"x","label":"X","colour":"#fff","terms":["a"]}]"##,
            "colour",
        ),
        (
            "color.json",
            r#"[{"id":"x","label":"X","color":"red","terms":["a"]}]"#,
            "color",
        ),
    ] {
        let path = dir.join(name);
        std::fs::write(&path, body).unwrap();
        let out = run(&["analyze", "--themes", path.to_str().unwrap(), seed], b"");
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expect), "{name}: {err}");
    }
}
