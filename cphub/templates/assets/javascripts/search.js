/*
 * The library's reader: the query analysed as cphub/outputs/analysis.py analyses
 * entries, then only the index files that the query needs loaded, decoded
 * and scored. The format is described in cphub/outputs/search.py.
 *
 * `cphubSearch.reader(load, snowball)` gives a reader. `load(name)` loads
 * one file of the index folder and resolves when it has run; `snowball()`
 * resolves to the Snowball stemmers (`cphubSnowball`) of the hub's
 * languages, loaded in parallel with the index's first file. The page
 * inserts a <script> (which works from file:// and in Kiwix, where fetch()
 * does not); the tests run the same files in Node.js. The files call
 * `cphubLibrary.meta/shard/record`: `reader.registry` is that object.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.cphubSearch = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var VALUE = {};
  for (var a = 0; a < ALPHABET.length; a++) VALUE[ALPHABET.charCodeAt(a)] = a;
  var LEVELS = 31;
  var PREFIX_WEIGHT = 0.5;
  var PREFIX_SHARDS = 3; // a prefix spanning more shards than this is not expanded
  var MAX_WORDS = 12; // a pasted page must not load hundreds of shards
  var MAX_WORD = 50; // longer "words" are not indexed (cphub/outputs/analysis.py)
  var FACETS = ["type", "topic", "country", "language", "organisation", "year"];
  var STOP = {};
  ("a able about across after all almost also am among an and any are as at be because been but by can cannot " +
   "could dear did do does either else ever every for from get got had has have he her hers him his how however " +
   "i if in into is it its just least let like likely may me might most must my neither no nor not of off often " +
   "on only or other our own rather said say says she should since so some than that the their them then there " +
   "these they this tis to too twas us wants was we were what when where which while who whom why will with would " +
   "yet you your").split(" ").forEach(function (w) { STOP[w] = true; });
  var WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
  var SEPARATOR = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\-\u2010-\u2015\u2212\/'\u2019\u02bc]+/u;

  function trim(word) {
    var chars = Array.from(word), start = 0, end = chars.length;
    while (start < end && !WORD_CHAR.test(chars[start])) start++;
    while (end > start && !WORD_CHAR.test(chars[end - 1])) end--;
    return chars.slice(start, end).join("");
  }

  function words(text) {
    var seen = {};
    return text.toLowerCase().split(SEPARATOR).map(trim).filter(function (w) {
      var length = Array.from(w).length;
      var keep = ((length > 1 && length <= MAX_WORD) || /^\p{Nd}$/u.test(w)) && !STOP[w] && !seen[w];
      seen[w] = true;
      return keep;
    });
  }

  function fold(term) { return term.normalize("NFKD").replace(/\p{Mn}/gu, ""); }

  // The entries holding a term, and the weight each gives it.
  function decode(code) {
    var ids = [], weights = [], previous = -1, n = 0;
    for (var i = 0; i < code.length; i++) {
      var v = VALUE[code.charCodeAt(i)];
      if (v >= 32) { n = n * 32 + v - 32; continue; }
      previous += n * 32 + v + 1;
      n = 0;
      ids.push(previous);
      weights.push(VALUE[code.charCodeAt(++i)]);
    }
    return { ids: ids, weights: weights };
  }

  function decodeDocs(meta) {
    var widths = FACETS.map(function (name) {
      var n = meta.facets[name].length;
      return n <= 64 ? 1 : n <= 4096 ? 2 : 3;
    });
    return (meta.docs ? meta.docs.split(" ") : []).map(function (code) {
      var parts = code.slice(1).split(","), facets = {};
      FACETS.forEach(function (name, f) {
        var values = [], part = parts[f], width = widths[f];
        for (var i = 0; i < part.length; i += width) {
          var position = 0;
          for (var j = 0; j < width; j++) position = position * 64 + VALUE[part.charCodeAt(i + j)];
          values.push(meta.facets[name][position]);
        }
        facets[name] = values;
      });
      return { titleTerms: VALUE[code.charCodeAt(0)], facets: facets };
    });
  }

  function reader(load, snowball) {
    var meta = null, docs = null, stemmers = [], shards = {}, records = {}, loading = {};
    var registry = {
      meta: function (data) { meta = data; },
      shard: function (i, text) {
        var parts = text ? text.split(" ") : [], terms = new Map();
        for (var k = 0; k < parts.length; k += 2) terms.set(parts[k], parts[k + 1]);
        shards[i] = terms;
      },
      record: function (n, data) { records[n] = data; }
    };

    function once(name) {
      if (!loading[name]) loading[name] = load(name);
      return loading[name];
    }

    function ready() {
      return Promise.all([once("meta.js"), snowball()]).then(function (loaded) {
        if (!docs) {
          docs = decodeDocs(meta);
          stemmers = Object.keys(meta.stemmers).sort().map(function (code) {
            return loaded[1].newStemmer(meta.stemmers[code]);
          });
        }
        return { n: meta.n, docs: docs };
      });
    }

    function forms(word) {
      var found = {};
      found[fold(word)] = true;
      stemmers.forEach(function (stemmer) { found[fold(stemmer.stem(word))] = true; });
      return Object.keys(found).sort();
    }

    function shardOf(term) { // the last shard whose first term is not after it
      var low = 0, high = meta.shards.length - 1;
      while (low < high) {
        var middle = (low + high + 1) >> 1;
        if (meta.shards[middle] <= term) low = middle; else high = middle - 1;
      }
      return low;
    }

    // What one query word looks for: exact terms, and for the word being
    // typed (the last) the terms it begins ("traum…") and, for a stem
    // shorter than the word typed so far, the word's own beginnings.
    function plan(word, last) {
      var exact = forms(word), folded = Array.from(fold(word)), partial = [], prefix = null, range = [];
      if (last) {
        for (var k = Math.max(4, folded.length - 3); k < folded.length; k++) partial.push(folded.slice(0, k).join(""));
        if (folded.length >= 3) {
          prefix = folded.join("");
          var from = shardOf(prefix), to = shardOf(prefix + "\uffff");
          if (to - from < PREFIX_SHARDS) for (var s = from; s <= to; s++) range.push(s);
          else prefix = null;
        }
      }
      var needed = exact.concat(partial).map(shardOf).concat(range);
      return { exact: exact, partial: partial, prefix: prefix, range: range, shards: needed };
    }

    function idf(df) { return Math.log(1 + (meta.n - df + 0.5) / (df + 0.5)); }

    // For one word: entry → [score, whether its title holds the word].
    function matches(p) {
      var best = new Map();
      function add(code, factor, countsForTitle) {
        var postings = decode(code), weight = idf(postings.ids.length) * factor / LEVELS;
        for (var i = 0; i < postings.ids.length; i++) {
          var id = postings.ids[i], w = postings.weights[i], score = weight * (w & 31);
          var known = best.get(id), title = countsForTitle && w >= 32;
          if (!known) best.set(id, [score, title]);
          else { if (score > known[0]) known[0] = score; if (title) known[1] = true; }
        }
      }
      var done = {};
      p.exact.forEach(function (term) {
        var code = shards[shardOf(term)].get(term);
        done[term] = true;
        if (code) add(code, 1, true);
      });
      p.partial.forEach(function (term) {
        var code = shards[shardOf(term)].get(term);
        if (code && !done[term]) { done[term] = true; add(code, PREFIX_WEIGHT, false); }
      });
      p.range.forEach(function (s) {
        shards[s].forEach(function (code, term) {
          if (!done[term] && term.lastIndexOf(p.prefix, 0) === 0) { done[term] = true; add(code, PREFIX_WEIGHT, false); }
        });
      });
      return best;
    }

    // Every entry the query finds, best first: {hits: [{ref, score}],
    // partial}, `partial` when no entry has every word and entries with
    // some of them are given instead; null for an empty query.
    function search(text) {
      var found = words(text).slice(0, MAX_WORDS);
      if (found.length === 0) return Promise.resolve(text.trim() ? { hits: [], partial: false } : null);
      return ready().then(function () {
        var plans = found.map(function (word, k) { return plan(word, k === found.length - 1); });
        var needed = {};
        plans.forEach(function (p) { p.shards.forEach(function (s) { needed[s] = true; }); });
        return Promise.all(Object.keys(needed).map(function (s) { return once("s" + s + ".js"); })).then(function () {
          return rank(plans.map(matches));
        });
      });
    }

    function rank(perWord) {
      var totals = new Map(), counts = new Map(), titles = new Map();
      perWord.forEach(function (best) {
        best.forEach(function (value, id) {
          totals.set(id, (totals.get(id) || 0) + value[0]);
          counts.set(id, (counts.get(id) || 0) + 1);
          if (value[1]) titles.set(id, (titles.get(id) || 0) + 1);
        });
      });
      var all = [], every = [];
      totals.forEach(function (score, id) {
        // A title that is the query: every word in it, and as many words.
        if (titles.get(id) === perWord.length && docs[id].titleTerms === perWord.length) score += 1000;
        var hit = { ref: id, score: score };
        all.push(hit);
        if (counts.get(id) === perWord.length) every.push(hit);
      });
      var partial = every.length === 0 && perWord.length > 1;
      var hits = partial ? all : every;
      hits.sort(function (x, y) { return y.score - x.score || x.ref - y.ref; });
      return { hits: hits, partial: partial && hits.length > 0 };
    }

    function record(n) {
      return once("r/" + n + ".js").then(function () { return records[n]; });
    }

    return { registry: registry, ready: ready, search: search, record: record, forms: forms };
  }

  return { reader: reader, words: words, fold: fold, FACETS: FACETS };
});
