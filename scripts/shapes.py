#!/usr/bin/env python3
"""Pastes of many shapes for the memory and time survey (README, Performance): prose, one
line, hard-wrapped, one word per line, Markdown, lists, CSV, JSON, HTML, logs, base64 mail,
URLs, code, word lists, random letters, Chinese, Japanese, Arabic, Russian, emoji, SRT, chat…
Each is about TARGET_BYTES, written to OUTDIR/<NN>_<shape>.txt, with a fixed seed per shape.
Sentences and words come from the project's own example article.

Usage: python3 scripts/shapes.py [TARGET_BYTES] [OUTDIR] [SHAPE ...]
Then:  for f in OUTDIR/*.txt; do BENCH_RUNS=1 target/release/examples/bench_corpus measure $f | tail -1; done
"""
import random, re, sys, os, base64, json, string

SRC = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'www', 'examples', 'china-pakistan.txt'), encoding='utf-8').read()
SENTS = [s.strip() for s in re.split(r'(?<=[.!?])\s+', re.sub(r'\s+', ' ', SRC)) if len(s.strip()) > 20]
WORDS = re.findall(r"[A-Za-z']+", SRC)
VOCAB = sorted(set(w.lower() for w in WORDS))

TARGET = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
OUT = sys.argv[2] if len(sys.argv) > 2 else 'shapes'
ONLY = set(sys.argv[3:])


def fill(r, piece, sep='\n'):
    """Call piece(r, i) until ~TARGET bytes."""
    out, n, i = [], 0, 0
    while n < TARGET:
        p = piece(r, i)
        out.append(p)
        n += len(p.encode('utf-8')) + len(sep)
        i += 1
    return sep.join(out) + '\n'


def para(r, k=None):
    return ' '.join(r.choice(SENTS) for _ in range(k or r.randint(3, 7)))


def rword(r, lo=3, hi=9, alpha=string.ascii_lowercase):
    return ''.join(r.choice(alpha) for _ in range(r.randint(lo, hi)))


def wrap(text, w):
    lines, cur = [], ''
    for word in text.split(' '):
        if cur and len(cur) + 1 + len(word) > w:
            lines.append(cur); cur = word
        else:
            cur = (cur + ' ' + word) if cur else word
    lines.append(cur)
    return '\n'.join(lines)


S = {}
def shape(f):
    S[f.__name__] = f
    return f

@shape
def prose(r):
    return 'A Title For The Article\n\n' + fill(r, lambda r, i: para(r), '\n\n')

@shape
def prose_one_line(r):
    return fill(r, lambda r, i: r.choice(SENTS), ' ')

@shape
def prose_wrapped72(r):
    return fill(r, lambda r, i: wrap(para(r), 72), '\n\n')

@shape
def one_word_per_line(r):
    return fill(r, lambda r, i: r.choice(WORDS))

@shape
def markdown(r):
    def p(r, i):
        k = i % 6
        if k == 0: return '#' * r.randint(1, 4) + ' ' + ' '.join(r.choice(WORDS) for _ in range(5))
        if k == 1: return para(r, 3) + ' See [the link](https://example.com/%d/%s) and **bold** _it_.' % (i, rword(r))
        if k == 2: return '\n'.join('- ' + r.choice(SENTS) for _ in range(4))
        if k == 3: return '| a | b | c |\n|---|---|---|\n' + '\n'.join('| %s | %d | %s |' % (rword(r), r.randint(0, 999), rword(r)) for _ in range(4))
        if k == 4: return '```rust\nfn f%d(x: u32) -> u32 {\n    x * %d + 1\n}\n```' % (i, i)
        return '1. ' + r.choice(SENTS) + '\n2. ' + r.choice(SENTS)
    return fill(r, p, '\n\n')

@shape
def bullets(r):  # ~20k items
    return fill(r, lambda r, i: '- ' + r.choice(SENTS)[:48])

