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

  // A trimmed word the index holds: two characters at least unless a digit,
  // not too long, not a stop word.
  function isKept(word) {
    var length = Array.from(word).length;
    return ((length > 1 && length <= MAX_WORD) || /^\p{Nd}$/u.test(word)) && !STOP[word];
  }

  function words(text) {
    var seen = {};
    return text.toLowerCase().split(SEPARATOR).map(trim).filter(function (w) {
      var keep = isKept(w) && !seen[w];
      seen[w] = true;
      return keep;
    });
  }

  function fold(term) { return term.normalize("NFKD").replace(/\p{Mn}/gu, ""); }

  // The vendored stemmers are Java turned into JavaScript: each field is a
  // getter that asks hasOwnProperty, each method call copies its arguments
  // to choose an overload. At 50 to 100 µs a word they would take half a
  // second to read ten results' text for excerpts. The same code with plain
  // fields and direct calls gives the same stems (tests/test_library.py
  // checks every algorithm) 10 to 30 times faster. Done once per page.
  function quicken(snowball) {
    if (snowball.quickened) return;
    snowball.quickened = true;
    var runtime = snowball.runtime, classes = [runtime.StringBuffer, runtime.Among, runtime.SnowballProgram];
    Object.keys(snowball.algorithms).forEach(function (name) { classes.push(snowball.algorithms[name]); });
    classes.forEach(function (type) { plainFields(type.prototype); directCalls(type.prototype); });
  }

  // A field read through a getter that gives its first value when unset
  // becomes a data property of the prototype holding that value (where it
  // is a plain value: an object must stay each instance's own).
  function plainFields(proto) {
    Object.getOwnPropertyNames(proto).forEach(function (key) {
      var field = Object.getOwnPropertyDescriptor(proto, key);
      if (!field.get || !field.set || field.get.toString().indexOf("_$esjava$" + key) === -1) return;
      var initial = field.get.call(Object.create(proto));
      if (initial === null || typeof initial !== "object") {
        Object.defineProperty(proto, key, { value: initial, writable: true, configurable: true });
      }
    });
  }

  // A method with one overload (`name$esjava$<arity>`, at most 3 arguments)
  // is called directly when called with that many arguments.
  function directCalls(proto) {
    var names = Object.getOwnPropertyNames(proto);
    names.forEach(function (name) {
      var overload = /^(.+)\$esjava\$(\d)$/.exec(name);
      if (!overload) return;
      var base = overload[1], arity = Number(overload[2]), dispatch = Object.getOwnPropertyDescriptor(proto, base);
      var overloads = names.filter(function (n) { return n.lastIndexOf(base + "$esjava$", 0) === 0; });
      if (overloads.length !== 1 || !dispatch || typeof dispatch.value !== "function") return;
      var method = proto[name], general = dispatch.value;
      proto[base] = function (a, b, c) {
        return arguments.length === arity ? method.call(this, a, b, c) : general.apply(this, arguments);
      };
    });
  }

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
    var meta = null, docs = null, stemmers = {}, shards = {}, records = {}, loading = {};
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
          quicken(loaded[1]);
          Object.keys(meta.stemmers).forEach(function (code) {
            stemmers[code] = loaded[1].newStemmer(meta.stemmers[code]);
          });
        }
        return { n: meta.n, docs: docs };
      });
    }

    function forms(word) {
      var found = {};
      found[fold(word)] = true;
      Object.keys(stemmers).forEach(function (code) { found[fold(stemmers[code].stem(word))] = true; });
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
    // partial, match}, `partial` when no entry has every word and entries
    // with some of them are given instead, `match` the query's terms (for
    // excerpts); null for an empty query.
    function search(text) {
      var found = words(text).slice(0, MAX_WORDS);
      if (found.length === 0) return Promise.resolve(text.trim() ? { hits: [], partial: false, match: none } : null);
      return ready().then(function () {
        var plans = found.map(function (word, k) { return plan(word, k === found.length - 1); });
        var needed = {};
        plans.forEach(function (p) { p.shards.forEach(function (s) { needed[s] = true; }); });
        return Promise.all(Object.keys(needed).map(function (s) { return once("s" + s + ".js"); })).then(function () {
          var ranked = rank(plans.map(matches));
          ranked.match = matcher(plans);
          return ranked;
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

    // A word's term in a language, as the index holds it; each word is
    // stemmed once (prose repeats its words).
    var known = {};
    function termOf(word, language) {
      var terms = known[language] || (known[language] = new Map());
      var term = terms.get(word);
      if (term === undefined) {
        term = fold(stemmers[language] ? stemmers[language].stem(word) : word);
        terms.set(word, term);
      }
      return term;
    }

    // Why a result was found, in its own language: see `excerpt` below.
    function excerptOf(item, match) {
      return excerpt(item, match, function (word) { return termOf(word, item.lang); });
    }

    return { registry: registry, ready: ready, search: search, record: record, forms: forms, excerpt: excerptOf };
  }

  function none() { return -1; }

  // For each term, the query word it stands for (its number), or -1: the
  // terms `matches` looks for, the prefix of the word being typed included.
  function matcher(plans) {
    var terms = new Map(), prefixes = [];
    plans.forEach(function (p, k) {
      p.exact.concat(p.partial).forEach(function (term) { if (!terms.has(term)) terms.set(term, k); });
      if (p.prefix) prefixes.push([p.prefix, k]);
    });
    return function (term) {
      var k = terms.get(term);
      if (k !== undefined) return k;
      for (var i = 0; i < prefixes.length; i++) if (term.lastIndexOf(prefixes[i][0], 0) === 0) return prefixes[i][1];
      return -1;
    };
  }

  // ---------------------------------------------------------------- excerpts

  var PASSAGE = 30; // words an excerpt shows
  var BEFORE = 8; // of them before its first match, unless its paragraph starts nearer
  var MAX_MARKED = 20; // words the entry page is given to mark
  var SEPARATORS = new RegExp(SEPARATOR.source, "gu");
  var LEADING = /^[^\p{L}\p{M}\p{N}]*/u, TRAILING = /[^\p{L}\p{M}\p{N}]*$/u;

  // A text's words as the index reads them: where each is (its punctuation
  // trimmed off), whether a paragraph starts with it, the word in lower
  // case, and the query word it matches (k, -1 for none).
  function scan(text, match, termOf) {
    var out = [], start = 0, block = true, separator;
    SEPARATORS.lastIndex = 0;
    do {
      separator = SEPARATORS.exec(text);
      var end = separator ? separator.index : text.length, token = text.slice(start, end);
      var from = start + LEADING.exec(token)[0].length, to = end - TRAILING.exec(token)[0].length;
      if (to > from) {
        var word = text.slice(from, to).toLowerCase();
        out.push({ from: from, to: to, block: block, word: word, k: isKept(word) ? match(termOf(word)) : -1 });
        block = false;
      }
      if (separator) {
        if (separator[0].indexOf("\n") !== -1) block = true;
        start = SEPARATORS.lastIndex;
      }
    } while (separator);
    return out;
  }

  // How well words [from, to) answer the query, as one number: the query
  // words they hold first, then how many matches.
  function worth(words, from, to) {
    var seen = {}, distinct = 0, count = 0;
    for (var i = from; i < to; i++) {
      var k = words[i].k;
      if (k < 0) continue;
      count++;
      if (!seen[k]) { seen[k] = true; distinct++; }
    }
    return distinct * 1e6 + count;
  }

  // The passage of PASSAGE words that answers the query best, the earliest
  // of equals: [from, to, worth], or null when no word matches. It starts
  // with its first match's paragraph if that starts near, and ends with its
  // last match's paragraph (a heading after it would read as its text).
  function bestPassage(words) {
    var best = null, tried = -1;
    for (var i = 0; i < words.length; i++) {
      if (words[i].k < 0) continue;
      var from = Math.max(0, i - BEFORE);
      for (var j = i; j > from; j--) if (words[j].block) { from = j; break; }
      if (from <= tried) continue;
      tried = from;
      var to = Math.min(words.length, from + PASSAGE), value = worth(words, from, to);
      if (!best || value > best[2]) best = [from, to, value];
    }
    if (best) {
      var last = best[1] - 1;
      while (words[last].k < 0) last--;
      for (var b = last + 1; b < best[1]; b++) if (words[b].block) { best[1] = b; break; }
    }
    return best;
  }

  // Where a passage goes on in the next paragraph, heading or item: a
  // space after a sentence's end, a dot where a heading would run into it.
  var BREAK = /([.!?:;…؟。])?\n/g;
  function joined(all, stop) { return stop ? stop + " " : " · "; }

  // Words [from, to) of a text as runs [text, marked], each word that
  // matches marked, with "…" where the passage cuts a paragraph.
  function runs(text, words, from, to) {
    if (words.length === 0) return text ? [[text, false]] : [];
    var out = [], at = from > 0 ? words[from].from : 0, end = text.length;
    if (from > 0 && !words[from].block) out.push(["… ", false]);
    for (var i = from; i < to; i++) {
      if (words[i].k < 0) continue;
      out.push([text.slice(at, words[i].from), false], [text.slice(words[i].from, words[i].to), true]);
      at = words[i].to;
    }
    if (to < words.length) end = words[to].block ? text.lastIndexOf("\n", words[to].from) : words[to - 1].to;
    out.push([text.slice(at, end), false]);
    if (to < words.length && !words[to].block) out.push([" …", false]);
    return out.map(function (run) { return [run[0].replace(BREAK, joined), run[1]]; })
      .filter(function (run) { return run[0] !== ""; });
  }

  // What a result shows of why it was found: its title with the query's
  // words marked, and the passage of its text that answers the query best,
  // marked too — or its summary, when the text holds no more query words
  // than the summary does. `words`: the words marked, for the entry page.
  function excerpt(item, match, termOf) {
    function read(text) { return scan(text || "", match, termOf); }
    var title = read(item.title), summary = read(item.summary), body = read(item.text);
    var passage = bestPassage(body), inSummary = Math.floor(worth(summary, 0, summary.length) / 1e6);
    var fromText = passage !== null && Math.floor(passage[2] / 1e6) > inSummary;
    var marked = [], seen = {};
    [title, summary, body].forEach(function (words) {
      words.forEach(function (w) { if (w.k >= 0 && !seen[w.word]) { seen[w.word] = true; marked.push(w.word); } });
    });
    return {
      title: runs(item.title, title, 0, title.length),
      passage: fromText ? runs(item.text, body, passage[0], passage[1])
        : runs(item.summary, summary, 0, summary.length),
      fromText: fromText,
      words: marked.slice(0, MAX_MARKED)
    };
  }

  return { reader: reader, words: words, fold: fold, quicken: quicken, FACETS: FACETS };

});
