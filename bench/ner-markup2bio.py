#!/usr/bin/env python3
"""Converts hand-annotated sentences (one per line, entities as [[text|TYPE]], TYPE PER/LOC/ORG) into the BIO
file NerEval reads, as src/test/resources/ner/newswire-*.bio were made: before each sentence a comment line
"# <markup>" (no tab: NerEval reads it as a sentence break), then one "char<TAB>tag" per character, then a blank
line. Usage: bench/ner-markup2bio.py "HEADER TEXT" < sentences.txt > set.bio   (the markup of an existing set:
grep "^# \[\|^# [^A-Za-z-]" set.bio | sed "s/^# //")"""
import re, sys
header = sys.argv[1] if len(sys.argv) > 1 else None
out = []
if header:
    for h in header.split('\n'):
        out.append('# ' + h if h else '#')
    out.append('')
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip():
        continue
    assert '\t' not in line
    out.append('# ' + line)
    pos = 0
    for m in re.finditer(r'\[\[([^|\]]+)\|(PER|LOC|ORG)\]\]|([^\[]|\[(?!\[))', line):
        if m.group(3) is not None:
            out.append(m.group(3) + '\tO')
        else:
            text, t = m.group(1), m.group(2)
            for i, ch in enumerate(text):
                out.append(ch + '\t' + ('B-' if i == 0 else 'I-') + t)
    out.append('')
sys.stdout.write('\n'.join(out) + '\n')