@shape
def numbered(r):
    return fill(r, lambda r, i: '%d. %s' % (i + 1, r.choice(SENTS)))

@shape
def csv_numbers(r):
    return 'a,b,c,d,e,f\n' + fill(r, lambda r, i: ','.join('%.3f' % r.uniform(-1000, 1000) for _ in range(6)))

@shape
def csv_words(r):
    return 'name,city,role,team\n' + fill(r, lambda r, i: ','.join(r.choice(VOCAB) for _ in range(4)))

@shape
def tsv(r):
    return 'id\tname\tscore\tnote\n' + fill(r, lambda r, i: '%d\t%s\t%d\t%s' % (i, r.choice(VOCAB), r.randint(0, 100), r.choice(SENTS)[:30]))

@shape
def json_dump(r):
    items = []
    n = 0
    while n < TARGET:
        o = {'id': len(items), 'name': rword(r), 'tags': [r.choice(VOCAB) for _ in range(3)],
             'text': r.choice(SENTS), 'score': r.random(), 'ok': r.random() < .5}
        items.append(o); n += 300
    s = json.dumps(items, indent=2)
    return s

@shape
def html(r):
    def p(r, i):
        return ('<div class="c-%d" id="x%d"><p style="margin:0">%s <a href="https://example.com/a/%d?q=%s">%s</a></p>'
                '<img src="/img/%d.png" alt=""/><span>%s</span></div>' % (i % 7, i, r.choice(SENTS), i, rword(r), r.choice(WORDS), i, r.choice(WORDS)))
    return '<!DOCTYPE html><html><head><title>T</title><script>var a=1;</script></head><body>\n' + fill(r, p) + '</body></html>\n'

@shape
def log(r):
    lv = ['INFO', 'WARN', 'DEBUG', 'ERROR']
    return fill(r, lambda r, i: '2024-03-%02dT%02d:%02d:%02d.%03dZ %s [req=%016x] worker-%d handled %s in %dms' % (
        r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), r.choice(lv),
        r.getrandbits(64), r.randint(0, 9), '/api/' + rword(r), r.randint(1, 900)))

@shape
def email_base64(r):
    hdr = 'From: a@example.com\nTo: b@example.com\nSubject: report\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nHi, attached.\n\n'
    blob = base64.encodebytes(r.randbytes(int(TARGET * 0.74))).decode()
    return hdr + blob

@shape
def urls(r):
    return fill(r, lambda r, i: 'https://www.%s.com/%s/%s?id=%d&ref=%s' % (rword(r), rword(r), rword(r), r.randint(0, 10**6), rword(r)))

@shape
def emails(r):
    return fill(r, lambda r, i: '%s.%s@%s.%s' % (rword(r), rword(r), rword(r), r.choice(['com', 'org', 'net', 'io'])))

@shape
def stacktrace(r):
    def p(r, i):
        lines = ['Exception in thread "main" java.lang.IllegalStateException: bad state %d' % i]
        for _ in range(15):
            lines.append('\tat com.example.%s.%s.%s(%s.java:%d)' % (rword(r), rword(r).capitalize(), rword(r), rword(r).capitalize(), r.randint(1, 999)))
        return '\n'.join(lines)
    return fill(r, p)

@shape
def rust_code(r):
    def p(r, i):
        a, b = rword(r), rword(r)
        return ('/// Computes %s.\npub fn %s_%d(%s: &[u8]) -> Result<usize, Error> {\n    let mut n = 0;\n'
                '    for (i, c) in %s.iter().enumerate() {\n        if *c == b\'%s\' { n += i; }\n    }\n    Ok(n)\n}\n' % (b, a, i, b, b, r.choice('abcxyz')))
    return fill(r, p)

@shape
def js_code(r):
    def p(r, i):
        return ('function %s%d(a, b) {\n  const x = a.map((v) => v * %d);\n  if (x.length > b) { return x.slice(0, b); }\n'
                '  console.log("%s", x);\n  return x;\n}\n' % (rword(r), i, i, r.choice(SENTS)[:30]))
    return fill(r, p)

