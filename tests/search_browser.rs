//! Search in a real browser: the built site served as a static host would (files only), the
//! search page opened in headless Chromium with a query in its address, as the header's box
//! sends it. Every spelling of "đảng viên" finds the document titled with it, with its
//! organisation and term; the page's folding agrees with `nhiemky::vi::fold`; opened from a
//! file, the page says that search needs a web server.

mod common;

use common::TestSite;
use common::chromium::{browser, eval_string, open, wait_until};
use common::static_server::StaticServer;
use headless_chrome::Tab;
use nhiemky::vi::{fold, to_nfd};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

const TITLE: &str = "Công tác phát triển đảng viên";

/// The fixture with a document whose title says "đảng viên".
fn site() -> TestSite {
    let site = TestSite::fixture("valid-site");
    site.write(
        "content/dang-bo-thu/2020-2025/phat-trien-dang-vien.md",
        format!("+++\ntitle = \"{TITLE}\"\norg = \"dang-bo-thu\"\nterm = \"2020-2025\"\ndoc_type = \"bao-cao\"\nstatus = \"published\"\n\n[summary]\ntext = \"Kết nạp đảng viên mới trong các chi bộ trường học.\"\n+++\n\nNăm 2023, Đảng bộ kết nạp 12 đảng viên mới.\n"),
    );
    site.build().assert_ok();
    site
}

/// Each result as "title | facts | indicators", once the page says its search is done.
fn results(tab: &Tab) -> Vec<String> {
    wait_until(tab, "the search done", |tab| {
        !eval_string(
            tab,
            "document.getElementById('tim-kiem').getAttribute('data-searched') || ''",
        )
        .is_empty()
    });
    eval_string(
        tab,
        "[...document.querySelectorAll('.search-results > li')].map(li => [
            li.querySelector('.search-result-title').textContent,
            li.querySelector('.search-result-meta').textContent,
            [...li.querySelectorAll('.search-result-indicators a')].map(a => a.textContent).join(', ')
        ].join(' | ')).join('\\n')",
    )
    .lines()
    .map(str::to_owned)
    .collect()
}

fn search_url(server: &StaticServer, query: &str) -> String {
    format!(
        "{}tim-kiem.html?q={}",
        server.url,
        utf8_percent_encode(query, NON_ALPHANUMERIC)
    )
}

#[test]
fn every_spelling_of_dang_vien_finds_the_document_with_its_organisation_and_term() {
    let site = site();
    let server = StaticServer::start(&site.path("public"));
    let browser = browser();
    let nfd = to_nfd("Đảng viên");
    for query in [
        "dang vien",
        "đảng viên",
        "Đảng viên",
        "ĐẢNG VIÊN",
        nfd.as_str(),
    ] {
        let tab = open(&browser, &search_url(&server, query));
        let found = results(&tab);
        // The page searched for what Rust's folding makes of the query.
        assert_eq!(
            eval_string(
                &tab,
                "document.getElementById('tim-kiem').getAttribute('data-searched')"
            ),
            fold(query),
            "{query:?}"
        );
        assert!(
            found.iter().any(|r| r.starts_with(&format!(
                "{TITLE} | Báo cáo · Đảng bộ Thử nghiệm · Nhiệm kỳ 2020 - 2025"
            ))),
            "{query:?} found:\n{}",
            found.join("\n")
        );
        // The organisation, with its indicator that matches.
        assert!(
            found
                .iter()
                .any(|r| r.starts_with("Đảng bộ Thử nghiệm | Đảng bộ | Tỷ lệ đảng viên")),
            "{query:?} found:\n{}",
            found.join("\n")
        );
        // Marked where the query matched, in the original spelling, the two words in one mark.
        assert_eq!(
            eval_string(
                &tab,
                "document.querySelector('.search-result-title mark').textContent"
            ),
            "đảng viên",
            "{query:?}"
        );
    }
    // Served from the site's own folder, like any static host.
    assert!(
        server
            .served()
            .iter()
            .any(|(path, _)| path.starts_with("/pagefind/fragment/"))
    );
}

