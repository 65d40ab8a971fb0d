// The search page (tim-kiem.html): folds the query as the index was folded, asks pagefind's
// index beside the page (pagefind/), and lays out the results from the page's <template>.
// Every word shown comes from the page's data-text-* attributes (the theme's i18n files).
// A classic script, not a module: opened from file:// it still runs, and says that search
// needs a web server (browsers refuse to load the index from file://).
(function () {
  "use strict";

  var root = document.getElementById("tim-kiem");
  if (!root) return;
  var form = root.querySelector(".search-form");
  var input = form.querySelector("input[name=q]");
  var notice = root.querySelector(".search-notice[hidden]");
  var status = root.querySelector(".search-status");
  var list = root.querySelector(".search-results");
  var more = root.querySelector(".search-more");
  var template = root.querySelector("template.search-result");
  var text = function (key) { return root.getAttribute("data-text-" + key) || ""; };
  var siteRoot = new URL(root.getAttribute("data-root") || "./", location.href);
  var bundle = new URL(root.getAttribute("data-bundle") || "pagefind/", location.href);
  // Results laid out at a time; each costs the download of its stored data.
  var PAGE = 10;

  // The same folding as nhiemky's Rust `vi::fold`: lower case, canonical decomposition with
  // the combining marks dropped, đ (U+0111, and the look-alike ð U+00F0) as d.
  // "Đảng viên" → "dang vien".
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/[\u0111\u00f0]/g, "d");
  }
  // A word's letters and digits, as pagefind compares them.
  function key(word) {
    return fold(word).replace(/[^\p{L}\p{N}]/gu, "");
  }

  if (location.protocol === "file:") {
    notice.textContent = text("needs-server");
    notice.hidden = false;
    input.value = new URLSearchParams(location.search).get("q") || "";
    return;
  }

  var engine = null;
  // pagefind, with the shards listed in shards.json merged; null for a site with nothing to find.
  function load() {
    if (!engine) {
      engine = fetch(new URL("shards.json", bundle))
        .then(function (response) {
          if (!response.ok) throw new Error(response.status + " " + response.url);
          return response.json();
        })
        .then(function (manifest) {
          if (!manifest.records) return null;
          return import(new URL("pagefind.js", bundle).href).then(function (pagefind) {
            // No web worker: one file less to download, and the index is small work.
            return pagefind.options({ noWorker: true })
              .then(function () { return pagefind.init(); })
              .then(function () {
                return Promise.all(manifest.merge.map(function (shard) {
                  return pagefind.mergeIndex(new URL(shard, bundle).href);
                }));
              })
              .then(function () { return pagefind; });
          });
        });
      engine.catch(function () { engine = null; });
    }
    return engine;
  }

  // Does `part` (one word as written) begin with a query term, once folded?
  function matches(part, terms) {
    var k = key(part);
    return Boolean(k) && terms.some(function (t) { return k.indexOf(t) === 0; });
  }

  // Appends `value` to `element`, each run of words matching query terms in one <mark>.
  function marked(element, value, terms) {
    var mark = null;
    value.split(/(\s+)/).forEach(function (part, i, parts) {
      var space = i % 2 === 1;
      // A space joins a mark only when the word after it matches too.
      if (space ? mark && matches(parts[i + 1] || "", terms) : matches(part, terms)) {
        if (!mark) mark = element.appendChild(document.createElement("mark"));
        mark.appendChild(document.createTextNode(part));
      } else {
        mark = null;
        element.appendChild(document.createTextNode(part));
      }
    });
  }

  // Words of the document's text around the first place where the query's words follow each
  // other, else around the first word that matches one, "…" where cut; null when none matches.
  // The text is split into words as written and each word is folded alone, so a match is found
  // at its place in the original, whatever folding changed in its length.
  var BEFORE = 12, AFTER = 24;
  function excerpt(text, terms) {
    var words = text.split(/\s+/).filter(Boolean);
    var phrase = words.findIndex(function (w, i) {
      return terms.every(function (t, j) { return i + j < words.length && matches(words[i + j], [t]); });
    });
    var at = phrase >= 0 ? phrase : words.findIndex(function (w) { return matches(w, terms); });
    if (at < 0) return null;
    var from = Math.max(0, at - BEFORE), to = Math.min(words.length, at + AFTER);
    return (from > 0 ? "… " : "") + words.slice(from, to).join(" ") + (to < words.length ? " …" : "");
  }

  // How many of the query terms begin a word of `value`.
  function termsIn(value, terms) {
    var keys = value.split(/\s+/).map(key).filter(Boolean);
    return terms.filter(function (t) {
      return keys.some(function (k) { return k.indexOf(t) === 0; });
    }).length;
  }

  // A result, laid out from its filters (nhiemky keeps what a result shows there, unfolded).
  function item(data, terms) {
    var filters = data.filters || {};
    var first = function (name) { return (filters[name] || [])[0] || ""; };
    var node = template.content.firstElementChild.cloneNode(true);
    var link = node.querySelector(".search-result-title");
    link.href = new URL(data.url, siteRoot).href;
    marked(link, first("heading") || data.url, terms);
    var term = first("term");
    var facts = [first("kind"), first("org"), term && text("term") + " " + term, first("status")];
    node.querySelector(".search-result-meta").textContent =
      facts.filter(Boolean).join(" · ");
    // From the text where the query's words are, else the summary.
    var snippet = node.querySelector(".search-result-snippet");
    var shown = excerpt(first("text"), terms) || first("snippet");
    if (shown) marked(snippet, shown, terms);
    else snippet.remove();
    // An organisation's result names its indicators that match the most query terms (the
    // rest may be in its name): one "address \t name \t figures" value each.
    var box = node.querySelector(".search-result-indicators");
    var lines = (filters.indicators || []).map(function (line) {
      var parts = line.split("\t");
      return { parts: parts, found: parts.length < 3 ? 0 : termsIn(parts[1] + " " + parts[2], terms) };
    });
    var best = Math.max.apply(null, [0].concat(lines.map(function (l) { return l.found; })));
    lines.forEach(function (line) {
      var parts = line.parts;
      if (!best || line.found < best) return;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = new URL(parts[0], siteRoot).href;
      marked(a, parts[1], terms);
      li.appendChild(a);
      if (parts[2]) {
        li.appendChild(document.createTextNode(": "));
        marked(li, parts[2], terms);
      }
      box.querySelector("ul").appendChild(li);
      box.hidden = false;
    });
    return node;
  }

  var searches = 0;
  var pending = [];
  var pendingTerms = [];

  function showMore() {
    var mine = searches;
    var next = pending.splice(0, PAGE);
    more.hidden = true;
    return Promise.all(next.map(function (r) { return r.data(); })).then(function (all) {
      if (mine !== searches) return;
      all.forEach(function (data) { list.appendChild(item(data, pendingTerms)); });
      more.hidden = pending.length === 0;
    });
  }

  function search(query) {
    var mine = ++searches;
    var folded = fold(query).trim().replace(/\s+/g, " ");
    var terms = folded.split(" ").map(key).filter(Boolean);
    list.textContent = "";
    more.hidden = true;
    pending = [];
    root.removeAttribute("data-searched");
    // Says, once the results are shown, what was searched for (folded).
    var done = function () {
      if (mine === searches) root.setAttribute("data-searched", folded);
    };
    if (!terms.length) {
      status.textContent = "";
      done();
      return Promise.resolve();
    }
    status.textContent = text("loading");
    var say = function (pattern, count) {
      return pattern.replace("{count}", count.toLocaleString(document.documentElement.lang))
        .replace("{query}", query.trim());
    };
    return load()
      .then(function (pagefind) { return pagefind ? pagefind.search(folded) : null; })
      .then(function (found) {
        if (mine !== searches) return;
        var results = (found && found.results) || [];
        status.textContent = results.length
          ? say(text("results"), results.length)
          : say(text("no-results"), 0);
        pending = results;
        pendingTerms = terms;
        return showMore();
      })
      .catch(function () {
        if (mine === searches) status.textContent = text("error");
      })
      .then(done);
  }

  function searchAndRemember(query) {
    var url = new URL(location.href);
    url.searchParams.set("q", query);
    history.replaceState(null, "", url);
    return search(query);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    searchAndRemember(input.value);
  });
  var typing = null;
  input.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(function () { searchAndRemember(input.value); }, 300);
  });
  more.addEventListener("click", showMore);

  var asked = new URLSearchParams(location.search).get("q") || "";
  input.value = asked;
  if (asked.trim()) search(asked);
})();
