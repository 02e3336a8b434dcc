/*
 * The library page: search and facets over the index that search.js reads.
 * The page as served lists every entry, newest first (with JavaScript off
 * too); a query or a filter replaces that list with its results. The search
 * lives in the URL (?q=…&topic=…), so it can be bookmarked and shared.
 *
 * Nothing of the index is loaded until it is needed: the first time the
 * search box gets the focus, or at once when the URL holds a search. Every
 * file comes through a <script> element, so the library works from file://
 * (the unzipped archive) and in Kiwix as it does online.
 */
(function () {
  "use strict";
  var form = document.getElementById("library-form");
  var results = document.getElementById("library-results");
  var status = document.getElementById("library-status");
  if (!form || !results || !window.cphubSearch || !window.Promise || !window.Map) return;

  var FACETS = cphubSearch.FACETS;
  var PAGE = 10;
  var shown = PAGE;
  var timer = null;
  var generation = 0; // answers to an older query are dropped
  var served = results.innerHTML; // the full list, shown again when the search is cleared
  var texts = results.dataset;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.async = false; // in order: the stemmers' runtime before the stemmers
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(script);
    });
  }

  var stemmers = null;
  function snowball() {
    if (!stemmers) {
      var base = texts.stemmers, names = texts.algorithms ? texts.algorithms.split(" ") : [];
      stemmers = Promise.all(["base"].concat(names).map(function (name) { return loadScript(base + name + ".js"); }))
        .then(function () { return window.cphubSnowball; });
    }
    return stemmers;
  }

  var reader = cphubSearch.reader(function (name) { return loadScript(texts.index + name); }, snowball);
  window.cphubLibrary = reader.registry;

  function readState(params) {
    var state = { q: (params.get("q") || "").trim(), sort: params.get("sort") || "", filters: {} };
    FACETS.forEach(function (name) { state.filters[name] = params.getAll(name); });
    return state;
  }

  function formState() { return readState(new URLSearchParams(new FormData(form))); }

  function active(state) {
    return state.q !== "" || FACETS.some(function (name) { return state.filters[name].length > 0; });
  }

  function fillForm(state) {
    form.elements.q.value = state.q;
    form.elements.sort.value = state.sort || "relevance";
    Array.prototype.forEach.call(form.querySelectorAll(".hub-facet input"), function (box) {
      box.checked = state.filters[box.name].indexOf(box.value) !== -1;
    });
  }

  function passes(doc, filters, except) {
    return FACETS.every(function (name) {
      var wanted = filters[name];
      if (name === except || wanted.length === 0) return true;
      return doc.facets[name].some(function (value) { return wanted.indexOf(value) !== -1; });
    });
  }

  function run(state) {
    var mine = ++generation;
    if (!active(state)) { showServed(); return Promise.resolve(); }
    results.setAttribute("aria-busy", "true");
    return Promise.all([reader.ready(), reader.search(state.q)]).then(function (answers) {
      if (mine !== generation) return;
      var index = answers[0], found = answers[1], refs;
      // No query lists everything, newest first: entry numbers are in that order.
      if (found) refs = found.hits.map(function (hit) { return hit.ref; });
      else refs = index.docs.map(function (doc, i) { return i; });
      if (found && state.sort === "date") refs.sort(function (a, b) { return a - b; });
      var matching = refs.filter(function (ref) { return passes(index.docs[ref], state.filters, null); });
      updateCounts(index.docs, refs, state.filters);
      return render(matching, found, mine);
    }).catch(function () {
      if (mine === generation) status.textContent = texts.failed;
    }).then(function () {
      results.removeAttribute("aria-busy");
      form.classList.remove("hub-pending");
    });
  }

  // A value's count: the results it would give, with the other facets
  // applied. A value that would give none is no choice: it is hidden unless
  // ticked (to be unticked), and so is a facet left with no value.
  function updateCounts(docs, refs, filters) {
    var counts = {};
    refs.forEach(function (ref) {
      var doc = docs[ref];
      FACETS.forEach(function (name) {
        if (!passes(doc, filters, name)) return;
        doc.facets[name].forEach(function (value) {
          var key = name + ":" + value;
          counts[key] = (counts[key] || 0) + 1;
        });
      });
    });
    showCounts(function (span) { return counts[span.getAttribute("data-count")] || 0; });
  }

  function showCounts(countOf) {
    Array.prototype.forEach.call(form.querySelectorAll("fieldset[data-facet]"), function (facet) {
      var offered = 0;
      Array.prototype.forEach.call(facet.querySelectorAll("[data-count]"), function (span) {
        var n = countOf(span), item = span.closest("li");
        span.textContent = String(n);
        // (Nor the one the reader is on: the focus must not vanish.)
        item.hidden = n === 0 && !item.querySelector("input").checked && !item.contains(document.activeElement);
        if (!item.hidden) offered++;
      });
      facet.hidden = offered === 0;
    });
  }

  function showServed() {
    results.innerHTML = served;
    status.textContent = "";
    showCounts(function (span) { return Number(span.getAttribute("data-total")); });
  }

  function render(refs, found, mine) {
    var partial = found && found.partial;
    var n = refs.length;
    var message = n === 0 ? texts.none : n === 1 ? texts.one
      // Grouped as the interface language writes numbers, in the digits the pages use (as Babel does).
      : texts.many.replace("{n}", n.toLocaleString(document.documentElement.lang || undefined, { numberingSystem: "latn" }));
    var page = refs.slice(0, shown);
    return Promise.all(page.map(reader.record)).then(function (records) {
      if (mine !== generation) return;
      results.textContent = "";
      status.textContent = partial ? message + " " + texts.partial : message;
      if (n === 0) return;
      var list = document.createElement("ol");
      list.className = "hub-cards hub-results";
      records.forEach(function (record) {
        list.appendChild(card(record, found ? reader.excerpt(record, found.match) : null));
      });
      results.appendChild(list);
      if (n > shown) {
        var more = document.createElement("button");
        more.type = "button";
        more.className = "hub-more";
        more.textContent = texts.more;
        more.addEventListener("click", function () {
          shown += PAGE;
          render(refs, found, generation).then(function () {
            var next = results.querySelectorAll(".hub-card a")[shown - PAGE];
            if (next) next.focus(); // keyboard users continue where the new results begin
          });
        });
        results.appendChild(more);
      }
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Text as its runs [text, marked] make it: marked runs in <mark>.
  function marked(node, runs) {
    runs.forEach(function (run) { node.append(run[1] ? element("mark", null, run[0]) : run[0]); });
    return node;
  }

  // The same card as the lists' (partials/hub/card.html); with a query,
  // its words are marked in the title, and the summary gives way to the
  // passage of the entry's text that holds them (`shown`: search.js's excerpt).
  function card(doc, shown) {
    var item = element("li", "hub-card hub-card--" + doc.type);
    var kicker = element("p", "hub-card__kicker");
    var time = element("time", null, doc.date_label);
    time.dateTime = doc.date;
    kicker.append(element("span", "hub-card__type", doc.type_label), " ", time);
    if (doc.upcoming) kicker.append(" ", element("strong", "hub-badge", texts.upcoming));
    var title = element("h2", "hub-card__title");
    var link = shown ? marked(element("a"), shown.title) : element("a", null, doc.title);
    link.href = entryUrl(doc.url) + highlight(shown);
    title.appendChild(link);
    var summary = shown ? marked(element("p", "hub-card__summary"), shown.passage)
      : element("p", "hub-card__summary", doc.summary);
    if (shown && shown.fromText) summary.classList.add("hub-card__excerpt");
    [title, summary].forEach(function (node) { node.lang = doc.lang; node.dir = doc.dir; });
    var meta = element("p", "hub-card__meta");
    meta.append(element("span", "hub-visually-hidden", texts.topics + ": "));
    // Not links: every link in the results is a result.
    doc.topics.forEach(function (topic) { meta.append(element("span", "hub-tag", topic), " "); });
    var languages = element("span", "hub-card__languages");
    languages.append(element("span", "hub-visually-hidden", texts.languages + ": "), doc.languages);
    meta.append(languages);
    item.append(kicker, title, summary, meta);
    return item;
  }

  // The entry page marks the words found in it too, and shows the first
  // (highlight.js). A fragment, not a query: the page is the one a reader
  // may have in the cache already, and no server or reader drops it.
  function highlight(shown) {
    return shown && shown.words.length ? "#highlight=" + encodeURIComponent(shown.words.join(" ")) : "";
  }

  // The library sits one folder below the site's root. Where its own
  // address names its file (the offline copies, Kiwix), links name files too.
  function entryUrl(url) {
    var namesFiles = /\/index\.html$/.test(location.pathname) || location.protocol === "file:";
    return "../" + url + (namesFiles ? "index.html" : "");
  }

  // The filters' summary says how many are on: on a phone they are folded.
  var activeCount = document.getElementById("library-active");
  function showActive(filters) {
    var n = 0;
    FACETS.forEach(function (name) { n += filters[name].length; });
    if (activeCount) activeCount.textContent = n ? activeCount.getAttribute("data-label").replace("{n}", n) : "";
  }

  // Sorting is for a query's results: without one, the list is newest first.
  var sorting = document.getElementById("library-sorting");
  function update(pushUrl) {
    var state = formState();
    showActive(state.filters);
    sorting.classList.toggle("hub-off", state.q === "");
    shown = PAGE;
    run(state);
    if (pushUrl) {
      var params = new URLSearchParams();
      if (state.q) params.set("q", state.q);
      if (state.sort === "date") params.set("sort", "date");
      FACETS.forEach(function (name) { state.filters[name].forEach(function (v) { params.append(name, v); }); });
      var query = params.toString();
      try {
        history.replaceState(null, "", query ? "?" + query : location.pathname);
      } catch (error) { /* some file:// contexts refuse; the search still works */ }
    }
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); update(true); });
  form.addEventListener("change", function (event) {
    if (event.target.closest(".hub-facet") || event.target === form.elements.sort) update(true);
  });
  form.elements.q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { update(true); }, 120);
  });
  // Get the index's first files while the reader types the first word.
  form.elements.q.addEventListener("focus", function () { reader.ready().catch(function () {}); });
  document.getElementById("library-clear").addEventListener("click", function () {
    Array.prototype.forEach.call(form.querySelectorAll(".hub-facet input"), function (box) { box.checked = false; });
    update(true);
  });

  var initial = readState(new URLSearchParams(location.search));
  fillForm(initial);
  showActive(formState().filters);
  sorting.classList.toggle("hub-off", initial.q === "");
  // The facets of a shared search show once its counts are known: values
  // hidden after the first paint would move the others (a layout shift).
  if (active(initial)) {
    form.classList.add("hub-pending");
    update(false);
  }
})();
