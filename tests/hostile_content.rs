//! Hostile text in every field (tests/fixtures/hostile-site: each TOML string and front-matter
//! value is `<FIELD><script>…</script>"onload="…'</svg>]]>--></script>{{ x }}{% y %}&amp;Đảng`):
//! printed escaped, exactly, in pages, inline and standalone SVG, JSON-LD and Atom feeds; kept as
//! text in CSV/JSON downloads (where no cell is a formula) and in search records; the document's
//! raw HTML cleaned under `safe_html = true` and published as written without it.

mod common;

use common::TestSite;
use std::path::Path;

const PAYLOAD: &str =
    "<script>alert(1)</script>\"onload=\"alert(2)'</svg>]]>--></script>{{ x }}{% y %}&amp;Đảng";
/// In HTML and SVG (Tera and nhiemky's own escaping alike).
const IN_HTML: &str = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;onload=&quot;alert(2)&#39;&lt;/svg&gt;]]&gt;--&gt;&lt;/script&gt;{{ x }}{% y %}&amp;amp;Đảng";
/// In Atom feeds.
const IN_XML: &str = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;onload=&quot;alert(2)&apos;&lt;/svg&gt;]]&gt;--&gt;&lt;/script&gt;{{ x }}{% y %}&amp;amp;Đảng";
/// In JSON-LD, inside `<script type="application/ld+json">`.
const IN_JSON_LD: &str = "\\u003cscript>alert(1)\\u003c/script>\\\"onload=\\\"alert(2)'\\u003c/svg>]]>-->\\u003c/script>{{ x }}{% y %}&amp;Đảng";

const ORG: &str = "to-chuc-doc-hai";

/// Where each field is printed, as HTML text or attribute values (charts included).
const PRINTED: &[(&str, &[&str])] = &[
    (
        "index.html",
        &[
            "SITE-TITLE",
            "SITE-DESCRIPTION",
            "ORG-NAME",
            "ORG-NAME-FULL",
            "ORG-PROVINCE",
        ],
    ),
    (
        "to-chuc-doc-hai/index.html",
        &[
            "ORG-NAME",
            "ORG-NAME-FULL",
            "ORG-PROVINCE",
            "ORG-DESCRIPTION",
            "DOC-TITLE",
            "DOC-SUMMARY",
            "IND-NAME",
            "IND-RATING-NAME",
        ],
    ),
    (
        "to-chuc-doc-hai/2020-2025/bao-cao.html",
        &[
            "SITE-TITLE",
            "ORG-NAME",
            "DOC-TITLE",
            "DOC-NUMBER",
            "DOC-ISSUER",
            "DOC-PLACE",
            "DOC-TAG",
            "DOC-SUPERIOR",
            "DOC-MOTTO",
            "DOC-SUMMARY",
            "LEVEL-HIGH",
            "IND-NAME",
            "IND-GROUP",
            "IND-SCOPE",
            "IND-RATING-NAME",
            "OBS-AS-STATED",
            "OBS-DERIVATION",
            "TARGET-ADOPTED-BY",
            "TARGET-AS-STATED",
            "ASSESSMENT-AS-STATED",
        ],
    ),
    (
        "to-chuc-doc-hai/2015-2020/index.html",
        &[
            "DOC-TITLE",
            "DOC-SUMMARY",
            "IND-NAME",
            "IND-GROUP",
            "IND-SCOPE",
            "OBS-AS-STATED",
            "TARGET-AS-STATED",
        ],
    ),
    (
        "to-chuc-doc-hai/2020-2025/index.html",
        &["ORG-NAME", "OBS-PERIOD-TEXT"],
    ),
    (
        "to-chuc-doc-hai/2015-2020/nhung.html",
        &[
            "IND-NAME",
            "OBS-AS-STATED",
            "TARGET-AS-STATED",
            "LEVEL-HIGH",
        ],
    ),
    (
        "to-chuc-doc-hai/2015-2020/tong-quan.html",
        &["ORG-NAME", "IND-NAME", "TARGET-AS-STATED"],
    ),
    (
        "to-chuc-doc-hai/chi-tieu/ty-le-dang-vien.html",
        &[
            "IND-NAME",
            "IND-NAME-EN",
            "IND-GROUP",
            "IND-SCOPE",
            "IND-NOTES",
            "SOURCE-TITLE",
            "SOURCE-AUTHOR",
            "OBS-AS-STATED",
            "OBS-NOTES",
            "OBS-DERIVATION",
            "TARGET-ADOPTED-BY",
            "TARGET-AS-STATED",
            "CHANGE-AS-STATED",
            "ASSESSMENT-AS-STATED",
            "OBS-DIFFERS",
            "TARGET-DIFFERS",
            "CHANGE-DIFFERS",
        ],
    ),
    (
        "to-chuc-doc-hai/chi-tieu/so-chi-bo.html",
        &["IND-UNIT-LABEL", "OBS-PERIOD-TEXT"],
    ),
    (
        "to-chuc-doc-hai/chi-tieu/xep-loai.html",
        &["IND-RATING-NAME", "LEVEL-HIGH"],
    ),
    (
        "to-chuc-doc-hai/chi-tieu/ty-le-dang-vien.svg",
        &["ORG-NAME", "IND-NAME", "OBS-AS-STATED", "TARGET-AS-STATED"],
    ),
    ("404.html", &["SITE-TITLE"]),
    ("tim-kiem.html", &["SITE-TITLE"]),
];