#[test]
fn a_snippet_shows_the_text_around_the_query_words_else_the_summary() {
    let site = TestSite::fixture("valid-site");
    site.write(
        "content/dang-bo-thu/2020-2025/sinh-hoat-chuyen-de.md",
        "+++\ntitle = \"Sinh hoạt chuyên đề\"\norg = \"dang-bo-thu\"\nterm = \"2020-2025\"\ndoc_type = \"bao-cao\"\nstatus = \"published\"\n\n[summary]\ntext = \"Tổng kết công tác năm 2023.\"\n+++\n\nNăm 2023, chi bộ trường Tiểu học Hỷ kết nạp thêm 5 Đảng viên mới, nâng tổng số lên 40.\n",
    );
    site.build().assert_ok();
    let server = StaticServer::start(&site.path("public"));
    let browser = browser();
    let snippet = |query: &str| {
        let tab = open(&browser, &search_url(&server, query));
        results(&tab);
        eval_string(
            &tab,
            "[...document.querySelectorAll('.search-results > li')]
                .filter(li => li.querySelector('.search-result-title').textContent == 'Sinh hoạt chuyên đề')
                .map(li => li.querySelector('.search-result-snippet').innerHTML).join('')",
        )
    };
    // The body's own spelling, the query's words in one mark.
    assert_eq!(
        snippet("dang vien"),
        "Năm 2023, chi bộ trường Tiểu học Hỷ kết nạp thêm 5 <mark>Đảng viên</mark> mới, nâng tổng số lên 40."
    );
    // Words found only in the title: the summary.
    assert_eq!(snippet("chuyen de"), "Tổng kết công tác năm 2023.");
}

#[test]
fn a_result_leads_to_its_page() {
    let site = site();
    let server = StaticServer::start(&site.path("public"));
    let browser = browser();
    let tab = open(&browser, &search_url(&server, "phat trien dang vien"));
    assert!(results(&tab)[0].starts_with(TITLE), "{:?}", results(&tab));
    tab.find_element(".search-result-title")
        .unwrap()
        .click()
        .unwrap();
    wait_until(&tab, "the document's page", |tab| {
        eval_string(tab, "location.pathname") == "/dang-bo-thu/2020-2025/phat-trien-dang-vien.html"
    });
    assert_eq!(
        eval_string(&tab, "document.querySelector('h1').textContent"),
        TITLE
    );
}

#[test]
fn a_word_found_nowhere_says_so() {
    let site = site();
    let server = StaticServer::start(&site.path("public"));
    let browser = browser();
    let tab = open(&browser, &search_url(&server, "khongcotutnaytrongtrang"));
    assert!(results(&tab).is_empty());
    let status = eval_string(&tab, "document.querySelector('.search-status').textContent");
    assert!(status.starts_with("Không tìm thấy kết quả nào"), "{status}");
}

#[test]
fn opened_from_a_file_the_search_page_says_search_needs_a_web_server() {
    let site = site();
    let strings: toml::Table = toml::from_str(
        &std::fs::read_to_string(common::repo().join("themes/default/i18n/vi.toml")).unwrap(),
    )
    .unwrap();
    let message = strings["search_needs_server"].as_str().unwrap();
    let browser = browser();
    let page = site.path("public/tim-kiem.html");
    let tab = open(
        &browser,
        &format!("file://{}?q=dang%20vien", page.display()),
    );
    wait_until(&tab, "the needs-a-server notice", |tab| {
        eval_string(
            tab,
            "[...document.querySelectorAll('.search-notice')].filter(n => !n.hidden && n.offsetParent).map(n => n.textContent).join('')",
        ) == message
    });
    assert!(!message.is_empty());
    assert_eq!(
        eval_string(&tab, "document.querySelector('.search-status').textContent"),
        ""
    );
}
