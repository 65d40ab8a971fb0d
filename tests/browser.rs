//! The preview in a real browser: headless Chromium (Debian's package) keeps a page open while
//! the test saves files, and the page changes by itself — new text after a save, the error
//! overlay after a bad save, the overlay gone after the fix.

mod common;

use common::TestSite;
use common::chromium::{browser, eval_bool, text, wait_until};
use common::server::Server;
use headless_chrome::{Browser, Tab};

const DOC: &str = "content/dang-bo-thu/2020-2025/bao-cao.md";
const DOC_PAGE: &str = "dang-bo-thu/2020-2025/bao-cao.html";
const DATA: &str = "content/dang-bo-thu/2020-2025/data.toml";

/// Opens `url` and waits until the page listens for reloads.
fn open(browser: &Browser, url: &str) -> std::sync::Arc<Tab> {
    let tab = common::chromium::open(browser, url);
    wait_until(&tab, "the page listens for reloads", |tab| {
        eval_bool(tab, "'nhiemkyLive' in document.documentElement.dataset")
    });
    tab
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
