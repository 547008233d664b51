#!/usr/bin/env python3
"""Unit tests of bench/transform-duckling.py and bench/transform-cn2an.py on small inputs written here (no upstream
text), so they run without the upstream files: python3 bench/test-transforms.py"""
import ast
import importlib.util
import json
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(name):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), HERE / (name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


duckling = load("transform-duckling")
cn2an = load("transform-cn2an")

CORPUS = r'''
-- a comment with examples (datetime (1999, 1, 1, 0, 0, 0) Day) [ "never" ]
{- a block comment {- nested -} examples (NumeralValue 9) [ "never" ] -}
allExamples = concat
  [ examples (datetime (2013, 2, 12, 4, 30, 0) Second)
             [ "刚才--不是注释"
             , "引号\"和\\反斜杠"
             ]
  -- between two blocks
  , examples (datetimeInterval ((2011, 0, 0, 0, 0, 0), (2013, 2, 0, 0, 0, 0)) Year)
             [ "两年" ]
  , examples (datetimeIntervalHoliday ((2013, 2, 14, 18, 0, 0), (2013, 2, 15, 0, 0, 0)) Hour "某节")
             [ "某节晚上" ]
  ]
'''


class DucklingTest(unittest.TestCase):
    def test_blocks_skip_comments_and_decode_strings(self):
        blocks = duckling.example_blocks(CORPUS)
        self.assertEqual([texts for _, texts in blocks],
                         [["刚才--不是注释", '引号"和\\反斜杠'], ["两年"], ["某节晚上"]])

    def test_time_values(self):
        blocks = duckling.example_blocks(CORPUS)
        self.assertEqual(duckling.expected(blocks[0][0]), {"value": "2013-02-12T04:30:00", "grain": "second"})
        # month 0 / day 0 clipped to 1, like Data.Time.fromGregorian
        self.assertEqual(duckling.expected(blocks[1][0]),
                         {"from": "2011-01-01T00:00:00", "to": "2013-02-01T00:00:00", "grain": "year"})
        self.assertEqual(list(duckling.expected(blocks[2][0])), ["from", "to", "grain", "holiday"])
        self.assertEqual(duckling.expected('datetimeHoliday (2013, 2, 30, 0, 0, 0) Day "x"'),
                         {"value": "2013-02-28T00:00:00", "grain": "day", "holiday": "x"})

    def test_other_values(self):
        cases = {
            "NumeralValue (-1200000)": {"value": -1200000},
            "OrdinalData 7": {"value": 7},
            "DurationData 90 Minute": {"value": 90, "grain": "minute"},
            "simple Kilometre 3.0": {"unit": "Kilometre", "value": 3.0},
            "simple Gram 0.035 Nothing": {"unit": "Gram", "value": 0.035, "product": None},
            'simple Pound 2 (Just "x")': {"unit": "Pound", "value": 2, "product": "x"},
            "simple Gram 2 Nothing Nothing": None,  # an unexpected extra argument must not pass silently
            "between Litre (2,3)": {"unit": "Litre", "from": 2, "to": 3},
            "under Gallon 6": {"unit": "Gallon", "to": 6, "open_interval": "under"},
            "above Inch 5": {"unit": "Inch", "from": 5, "open_interval": "above"},
            "TemperatureValue Celsius 37": {"unit": "Celsius", "value": 37},
        }
        for expr, value in cases.items():
            if value is None:
                self.assertRaises(duckling.CorpusError, duckling.expected, expr)
            else:
                self.assertEqual(json.dumps(duckling.expected(expr)), json.dumps(value), expr)

    def test_unknown_expression_fails(self):
        self.assertRaises(duckling.CorpusError, duckling.expected, "datetimeOpenInterval After (2013, 1, 1, 0, 0, 0) Day")
        self.assertRaises(duckling.CorpusError, duckling.example_blocks, 'examples (OrdinalData 1) someList')

    def test_locale(self):
        self.assertEqual(duckling.locale("Time/ZH/TW/Corpus.hs"), "zh_TW")
        self.assertEqual(duckling.locale("Numeral/ZH/Corpus.hs"), "zh")


CN2AN = '''
class T:
    def setUp(self):
        self.strict_data_dict = {"一": 1, "零点五": 0.5}
        self.error_smart_datas = ["甲"]
        self.smart_data_dict = {"1万": 10000}
        self.error_strict_datas = ["乙", "丙"]
        self.error_strict_datas.extend(list(self.smart_data_dict.keys()))
        self.helper = object()
'''

AN2CN = '''
class T:
    def setUp(self):
        self.input_data = {-0: ["a"], 1.10: ["b"], 0: ["c"]}
        self.error_input_data = ["x"]
'''

TRANSFORM = '''
class T:
    def setUp(self):
        self.both_data_dict = {"第3天": "第三天"}
        self.one_way_data_dict = {"零三": "03"}

    def test(self):
        for item in self.both_data_dict.keys():
            self.assertEqual(self.t.transform(item, "an2cn"), self.both_data_dict[item])
            self.assertEqual(self.t.transform(self.both_data_dict[item], "cn2an"), item)
        for item in self.one_way_data_dict.keys():
            self.assertEqual(self.t.transform(item, "cn2an", direct=True), self.one_way_data_dict[item])
'''


class Cn2anTest(unittest.TestCase):
    def rows(self, fn, src):
        return [json.loads(line) for line in fn(ast.parse(src), "S")]

    def test_cn2an_tables_and_negatives(self):
        rows = self.rows(cn2an.cn2an_rows, CN2AN)
        self.assertEqual([(r["mode"], r["text"], r["expected"], r["source"]) for r in rows],
                         [("strict", "一", 1, "S#L4"), ("strict", "零点五", 0.5, "S#L4"), ("smart", "1万", 10000, "S#L6"),
                          ("strict", "乙", None, "S#L7"), ("strict", "丙", None, "S#L7"), ("smart", "甲", None, "S#L5")])
        self.assertEqual(list(rows[3]), ["text", "type", "mode", "expected", "expect_error", "source"])

    def test_cn2an_unknown_table_fails(self):
        self.assertRaises(cn2an.TableError, self.rows, cn2an.cn2an_rows, CN2AN + "        self.other = {1: 2}\n")

    def test_an2cn_dict_semantics(self):
        rows = self.rows(cn2an.an2cn_rows, AN2CN)
        self.assertEqual([(r["input"], r["expected"]) for r in rows], [(0, ["c"]), (1.1, ["b"])])

    def test_transform_methods_from_the_loops(self):
        rows = self.rows(cn2an.transform_rows, TRANSFORM)
        self.assertEqual([r["method"] for r in rows],
                         ["an2cn (and the reverse, cn2an, must give back the key)", "cn2an direct=True"])

    def test_main_writes_three_files(self):
        with tempfile.TemporaryDirectory() as d:
            up = Path(d, "up")
            up.mkdir()
            for name, src in (("cn2an_test.py", CN2AN), ("an2cn_test.py", AN2CN), ("transform_test.py", TRANSFORM)):
                (up / name).write_text(src, encoding="utf-8")
            self.assertEqual(cn2an.main(["--commit", "0123456789abcdef", str(up), str(Path(d, "out"))]), 0)
            first = Path(d, "out", "cn2an_cn2an.jsonl").read_text(encoding="utf-8").splitlines()[0]
            self.assertEqual(first, '{"text": "一", "type": "number", "mode": "strict", "expected": 1, '
                                    '"source": "Ailln/cn2an@0123456789ab:cn2an/cn2an_test.py#L4"}')


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1] + sys.argv[1:], verbosity=1)
