//! The benchmark corpus and a peak-memory / scaling probe (not part of the library).
//!
//! ```sh
//! cargo run --release --example bench_corpus -- text 100000 > article.txt   # the generated text
//! cargo run --release --example bench_corpus -- measure 10000 100000 1000000 10000000
//! cargo run --release --example bench_corpus -- measure www/examples/china-pakistan.txt
//! ```
//!
//! `measure` analyses each generated size (or each file named instead of a size) (median of a few runs) and prints the time, MB/s,
//! the time ratio to the previous size, and the peak heap during the analysis (counted by a
//! global allocator wrapper) as a multiple of the input size. `BENCH_RUNS=N` sets the runs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::Instant;

#[path = "../benches/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

/// `System`, counting the live bytes and their high-water mark.
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to `System` unchanged; only counts sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(live, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                let live =
                    LIVE.fetch_add(new_size - layout.size(), Relaxed) + new_size - layout.size();
                PEAK.fetch_max(live, Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    match (args.first().map(String::as_str), rest) {
        (Some("text"), [size]) if size.parse::<usize>().is_ok() => {
            print!("{}", corpus::article(size.parse().unwrap_or(0), 7))
        }
        (Some("measure"), [_, ..]) => measure(rest),
        _ => {
            eprintln!("usage: bench_corpus text BYTES | measure (BYTES | FILE)...");
            std::process::exit(2);
        }
    }
}

fn measure(inputs: &[String]) {
    let options = article_lens::Options::default();
    println!(
        "{:>10} {:>11} {:>9} {:>12} {:>14} {:>10}",
        "bytes", "ms/analysis", "MB/s", "time ratio", "peak heap MB", "peak/input"
    );
    let mut previous: Option<f64> = None;
    for input in inputs {
        let text = match input.parse::<usize>() {
            Ok(size) => corpus::article(size, 7),
            Err(_) => std::fs::read_to_string(input).unwrap_or_else(|e| panic!("{input}: {e}")),
        };
        let runs = std::env::var("BENCH_RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or((20_000_000 / text.len().max(1)).clamp(3, 51));
        // One untimed run first: one-time set-up (the default theme matcher) is not counted.
        drop(article_lens::analyze(&text, &options));
        let mut times = Vec::with_capacity(runs);
        let mut peak = 0;
        for _ in 0..runs {
            let base = LIVE.load(Relaxed);
            PEAK.store(base, Relaxed);
            let start = Instant::now();
            let analysis = article_lens::analyze(&text, &options).expect("analysis");
            times.push(start.elapsed().as_secs_f64());
            // Peak of the analysis itself, its result included, above what was live before.
            peak = peak.max(PEAK.load(Relaxed) - base);
            drop(analysis);
        }
        times.sort_by(f64::total_cmp);
        let median = times[runs / 2];
        let ratio = previous.map_or("-".to_string(), |p| format!("{:.2}x", median / p));
        previous = Some(median);
        println!(
            "{:>10} {:>11.3} {:>9.1} {:>12} {:>14.1} {:>10.2}",
            text.len(),
            median * 1e3,
            text.len() as f64 / median / 1e6,
            ratio,
            peak as f64 / 1e6,
            peak as f64 / text.len() as f64
        );
    }
}
