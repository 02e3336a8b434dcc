/*
 * An entry page opened from a library result (#highlight=word word…): the
 * words the search found in it are marked, and the first is brought into
 * view. The library gives the words as the entry writes them, so nothing
 * of the index or of the stemmers is loaded here. Without the fragment, or
 * without JavaScript, the page reads as it always does.
 */
(function () {
  "use strict";
  var given = /^#(?:.*&)?highlight=([^&]*)/.exec(location.hash);
  var entry = document.querySelector(".hub-entry");
  if (!given || !entry || !document.createTreeWalker) return;
  var words, pattern, edge = "[^\\p{L}\\p{M}\\p{N}]";
  try {
    words = decodeURIComponent(given[1]).split(" ").filter(Boolean).slice(0, 20).map(function (word) {
      return word.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
    });
    // A whole word, in any case: what the library marked, not a part of another.
    pattern = new RegExp("(^|" + edge + ")(" + words.join("|") + ")(?=" + edge + "|$)", "giu");
  } catch (error) {
    return; // a mangled fragment, or an old browser without Unicode classes
  }
  if (!words.length) return;

  // The entry's own text: not the related entries' cards.
  var texts = [], walker = document.createTreeWalker(entry, NodeFilter.SHOW_TEXT, null), node;
  while ((node = walker.nextNode())) if (!node.parentNode.closest(".hub-related, script, style")) texts.push(node);

  var first = null;
  texts.forEach(function (text) {
    var value = text.nodeValue, at = 0, found, parts = document.createDocumentFragment();
    pattern.lastIndex = 0;
    while ((found = pattern.exec(value))) {
      var start = found.index + found[1].length;
      parts.append(value.slice(at, start));
      var mark = document.createElement("mark");
      mark.className = "hub-highlight";
      mark.textContent = found[2];
      parts.append(mark);
      first = first || mark;
      at = pattern.lastIndex = start + found[2].length;
    }
    if (at === 0) return;
    parts.append(value.slice(at));
    text.parentNode.replaceChild(parts, text);
  });
  if (first) first.scrollIntoView({ block: "center" });
})();
