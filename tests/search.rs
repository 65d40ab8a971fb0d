//! Search in the built site and in the preview: the index and the search page are written,
//! every word of the page comes from the theme's interface strings, drafts are indexed only
//! with --drafts, two builds are byte-identical, `[search] enabled = false` writes none of it,
//! and the preview's index follows the saves. (In a browser: tests/search_browser.rs.)

mod common;

use common::server::Server;
use common::{TestSite, copy_dir, repo};

const DRAFT: &str = "content/dang-bo-thu/2020-2025/du-thao.md";

/// The number of records `pagefind/shards.json` announces.
fn records(manifest: &str) -> usize {
    let after = manifest
        .split("\"records\":")
        .nth(1)
        .unwrap_or_else(|| panic!("no record count in {manifest}"));
    after
        .split(|c: char| !c.is_ascii_digit())
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no record count in {manifest}"))
}

/// `text` without anything between `<` and `>`.
fn without_tags(text: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn write_draft(site: &TestSite) {
    site.write(
        DRAFT,
        "+++\ntitle = \"Dự thảo nghị quyết\"\norg = \"dang-bo-thu\"\nterm = \"2020-2025\"\ndoc_type = \"nghi-quyet\"\nstatus = \"draft\"\n+++\n\nNội dung dự thảo.\n",
    );
}

#[test]
fn the_index_the_search_page_and_the_header_box_are_written() {
    let site = TestSite::fixture("valid-site");
    site.build().assert_ok();
    for file in [
        "pagefind/pagefind.js",
        "pagefind/pagefind-entry.json",
        "pagefind/wasm.unknown.pagefind",
        "tim-kiem.html",
        "js/tim-kiem.js",
    ] {
        assert!(site.path("public").join(file).is_file(), "{file}");
    }
    let bundle: Vec<String> = site
        .snapshot("public/pagefind")
        .into_iter()
        .map(|(path, _)| path)
        .collect();
    for kind in [".pf_meta", ".pf_index", ".pf_fragment"] {
        assert!(
            bundle.iter().any(|p| p.ends_with(kind)),
            "{kind} in {bundle:?}"
        );
    }
    // One organisation, one document.
    assert_eq!(records(&site.page("pagefind/shards.json")), 2);
    // pagefind's own interface is not shipped: the page has its own.
    assert!(!bundle.iter().any(|p| p.contains("-ui.")), "{bundle:?}");

    let page = site.html("tim-kiem.html");
    let root = scraper::Selector::parse("#tim-kiem").unwrap();
    let root = page.select(&root).next().expect("the search block");
    assert_eq!(root.attr("data-bundle"), Some("./pagefind/"));
    assert!(
        site.page("tim-kiem.html")
            .contains("src=\"./js/tim-kiem.js\"")
    );
    // Every page has the box, its form sent to the search page relative to the page.
    let document = site.page("dang-bo-thu/2020-2025/bao-cao.html");
    assert!(
        document.contains("class=\"site-search\" role=\"search\" action=\"../../tim-kiem.html\""),
        "{document}"
    );
}

#[test]
fn every_word_of_the_search_page_comes_from_the_interface_strings() {
    let site = TestSite::fixture("valid-site");
    copy_dir(&repo().join("themes"), &site.path("themes"));
    // Each interface string replaced by a marker naming its key.
    let strings = site.read("themes/default/i18n/vi.toml");
    let marked: String = strings
        .lines()
        .map(|line| match line.split_once(" = \"") {
            Some((key, _)) if !line.starts_with('#') => {
                let name: String = key.chars().filter(|c| c.is_alphanumeric()).collect();
                format!("{key} = \"⟦{name}⟧\"\n")
            }
            _ => format!("{line}\n"),
        })
        .collect();
    site.write("themes/default/i18n/vi.toml", marked);
    site.build().assert_ok();
    let is_marker = |text: &str| {
        let text = text.trim().trim_end_matches(':');
        text.starts_with('⟦') && text.ends_with('⟧')
    };
    let mut seen = 0;
    // The search page's own words, and the box every other page has in its header.
    for (page, selector) in [("tim-kiem.html", "main"), ("index.html", ".site-search")] {
        let html = site.html(page);
        let selector = scraper::Selector::parse(selector).unwrap();
        let block = html.select(&selector).next().expect(page);
        // (A <noscript>'s content comes as text, its markup with it: the tags are left out.)
        let texts = block.text().map(without_tags);
        for text in texts.filter(|t| !t.trim().is_empty()) {
            assert!(
                is_marker(&text),
                "{page}: written in the page, not in vi.toml: {text:?}"
            );
            seen += 1;
        }
        for node in block.descendants().filter_map(|n| n.value().as_element()) {
            for (name, value) in node.attrs() {
                let shown = ["placeholder", "aria-label", "title"].contains(&name)
                    || name.starts_with("data-text-");
                if shown {
                    assert!(
                        is_marker(value),
                        "{page}: {name}={value:?} is not from vi.toml"
                    );
                    seen += 1;
                }
            }
        }
    }
    assert!(seen >= 12, "only {seen} strings checked");
    // The script writes no word either: it has no letter outside ASCII (Vietnamese words would).
    let script = site.page("js/tim-kiem.js");
    for line in script.lines() {
        let code = line.split("//").next().unwrap_or_default();
        assert!(
            !code.chars().any(|c| c.is_alphabetic() && !c.is_ascii()),
            "a word in the script: {line}"
        );
    }
}

#[test]
fn drafts_are_indexed_only_when_built_with_drafts() {
    let site = TestSite::fixture("valid-site");
    write_draft(&site);
    site.build().assert_ok();
    assert_eq!(records(&site.page("pagefind/shards.json")), 2);
    site.run(&["build", "--drafts"]).assert_ok();
    assert_eq!(records(&site.page("pagefind/shards.json")), 3);
}

#[test]
fn two_builds_of_the_same_site_are_byte_identical() {
    let site = TestSite::example();
    site.build().assert_ok();
    let other = site.path("public-again");
    site.run(&["build", "--output", other.to_str().unwrap()])
        .assert_ok();
    let first = site.snapshot("public");
    assert!(
        first
            .iter()
            .any(|(p, _)| p.starts_with("pagefind/fragment/"))
    );
    assert!(first == site.snapshot("public-again"), "the builds differ");
}

#[test]
fn turned_off_search_writes_no_index_page_or_box() {
    let site = TestSite::fixture("valid-site");
    site.edit(
        "config.toml",
        "[scales.",
        "[search]\nenabled = false\n\n[scales.",
    );
    site.build().assert_ok();
    assert!(!site.path("public/pagefind").exists());
    assert!(!site.path("public/tim-kiem.html").exists());
    assert!(!site.page("index.html").contains("site-search"));
}

#[test]
fn a_site_with_nothing_to_find_has_a_search_page_and_an_empty_index() {
    let site = TestSite::fixture("valid-site");
    std::fs::remove_dir_all(site.path("content/dang-bo-thu")).unwrap();
    site.build().assert_ok();
    assert_eq!(records(&site.page("pagefind/shards.json")), 0);
    assert!(site.path("public/tim-kiem.html").is_file());
}

#[test]
fn odd_text_is_indexed_without_harm() {
    let site = TestSite::fixture("valid-site");
    let long_word = "đ".repeat(50_000);
    site.write(
        "content/dang-bo-thu/2020-2025/la.md",
        format!("+++\ntitle = \"___PAGEFIND_WEIGHT___0 Lạ 🎉\"\norg = \"dang-bo-thu\"\nterm = \"2020-2025\"\ndoc_type = \"bao-cao\"\nstatus = \"published\"\n+++\n\n{long_word} \u{301}\u{301} 한국어 مرحبا ___PAGEFIND_ANCHOR___h1:0:x ___END_PAGEFIND_WEIGHT___ \u{200B} 🎉🎉\n"),
    );
    site.build().assert_ok();
    assert_eq!(records(&site.page("pagefind/shards.json")), 3);
}

#[test]
fn check_writes_no_index() {
    let site = TestSite::fixture("valid-site");
    site.run(&["check"]).assert_ok();
    assert!(!site.path("public").exists());
}

#[test]
fn the_preview_builds_its_index_when_asked_and_again_after_a_save() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    let (status, page) = server.get("/tim-kiem.html");
    assert_eq!(status, 200);
    assert!(page.contains("data-bundle=\"./pagefind/\""));
    let (status, manifest) = server.get("/pagefind/shards.json");
    assert_eq!(status, 200);
    assert_eq!(records(&manifest), 2);
    assert_eq!(server.get("/pagefind/pagefind.js").0, 200);
    assert_eq!(server.get("/pagefind/nothing-here.js").0, 404);
    assert_eq!(
        server
            .header("/pagefind/pagefind.js", "content-type")
            .as_deref(),
        Some("text/javascript; charset=utf-8")
    );

    let events = server.events();
    // The preview shows drafts: the new draft is found too.
    write_draft(&site);
    events.reload();
    assert_eq!(records(&server.get("/pagefind/shards.json").1), 3);
}