@shape
def wordlist_distinct(r):
    seen = set()
    def p(r, i):
        while True:
            w = rword(r, 5, 10)
            if w not in seen:
                seen.add(w); return w
    return fill(r, p)

@shape
def random_letters(r):
    return ''.join(r.choice(string.ascii_letters) for _ in range(TARGET)) + '\n'

@shape
def random_letters_spaces(r):
    return ''.join(r.choice(string.ascii_lowercase + '     ') for _ in range(TARGET)) + '\n'

@shape
def chinese_one_line(r):
    chars = [chr(c) for c in range(0x4e00, 0x4e00 + 3000)]
    return fill(r, lambda r, i: ''.join(r.choice(chars) for _ in range(r.randint(15, 40))) + '。', '')

@shape
def chinese_paras(r):
    chars = [chr(c) for c in range(0x4e00, 0x4e00 + 3000)]
    return fill(r, lambda r, i: '，'.join(''.join(r.choice(chars) for _ in range(r.randint(5, 15))) for _ in range(8)) + '。', '\n\n')

@shape
def japanese(r):
    kana = [chr(c) for c in range(0x3041, 0x3094)] + [chr(c) for c in range(0x30a1, 0x30f4)]
    kanji = [chr(c) for c in range(0x4e00, 0x4e00 + 1000)]
    def p(r, i):
        return ''.join(r.choice(kanji if r.random() < .3 else kana) for _ in range(r.randint(20, 60))) + '。'
    return fill(r, p, '')

@shape
def arabic(r):
    letters = [chr(c) for c in range(0x0627, 0x064A)]
    return fill(r, lambda r, i: ' '.join(''.join(r.choice(letters) for _ in range(r.randint(2, 8))) for _ in range(r.randint(8, 20))) + '.', '\n')

@shape
def russian(r):
    letters = [chr(c) for c in range(0x0430, 0x0450)]
    def p(r, i):
        s = ' '.join(''.join(r.choice(letters) for _ in range(r.randint(2, 10))) for _ in range(r.randint(8, 20)))
        return s[0].upper() + s[1:] + '.'
    return fill(r, lambda r, i: ' '.join(p(r, i) for _ in range(4)), '\n\n')

@shape
def emoji_mixed(r):
    em = [chr(c) for c in range(0x1F600, 0x1F64F)] + ['👍🏽', '👨‍👩‍👧', '🇺🇸', '❤️']
    return fill(r, lambda r, i: ' '.join(r.choice(em) if r.random() < .4 else r.choice(WORDS) for _ in range(15)), '\n')

@shape
def emoji_only(r):
    em = [chr(c) for c in range(0x1F600, 0x1F64F)]
    return fill(r, lambda r, i: ''.join(r.choice(em) for _ in range(50)), '\n')

@shape
def repeated_word(r):
    return fill(r, lambda r, i: 'buffalo', ' ')

@shape
def repeated_word_newlines(r):
    return fill(r, lambda r, i: 'buffalo', '\n')

@shape
def key_value(r):
    return fill(r, lambda r, i: '%s: %s' % (rword(r).capitalize(), ' '.join(r.choice(WORDS) for _ in range(r.randint(1, 5)))))

@shape
def tiny_paragraphs(r):
    return fill(r, lambda r, i: r.choice(SENTS), '\n\n')

@shape
def quotes(r):
    return fill(r, lambda r, i: '"%s" said %s %s.' % (r.choice(SENTS), r.choice(['Mr.', 'Ms.', 'Dr.']), rword(r).capitalize()), '\n\n')

@shape
def blockquote(r):
    return fill(r, lambda r, i: '\n'.join('> ' + l for l in wrap(para(r), 70).split('\n')), '\n\n')

