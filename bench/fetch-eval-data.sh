#!/usr/bin/env bash
# Fetches the third-party gold data of docs/EVALUATION.md from the public upstream repositories, at the commits each
# ../shared/eval/*/README.md pins, into OUT_DIR laid out like ../shared/eval; then checks every file against
# bench/eval-data.sha256 (sha256 of the copies the numbers in docs/ were computed on). Then: bench/eval.sh OUT_DIR.
#
# NOT RUN END TO END: GitHub is not reachable from the machine this was written on, so the download part is untested;
# the checksum part was checked on the local copies (bench/fetch-eval-data.sh --verify-only ../shared/eval).
# Some files are transforms, not copies, rebuilt here from the fetched upstream files:
# - opencc/testcases.flat.jsonl (trailing commas removed, one line per case and config, as opencc/README.md says;
#   checked: it gives the local file byte for byte);
# - figures_duckling/duckling_zh.jsonl, by bench/transform-duckling.py from Duckling's ZH Corpus.hs files, and
#   figures_cn2an/*.jsonl, by bench/transform-cn2an.py from cn2an's *_test.py (both: the transformation their
#   ../shared/eval READMEs describe). The upstream sources stay in OUT_DIR/_upstream/. Checked without GitHub, as
#   far as it can be (the pinned files themselves were not to be had): on Corpus.hs / *_test.py files rebuilt from
#   the local JSON Lines the scripts give those JSON Lines back byte for byte (values, order, formatting); on stored
#   public copies of the upstream files, 10 of the 13 Duckling files and cn2an's transform_test.py give their part
#   byte for byte, and in the other files (other versions) every line whose example and value both versions contain
#   is byte-identical (cn2an: apart from the #L line numbers). Tests: python3 bench/test-transforms.py.
#   --transform-only DIR reruns just this step on DIR/_upstream/ and verifies its files.
# Licenses: SIGHAN 2005 and MSRA are for research use only; keep them out of the repository.
# usage: bench/fetch-eval-data.sh OUT_DIR                  fetch, rebuild, verify
#        bench/fetch-eval-data.sh --verify-only DIR
#        bench/fetch-eval-data.sh --transform-only DIR     DIR/_upstream/{duckling,cn2an} -> the JSON Lines, verify them
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
sums="$here/eval-data.sha256"

