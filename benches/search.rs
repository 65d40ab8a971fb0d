//! Search benchmark (not a test): what one search downloads. Builds the benchmark corpus (charts
//! off, search on), serves the output as a static host would, opens the search page in headless
//! Chromium with a query, and adds up the index files the page fetched, by kind.
//!
//!     NHIEMKY_BENCH_ORGS=500 cargo bench --bench search
//!     NHIEMKY_BENCH_CORPUS=/tmp/corpus cargo bench --bench search    # 5,000 orgs by default
//!     NHIEMKY_BENCH_QUERY="chi bo" cargo bench --bench search        # "dang vien" by default
//!
//! Target (issue "Search"): a typical query downloads at most 300 KB at 10,000 term pages.

#[path = "support/corpus.rs"]
mod corpus;
#[path = "../tests/common/static_server.rs"]
mod static_server;

use headless_chrome::{Browser, LaunchOptions};
use static_server::StaticServer;
use std::collections::BTreeMap;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    let query = std::env::var("NHIEMKY_BENCH_QUERY").unwrap_or_else(|_| "dang vien".into());
    let work = tempfile::tempdir().unwrap();
    let (site, _) = corpus::prepare(work.path());
    corpus::write_config(&site, false);
    let output = work.path().join("public");
    let started = Instant::now();
    let built = Command::new(env!("CARGO_BIN_EXE_nhiemky"))
        .args(["build", "--root"])
        .arg(&site)
        .arg("--output")
        .arg(&output)
        .status()
        .unwrap();
    corpus::write_config(&site, true);
    assert!(built.success());
    println!("built in {:.1} s", started.elapsed().as_secs_f64());

    let server = StaticServer::start(&output);
    let browser = Browser::new(
        LaunchOptions::default_builder()
            .path(Some("/usr/bin/chromium".into()))
            .sandbox(false)
            .build()
            .unwrap(),
    )
    .expect("Chromium (apt-get install chromium)");
    let tab = browser.new_tab().unwrap();
    let address = format!(
        "{}tim-kiem.html?q={}",
        server.url,
        percent_encoding::utf8_percent_encode(&query, percent_encoding::NON_ALPHANUMERIC)
    );
    tab.navigate_to(&address)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    let asked = Instant::now();
    let status = loop {
        let done = tab
            .evaluate(
                "document.getElementById('tim-kiem').hasAttribute('data-searched') && document.querySelector('.search-status').textContent",
                false,
            )
            .ok()
            .and_then(|r| r.value)
            .and_then(|v| v.as_str().map(str::to_owned));
        if let Some(status) = done.filter(|s| !s.is_empty()) {
            break status;
        }
        assert!(asked.elapsed() < Duration::from_secs(60), "no results");
        std::thread::sleep(Duration::from_millis(50));
    };
    println!("query {query:?}: {status} (first 10 shown)");

    let mut kinds: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (path, bytes) in server.served() {
        let Some(file) = path.strip_prefix("/pagefind/") else {
            continue;
        };
        let kind = match file.rsplit_once('.').map_or("", |(_, ext)| ext) {
            "pf_meta" => "pf_meta (page list)",
            "pf_index" => "pf_index (words)",
            "pf_fragment" => "pf_fragment (results)",
            "pagefind" => "wasm",
            "js" => "pagefind.js",
            _ => "json (entries, shards)",
        };
        let entry = kinds.entry(kind).or_default();
        entry.0 += 1;
        entry.1 += bytes;
    }
    let mut total = 0;
    for (kind, (files, bytes)) in &kinds {
        println!(
            "  {kind:<24} {files:>3} files {:>9.1} KB",
            *bytes as f64 / 1000.0
        );
        total += bytes;
    }
    println!(
        "downloaded by the search: {:.1} KB (target ≤ 300 KB at 10,000 term pages)",
        total as f64 / 1000.0
    );
}