@shape
def srt(r):
    def p(r, i):
        s = i * 3
        return '%d\n%02d:%02d:%02d,000 --> %02d:%02d:%02d,500\n%s\n' % (i + 1, s // 3600, s // 60 % 60, s % 60, s // 3600, s // 60 % 60, (s + 2) % 60, r.choice(SENTS)[:80])
    return fill(r, p)

@shape
def chat(r):
    names = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve']
    return fill(r, lambda r, i: '[%02d:%02d] %s: %s' % (r.randint(0, 23), r.randint(0, 59), r.choice(names), ' '.join(r.choice(WORDS) for _ in range(r.randint(2, 12)))))

@shape
def long_words(r):
    return fill(r, lambda r, i: ' '.join(rword(r, 500, 5000) for _ in range(3)), '\n\n')

@shape
def one_huge_word(r):
    return 'x' * TARGET + '\n'

@shape
def digits_only(r):
    return ''.join(r.choice(string.digits) for _ in range(TARGET)) + '\n'

@shape
def numbers_spaced(r):
    return fill(r, lambda r, i: str(r.randint(0, 10**6)), ' ')

@shape
def punctuation_only(r):
    return ''.join(r.choice('.,;:!?-()[]"\'') for _ in range(TARGET)) + '\n'

@shape
def sentences_no_punct(r):
    return fill(r, lambda r, i: ' '.join(r.choice(WORDS) for _ in range(20)), ' ')

@shape
def ellipsis_sentences(r):
    return fill(r, lambda r, i: ' '.join(r.choice(WORDS) for _ in range(3)) + '.', ' ')

@shape
def all_caps(r):
    return fill(r, lambda r, i: para(r).upper(), '\n\n')

@shape
def whitespace_heavy(r):
    return fill(r, lambda r, i: r.choice(WORDS) + ' ' * r.randint(1, 40) + ('\n' * r.randint(0, 5)), '')

@shape
def crlf_prose(r):
    return fill(r, lambda r, i: para(r), '\r\n\r\n')

@shape
def hyphenated_compounds(r):
    return fill(r, lambda r, i: ' '.join('-'.join(r.choice(WORDS) for _ in range(r.randint(2, 6))) for _ in range(10)) + '.', ' ')

@shape
def acronyms_names(r):
    return fill(r, lambda r, i: ' '.join(rword(r, 2, 5, string.ascii_uppercase) if r.random() < .5 else rword(r).capitalize() for _ in range(12)) + '.', ' ')


@shape
def chinese_vocab(r):
    # more realistic Chinese: words of 1-4 Han chars from a 3000-word Zipf-ish vocabulary
    chars = [chr(c) for c in range(0x4e00, 0x4e00 + 3000)]
    vocab = [''.join(r.choice(chars) for _ in range(r.choice([1, 2, 2, 2, 3, 4]))) for _ in range(3000)]
    wts = [1.0 / (k + 1) for k in range(len(vocab))]
    def p(r, i):
        return '，'.join(''.join(r.choices(vocab, wts, k=r.randint(3, 8))) for _ in range(4)) + '。'
    return fill(r, p, '\n\n')

@shape
def japanese_kanji_heavy(r):
    kanji = [chr(c) for c in range(0x4e00, 0x4e00 + 3000)]
    kana = [chr(c) for c in range(0x3041, 0x3094)]
    return fill(r, lambda r, i: ''.join(r.choice(kana) if r.random() < .1 else r.choice(kanji) for _ in range(40)) + '。', '')


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for idx, (name, f) in enumerate(S.items()):
        if ONLY and name not in ONLY:
            continue
        r = random.Random(1000 + idx)
        txt = f(r)
        path = os.path.join(OUT, '%02d_%s.txt' % (idx, name))
        with open(path, 'w', encoding='utf-8', newline='') as fh:
            fh.write(txt)
        print(path, len(txt.encode('utf-8')))
