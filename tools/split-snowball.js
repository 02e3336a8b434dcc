#!/usr/bin/env node
/*
 * Split snowball-stemmers.js (npm `snowball-stemmers`, ISC) into its shared
 * runtime and one file per algorithm, so that a page loads the stemmers of
 * the languages its hub uses (about 5–15 KB gzipped each) instead of all 24
 * (60 KB gzipped, 868 KB raw).
 *
 *   node tools/split-snowball.js SOURCE.js OUTPUT_FOLDER
 *
 * The code is the package's own, cut at its top-level declarations and
 * wrapped so that the pieces share the runtime through one global,
 * `cphubSnowball`: base.js defines it; <algorithm>.js adds one stemmer to
 * it. `cphubSnowball.newStemmer(name)` works as the package's `newStemmer`.
 * The script checks every algorithm against the original file on a word
 * list before writing anything.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [source, output] = process.argv.slice(2);
if (!source || !output) {
  console.error("usage: node tools/split-snowball.js SOURCE.js OUTPUT_FOLDER");
  process.exit(2);
}
const text = fs.readFileSync(source, "utf8");
const lines = text.split("\n");
const START = /^    var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{$/;
const END = "    }(SnowballStemmer);";
const firstBlock = lines.findIndex((line) => START.test(line));
const factory = lines.findIndex((line) => line.startsWith("    function newStemmer("));
const opening = lines.findIndex((line) => line.includes("'use strict';"));
if (firstBlock < 0 || factory < 0 || opening < 0) throw new Error("unexpected layout of " + source);

// The runtime: every top-level name declared before the first algorithm
// (helpers, StringBuffer, Among, SnowballProgram, SnowballStemmer…), and
// `_typeof`, declared on the file's first line.
const RUNTIME = ["_typeof"].concat(lines.slice(opening, firstBlock)
  .map((line) => /^    (?:var|function) ([A-Za-z_$][\w$]*)/.exec(line)).filter(Boolean).map((m) => m[1]));
// Everything between 'use strict' and the first algorithm, less the five
// lines that fill the CommonJS `exports` (Object.defineProperty … algorithms).
const exportsAt = lines.findIndex((line) => line.includes("Object.defineProperty(exports"));
if (exportsAt !== opening + 2 || !lines[exportsAt + 4].includes("exports.algorithms")) {
  throw new Error("unexpected layout of " + source);
}
const helpers = lines.slice(opening + 1, exportsAt).concat(lines.slice(exportsAt + 5, firstBlock));
const header = (what) => `/* snowball-stemmers 0.6.0 (ISC licence: package.json), ${what}; ` +
  "split by tools/split-snowball.js. */\n";
const base = header("shared runtime") + lines[0] + "\n(function (global) {\n    'use strict';\n" +
  helpers.join("\n") + "\n    var algorithms = {};\n" +
  "    global.cphubSnowball = {\n        runtime: {" + RUNTIME.map((n) => `${n}: ${n}`).join(", ") + "},\n" +
  "        algorithms: algorithms,\n" +
  "        newStemmer: function (name) {\n" +
  "            var stemmer = new algorithms[name]();\n" +
  "            return { stem: function (word) { stemmer.setCurrent(word); stemmer.stem(); return stemmer.getCurrent(); } };\n" +
  "        }\n    };\n})(typeof globalThis !== 'undefined' ? globalThis : this);\n";

const files = { "base.js": base };
for (let i = firstBlock; i < factory; i++) {
  const match = START.exec(lines[i]);
  if (!match) continue;
  const end = lines.indexOf(END, i);
  const name = match[1];
  const block = lines.slice(i, end + 1).join("\n");
  files[name + ".js"] = header(name + " stemmer") + "(function (S) {\n    'use strict';\n" +
    RUNTIME.map((n) => `    var ${n} = S.runtime.${n};`).join("\n") + "\n" + block + "\n" +
    `    S.algorithms.${name} = ${name}Stemmer;\n})(cphubSnowball);\n`;
  i = end;
}

// Check: every algorithm, split, stems a word list as the original does.
const original = {};
vm.runInNewContext(text, { exports: original, define: undefined });
const split = {};
for (const name of Object.keys(files).sort((a, b) => (a === "base.js" ? -1 : b === "base.js" ? 1 : 0))) {
  vm.runInNewContext(files[name], split);
}
const WORDS = ["children", "protection", "enfants", "vulnérables", "niños", "proteção", "الأطفال", "للأطفال",
               "Kinder", "bambini", "детей", "çocuklar", "lapset", "gyermekek", "barnen", "kinderen", "running",
               "communities", "comunidades", "communautés", "المجتمعات", "xwyz", "a"];
for (const name of original.algorithms()) {
  if (!split.cphubSnowball.algorithms[name]) throw new Error("missing after the split: " + name);
  const a = original.newStemmer(name), b = split.cphubSnowball.newStemmer(name);
  for (const word of WORDS) {
    if (a.stem(word) !== b.stem(word)) throw new Error(`${name}: ${word} differs after the split`);
  }
}
fs.mkdirSync(output, { recursive: true });
for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(output, name), content);
console.log(`${Object.keys(files).length} files written to ${output}, every algorithm checked`);
