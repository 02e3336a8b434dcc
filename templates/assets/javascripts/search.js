/*
 * The library's query, analysed as the hub analysed the entries at build
 * time (cphub/search.py): words split like lunr's, trimmed of anything but
 * letters, marks and digits of any script, stop words left out; then each
 * word looked for as itself and as its stem in every language the hub uses
 * (the reader's is not known), and the last word also as a prefix, since
 * the reader may still be typing it. Loaded by the library page, and by the
 * tests in Node.js, which compare its results with lunr.py's.
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.cphubSearch = factory();
})(this, function () {
  "use strict";
  var WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

  function trim(word) {
    var chars = Array.from(word), start = 0, end = chars.length;
    while (start < end && !WORD_CHAR.test(chars[start])) start++;
    while (end > start && !WORD_CHAR.test(chars[end - 1])) end--;
    return chars.slice(start, end).join("");
  }

  // `stemmerNames`: ISO 639-1 code → Snowball algorithm, from the index.
  return function (lunr, snowballFactory, index, stemmerNames) {
    var stemmers = Object.keys(stemmerNames).sort().map(function (code) {
      return snowballFactory.newStemmer(stemmerNames[code]);
    });

    function words(text) {
      return text.toLowerCase().split(/[\s\-]+/).map(trim).filter(function (word) {
        return word && lunr.stopWordFilter(new lunr.Token(word)) !== undefined;
      });
    }

    // Returns the hits, or null for an empty query (the page then lists all).
    return function search(text) {
      var found = words(text);
      if (found.length === 0) return text.trim() ? [] : null;
      return index.query(function (q) {
        found.forEach(function (word) {
          var forms = {};
          forms[word] = true;
          stemmers.forEach(function (stemmer) { forms[stemmer.stem(word)] = true; });
          Object.keys(forms).sort().forEach(function (form) { q.term(form, { usePipeline: false }); });
        });
        q.term(found[found.length - 1], { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
      });
    };
  };
});
