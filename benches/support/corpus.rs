//! Deterministic, varied article text for the benchmarks: no corpus article is copied.
//!
//! `article(bytes, seed)` builds a news-like text of about `bytes` bytes from a fixed
//! vocabulary plus Zipf-distributed made-up words (so the vocabulary keeps growing with the
//! size, as in real text), in a mix of the paragraph styles people paste: browser-copy lines
//! (one paragraph a line, boilerplate lines between), a hard-wrapped plain-text dump,
//! Markdown (headings, emphasis, links, lists, quotes) and bullet or numbered lists.
//! Shared by `benches/analyze.rs` and `examples/bench_corpus.rs` (included with `#[path]`).

/// A small xorshift generator: the same seed gives the same text on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    /// An index in `0..n`, small indices far more likely (roughly Zipf).
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64) * u * u * u) as usize % n
    }
}

const SUBJECTS: &[&str] = &[
    "The government",
    "Officials",
    "The central bank",
    "Senior diplomats",
    "The ministry",
    "Analysts",
    "Police",
    "The company",
    "Regional leaders",
    "Health authorities",
    "Investors",
    "Lawmakers",
    "The coalition",
    "Local residents",
    "The United Nations",
    "Military commanders",
    "Economists",
    "The court",
    "Trade negotiators",
    "Aid agencies",
    "Mr. Okafor",
    "Dr. Lindqvist",
    "The U.S. envoy",
    "Beijing",
    "Islamabad",
    "Brussels",
    "The opposition party",
    "Climate scientists",
    "The union",
];
const VERBS: &[&str] = &[
    "announced",
    "warned about",
    "welcomed",
    "criticised",
    "reviewed",
    "approved",
    "postponed",
    "signed",
    "rejected",
    "expanded",
    "described",
    "questioned",
    "promised",
    "debated",
    "investigated",
    "reaffirmed",
    "negotiated",
    "unveiled",
    "suspended",
    "defended",
    "supported",
    "called for",
];
const ADJECTIVES: &[&str] = &[
    "new",
    "bilateral",
    "long-standing",
    "economic",
    "regional",
    "strategic",
    "controversial",
    "temporary",
    "national",
    "multilateral",
    "fragile",
    "ambitious",
    "costly",
    "urgent",
    "joint",
    "diplomatic",
    "military",
    "fiscal",
    "renewed",
    "public",
    "international",
    "cross-border",
];
const NOUNS: &[&str] = &[
    "trade agreement",
    "security cooperation",
    "interest rates",
    "inflation target",
    "peace talks",
    "infrastructure projects",
    "border dispute",
    "defence budget",
    "election results",
    "energy prices",
    "vaccine programme",
    "climate policy",
    "foreign policy",
    "tax reform",
    "investment plan",
    "sanctions",
    "ceasefire",
    "naval exercises",
    "corruption inquiry",
    "housing market",
    "supply chains",
    "refugee crisis",
    "stock market",
    "power grid",
    "water shortage",
    "summit meeting",
    "pension reform",
    "counterterrorism operation",
    "diplomatic engagement",
    "economic corridor",
    "court ruling",
];
const CLAUSES: &[&str] = &[
    "amid shifting regional diplomacy",
    "despite growing public pressure",
    "after weeks of talks",
    "as markets fell sharply",
    "ahead of next month's summit",
    "following the attack near the border",
    "according to people familiar with the matter",
    "in a statement on Tuesday",
    "for the first time since 2019",
    "while the economy slowed",
    "under the new agreement",
    "in the capital on Friday",
];
const PLACES: &[&str] = &[
    "ISLAMABAD",
    "BRUSSELS",
    "NAIROBI",
    "SÃO PAULO",
    "WASHINGTON",
    "BEIJING",
    "NEW DELHI",
    "BERLIN",
    "TOKYO",
    "CAIRO",
    "JAKARTA",
    "MEXICO CITY",
];
const NAMES: &[&str] = &[
    "Amina Yusuf",
    "Jonas Berg",
    "María Fernández",
    "Li Wei",
    "Priya Raman",
    "Tomás Novák",
    "Sarah O'Neill",
    "Kwame Mensah",
    "Yuki Tanaka",
    "Ahmed Khan",
];
const BOILERPLATE: &[&str] = &[
    "Advertisement",
    "Share this article",
    "Read more:",
    "Subscribe to our newsletter",
    "Image caption",
    "Sign up for our daily briefing",
    "Skip Advertisement",
    "Getty Images",
];
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ran", "tes", "vo", "quin", "dor", "sa", "bel", "tri", "mon", "zu", "fer",
    "ash", "gal", "pe", "nor", "vik", "hal",
];

/// A made-up word from the Zipf-distributed open vocabulary (index → the same word).
fn made_up(mut i: usize) -> String {
    let mut w = String::new();
    loop {
        w.push_str(SYLLABLES[i % SYLLABLES.len()]);
        i /= SYLLABLES.len();
        if i == 0 {
            break;
        }
    }
    w
}

