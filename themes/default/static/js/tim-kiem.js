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

  // Appends `value` to `element`, every word matching a query term marked.
  function marked(element, value, terms) {
    value.split(/(\s+)/).forEach(function (part) {
      var k = key(part);
      if (k && terms.some(function (t) { return k.indexOf(t) === 0; })) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(part));
      }
    });
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
    var snippet = node.querySelector(".search-result-snippet");
    if (first("snippet")) marked(snippet, first("snippet"), terms);
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
