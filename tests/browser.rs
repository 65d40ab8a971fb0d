//! The preview in a real browser: headless Chromium (Debian's package) keeps a page open while
//! the test saves files, and the page changes by itself — new text after a save, the error
//! overlay after a bad save, the overlay gone after the fix.

mod common;

use common::TestSite;
use common::server::{PATIENCE, Server};
use headless_chrome::{Browser, LaunchOptions, Tab};
use std::path::PathBuf;
use std::time::Instant;

const DOC: &str = "content/dang-bo-thu/2020-2025/bao-cao.md";
const DOC_PAGE: &str = "dang-bo-thu/2020-2025/bao-cao.html";
const DATA: &str = "content/dang-bo-thu/2020-2025/data.toml";

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

fn browser() -> Browser {
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

/// Opens `url` and waits until the page listens for reloads.
fn open(browser: &Browser, url: &str) -> std::sync::Arc<Tab> {
    let tab = browser.new_tab().unwrap();
    tab.navigate_to(url)
        .unwrap()
        .wait_until_navigated()
        .unwrap();
    wait_until(&tab, "the page listens for reloads", |tab| {
        eval_bool(tab, "'nhiemkyLive' in document.documentElement.dataset")
    });
    tab
}

fn eval_bool(tab: &Tab, expression: &str) -> bool {
    tab.evaluate(expression, false)
        .ok()
        .and_then(|result| result.value)
        .and_then(|value| value.as_bool())
        .unwrap_or(false)
}

fn text(tab: &Tab) -> String {
    tab.evaluate("document.body.innerText", false)
        .ok()
        .and_then(|result| result.value)
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Polls the open page — without ever reloading it — until `done` holds.
fn wait_until(tab: &Tab, what: &str, done: impl Fn(&Tab) -> bool) {
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

#[test]
fn an_open_page_follows_each_save() {
    let site = TestSite::fixture("valid-site");
    let server = Server::start(&site);
    let browser = browser();
    let tab = open(&browser, &format!("{}{DOC_PAGE}", server.url));
    assert!(text(&tab).contains("Báo cáo chính trị"));
    assert!(!text(&tab).contains("Đoạn viết trong lúc trang đang mở"));

    site.edit(
        DOC,
        "## Phần thứ nhất",
        "## Phần thứ nhất\n\nĐoạn viết trong lúc trang đang mở.",
    );
    wait_until(&tab, "the saved paragraph", |tab| {
        text(tab).contains("Đoạn viết trong lúc trang đang mở.")
    });

    site.edit(DATA, "value = 58.6", "value = \"năm mươi tám\"");
    wait_until(&tab, "the error overlay", |tab| {
        eval_bool(tab, "document.getElementById('nhiemky-loi') !== null")
    });
    let overlay = text(&tab);
    assert!(
        overlay.contains("data.toml:"),
        "the overlay names the file:\n{overlay}"
    );

    site.edit(DATA, "value = \"năm mươi tám\"", "value = 61.2");
    wait_until(&tab, "the overlay gone after the fix", |tab| {
        eval_bool(tab, "document.getElementById('nhiemky-loi') === null")
            && text(tab).contains("Đoạn viết trong lúc trang đang mở.")
    });
}
