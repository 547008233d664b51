#!/usr/bin/env python3
# Puts the execution samples of a JFR recording into the phases of `zhtext normalize` by the first matching frame
# of each stack (docs/PERFORMANCE.md, "normalize"), and sums the garbage collections.
# usage: java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
#          "-XX:StartFlightRecording=filename=n.jfr,settings=profile,jdk.ExecutionSample#period=1ms" \
#          -jar target/zhtext.jar normalize --no-progress --to s FILE > /dev/null
#        jfr print --json --events jdk.ExecutionSample,jdk.GarbageCollection n.jfr > n.json
#        python3 bench/jfr-phases.py n.json
import json,sys,collections
d=json.load(open(sys.argv[1]))
ev=d['recording']['events']
samples=[e for e in ev if e['type']=='jdk.ExecutionSample']
gc=[e for e in ev if e['type']=='jdk.GarbageCollection']
rules=[ # first matching frame (from leaf up) names the phase
 ('output encoding/writing', ['Sinks$TextSink.write','AtomicOutput','RecordWriter','RowFormat','Utf8Buffer','StreamEncoder','Sinks$WriterSink']),
 ('offset map + changed count', ['ChineseConverter.result','OffsetMap']),
 ('String from code points', ['StringUTF16.toBytes','String.<init>']),
 ('script detection (ScriptDetector)', ['ScriptDetector']),
 ('variant detection (TraditionalVariant)', ['TraditionalVariant.detect','TraditionalVariant$Counts']),
 ('dictionary loading/trie build', ['ChineseConverter.cuts','usesCodePoint','OpenccData','DictionaryText','CodePointTrie.of','CodePointTrie.<init>','OpenccConfig','Overrides.parse','ScriptDetector.<init>','TraditionalVariant$Tables','DictGroup.<init>']),
 ('code point array', ['ChineseConverter.codePoints']),
 ('conversion chain (look-ups, pieces)', ['ConversionChain','OpenccPipeline','DictGroup','CodePointTrie']),
 ('decoding (bytes->String)', ['CodePointReader','Decoder','ArticleReader','String.decodeUTF8','UTF_8$Decoder','HtmlText']),
]
c=collections.Counter()
for s in samples:
  frames=[f['method']['type']['name'].split('.')[-1]+'.'+f['method']['name'] for f in s['values']['stackTrace']['frames']]
  ph='other (JVM start, CLI, picocli...)'
  for name,keys in rules:
    if any(any(k in fr for k in keys) for fr in frames): ph=name;break
  c[ph]+=1
tot=sum(c.values())
for k,v in c.most_common(): print(f"{v:5d} {100*v/tot:5.1f}%  {k}")
print('samples',tot,' GC count',len(gc),' GC pause sum ms', sum(float(str(g['values'].get('sumOfPauses','0')).replace('PT','').replace('S',''))*1000 if True else 0 for g in gc))