fn built(safe_html: bool) -> TestSite {
    let site = TestSite::fixture("hostile-site");
    if !safe_html {
        site.edit("config.toml", "safe_html = true", "safe_html = false");
    }
    let run = site.build();
    run.assert_ok();
    assert!(!run.stderr().contains("panicked"), "{}", run.stderr());
    site
}

fn value(field: &str) -> String {
    format!("{field}{PAYLOAD}")
}

#[test]
fn every_field_is_printed_escaped_in_pages_and_charts() {
    let site = built(true);
    for (page, fields) in PRINTED {
        let text = site.page(page);
        for field in *fields {
            assert!(
                text.contains(&format!("{field}{IN_HTML}")),
                "{field} is not printed escaped in {page}"
            );
        }
    }
    // The source's address is a link: escaped inside its attribute.
    assert!(
        site.page("to-chuc-doc-hai/chi-tieu/ty-le-dang-vien.html")
            .contains("href=\"https://thu.example.vn/bai?a=&quot;&gt;&lt;script&gt;alert(&#39;SOURCE-URL&#39;)&lt;/script&gt;\"")
    );
    // The inline chart of the indicator page is the same escaped SVG as its file.
    let page = site.page("to-chuc-doc-hai/chi-tieu/ty-le-dang-vien.html");
    let inline = &page[page.find("<svg").unwrap()..page.find("</svg>").unwrap()];
    assert!(inline.contains(&format!("<title>IND-NAME{IN_HTML}</title>")));
    assert!(inline.contains(&format!("TARGET-AS-STATED{IN_HTML}")));
}

#[test]
fn nothing_of_the_payload_runs_in_any_page_chart_or_feed() {
    let site = built(true);
    let public = site.path("public");
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&public) {
        let path = entry.unwrap().into_path();
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("html" | "svg" | "xml")
        ) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for raw in [
            "<script>alert",
            "onload=\"alert",
            "onerror=",
            "onclick=",
            "javascript:",
            "</svg>]]>",
            "<style>body",
        ] {
            assert!(!text.contains(raw), "{raw} in {}", path.display());
        }
        checked += 1;
    }
    assert!(checked > 15, "only {checked} files");
}

#[test]
fn standalone_svg_is_well_formed_with_the_text_intact() {
    let site = built(true);
    for id in ["ty-le-dang-vien", "so-chi-bo"] {
        let svg = site.page(&format!("{ORG}/chi-tieu/{id}.svg"));
        let document = roxmltree::Document::parse(&svg).unwrap();
        let texts: Vec<&str> = document
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert!(texts.contains(&value("ORG-NAME").as_str()), "{texts:?}");
    }
    let svg = site.page(&format!("{ORG}/chi-tieu/ty-le-dang-vien.svg"));
    let document = roxmltree::Document::parse(&svg).unwrap();
    let title = document.root_element().first_element_child().unwrap();
    assert_eq!(title.text(), Some(value("IND-NAME").as_str()));
}

#[test]
fn json_ld_cannot_end_its_script_and_reads_back_as_written() {
    let site = built(true);
    let page = site.page(&format!("{ORG}/2020-2025/bao-cao.html"));
    let open = "<script type=\"application/ld+json\">";
    let start = page.find(open).unwrap() + open.len();
    let json = &page[start..start + page[start..].find("</script>").unwrap()];
    for field in [
        "SITE-TITLE",
        "ORG-NAME",
        "DOC-TITLE",
        "DOC-NUMBER",
        "DOC-ISSUER",
        "DOC-PLACE",
        "DOC-TAG",
        "DOC-SUMMARY",
    ] {
        assert!(
            json.contains(&format!("{field}{IN_JSON_LD}")),
            "{field} in {json}"
        );
    }
    let data: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(data["headline"], value("DOC-TITLE"));
    assert_eq!(data["reportNumber"], value("DOC-NUMBER"));
    assert_eq!(data["locationCreated"]["name"], value("DOC-PLACE"));
    // Dublin Core, beside it, is escaped as HTML.
    assert!(page.contains(&format!(
        "<meta name=\"DC.identifier\" content=\"DOC-NUMBER{IN_HTML}\">"
    )));
}

#[test]
fn atom_feeds_are_xml_with_the_text_intact() {
    let site = built(true);
    for feed in ["atom.xml", "to-chuc-doc-hai/atom.xml"] {
        let xml = site.page(feed);
        for field in ["ORG-NAME", "DOC-TITLE", "DOC-ISSUER", "DOC-SUMMARY"] {
            assert!(
                xml.contains(&format!("{field}{IN_XML}")),
                "{field} in {feed}"
            );
        }
        let document = roxmltree::Document::parse(&xml).unwrap();
        let entry_title = document
            .descendants()
            .find(|n| n.has_tag_name("entry"))
            .and_then(|e| e.children().find(|n| n.has_tag_name("title")))
            .and_then(|t| t.text())
            .unwrap();
        assert_eq!(entry_title, value("DOC-TITLE"));
    }
    assert!(
        site.page("atom.xml")
            .contains(&format!("SITE-DESCRIPTION{IN_XML}"))
    );
}

