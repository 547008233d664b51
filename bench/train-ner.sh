#!/usr/bin/env bash
# Rebuilds the NER tagger's model models/ner/ner.bin from ../shared/train/ner (issue 24; docs/MODEL.md).
# Fixed data order (msra, weibo, cluener train files in file order, the hash dev split left out), fixed seed,
# one training thread: the same data gives the same file byte for byte. About 4 minutes and 3 GB of heap here.
# usage: bench/train-ner.sh [OUT=models/ner/ner.bin] [EPOCHS=12] [SEED=1, or 1,2,3: a seed ensemble] [CUTOFF=2] [CORPORA=msra,weibo,cluener]
#   [FEATURES=words|chars] [EVERY=1] [PRUNE=250] [AUGMENT=none] [CLUSTERS=none]  (words: char features plus HanLP's words and POS, NerFeatures.wordKeys;
#   EVERY k: every k-th training sentence only, a subset for library comparisons: bench/train-ner-opennlp.sh;
#   PRUNE k: keys whose 16-bit quantized weights are all within +-k left out of the file, -1 none; 250 was chosen
#   on the dev sets, docs/MODEL.md "Pruning"; AUGMENT msra|weibo|cluener|shared: feature augmentation, each corpus
#   with its own copy of every key beside the shared one, the file holding shared + the named corpus's copy, the same
#   decoder and format: NerTrainer, docs/MODEL.md "Feature and setting choices"; none: off; CLUSTERS a file of
#   bench/char-clusters.sh: the class of the chars at -2..+2 at each of its granularities as features, the clusters
#   saved in the model, NerFeatures.clusterKeys; none: off)
#   (ZHTEXT_SHARED: the shared folder, default ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${ZHTEXT_SHARED:-../shared}"
DATA="$SHARED/train/ner"
[ -f "$DATA/msra/train.tsv" ] || { echo "train-ner: $DATA/msra/train.tsv absent" >&2; exit 2; }
mvn -q -o compile
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="target/classes:$(cat target/bench.cp)"
java -Xmx4g -XX:ActiveProcessorCount=1 -cp "$CP" org.zhtext.ner.NerTrainer "$DATA" "${1:-models/ner/ner.bin}" \
  "${2:-12}" "${3:-1}" "${4:-2}" "${5:-msra,weibo,cluener}" "${6:-words}" "${7:-1}" "${8:-250}" "${9:-none}" "${10:-none}"
sha256sum "${1:-models/ner/ner.bin}"
