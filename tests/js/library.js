/*
 * The library's reader (cphub/templates/assets/javascripts/search.js) run in
 * Node.js on a built site's index files, as the page runs them: each file
 * is a script calling cphubLibrary.meta/shard/record.
 *
 *   node tests/js/library.js FOLDER ALGORITHMS QUERY…
 *
 * FOLDER is the index's folder (library/<digest>/), ALGORITHMS the Snowball
 * algorithms the page loads, comma-separated. Prints JSON: per query, every
 * hit as [ref, score, title], `partial`, the index files it read, and each
 * hit's excerpt as the page shows it (title and passage as runs [text,
 * marked], whether the passage is from the entry's text, the words marked).
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [folder, stemmers, ...queries] = process.argv.slice(2);
const algorithms = stemmers.split(",").filter(Boolean);
const assets = path.join(__dirname, "../../cphub/templates/assets");
const cphubSearch = require(path.join(assets, "javascripts/search.js"));

const context = vm.createContext({});
const read = [];
function run(file) {
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
}
const snowball = () => {
  for (const name of ["base", ...algorithms]) run(path.join(assets, "vendor/snowball-stemmers", name + ".js"));
  return Promise.resolve(context.cphubSnowball);
};
const reader = cphubSearch.reader((name) => {
  read.push(name);
  return new Promise((resolve) => { run(path.join(folder, name)); resolve(); });
}, snowball);
context.cphubLibrary = reader.registry;

(async () => {
  const out = {};
  for (const query of queries) {
    read.length = 0;
    const found = await reader.search(query);
    const hits = found ? found.hits : [];
    const records = await Promise.all(hits.map((hit) => reader.record(hit.ref)));
    out[query] = {
      hits: hits.map((hit, i) => [hit.ref, Math.round(hit.score * 1e6) / 1e6, records[i].title]),
      partial: found ? found.partial : false,
      files: read.filter((name) => !name.startsWith("r/")),
      excerpts: records.map((record) => reader.excerpt(record, found.match)),
    };
  }
  console.log(JSON.stringify(out));
})().catch((error) => { console.error(error); process.exit(1); });
