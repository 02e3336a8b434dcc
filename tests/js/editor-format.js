/*
 * The browser editor's front-matter format (cphub/templates/admin/cphub-editor.js)
 * run in Node.js, as Decap runs it: a file read with fromFile, its data
 * changed as the form changes it, written with toFile.
 *
 *   node tests/js/editor-format.js < cases.json
 *   node tests/js/editor-format.js --slugify < titles.json
 *
 * Each case is {source, order, set, clear, body}: `source` the file as read
 * (null for a new entry, whose fields are all in `set`), `set` the fields the
 * contributor changed, `clear` the fields emptied, `body` the new text (if
 * edited). Prints the written files as a JSON list.
 */
"use strict";
const fs = require("fs");
const path = require("path");

global.jsyaml = require(path.join(__dirname, "../../cphub/templates/admin/js-yaml/js-yaml.umd.min.js"));
require(path.join(__dirname, "../../cphub/templates/admin/cphub-editor.js"));
const format = globalThis.cphubEditor.format;

const cases = JSON.parse(fs.readFileSync(0, "utf8"));
if (process.argv[2] === "--slugify") {  // the file names the editor makes from titles
  process.stdout.write(JSON.stringify(cases.map(globalThis.cphubEditor.slugify)));
  process.exit(0);
}
const written = cases.map((c) => {
  const data = c.source === null ? {} : format.fromFile(c.source);
  Object.assign(data, c.set || {});
  for (const key of c.clear || []) data[key] = Array.isArray(data[key]) ? [] : "";
  if (c.body !== undefined) data.body = c.body;
  return format.toFile(data, c.order);
});
process.stdout.write(JSON.stringify(written));
