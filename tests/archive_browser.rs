//! The archived site read as a reader decades from now would read it: every page of the bag
//! opened from `file://` in headless Chromium (Debian's package), no server, no network. No
//! link may lead to a file the bag does not hold, no image may fail, every page has its style
//! and its stamp; the old addresses forward without script; search says it needs a server.

mod common;

use common::TestSite;
use common::chromium::{browser, eval_bool, eval_string, open, text, wait_until};
use std::path::Path;

const TERM: &str = "content/huyen-uy-an-lao/2020-2025";
const DOC: &str = "content/huyen-uy-an-lao/2020-2025/ket-qua-hoi-nghi.md";

fn archived() -> (TestSite, tempfile::TempDir) {
    let site = TestSite::example();
    site.write(
        &format!("{TERM}/files/bien-ban-hoi-nghi.pdf"),
        b"%PDF-1.4\n%\xE2\xE3\n",
    );
    site.edit(
        DOC,
        "tags = [",
        "aliases = [\"/van-ban/ket-qua-hoi-nghi-2022.html\"]\ntags = [",
    );
    let dir = tempfile::tempdir().unwrap();
    let output = common::nhiemky()
        .args(["archive", "--out"])
        .arg(dir.path().join("bag"))
        .arg("--root")
        .arg(site.dir.path())
        .env("SOURCE_DATE_EPOCH", "1748714400")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    (site, dir)
}

/// The file a `file://` address names, without its fragment.
fn file_of(url: &str) -> String {
    let path = url.strip_prefix("file://").unwrap();
    let path = path.split(['#', '?']).next().unwrap();
    percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .unwrap()
        .into_owned()
}

#[test]
fn every_page_of_the_bag_reads_from_disk_without_a_broken_link_or_image() {
    let (_site, dir) = archived();
    let root = dir.path().join("bag/data/site");
    let pages: Vec<String> = walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            e.path()
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|p| !p.starts_with("van-ban/")) // the redirect, which leaves at once: below
        .collect();
    assert!(pages.len() > 70, "{} pages", pages.len());
    let browser = browser();
    let tab = browser.new_tab().unwrap();
    let mut links = 0;
    for page in &pages {
        let url = format!("file://{}", root.join(page).display());
        tab.navigate_to(&url)
            .unwrap()
            .wait_until_navigated()
            .unwrap();
        wait_until(&tab, &format!("{page}: images loaded"), |tab| {
            eval_bool(tab, "Array.from(document.images).every(i => i.complete)")
        });
        let broken_images = eval_string(
            &tab,
            "Array.from(document.images).filter(i => i.naturalWidth === 0).map(i => i.src).join('\\n')",
        );
        assert!(
            broken_images.is_empty(),
            "{page}: images missing: {broken_images}"
        );
        assert!(
            eval_bool(
                &tab,
                "Array.from(document.querySelectorAll('link[rel=stylesheet]')).every(l => l.sheet !== null)"
            ),
            "{page}: its stylesheet did not load"
        );
        assert!(
            text(&tab).contains("Lưu trữ ngày 01/06/2025"),
            "{page}: no stamp"
        );
        let hrefs = eval_string(
            &tab,
            "Array.from(document.querySelectorAll('a[href], link[href], img[src], script[src], iframe[src]')).map(e => e.href || e.src).join('\\n')",
        );
        for href in hrefs.lines().filter(|h| h.starts_with("file://")) {
            let file = file_of(href);
            assert!(
                !file.ends_with('/'),
                "{page} links to a folder ({href}), which a browser shows as a listing from disk"
            );
            assert!(
                Path::new(&file).is_file(),
                "{page} links to {href}: not in the bag"
            );
            links += 1;
        }
    }
    assert!(links > 1000, "only {links} links followed");
}

#[test]
fn charts_are_inline_old_addresses_forward_and_search_says_it_needs_a_server() {
    let (_site, dir) = archived();
    let root = dir.path().join("bag/data/site");
    let browser = browser();
    let term = open(
        &browser,
        &format!(
            "file://{}",
            root.join("huyen-uy-an-lao/2020-2025/index.html").display()
        ),
    );
    assert!(
        eval_bool(&term, "document.querySelectorAll('figure svg').length > 0"),
        "charts are inline SVG"
    );
    assert!(
        text(&term).contains("bien-ban-hoi-nghi.pdf"),
        "the original is listed"
    );

    let old = open(
        &browser,
        &format!(
            "file://{}",
            root.join("van-ban/ket-qua-hoi-nghi-2022.html").display()
        ),
    );
    wait_until(&old, "the old address forwards to the document", |tab| {
        eval_string(tab, "location.href")
            .ends_with("huyen-uy-an-lao/2020-2025/ket-qua-hoi-nghi.html")
    });

    let search = open(
        &browser,
        &format!("file://{}", root.join("tim-kiem.html").display()),
    );
    wait_until(
        &search,
        "the notice that search needs a web server",
        |tab| text(tab).contains("Chức năng tìm kiếm cần một máy chủ web"),
    );
}
