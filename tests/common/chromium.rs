//! Headless Chromium (Debian's package) for the browser tests: started without its sandbox (CI
//! runs as root), and read by evaluating JavaScript in the open page, never by reloading it.

use super::server::PATIENCE;
use headless_chrome::{Browser, LaunchOptions, Tab};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Debian's Chromium (`apt-get install chromium`), or the one named by `NHIEMKY_CHROMIUM`.
fn chromium() -> PathBuf {
    let path = std::env::var_os("NHIEMKY_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    assert!(
        path.exists(),
        "the browser test needs Chromium at {}: install Debian's package (apt-get install chromium) \
         or set NHIEMKY_CHROMIUM",
        path.display()
    );
    path
}

pub fn browser() -> Browser {
    Browser::new(
        LaunchOptions::default_builder()
            .path(Some(chromium()))
            // CI containers run as root, where Chromium's sandbox cannot start.
            .sandbox(false)
            .idle_browser_timeout(PATIENCE * 6)
            .build()
            .unwrap(),
    )
    .expect("Chromium did not start")
}

/// A new tab with `url` loaded.
pub fn open(browser: &Browser, url: &str) -> Arc<Tab> {
    let tab = browser.new_tab().unwrap();
    tab.navigate_to(url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    tab
}

pub fn eval_bool(tab: &Tab, expression: &str) -> bool {
    tab.evaluate(expression, false)
        .ok()
        .and_then(|result| result.value)
        .and_then(|value| value.as_bool())
        .unwrap_or(false)
}

/// The string `expression` gives; empty when it gives none.
pub fn eval_string(tab: &Tab, expression: &str) -> String {
    tab.evaluate(expression, false)
        .ok()
        .and_then(|result| result.value)
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The text the page shows.
pub fn text(tab: &Tab) -> String {
    eval_string(tab, "document.body.innerText")
}

/// Polls the open page — without ever reloading it — until `done` holds.
pub fn wait_until(tab: &Tab, what: &str, done: impl Fn(&Tab) -> bool) {
    let start = Instant::now();
    while !done(tab) {
        assert!(
            start.elapsed() < PATIENCE,
            "{what}: not seen in the browser within {PATIENCE:?}; the page says:\n{}",
            text(tab)
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
