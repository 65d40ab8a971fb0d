//! An organisation's folder renamed (`old_slugs` in `_org.toml`): every page of it for readers
//! keeps its old address as a redirect page, and an old slug that would take the place of a
//! page or folder of the site is refused at its line and column.

mod common;

use common::TestSite;
use std::path::Path;

const ORG_FILE: &str = "content/huyen-uy-an-lao/_org.toml";

/// The example site with An Lão's pages once published under two other folder names.
fn renamed() -> TestSite {
    let site = TestSite::example();
    site.edit(
        ORG_FILE,
        "kind = ",
        "old_slugs = [\"huyen-uy-cu\", \"an-lao\"]\nkind = ",
    );
    site
}

/// Every file under `dir`, as paths relative to it.
fn files_under(dir: &Path) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

/// Where a redirect page's refresh leads, resolved from the page's own path.
fn refresh_target(page_path: &str, page: &str) -> String {
    let start = page
        .find("http-equiv=\"refresh\" content=\"0; url=")
        .unwrap_or_else(|| panic!("{page_path} is no redirect page: {page}"))
        + "http-equiv=\"refresh\" content=\"0; url=".len();
    let url = &page[start..start + page[start..].find('"').unwrap()];
    let mut parts: Vec<&str> = page_path.split('/').collect();
    parts.pop();
    for segment in url.split('/') {
        match segment {
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[test]
fn every_page_of_a_renamed_organisation_keeps_its_old_addresses() {
    let site = renamed();
    site.build().assert_ok();
    let public = site.path("public");
    let pages: Vec<String> = files_under(&public.join("huyen-uy-an-lao"))
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert!(
        pages.len() >= 5,
        "its page, term page, document, indicators: {pages:?}"
    );
    for old in ["huyen-uy-cu", "an-lao"] {
        let mut redirects = files_under(&public.join(old));
        redirects.sort();
        let mut expected = pages.clone();
        expected.sort();
        assert_eq!(
            redirects, expected,
            "one redirect per page, and nothing else (no chart, download or feed)"
        );
        for page in &pages {
            let path = format!("{old}/{page}");
            let html = site.page(&path);
            assert_eq!(
                refresh_target(&path, &html),
                format!("huyen-uy-an-lao/{page}"),
                "{path}"
            );
            let canonical = format!("huyen-uy-an-lao/{page}")
                .trim_end_matches("index.html")
                .to_owned();
            assert!(
                html.contains(&format!(
                    "<link rel=\"canonical\" href=\"https://baocao-nhiemky.example.vn/{canonical}\">"
                )),
                "{path}: {html}"
            );
            assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        }
    }
    let org_redirect = site.page("huyen-uy-cu/index.html");
    assert!(
        org_redirect.contains(
            "<p>Trang này đã chuyển sang địa chỉ mới: <a href=\"../huyen-uy-an-lao/index.html\">Huyện ủy An Lão</a></p>"
        ),
        "{org_redirect}"
    );
    let document = site.page("an-lao/2020-2025/ket-qua-hoi-nghi.html");
    assert!(
        document.contains(
            "<a href=\"../../huyen-uy-an-lao/2020-2025/ket-qua-hoi-nghi.html\">Kết quả Hội nghị"
        ),
        "{document}"
    );
    let sitemap = site.page("sitemap.xml");
    assert!(!sitemap.contains("huyen-uy-cu") && !sitemap.contains("/an-lao/"));
}

#[test]
fn an_old_slug_that_would_break_the_site_is_refused_where_it_is_written() {
    let cases = [
        (
            "\"Huyen Uy Cu\"",
            "old slug \"Huyen Uy Cu\" may only use a-z, 0-9 and -",
        ),
        (
            "\"huyen-uy-an-lao\"",
            "old slug \"huyen-uy-an-lao\" is the organisation's slug",
        ),
        ("\"cu\", \"cu\"", "old slug \"cu\" is listed twice"),
        (
            "\"chi-bo-phong-gd-dt-chu-puh\"",
            "old slug \"chi-bo-phong-gd-dt-chu-puh\" (its redirect /chi-bo-phong-gd-dt-chu-puh/) is the address of a page of the site (chi-bo-phong-gd-dt-chu-puh/index.html)",
        ),
    ];
    for (value, message) in cases {
        let site = TestSite::example();
        site.edit(
            ORG_FILE,
            "kind = ",
            &format!("old_slugs = [{value}]\nkind = "),
        );
        let run = site.build();
        assert_eq!(run.code(), Some(1), "{value}: {}", run.stderr());
        let errors: Vec<(String, String)> = run
            .errors()
            .into_iter()
            .filter(|(_, m)| m.starts_with("old slug"))
            .collect();
        let line = site
            .read(ORG_FILE)
            .lines()
            .position(|l| l.starts_with("old_slugs"))
            .unwrap()
            + 1;
        let column = "old_slugs = [".len() + 1 + if value.starts_with("\"cu\", ") { 6 } else { 0 };
        assert_eq!(
            errors,
            [(
                format!("content/huyen-uy-an-lao/_org.toml:{line}:{column}"),
                message.to_owned()
            )],
            "{value}"
        );
        assert!(!site.path("public").exists(), "nothing is published");
    }
}
