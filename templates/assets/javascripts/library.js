/*
 * The library: full-text search and facets over the index built by the hub
 * (window.cphubLibrary, loaded by a <script> tag so that it works from
 * file:// as well as online). The search lives in the URL (?q=…&topic=…)
 * so that it can be bookmarked and shared.
 */
(function () {
  "use strict";
  var data = window.cphubLibrary;
  var form = document.getElementById("library-form");
  var results = document.getElementById("library-results");
  var status = document.getElementById("library-status");
  if (!data || !form || !window.lunr) return;

  var index = lunr.Index.load(data.index);
  var FACETS = ["type", "topic", "country", "language", "organisation", "year"];
  var PAGE = 50;
  var shown = PAGE;
  var timer = null;

  function readState(params) {
    var state = { q: (params.get("q") || "").trim(), sort: params.get("sort") || "", filters: {} };
    FACETS.forEach(function (name) { state.filters[name] = params.getAll(name); });
    return state;
  }

  function formState() {
    return readState(new URLSearchParams(new FormData(form)));
  }

  function fillForm(state) {
    form.elements.q.value = state.q;
    form.elements.sort.value = state.sort || "relevance";
    Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox]"), function (box) {
      box.checked = state.filters[box.name].indexOf(box.value) !== -1;
    });
  }

  var search = window.cphubSearch(lunr, window.snowballFactory, index, data.stemmers || {});

  function passes(doc, filters, except) {
    return FACETS.every(function (name) {
      var wanted = filters[name];
      if (name === except || wanted.length === 0) return true;
      return doc.facets[name].some(function (value) { return wanted.indexOf(value) !== -1; });
    });
  }

  function run(state) {
    var hits = search(state.q);
    // A ref is the entry's place in the newest-first list: sorting by ref
    // sorts by date, and no query lists everything newest first.
    var refs = hits ? hits.map(function (hit) { return Number(hit.ref); })
                    : data.docs.map(function (doc, i) { return i; });
    if (hits && state.sort === "date") refs.sort(function (a, b) { return a - b; });
    var matching = refs.filter(function (ref) { return passes(data.docs[ref], state.filters, null); });
    updateCounts(refs, state.filters);
    render(matching);
  }

  // A value's count: the hits it would give, with the other facets applied.
  function updateCounts(refs, filters) {
    var counts = {};
    refs.forEach(function (ref) {
      var doc = data.docs[ref];
      FACETS.forEach(function (name) {
        if (!passes(doc, filters, name)) return;
        doc.facets[name].forEach(function (value) {
          var key = name + ":" + value;
          counts[key] = (counts[key] || 0) + 1;
        });
      });
    });
    Array.prototype.forEach.call(form.querySelectorAll("[data-count]"), function (span) {
      span.textContent = String(counts[span.getAttribute("data-count")] || 0);
    });
  }

  function render(refs) {
    results.textContent = "";
    var n = refs.length;
    var message = n === 0 ? results.dataset.none : n === 1 ? results.dataset.one : results.dataset.many.replace("{n}", n);
    status.textContent = message;
    if (n === 0) return;
    var list = document.createElement("ol");
    list.className = "hub-cards hub-results";
    refs.slice(0, shown).forEach(function (ref) { list.appendChild(card(data.docs[ref])); });
    results.appendChild(list);
    if (n > shown) {
      var more = document.createElement("button");
      more.type = "button";
      more.textContent = results.dataset.more;
      more.addEventListener("click", function () { shown += PAGE; render(refs); });
      results.appendChild(more);
    }
  }

  function card(doc) {
    var item = document.createElement("li");
    item.className = "hub-card hub-card--" + doc.type;
    var kicker = document.createElement("p");
    kicker.className = "hub-card__kicker";
    var time = document.createElement("time");
    time.dateTime = doc.date;
    time.textContent = doc.date;
    kicker.append(doc.type_label + " · ", time);
    var title = document.createElement("h2");
    title.className = "hub-card__title";
    title.lang = doc.lang;
    var link = document.createElement("a");
    link.href = siteRoot() + doc.url + (location.protocol === "file:" ? "index.html" : "");
    link.textContent = doc.title;
    title.appendChild(link);
    var summary = document.createElement("p");
    summary.className = "hub-card__summary";
    summary.lang = doc.lang;
    summary.textContent = doc.summary;
    item.append(kicker, title, summary);
    return item;
  }

  // The library sits one folder below the site's root.
  function siteRoot() { return "../"; }

  function update(pushUrl) {
    var state = formState();
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
  form.addEventListener("change", function () { update(true); });
  form.elements.q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { update(true); }, 120);
  });
  document.getElementById("library-clear").addEventListener("click", function () {
    Array.prototype.forEach.call(form.querySelectorAll("input[type=checkbox]"), function (box) { box.checked = false; });
    update(true);
  });

  // On a phone, results come first: the filters start folded.
  var filters = form.querySelector("details");
  if (filters && window.matchMedia && window.matchMedia("(max-width: 45em)").matches) filters.open = false;

  fillForm(readState(new URLSearchParams(location.search)));
  update(false);
})();