verify() { # DIR [FOLDER...]: every listed file (of those folders only, if given) present with its checksum
  local dir=$1 bad=0 n=0; shift
  local only=" $* "
  while read -r sum file; do
    [ $# -eq 0 ] || [[ "$only" == *" ${file%%/*} "* ]] || continue
    n=$((n + 1))
    if [ ! -f "$dir/$file" ]; then echo "MISSING  $file"; bad=1
    elif [ "$(sha256sum "$dir/$file" | cut -d' ' -f1)" != "$sum" ]; then echo "CHANGED  $file"; bad=1
    fi
  done < "$sums"
  [ $bad -eq 0 ] && echo "all $n files${1:+ of $*} match bench/eval-data.sha256"
  return $bad
}

# the commits of the two transformed sets (also written into the lines' "source" and the READMEs)
duckling_commit=2c226585af5b9f4985d9c7151d7191603bb2add7
cn2an_commit=7c9ba0770b129960d9b6e6c6b2b46c00ec580778

transform() { # DIR: DIR/_upstream/{duckling,cn2an}/ -> DIR/figures_duckling/, DIR/figures_cn2an/
  local dir=$1 bad=0
  mkdir -p "$dir/figures_duckling" "$dir/figures_cn2an"
  python3 "$here/transform-duckling.py" --commit $duckling_commit "$dir/_upstream/duckling" \
    "$dir/figures_duckling/duckling_zh.jsonl" || bad=1
  python3 "$here/transform-cn2an.py" --commit $cn2an_commit "$dir/_upstream/cn2an" "$dir/figures_cn2an" || bad=1
  cat > "$dir/figures_duckling/README.md" <<EOF
# Duckling ZH corpus: time / number / money / quantity / duration expressions with normalized values

- Source: github.com/facebook/duckling @ $duckling_commit, files
  \`Duckling/{Time,Numeral,Ordinal,AmountOfMoney,Quantity,Distance,Volume,Temperature,Duration}/ZH/Corpus.hs\` and
  \`Duckling/Time/ZH/{CN,HK,MO,TW}/Corpus.hs\` (fetched into ../_upstream/duckling/).
- License: BSD ("BSD License For Duckling software, Copyright (c) 2016-present, Facebook").
- duckling_zh.jsonl: made by zhtext's bench/transform-duckling.py (its header says how: one line per example
  string, the value of its \`examples (...)\` expression as \`expected\`, the reference time of Duckling's tests).
EOF
  cat > "$dir/figures_cn2an/README.md" <<EOF
# cn2an test tables: Chinese numerals <-> Arabic numbers (incl. money/percent in sentences)

- Source: github.com/Ailln/cn2an @ $cn2an_commit: \`cn2an/cn2an_test.py\`, \`cn2an/an2cn_test.py\`,
  \`cn2an/transform_test.py\` (fetched into ../_upstream/cn2an/).
- License: MIT (Copyright (c) 2017 Ailln).
- cn2an_cn2an.jsonl, cn2an_an2cn.jsonl, cn2an_transform_sentences.jsonl: made by zhtext's bench/transform-cn2an.py
  (its header says how: the literal test tables read with ast.literal_eval, one line per key).
EOF
  return $bad
}

case "${1:-}" in
  --verify-only) verify "${2:?usage: --verify-only DIR}"; exit;;
  --transform-only)
    dir="${2:?usage: --transform-only DIR}"
    transform "$dir" || echo "fetch-eval-data: a transform failed (above)" >&2
    verify "$dir" figures_duckling figures_cn2an; exit;;
esac
out="${1:?usage: bench/fetch-eval-data.sh OUT_DIR}"
mkdir -p "$out"

get() { # OWNER/REPO COMMIT UPSTREAM_PATH LOCAL_PATH
  mkdir -p "$(dirname "$out/$4")"
  echo "fetch $1@${2:0:8} $3 -> $4" >&2
  curl -fsSL --retry 3 -o "$out/$4" "https://raw.githubusercontent.com/$1/$2/$3"
}

# opencc/ (Apache-2.0)
r=BYVoid/OpenCC c=5249273a3e5606852f088c9a8b23522145d94f78
get $r $c test/testcases/testcases.json opencc/testcases.json
get $r $c test/golden/input/us_constitution_zhs.txt opencc/golden/input/us_constitution_zhs.txt
for cfg in s2hk s2hk_jieba s2hkp s2hkp_jieba s2t s2t_jieba s2tw s2tw_jieba s2twp s2twp_jieba; do
  get $r $c test/golden/output/us_constitution_zhs.$cfg.txt opencc/golden/output/us_constitution_zhs.$cfg.txt
done
python3 - "$out/opencc/testcases.json" "$out/opencc/testcases.flat.jsonl" <<'PY'
import json, re, sys
doc = json.loads(re.sub(r',(\s*[}\]])', r'\1', open(sys.argv[1], encoding='utf-8').read()))
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    for case in doc['cases']:
        for config, expected in case['expected'].items():
            f.write(json.dumps({'id': case['id'], 'config': config, 'input': case['input'], 'expected': expected}, ensure_ascii=False) + '\n')
PY

# sighan2005_cws/ (research use only)
r=yuikns/icwb2-data c=873a51fa6234c644126d2f2c5c603a97809d2e49
get $r $c doc/instructions.txt sighan2005_cws/doc/instructions.txt
for f in as_testing_gold cityu_test_gold msr_test_gold pku_test_gold as_training_words cityu_training_words \
         msr_training_words pku_training_words; do
  get $r $c gold/$f.utf8 sighan2005_cws/gold/$f.utf8
done
for s in as cityu msr pku; do get $r $c testing/${s}_test.utf8 sighan2005_cws/testing/${s}_test.utf8; done

# ner_msra/ (research use only)
r=OYE93/Chinese-NLP-Corpus c=e9bb5b5f262466af5d45bcf7ee3380f2cb994907
get $r $c NER/MSRA/msra_test_bio.txt ner_msra/msra_test_bio.txt
get $r $c NER/MSRA/readme.md ner_msra/readme.upstream.md

# ud_chinese/ (CC BY-SA 4.0)
r=UniversalDependencies/UD_Chinese-GSDSimp c=eb3aed31ebb170897405ee5cd1db83a1a0b11864
get $r $c zh_gsdsimp-ud-test.conllu ud_chinese/GSDSimp/zh_gsdsimp-ud-test.conllu
get $r $c LICENSE.txt ud_chinese/GSDSimp/LICENSE.txt
get $r $c README.md ud_chinese/GSDSimp/README.upstream.md
r=UniversalDependencies/UD_Chinese-GSD c=200dbe8acf60ff0d194f2d30bf925c410eee762a
get $r $c zh_gsd-ud-test.conllu ud_chinese/GSD/zh_gsd-ud-test.conllu
get $r $c LICENSE.txt ud_chinese/GSD/LICENSE.txt
get $r $c README.md ud_chinese/GSD/README.upstream.md

# figures_wetext/ (Apache-2.0): byte-identical copies
r=wenet-e2e/WeTextProcessing c=039007e6b819bd40c4c4a0644f3939da1da47e44
for f in cardinal date fraction measure money time; do get $r $c itn/chinese/test/data/$f.txt figures_wetext/itn_$f.txt; done
for f in cardinal char date fraction math measure money normalizer normalizer_tag_oov number postprocessor \
         preprocessor sport time whitelist; do
  get $r $c tn/chinese/test/data/$f.txt figures_wetext/tn_$f.txt
done

# figures_duckling/ (BSD) and figures_cn2an/ (MIT): the upstream sources, then the JSON Lines made from them
r=facebook/duckling c=$duckling_commit
for d in Time Numeral Ordinal AmountOfMoney Quantity Distance Volume Temperature Duration; do
  get $r $c Duckling/$d/ZH/Corpus.hs _upstream/duckling/$d/ZH/Corpus.hs
done
for l in CN HK MO TW; do get $r $c Duckling/Time/ZH/$l/Corpus.hs _upstream/duckling/Time/ZH/$l/Corpus.hs; done
r=Ailln/cn2an c=$cn2an_commit
for f in cn2an_test an2cn_test transform_test; do get $r $c cn2an/$f.py _upstream/cn2an/$f.py; done
transform "$out" || echo "fetch-eval-data: a transform failed (above); verifying the rest" >&2

verify "$out"
