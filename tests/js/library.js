/*
 * The library's reader (templates/assets/javascripts/search.js) run in
 * Node.js on a built site's index files, as the page runs them: each file
 * is a script calling cphubLibrary.meta/shard/record.
 *
 *   node tests/js/library.js SITE QUERY…   → JSON: per query, the hits
 *     [[ref, score, title]…] (all of them), `partial`, and the files read.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [site, ...queries] = process.argv.slice(2);
const assets = path.join(__dirname, "../../templates/assets");
const cphubSearch = require(path.join(assets, "javascripts/search.js"));
const libraryPage = fs.readFileSync(path.join(site, "library/index.html"), "utf8");
const folder = path.join(site, "library", /data-index="([^"]+)"/.exec(libraryPage)[1]);
const algorithms = /data-algorithms="([^"]*)"/.exec(libraryPage)[1].split(" ").filter(Boolean);

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
    };
  }
  console.log(JSON.stringify(out));
})().catch((error) => { console.error(error); process.exit(1); });
