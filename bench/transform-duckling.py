#!/usr/bin/env python3
"""Turn Duckling's Chinese test corpora into figures_duckling/duckling_zh.jsonl (Python 3 standard library only).

usage: bench/transform-duckling.py --commit SHA UPSTREAM_DIR OUT_FILE

UPSTREAM_DIR holds the upstream files without their leading `Duckling/` (as bench/fetch-eval-data.sh lays them out
in OUT_DIR/_upstream/duckling/): Time/ZH/Corpus.hs, Time/ZH/{CN,HK,MO,TW}/Corpus.hs, Numeral/ZH/Corpus.hs, ...
SHA is the upstream commit they come from (written, shortened to 12, into every line's "source").

The transformation is the one ../shared/eval/figures_duckling/README.md describes. For each
`examples (<expr>) [ "s1", "s2", ... ]` block of a file (Haskell comments removed first), one line per string, all
sharing the value of <expr>; "expected_source" is <expr> verbatim with its whitespace collapsed. Mapping:
  datetime (y,m,d,h,mi,s) G                  -> {"value": "yyyy-mm-ddThh:mm:ss", "grain": g}
  datetimeInterval ((..), (..)) G            -> {"from", "to", "grain"}   (Duckling intervals: "to" is exclusive)
  datetimeHoliday / datetimeIntervalHoliday  -> the same plus "holiday": the name
  NumeralValue v, OrdinalData v              -> {"value": v}
  DurationData v G                           -> {"value": v, "grain": g}
  simple U v [P]                             -> {"unit": U, "value": v}  (+ "product": P when the corpus gives one:
                                                Quantity's `Nothing` is null)
  between U (a, b) [P]                       -> {"unit", "from": a, "to": b}
  under U v [P] / above U v [P]              -> {"unit", "to": v, "open_interval": "under"} / {"unit", "from": v,
                                                "open_interval": "above"}
  TemperatureValue U v (older Duckling)      -> as simple U v
Month 0 / day 0 (e.g. `(2011, 0, 0, 0, 0, 0)`) are clipped to 1, as Data.Time.fromGregorian does in Duckling.
Time lines carry "reference_time": Duckling's test context (Duckling.Testing.Types.testContext: Tuesday
2013-02-12 04:30:00 at UTC-2); times are wall-clock times in that zone.
"""
import calendar
import json
import re
import sys
from pathlib import Path

REPO = "facebook/duckling"
REFERENCE_TIME = "2013-02-12T04:30:00-02:00"
# (path under Duckling/, dimension, type), in the order of the output file
CORPORA = [
    ("Time/ZH/Corpus.hs", "Time", "time"),
    ("Time/ZH/CN/Corpus.hs", "Time", "time"),
    ("Time/ZH/HK/Corpus.hs", "Time", "time"),
    ("Time/ZH/MO/Corpus.hs", "Time", "time"),
    ("Time/ZH/TW/Corpus.hs", "Time", "time"),
    ("Numeral/ZH/Corpus.hs", "Numeral", "number"),
    ("Ordinal/ZH/Corpus.hs", "Ordinal", "ordinal"),
    ("AmountOfMoney/ZH/Corpus.hs", "AmountOfMoney", "money"),
    ("Quantity/ZH/Corpus.hs", "Quantity", "quantity"),
    ("Distance/ZH/Corpus.hs", "Distance", "quantity"),
    ("Volume/ZH/Corpus.hs", "Volume", "quantity"),
    ("Temperature/ZH/Corpus.hs", "Temperature", "quantity"),
    ("Duration/ZH/Corpus.hs", "Duration", "duration"),
]
GRAINS = {"Second", "Minute", "Hour", "Day", "Week", "Month", "Quarter", "Year"}


class CorpusError(Exception):
    pass


# ---- Haskell source: comments, string literals, balanced brackets ----

def read_string(src, i):
    """The Haskell string literal starting at src[i] == '"': (decoded value, index after the closing quote)."""
    simple = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v", "\\": "\\",
              '"': '"', "'": "'", "&": ""}
    out, i = [], i + 1
    while True:
        if i >= len(src):
            raise CorpusError("unterminated string literal")
        c = src[i]
        if c == '"':
            return "".join(out), i + 1
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = src[i + 1]
        if e in simple:
            out.append(simple[e])
            i += 2
        elif e.isdigit():
            m = re.match(r"\d+", src[i + 1:])
            out.append(chr(int(m.group())))
            i += 1 + len(m.group())
        elif e == "x" or e == "o":
            m = re.match(r"[0-9a-fA-F]+" if e == "x" else r"[0-7]+", src[i + 2:])
            out.append(chr(int(m.group(), 16 if e == "x" else 8)))
            i += 2 + len(m.group())
        elif e.isspace():  # string gap: backslash, whitespace, backslash
            j = src.index("\\", i + 1)
            i = j + 1
        else:
            raise CorpusError("unsupported escape \\%s in a string literal" % e)


