#!/usr/bin/env python3
"""Turn cn2an's test tables into the JSON Lines of figures_cn2an/ (Python 3 standard library only).

usage: bench/transform-cn2an.py --commit SHA UPSTREAM_DIR OUT_DIR

UPSTREAM_DIR holds cn2an_test.py, an2cn_test.py and transform_test.py (upstream path cn2an/<name>; as
bench/fetch-eval-data.sh lays them out in OUT_DIR/_upstream/cn2an/). SHA is the upstream commit they come from
(written, shortened to 12, into every line's "source" with the line of the table's assignment).
Writes OUT_DIR/cn2an_cn2an.jsonl, OUT_DIR/cn2an_an2cn.jsonl and OUT_DIR/cn2an_transform_sentences.jsonl.

The transformation is the one ../shared/eval/figures_cn2an/README.md describes: the files are parsed with `ast`
(never imported or run); every `self.<name> = {...}` / `[...]` literal is read with ast.literal_eval (so Python's
dict-literal semantics apply: a repeated key such as -0 and 0 is one entry) and gives one line per key or element.
Statements that extend or merge tables (`.extend(...)`, `.update(...)`) are not followed: only the literal tables.
  cn2an_test.py      `<mode>_data_dict` -> {"text", "type": "number", "mode", "expected"}, tables in file order;
                     then `error_<mode>_datas` -> the same with "expected": null, "expect_error": "ValueError"
                     (the exception the test expects), grouped in the order of the modes' data tables.
  an2cn_test.py      every dict table -> {"input", "table", "expected"}, in file order.
  transform_test.py  every dict table -> {"input", "expected_output", "method", "table"}; "method" is read from the
                     test's loop over that table: the `transform(item, METHOD[, direct=True])` call, and
                     " (and the reverse, METHOD2, must give back the key)" when the loop also transforms the value.
"""
import ast
import json
import re
import sys
from pathlib import Path

REPO = "Ailln/cn2an"


class TableError(Exception):
    pass


def tables(tree):
    """[(name, lineno, value)] for every `self.<name> = <dict or list literal>` of the module, in source order."""
    out = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Attribute)
                and isinstance(node.targets[0].value, ast.Name) and node.targets[0].value.id == "self"
                and isinstance(node.value, (ast.Dict, ast.List))):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                raise TableError("self.%s (line %d) is not a literal" % (node.targets[0].attr, node.lineno))
            out.append((node.targets[0].attr, node.lineno, value))
    return sorted(out, key=lambda t: t[1])


def row(**fields):
    return json.dumps(fields, ensure_ascii=False) + "\n"


def cn2an_rows(tree, source):
    data, errors = [], {}
    for name, line, value in tables(tree):
        m = re.fullmatch(r"(\w+?)_data_dict", name)
        e = re.fullmatch(r"error_(\w+?)_datas", name)
        if m and isinstance(value, dict):
            data.append((m.group(1), line, value))
        elif e and isinstance(value, list):
            errors[e.group(1)] = (line, value)
        else:  # a table of another name would be lost silently: stop instead
            raise TableError("self.%s (line %d): neither <mode>_data_dict nor error_<mode>_datas" % (name, line))
    if not data:
        raise TableError("no <mode>_data_dict table")
    out = []
    for mode, line, value in data:
        out += [row(text=k, type="number", mode=mode, expected=v, source="%s#L%d" % (source, line))
                for k, v in value.items()]
    modes = [mode for mode, _, _ in data]
    unknown = sorted(set(errors) - set(modes))
    if unknown:
        raise TableError("error tables without a data table: %s" % ", ".join(unknown))
    for mode in sorted(errors, key=modes.index):
        line, value = errors[mode]
        out += [row(text=k, type="number", mode=mode, expected=None, expect_error="ValueError",
                    source="%s#L%d" % (source, line)) for k in value]
    return out


def an2cn_rows(tree, source):
    out = []
    for name, line, value in tables(tree):
        if isinstance(value, dict):
            out += [row(input=k, table=name, expected=v, source="%s#L%d" % (source, line)) for k, v in value.items()]
    if not out:
        raise TableError("no dict table")
    return out


def self_attr(node):
    """'x' for the expression self.x, else None."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "self":
        return node.attr
    return None


def methods(tree):
    """{table: method description} from the loops `for item in self.<table>.keys(): ... transform(...)`."""
    out = {}
    for loop in ast.walk(tree):
        if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name)
                and isinstance(loop.iter, ast.Call) and isinstance(loop.iter.func, ast.Attribute)
                and loop.iter.func.attr == "keys" and self_attr(loop.iter.func.value)):
            continue
        table, var = self_attr(loop.iter.func.value), loop.target.id
        forward = reverse = None
        for call in ast.walk(loop):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "transform" and len(call.args) >= 2
                    and isinstance(call.args[1], ast.Constant) and isinstance(call.args[1].value, str)):
                continue
            method = call.args[1].value
            if any(k.arg == "direct" and isinstance(k.value, ast.Constant) and k.value.value is True
                   for k in call.keywords):
                method += " direct=True"
            arg = call.args[0]
            if isinstance(arg, ast.Name) and arg.id == var:
                forward = method
            elif (isinstance(arg, ast.Subscript) and self_attr(arg.value) == table
                  and isinstance(arg.slice, ast.Name) and arg.slice.id == var):
                reverse = method
        if forward is None:
            raise TableError("the loop over self.%s transforms no key" % table)
        out[table] = forward + (" (and the reverse, %s, must give back the key)" % reverse if reverse else "")
    return out


def transform_rows(tree, source):
    how, out = methods(tree), []
    for name, line, value in tables(tree):
        if not isinstance(value, dict):
            continue
        if name not in how:
            raise TableError("self.%s: no test loop uses it" % name)
        out += [row(input=k, expected_output=v, method=how[name], table=name, source="%s#L%d" % (source, line))
                for k, v in value.items()]
    if not out:
        raise TableError("no dict table")
    return out


FILES = [  # (upstream file, rows, output file)
    ("cn2an_test.py", cn2an_rows, "cn2an_cn2an.jsonl"),
    ("an2cn_test.py", an2cn_rows, "cn2an_an2cn.jsonl"),
    ("transform_test.py", transform_rows, "cn2an_transform_sentences.jsonl"),
]


def main(argv):
    if len(argv) != 4 or argv[0] != "--commit" or not re.fullmatch(r"[0-9a-f]{12,40}", argv[1]):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    commit, upstream, out = argv[1], Path(argv[2]), Path(argv[3])
    results = []
    for name, rows, target in FILES:
        file = upstream / name
        try:
            tree = ast.parse(file.read_text(encoding="utf-8"), filename=str(file))
            results.append((target, rows(tree, "%s@%s:cn2an/%s" % (REPO, commit[:12], name))))
        except (OSError, SyntaxError, TableError) as e:
            print("transform-cn2an: %s: %s" % (file, e), file=sys.stderr)
            return 1
    out.mkdir(parents=True, exist_ok=True)
    for target, lines in results:
        with open(out / target, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(lines)
        print("transform-cn2an: %d lines -> %s" % (len(lines), out / target), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
