#!/usr/bin/env python3
"""Generate a news-like benchmark corpus from zhtext's own samples (no third-party text).

usage: bench/make-corpus.py OUT_DIR [MEGABYTES] [--articles N]

Sentences of the samples (simplified and traditional kept apart, so each article has one script) are
recombined with a fixed seed, and their digits varied, into articles of 1-6 KB until the corpus reaches
MEGABYTES of UTF-8 (default 5), or into exactly N articles with --articles.
"""
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENCODINGS = {"gb18030": "gb18030", "big5": "big5"}


def sentences():
    simp, trad = [], []
    for p in sorted((ROOT / "samples").iterdir()):
        if p.suffix not in (".txt",):
            continue
        enc = next((e for k, e in ENCODINGS.items() if k in p.name), "utf-8")
        text = p.read_bytes().decode(enc)
        bucket = trad if re.search("[這對與關稅於為據經門區們來時會]", text) else simp
        for s in re.findall(r"[^。！？\n]+[。！？]", text):
            if "示例" not in s:
                bucket.append(s.strip())
    return simp, trad


def vary(s, rnd):
    """Vary the digits of amounts (not of dates: a number followed by 年/月/日 keeps its value)."""
    def repl(m):
        if m.group(2):
            return m.group(0)
        return "".join(str(rnd.randint(1, 9)) if c.isdigit() and rnd.random() < 0.5 else c for c in m.group(1))
    return re.sub(r"(\d+(?:\.\d+)?)(\s*[年月日])?", repl, s)


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    out = Path(args[0])
    count = None
    if "--articles" in args:
        count = int(args[args.index("--articles") + 1])
    mb = float(args[1]) if len(args) > 1 and not args[1].startswith("--") else 5.0
    rnd = random.Random(20251122)
    simp, trad = sentences()
    out.mkdir(parents=True, exist_ok=True)
    total, n = 0, 0
    while (count is None and total < mb * 1_000_000) or (count is not None and n < count):
        pool = trad if rnd.random() < 0.3 else simp
        body, size = [], rnd.randint(1000, 6000)
        while sum(len(x.encode()) for x in body) < size:
            para = "".join(vary(rnd.choice(pool), rnd) for _ in range(rnd.randint(1, 4)))
            body.append(para)
        text = "\n".join(body) + "\n"
        (out / f"{n:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
        n += 1
    print(f"{n} articles, {total} bytes in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
