//! criterion benchmarks of the full native analysis (`make bench`).
//!
//! Inputs: the seed article (www/examples/china-pakistan.txt) and texts of 10 KB, 100 KB,
//! 1 MB and 10 MB generated deterministically by `support/corpus.rs` (a mix of browser-copy
//! lines, wrapped dumps, Markdown and lists). Throughput is reported in bytes of input; the
//! 10 KB → 10 MB sizes give the scaling (10× input should cost at most 12× the time).

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use std::hint::black_box;
use std::time::Duration;

#[path = "support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

const SEED_ARTICLE: &str = include_str!("../www/examples/china-pakistan.txt");

fn analyze(c: &mut Criterion) {
    let options = article_lens::Options::default();
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Bytes(SEED_ARTICLE.len() as u64));
    group.bench_function("seed", |b| {
        b.iter(|| article_lens::analyze(black_box(SEED_ARTICLE), &options).unwrap())
    });

    for (label, bytes) in [
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let text = corpus::article(bytes, 7);
        // Few flat samples for the big inputs: one 1–10 MB analysis is long enough to time alone,
        // and criterion's default linear sampling would run 55 of them.
        let (samples, mode) = if bytes >= 1_000_000 {
            (10, SamplingMode::Flat)
        } else {
            (30, SamplingMode::Auto)
        };
        group
            .sample_size(samples)
            .sampling_mode(mode)
            .measurement_time(Duration::from_secs(if bytes >= 1_000_000 { 5 } else { 3 }));
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("generated", label), &text, |b, text| {
            b.iter(|| article_lens::analyze(black_box(text), &options).unwrap())
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).noise_threshold(0.05);
    targets = analyze
}
criterion_main!(benches);