def strip_comments(src):
    """src with `-- ...` line comments and `{- ... -}` block comments blanked (string literals left intact)."""
    out, i, depth = [], 0, 0
    while i < len(src):
        if depth:
            if src.startswith("{-", i):
                depth, i = depth + 1, i + 2
            elif src.startswith("-}", i):
                depth, i = depth - 1, i + 2
            else:
                out.append("\n" if src[i] == "\n" else " ")
                i += 1
        elif src[i] == '"':
            _, j = read_string(src, i)
            out.append(src[i:j])
            i = j
        elif src.startswith("{-", i):
            depth, i = 1, i + 2
        elif re.match(r"--+(?![!#$%&*+./<=>?@\\^|~:])", src[i:i + 80]) and not is_operator_char(src, i - 1):
            j = src.find("\n", i)
            i = len(src) if j < 0 else j
        else:
            out.append(src[i])
            i += 1
    return "".join(out)


def is_operator_char(src, i):
    return i >= 0 and src[i] in "!#$%&*+./<=>?@\\^|~:-"


def balanced(src, i):
    """src[i] is an opening bracket: the index just after its matching closing bracket (strings skipped)."""
    pairs = {"(": ")", "[": "]"}
    stack = [pairs[src[i]]]
    i += 1
    while stack:
        if i >= len(src):
            raise CorpusError("unbalanced brackets")
        c = src[i]
        if c == '"':
            _, i = read_string(src, i)
            continue
        if c in pairs:
            stack.append(pairs[c])
        elif c in ")]":
            if c != stack.pop():
                raise CorpusError("mismatched brackets")
        i += 1
    return i


def example_blocks(src):
    """Every `examples (<expr>) [<strings>]` of src (comments removed): [(expr, [string, ...])]."""
    src = strip_comments(src)
    blocks = []
    for m in re.finditer(r"\bexamples\s*\(", src):
        open_paren = m.end() - 1
        end = balanced(src, open_paren)
        expr = src[open_paren + 1:end - 1]
        k = end
        while k < len(src) and src[k].isspace():
            k += 1
        if k >= len(src) or src[k] != "[":
            raise CorpusError("examples (%s) is not followed by a literal list" % expr.strip())
        list_end = balanced(src, k)
        body, texts, j = src[k + 1:list_end - 1], [], 0
        while j < len(body):
            c = body[j]
            if c.isspace() or c == ",":
                j += 1
            elif c == '"':
                text, j = read_string(body, j)
                texts.append(text)
            else:
                raise CorpusError("examples (%s): list element is not a string literal" % expr.strip())
        blocks.append((expr, texts))
    return blocks


# ---- values ----

def number(tok):
    """A Haskell numeric literal, possibly parenthesised and negative, as int or float."""
    t = tok.strip()
    while t.startswith("(") and t.endswith(")"):
        t = t[1:-1].strip()
    t = t.replace(" ", "")
    if re.fullmatch(r"-?\d+", t):
        return int(t)
    if re.fullmatch(r"-?(\d+\.\d+([eE][-+]?\d+)?|\d+[eE][-+]?\d+)", t):
        return float(t)
    raise CorpusError("not a number: %r" % tok)


def tokens(expr):
    """Top-level tokens of a Haskell application: words, parenthesised groups and string literals."""
    out, i = [], 0
    while i < len(expr):
        c = expr[i]
        if c.isspace():
            i += 1
        elif c in "([":
            j = balanced(expr, i)
            out.append(expr[i:j])
            i = j
        elif c == '"':
            s, j = read_string(expr, i)
            out.append(('"', s))
            i = j
        else:
            m = re.match(r"[^\s()\[\]\"]+", expr[i:])
            out.append(m.group())
            i += len(m.group())
    return out


def tuple_items(group):
    """'(a, b, (c, d))' -> ['a', 'b', '(c, d)'] (top-level commas only)."""
    inner, items, depth, cur = group.strip()[1:-1], [], 0, ""
    for c in inner:
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        if c == "," and depth == 0:
            items.append(cur.strip())
            cur = ""
        else:
            cur += c
    items.append(cur.strip())
    return items