#[test]
fn downloads_keep_the_text_and_no_cell_is_a_formula() {
    let site = built(true);
    let mut cells = Vec::new();
    for term in ["2015-2020", "2020-2025"] {
        let csv = site.read(&format!("public/{ORG}/{term}/chi-tieu.csv"));
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
        for row in reader.records() {
            cells.extend(row.unwrap().iter().map(str::to_owned));
        }
    }
    for cell in &cells {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "a formula: {cell:?}"
        );
    }
    for cell in [
        "'=HYPERLINK(\"https://x.vn/\")",
        "'+1+cmd|' /C calc'!A0",
        "'@SUM(1+1)",
        "'-2+3",
        &value("ORG-NAME"),
        &value("IND-NAME"),
        &value("OBS-PERIOD-TEXT"),
        &value("TARGET-AS-STATED"),
    ] {
        assert!(cells.iter().any(|c| c == cell), "{cell:?} not in {cells:?}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&site.read(&format!("public/{ORG}/2015-2020/chi-tieu.json"))).unwrap();
    assert_eq!(json["organisation"]["name"], value("ORG-NAME"));
    assert_eq!(json["indicators"][0]["name"], value("IND-NAME"));
}

#[test]
fn search_records_carry_the_text_and_the_search_page_shows_it_as_text() {
    let site = TestSite::fixture("hostile-site");
    let options = nhiemky::build::BuildOptions {
        root: site.dir.path().to_path_buf(),
        ..Default::default()
    };
    let mut diagnostics = nhiemky::diagnostics::Diagnostics::default();
    let prepared = nhiemky::build::prepare(
        &options,
        &mut diagnostics,
        &nhiemky::progress::Progress::hidden(),
    )
    .unwrap();
    assert!(!diagnostics.has_errors());
    let (records, problems) = nhiemky::search::records(&prepared.site, &prepared.theme.i18n);
    assert!(problems.is_empty());
    let shown = |url: &str, filter: &str| -> Vec<String> {
        let record = records.iter().find(|r| r.url == url).unwrap();
        record
            .shown
            .iter()
            .find(|(name, _)| *name == filter)
            .map(|(_, values)| values.clone())
            .unwrap_or_default()
    };
    let org_page = format!("{ORG}/index.html");
    assert_eq!(shown(&org_page, "heading"), [value("ORG-NAME")]);
    assert_eq!(shown(&org_page, "snippet"), [value("ORG-DESCRIPTION")]);
    assert!(shown(&org_page, "indicators")[0].contains(&value("IND-NAME")));
    let doc_page = format!("{ORG}/2020-2025/bao-cao.html");
    assert_eq!(shown(&doc_page, "heading"), [value("DOC-TITLE")]);
    // The search page puts every value in as text, never as markup.
    let script = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/js/tim-kiem.js"),
    )
    .unwrap();
    for markup in [
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
    ] {
        assert!(!script.contains(markup), "tim-kiem.js uses {markup}");
    }
    assert!(script.contains("textContent") && script.contains("createTextNode"));
}

/// The document's body as published, between its heading and the indicator table.
fn body(site: &TestSite) -> String {
    let page = site.page(&format!("{ORG}/2020-2025/bao-cao.html"));
    let start = page.find("<h2 id=\"phan-thu-nhat\">").unwrap();
    let end = page.find("<div class=\"table-scroll\">").unwrap();
    page[start..end].to_owned()
}

#[test]
fn safe_html_cleans_the_raw_html_of_the_body() {
    let site = built(true);
    assert_eq!(
        body(&site),
        "<h2 id=\"phan-thu-nhat\">Phần thứ nhất</h2>\n<p>Raw HTML, which <code>safe_html = true</code> cleans: \n<img src=\"x.png\"> <a>BODY-LINK</a></p>\n<div>BODY-KEPT</div>\n"
    );
}

#[test]
fn without_safe_html_the_raw_html_of_the_body_is_published_as_written() {
    let site = built(false);
    assert_eq!(
        body(&site),
        "<h2 id=\"phan-thu-nhat\">Phần thứ nhất</h2>\n<p>Raw HTML, which <code>safe_html = true</code> cleans: <script>alert(\"BODY-SCRIPT\")</script>\n<img src=\"x.png\" onerror=\"alert('BODY-ONERROR')\"> <a href=\"javascript:alert(3)\">BODY-LINK</a></p>\n<div onclick=\"alert('BODY-DIV')\"><style>body { display: none }</style>BODY-KEPT</div>\n"
    );
    // The fields stay escaped: trust is for the Markdown's HTML only.
    let page = site.page(&format!("{ORG}/2020-2025/bao-cao.html"));
    assert!(page.contains(&format!("<h1>DOC-TITLE{IN_HTML}</h1>")));
}
