/* The hub's side of the browser editor (Decap CMS at /admin/).
 *
 * 1. A front-matter format, "cphub-frontmatter". Decap's own YAML format
 *    writes every file anew (its quoting, its list style, folded text
 *    unfolded), so that changing one field of an entry would rewrite them
 *    all and a reviewer could not see what changed. This format keeps the
 *    file as read (in the entry's data, under SOURCE) and writes back only
 *    the top-level fields whose value changed, in the hub's style: dates
 *    bare (2026-09-14), text and times in double quotes ("13:00"), lists in
 *    brackets, speakers and attachments one {…} per line. The body is kept
 *    byte for byte unless it was edited.
 * 2. A preview in the hub's own stylesheets.
 *
 * Needs decap-cms.js and js-yaml (window.jsyaml) loaded before it.
 */
(function (global) {
  "use strict";

  var SOURCE = "cphub_source"; // the file as read: never written into the file
  var SLUG = "cphub_slug"; // a new entry's file name (the collections' slug is {{fields.cphub_slug}})
  var OWN = /^cphub_/; // the format's own keys: never written into the file
  var FRONT = /^---[ \t]*\r?\n(?:([\s\S]*?\r?\n))?---[ \t]*(?:\r?\n|$)/;
  var KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?=[ \t]|\r?\n|$)/;
  var LOOSE = /^[ \t]*(?:#.*)?\r?\n?$/; // a blank or comment line
  var DATE = /^\d{4}-\d{2}-\d{2}$/;
  var BARE = /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z]{2})$/; // ids, slugs and codes
  var WORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i; // what some YAML reader would not take as text

  function split(text) {
    var match = FRONT.exec(text);
    if (!match) return { front: null, rest: text };
    return { front: match[1] || "", rest: text.slice(match[0].length) };
  }

  function bodyOf(rest) {
    return rest.replace(/^\r?\n/, ""); // the blank line after the front matter is the file's, not the text's
  }

  function read(front) {
    return global.jsyaml.load(front, { schema: global.jsyaml.JSON_SCHEMA }) || {};
  }

  /* The front matter cut into its top-level fields, each with its text as
   * written; blank and comment lines at a field's end stay apart from it. */
  function segments(front) {
    var lines = front.match(/[^\n]*\n|[^\n]+$/g) || [];
    var result = [{ key: null, text: "", tail: "" }];
    lines.forEach(function (line) {
      var match = KEY.exec(line);
      if (match) result.push({ key: match[1], text: "", tail: "" });
      result[result.length - 1].text += line;
    });
    result.forEach(function (segment) {
      if (segment.key === null) return;
      var own = segment.text.match(/[^\n]*\n|[^\n]+$/g);
      while (own.length > 1 && LOOSE.test(own[own.length - 1])) segment.tail = own.pop() + segment.tail;
      segment.text = own.join("");
    });
    return result;
  }

  function empty(value) {
    return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
  }

  /* A value as the hub compares it: empty parts of a speaker or an
   * attachment dropped, as the form leaves them. */
  function normal(value) {
    if (Array.isArray(value)) return value.map(normal);
    if (value && typeof value === "object") {
      var kept = {};
      Object.keys(value).sort().forEach(function (key) {
        if (!empty(value[key])) kept[key] = normal(value[key]);
      });
      return kept;
    }
    return value;
  }

  function same(a, b) {
    return JSON.stringify(normal(a)) === JSON.stringify(normal(b));
  }

  function scalar(value) {
    if (typeof value === "number" || typeof value === "boolean") return String(value);
    var text = String(value);
    if (DATE.test(text)) return text;
    if (BARE.test(text) && !WORDS.test(text)) return text;
    return JSON.stringify(text); // a JSON string is YAML in double quotes
  }

  function record(value) {
    var parts = Object.keys(value).filter(function (key) { return !empty(value[key]); })
      .map(function (key) { return key + ": " + scalar(value[key]); });
    return "{" + parts.join(", ") + "}";
  }

  /* One top-level field, in the hub's style. */
  function field(key, value) {
    if (Array.isArray(value)) {
      if (value.some(function (item) { return item && typeof item === "object"; })) {
        return key + ":\n" + value.map(function (item) { return "  - " + record(item) + "\n"; }).join("");
      }
      return key + ": [" + value.map(scalar).join(", ") + "]\n";
    }
    return key + ": " + scalar(value) + "\n";
  }

  function fieldsOf(data) {
    var result = {};
    Object.keys(data).forEach(function (key) {
      if (key !== "body" && !OWN.test(key)) result[key] = data[key];
    });
    return result;
  }

  function bodyText(body) { // the body as written anew: one line end after it
    return (body || "").replace(/\s+$/, "") + "\n";
  }

  function newFile(fields, body, order) {
    var keys = order.filter(function (key) { return key in fields; })
      .concat(Object.keys(fields).filter(function (key) { return order.indexOf(key) < 0; }));
    var front = keys.filter(function (key) { return !empty(fields[key]); })
      .map(function (key) { return field(key, fields[key]); }).join("");
    return "---\n" + front + "---\n\n" + bodyText(body);
  }

  /* The file as read, with only what changed written anew. */
  function patched(source, fields, body, order) {
    var parts = split(source);
    if (parts.front === null) return newFile(fields, body, order);
    var original = read(parts.front);
    var kept = segments(parts.front);
    var present = {};
    var out = kept.map(function (segment) {
      if (segment.key === null) return segment;
      present[segment.key] = true;
      if (!(segment.key in fields) || same(original[segment.key], fields[segment.key])) return segment;
      var value = fields[segment.key];
      return { key: segment.key, text: empty(value) ? "" : field(segment.key, value), tail: segment.tail };
    });
    Object.keys(fields).forEach(function (key) {
      if (present[key] || empty(fields[key])) return;
      // A field the file did not have: after the last one the form shows before it.
      var rank = order.indexOf(key);
      var at = 1;
      out.forEach(function (segment, index) {
        if (segment.key !== null && (rank < 0 || order.indexOf(segment.key) < rank)) at = index + 1;
      });
      out.splice(at, 0, { key: key, text: field(key, fields[key]), tail: "" });
    });
    var front = out.map(function (segment) { return segment.text + segment.tail; }).join("");
    var rest = body === bodyOf(parts.rest) ? parts.rest : "\n" + bodyText(body);
    return "---\n" + front + "---\n" + rest;
  }

  var format = {
    fromFile: function (content) {
      var parts = split(content);
      var data = parts.front === null ? {} : read(parts.front);
      data.body = bodyOf(parts.rest);
      data[SOURCE] = content;
      return data;
    },
    toFile: function (data, order) {
      var fields = fieldsOf(data);
      var list = order && order.toJS ? order.toJS() : (order || []);
      return data[SOURCE] ? patched(data[SOURCE], fields, data.body, list) : newFile(fields, data.body, list);
    },
  };

  /* A file name from a title, as `build.py new` makes it (cphub/content/slugs.py):
   * apostrophes dropped, accents stripped, every other run of characters
   * but a-z and 0-9 made one "-"; a title over 80 characters cut at 79. */
  var FOLD = { "ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d",
               "ł": "l", "Ł": "l", "þ": "th", "ı": "i", "'": "" };
  var MAX_TITLE = 80;

  function slugify(title) {
    var letters = Array.from(String(title)); // code points, as Python counts them
    if (letters.length > MAX_TITLE) letters = letters.slice(0, MAX_TITLE - 1);
    var text = letters.map(function (c) { return c in FOLD ? FOLD[c] : c; }).join("").normalize("NFKD");
    text = text.replace(/[^\x00-\x7f]/g, "").toLowerCase();
    return text.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  }

  /* A new entry's file name. A title with no Latin letter or digit (in
   * Arabic, say) gives none: a translation is then named after its original
   * and its language (care-in-a-crisis-ar for care-in-a-crisis), anything else after
   * its type and date (brief-2026-11-22; Decap adds -1, -2… if taken). */
  function fileName(data, collection) {
    var slug = slugify(data.get("title") || "");
    if (slug) return slug;
    var languages = data.get("languages");
    var language = languages && languages.first ? languages.first() : "";
    if (data.get("translation_of") && language) return data.get("translation_of") + "-" + language;
    return slugify(collection + " " + (data.get("date") || ""));
  }

  /* The preview: the entry as its page starts, in the hub's stylesheets. */
  function preview(label) {
    return global.createClass({
      render: function () {
        var h = global.h;
        var data = this.props.entry.get("data");
        return h("div", { className: "md-content" },
          h("article", { className: "md-content__inner md-typeset hub-entry" },
            label ? h("p", { className: "hub-kicker" }, label) : null,
            h("h1", null, data.get("title") || ""),
            data.get("date") ? h("p", { className: "hub-dateline" }, String(data.get("date"))) : null,
            data.get("summary") ? h("p", { className: "hub-summary" }, data.get("summary")) : null,
            h("div", { className: "hub-body" }, this.props.widgetFor("body"))));
      },
    });
  }

  global.cphubEditor = { format: format, slugify: slugify }; // for the tests, run under Node

  if (!global.CMS) return;
  var script = global.document.currentScript;
  // The body opens as plain Markdown, written as it will be saved (the rich
  // text mode rewrites Markdown its own way: "\##", other list markers).
  // The contributor's own choice of mode, once made, is kept.
  if (global.localStorage.getItem("cms.md-mode") === null) global.localStorage.setItem("cms.md-mode", "raw");
  global.CMS.registerCustomFormat("cphub-frontmatter", "md", format);
  // Before Decap names a new file from {{fields.cphub_slug}}.
  global.CMS.registerEventListener({
    name: "preSave",
    handler: function (event) {
      var entry = event.entry;
      return entry.get("data").set(SLUG, fileName(entry.get("data"), entry.get("collection")));
    },
  });
  (script.getAttribute("data-styles") || "").split(" ").filter(Boolean).forEach(function (href) {
    global.CMS.registerPreviewStyle(href);
  });
  JSON.parse(script.getAttribute("data-types") || "[]").forEach(function (type) {
    global.CMS.registerPreviewTemplate(type.name, preview(type.label));
  });
  global.CMS.init();
})(typeof window !== "undefined" ? window : globalThis);