def timestamp(group):
    """'(2011, 0, 0, 0, 0, 0)' -> '2011-01-01T00:00:00' (month and day clipped like Data.Time.fromGregorian)."""
    parts = [number(x) for x in tuple_items(group)]
    if len(parts) != 6 or any(not isinstance(p, int) for p in parts):
        raise CorpusError("not a (y, m, d, h, mi, s) tuple of integers: %s" % group)
    y, mo, d, h, mi, s = parts
    mo = min(max(mo, 1), 12)
    d = min(max(d, 1), calendar.monthrange(y, mo)[1])
    return "%04d-%02d-%02dT%02d:%02d:%02d" % (y, mo, d, h, mi, s)


def grain(tok):
    if tok not in GRAINS:
        raise CorpusError("not a grain: %r" % tok)
    return tok.lower()


def holiday(tok):
    if not isinstance(tok, tuple):
        raise CorpusError("holiday name is not a string literal: %r" % (tok,))
    return tok[1]


def product(args):
    """The optional product argument of Quantity's helpers: Nothing -> None, Just "x" -> "x"."""
    if not args:
        return {}
    if len(args) == 1 and isinstance(args[0], str) and args[0].startswith("("):
        args = tokens(args[0][1:-1])
    if args == ["Nothing"]:
        return {"product": None}
    if len(args) == 2 and args[0] == "Just" and isinstance(args[1], tuple):
        return {"product": args[1][1]}
    raise CorpusError("unexpected trailing arguments: %r" % (args,))


def expected(expr):
    """The JSON value of one `examples` expression."""
    t = tokens(expr)
    f, args = t[0], t[1:]
    if f == "datetime" and len(args) == 2:
        return {"value": timestamp(args[0]), "grain": grain(args[1])}
    if f == "datetimeHoliday" and len(args) == 3:
        return {"value": timestamp(args[0]), "grain": grain(args[1]), "holiday": holiday(args[2])}
    if f in ("datetimeInterval", "datetimeIntervalHoliday"):
        ends = tuple_items(args[0])
        if len(ends) != 2:
            raise CorpusError("interval without two ends: %s" % expr)
        value = {"from": timestamp(ends[0]), "to": timestamp(ends[1]), "grain": grain(args[1])}
        if f == "datetimeIntervalHoliday" and len(args) == 3:
            value["holiday"] = holiday(args[2])
            return value
        if f == "datetimeInterval" and len(args) == 2:
            return value
    if f in ("NumeralValue", "OrdinalData") and len(args) == 1:
        return {"value": number(args[0])}
    if f == "DurationData" and len(args) == 2:
        return {"value": number(args[0]), "grain": grain(args[1])}
    if f in ("simple", "TemperatureValue") and len(args) >= 2:
        return {"unit": args[0], "value": number(args[1]), **product(args[2:])}
    if f == "between" and len(args) >= 2:
        a, b = (number(x) for x in tuple_items(args[1]))
        return {"unit": args[0], "from": a, "to": b, **product(args[2:])}
    if f == "under" and len(args) >= 2:
        return {"unit": args[0], "to": number(args[1]), "open_interval": "under", **product(args[2:])}
    if f == "above" and len(args) >= 2:
        return {"unit": args[0], "from": number(args[1]), "open_interval": "above", **product(args[2:])}
    raise CorpusError("unknown example expression: %s" % expr)


def locale(path):
    """'Time/ZH/CN/Corpus.hs' -> 'zh_CN'; 'Numeral/ZH/Corpus.hs' -> 'zh'."""
    parts = Path(path).parts
    return "zh_" + parts[2] if len(parts) == 4 else "zh"


def lines(upstream, commit):
    for path, dimension, kind in CORPORA:
        file = Path(upstream) / path
        if not file.is_file():
            raise CorpusError("%s: missing" % file)
        source = "%s@%s:Duckling/%s" % (REPO, commit[:12], path)
        try:
            blocks = example_blocks(file.read_text(encoding="utf-8"))
        except CorpusError as e:
            raise CorpusError("%s: %s" % (file, e))
        if not blocks:
            raise CorpusError("%s: no examples" % file)
        for expr, texts in blocks:
            try:
                value = expected(expr)
            except CorpusError as e:
                raise CorpusError("%s: %s" % (file, e))
            for text in texts:
                row = {"text": text, "type": kind, "dimension": dimension, "locale": locale(path),
                       "expected": value, "expected_source": " ".join(expr.split()), "source": source}
                if dimension == "Time":
                    row["reference_time"] = REFERENCE_TIME
                yield json.dumps(row, ensure_ascii=False) + "\n"


def main(argv):
    if len(argv) != 4 or argv[0] != "--commit" or not re.fullmatch(r"[0-9a-f]{12,40}", argv[1]):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    commit, upstream, out = argv[1], argv[2], Path(argv[3])
    try:
        text = "".join(lines(upstream, commit))
    except CorpusError as e:
        print("transform-duckling: %s" % e, file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("transform-duckling: %d lines -> %s" % (text.count("\n"), out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
