//! The article-lens command line: prints the analysis of an article as JSON.

use std::io::{Read, Write};
use std::process::ExitCode;

use article_lens::themes::ThemeDef;
use article_lens::{analyze, Length, Options};

const HELP: &str = "\
article-lens — turn a pasted news article into a structured analysis (JSON)

USAGE:
    article-lens analyze [OPTIONS] [FILE|-]

    Reads FILE (or standard input when FILE is '-' or absent) and prints the analysis as
    JSON on standard output: title, byline, dateline, lang, key_points[{text, generated,
    evidence, spans}], blocks[{kind, text, level, spans}], keyphrases[{text, score}],
    themes[{id, label, color, score, count, terms}], removed[{reason, text}], stats.
    Span offsets are UTF-16 code units into the text they belong to.

OPTIONS:
    --key-points LEN     short | medium | long | auto | N (1–20): how many key points to
                         generate when the article has none [default: auto = 3/5/7 by length]
    --themes FILE.json   custom themes: a JSON array of {id, label, color, terms[]}; they
                         extend the default themes (same id replaces one)
    --only-custom-themes use only the themes from --themes
    --lang CODE          the article's language (ISO 639-1, e.g. fr); detected when absent
    --max-bytes N        refuse inputs over N bytes [default: 33554432]
    --compact            print JSON on one line
    -h, --help           print this help
    -V, --version        print the version

Invalid UTF-8 in the input is decoded lossily (U+FFFD) with a warning on standard error.
Errors go to standard error with exit status 1 (2 for usage errors).
";

/// The help text, with the languages this build has word lists and theme lexicons for.
fn help() -> String {
    let codes = article_lens::lang::available();
    let themed: Vec<&str> = codes
        .iter()
        .copied()
        .filter(|c| article_lens::themes::default_themes_in(c).is_some())
        .collect();
    format!(
        "{}\n\nLanguages of this build:\n\
         \x20   keyphrases, stemming  {}\n\
         \x20   n-gram keyphrases     zh ja\n\
         \x20   default themes        {}\n\
         \x20   any other             structure, key points and reading time",
        HELP.trim_end(),
        codes.join(" "),
        themed.join(" ")
    )
}

struct Args {
    input: Option<String>,
    options: Options,
    compact: bool,
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run(&argv) {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, msg)) => {
            eprintln!("article-lens: {msg}");
            ExitCode::from(code)
        }
    }
}

fn run(argv: &[String]) -> Result<(), (u8, String)> {
    let usage = |m: String| (2u8, format!("{m}\nRun 'article-lens --help' for usage."));
    match argv.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => return write_stdout(&help()),
        Some("-V" | "--version") => {
            return write_stdout(&format!("article-lens {}", env!("CARGO_PKG_VERSION")))
        }
        Some("analyze") => {}
        Some(other) => return Err(usage(format!("unknown command {other:?}"))),
    }
    let args = parse_args(&argv[1..]).map_err(usage)?;
    let Some(args) = args else {
        return write_stdout(&help());
    };
    let bytes = read_input(args.input.as_deref()).map_err(|m| (1, m))?;
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("article-lens: warning: the input is not valid UTF-8 (first bad byte at offset {}); decoded lossily, bad bytes shown as U+FFFD", e.utf8_error().valid_up_to());
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    let analysis = analyze(&text, &args.options).map_err(|e| (1, e.to_string()))?;
    let json = if args.compact {
        serde_json::to_string(&analysis)
    } else {
        serde_json::to_string_pretty(&analysis)
    };
    let json = json.map_err(|e| (1, format!("could not write JSON: {e}")))?;
    write_stdout(&json)
}

/// Writes to standard output; a closed pipe (`| head`) ends quietly instead of panicking.
fn write_stdout(text: &str) -> Result<(), (u8, String)> {
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err((1, format!("cannot write the output: {e}")))
        }
        _ => Ok(()),
    }
}

/// Parses the options of `analyze`; `Ok(None)` means help was asked for.
fn parse_args(argv: &[String]) -> Result<Option<Args>, String> {
    let mut args = Args {
        input: None,
        options: Options::default(),
        compact: false,
    };
    let mut it = argv.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--compact" => args.compact = true,
            "--only-custom-themes" => args.options.replace_default_themes = true,
            "--key-points" => {
                let v = value("--key-points")?;
                args.options.key_points = Length::parse(&v).ok_or_else(|| format!("--key-points: {v:?} is not short, medium, long, auto or a number from 1 to 20"))?;
            }
            "--themes" => {
                let path = value("--themes")?;
                args.options.themes = read_themes(&path)?;
            }
            "--lang" => args.options.lang = Some(value("--lang")?),
            "--max-bytes" => {
                let v = value("--max-bytes")?;
                args.options.max_input_bytes = v
                    .parse()
                    .map_err(|_| format!("--max-bytes: {v:?} is not a number of bytes"))?;
            }
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s:?}")),
            s => {
                if args.input.replace(s.to_string()).is_some() {
                    return Err("give at most one input file".into());
                }
            }
        }
    }
    Ok(Some(args))
}

/// Reads custom themes from a JSON file, naming the problem when it is not valid.
fn read_themes(path: &str) -> Result<Vec<ThemeDef>, String> {
    let raw =
        std::fs::read_to_string(path).map_err(|e| format!("--themes: cannot read {path}: {e}"))?;
    let defs: Vec<ThemeDef> = serde_json::from_str(&raw).map_err(|e| format!("--themes: {path} is not a valid theme list ({e}); expected [{{\"id\", \"label\", \"color\", \"terms\": [..]}}]"))?;
    for def in &defs {
        def.validate()
            .map_err(|e| format!("--themes: {path}: {e}"))?;
    }
    Ok(defs)
}

fn read_input(path: Option<&str>) -> Result<Vec<u8>, String> {
    match path {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(buf)
        }
        Some(p) => std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}")),
    }
}