fn sentence(r: &mut Rng) -> String {
    let mut s = String::new();
    let subject = r.pick(SUBJECTS);
    s.push_str(subject);
    s.push(' ');
    s.push_str(r.pick(VERBS));
    s.push_str(" the ");
    if r.chance(60) {
        s.push_str(r.pick(ADJECTIVES));
        s.push(' ');
    }
    if r.chance(35) {
        s.push_str(&made_up(r.zipf(20_000)));
        s.push(' ');
    }
    s.push_str(r.pick(NOUNS));
    match r.below(10) {
        0 => s.push_str(&format!(
            ", worth about ${}.{} billion",
            1 + r.below(90),
            r.below(10)
        )),
        1 => s.push_str(&format!(
            ", a rise of {}.{}% on the year",
            r.below(12),
            r.below(10)
        )),
        2 => s.push_str(&format!(" with the {} delegation", made_up(r.zipf(5_000)))),
        _ => {}
    }
    if r.chance(55) {
        s.push(' ');
        s.push_str(r.pick(CLAUSES));
    }
    s.push('.');
    if r.chance(15) {
        // A quotation, with curly quotes and an em dash.
        let who = r.pick(NAMES);
        s = format!(
            "“{}” — said {who}, who {} the {}.",
            &s[..s.len() - 1],
            r.pick(VERBS),
            r.pick(NOUNS)
        );
    }
    s
}

fn paragraph(r: &mut Rng) -> String {
    let n = 2 + r.below(5);
    (0..n).map(|_| sentence(r)).collect::<Vec<_>>().join(" ")
}

fn wrap(text: &str, width: usize, out: &mut String) {
    let mut col = 0;
    for word in text.split(' ') {
        if col > 0 && col + 1 + word.len() > width {
            out.push('\n');
            col = 0;
        } else if col > 0 {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += word.len();
    }
    out.push('\n');
}

/// One section in one of the four paragraph styles.
fn section(r: &mut Rng, out: &mut String) {
    let paragraphs = 2 + r.below(5);
    match r.below(4) {
        // Browser copy: one paragraph per line, sometimes without blank lines, boilerplate between.
        0 => {
            let blank = r.chance(50);
            for _ in 0..paragraphs {
                out.push_str(&paragraph(r));
                out.push('\n');
                if blank {
                    out.push('\n');
                }
                if r.chance(20) {
                    out.push_str(r.pick(BOILERPLATE));
                    out.push_str("\n\n");
                }
            }
        }
        // A plain-text dump hard-wrapped at 68–78 columns, blank lines between paragraphs.
        1 => {
            let width = 68 + r.below(11);
            for _ in 0..paragraphs {
                wrap(&paragraph(r), width, out);
                out.push('\n');
            }
        }
        // Markdown: a heading, emphasis, a link, a list and a quote.
        2 => {
            out.push_str(&format!(
                "## {} {}\n\n",
                capitalise(r.pick(ADJECTIVES)),
                r.pick(NOUNS)
            ));
            for i in 0..paragraphs {
                let p = paragraph(r);
                if i == 0 {
                    out.push_str(&format!(
                        "**{}** {p} [More](https://example.com/{}).\n\n",
                        r.pick(PLACES),
                        r.below(1000)
                    ));
                } else {
                    out.push_str(&p);
                    out.push_str("\n\n");
                }
            }
            for _ in 0..2 + r.below(3) {
                out.push_str(&format!("- {}\n", sentence(r)));
            }
            out.push_str(&format!("\n> {}\n\n", sentence(r)));
        }
        // Lists: bullets as browsers copy them, or a numbered list, after a lead paragraph.
        _ => {
            out.push_str(&paragraph(r));
            out.push_str("\n\n");
            let numbered = r.chance(50);
            for i in 0..3 + r.below(4) {
                if numbered {
                    out.push_str(&format!("{}. {}\n", i + 1, sentence(r)));
                } else {
                    out.push_str(&format!("  • {}\n", sentence(r)));
                }
            }
            out.push('\n');
        }
    }
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// A news-like article of about `bytes` bytes (at least one section; cut at a section end).
pub fn article(bytes: usize, seed: u64) -> String {
    let mut r = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 4096);
    let title = format!(
        "{} {} {} {}",
        r.pick(SUBJECTS),
        r.pick(VERBS),
        r.pick(ADJECTIVES),
        r.pick(NOUNS)
    );
    out.push_str(&title);
    out.push_str("\n\n");
    if r.chance(50) {
        out.push_str(&title);
        out.push_str("\n\n");
    }
    out.push_str(&format!("By {}\n\n", r.pick(NAMES)));
    out.push_str(&format!(
        "{}, Nov {} (Reuters) - ",
        r.pick(PLACES),
        1 + r.below(28)
    ));
    out.push_str(&paragraph(&mut r));
    out.push_str("\n\n");
    while out.len() < bytes {
        section(&mut r, &mut out);
    }
    out
}
