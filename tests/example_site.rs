//! Builds the bundled example site into a temporary folder and checks what a reader sees.

mod common;

use common::{TestSite, text, texts};

fn built() -> TestSite {
    let site = TestSite::example();
    site.build().assert_ok();
    site
}

#[test]
fn van_ban_share_of_party_members_reads_58_6_and_exceeds_its_target() {
    let site = built();
    let html = site.html("phong-gd-dt-van-ban/2015-2020/index.html");
    let row = r#"tr[data-indicator="ty-le-dang-vien-trong-nganh"]"#;
    assert!(text(&html, &format!("{row} td:nth-of-type(2)")).starts_with("58,6%"));
    assert_eq!(text(&html, &format!("{row} .verdict")), "Vượt");
    // The target is derived from "vượt 8,6%": it must say so.
    assert!(text(&html, &format!("{row} td:nth-of-type(1)")).contains("suy ra"));
}

#[test]
fn lang_son_keeps_tren_98_as_stated() {
    let site = built();
    let html = site.html("dang-bo-so-gd-dt-lang-son/2015-2020/index.html");
    let row = r#"tr[data-indicator="dang-vien-htt-tro-len"]"#;
    let result = text(&html, &format!("{row} td:nth-of-type(2)"));
    assert!(result.starts_with("trên 98%"), "{result}");
    assert_eq!(text(&html, &format!("{row} .verdict")), "Vượt");
    assert!(text(&html, &format!("{row} .stated")).contains("cao hơn 3% so với chỉ tiêu đề ra"));
    // Nowhere on the site does the qualified figure lose its qualifier.
    for page in [
        "dang-bo-so-gd-dt-lang-son/chi-tieu/dang-vien-htt-tro-len.html",
        "dang-bo-so-gd-dt-lang-son/2020-2025/bao-cao-chinh-tri.html",
    ] {
        let html = site.page(page);
        assert!(html.contains("trên 98%"), "{page}");
        assert!(
            !html.contains(">98%<"),
            "{page} prints 98% without its qualifier"
        );
    }
}

#[test]
fn verdict_badges_where_the_seeds_state_a_result_against_a_target() {
    let site = built();
    let cases = [
        (
            "phong-gd-dt-van-ban/2015-2020/index.html",
            "truong-dat-chuan-quoc-gia",
            "Vượt",
            "67/85",
        ),
        (
            "dang-bo-so-gd-dt-lang-son/2015-2020/index.html",
            "truong-dat-chuan-quoc-gia",
            "Vượt",
            "222 trường",
        ),
        (
            "dang-bo-so-gd-dt-lang-son/2015-2020/index.html",
            "dang-vien-htt-tro-len",
            "Vượt",
            "trên 98%",
        ),
    ];
    for (page, id, verdict, result) in cases {
        let html = site.html(page);
        let row = format!(r#"tr[data-indicator="{id}"]"#);
        assert_eq!(
            text(&html, &format!("{row} .verdict")),
            verdict,
            "{page} {id}"
        );
        assert!(
            text(&html, &format!("{row} td:nth-of-type(2)")).contains(result),
            "{page} {id}"
        );
    }
}

#[test]
fn a_term_with_targets_only_lists_its_targets() {
    let site = built();
    let html = site.html("chi-bo-phong-gd-dt-chu-puh/2020-2025/index.html");
    let row = r#"tr[data-indicator="lao-dong-tien-tien"]"#;
    assert_eq!(
        text(&html, &format!("{row} td:nth-of-type(1)")),
        "trên 80-90%"
    );
    let row = r#"tr[data-indicator="truong-dat-chuan-quoc-gia"]"#;
    let targets = text(&html, &format!("{row} td:nth-of-type(1)"));
    assert!(
        targets.contains("06 trường") && targets.contains("71,9%"),
        "{targets}"
    );
    assert!(targets.contains("đến năm 2025"));
}

#[test]
fn home_lists_organisations_in_vietnamese_alphabetical_order() {
    let site = built();
    let names = texts(&site.html("index.html"), ".card h3");
    assert_eq!(
        names,
        [
            "Chi bộ Phòng GD&ĐT huyện Chư Pưh",
            "Đảng bộ Sở GD&ĐT Lạng Sơn",
            "Huyện ủy An Lão",
            "Phòng GD&ĐT Văn Bàn",
        ]
    );
}

#[test]
fn every_page_kind_exists_and_links_are_relative() {
    let site = built();
    for page in [
        "index.html",
        "404.html",
        "huyen-uy-an-lao/index.html",
        "huyen-uy-an-lao/2020-2025/index.html",
        "huyen-uy-an-lao/2020-2025/ket-qua-hoi-nghi.html",
        "huyen-uy-an-lao/chi-tieu/ty-le-dang-vien-truong-khao-sat.html",
        "css/site.css",
        "fonts/NotoSans-Regular.woff2",
    ] {
        assert!(site.path("public").join(page).is_file(), "{page} missing");
    }
    let term = site.page("huyen-uy-an-lao/2020-2025/index.html");
    assert!(term.contains(r#"href="../../css/site.css""#));
    assert!(term.contains(r#"href="../../huyen-uy-an-lao/chi-tieu/dang-vien-moi-ket-nap.html""#));
    assert!(
        term.contains(r#"<a class="brand" href="../../index.html">"#),
        "links name the file, for file://"
    );
    assert!(term.contains(r#"<link rel="canonical" href="https://baocao-nhiemky.example.vn/huyen-uy-an-lao/2020-2025/">"#));
    assert!(site.page("404.html").contains(r#"href="/css/site.css""#));
}

#[test]
fn the_2015_2020_term_is_reviewed_in_the_2020_congress_report() {
    let site = built();
    let html = site.html("dang-bo-so-gd-dt-lang-son/2015-2020/index.html");
    let reviewed = texts(&html, ".doc-list a");
    assert_eq!(reviewed.len(), 1);
    assert!(reviewed[0].starts_with("Báo cáo chính trị trình Đại hội Đảng bộ Sở"));
}

#[test]
fn document_page_has_party_header_toc_shortcodes_and_ordinal_lessons() {
    let site = built();
    let html = site.html("chi-bo-phong-gd-dt-chu-puh/2020-2025/bao-cao-chinh-tri.html");
    assert_eq!(text(&html, ".party-name"), "ĐẢNG CỘNG SẢN VIỆT NAM");
    assert_eq!(
        text(&html, ".issuer-name"),
        "CHI BỘ PHÒNG GD&ĐT HUYỆN CHƯ PƯH"
    );
    assert_eq!(
        text(&html, ".place-date"),
        "Chư Pưh, ngày 12 tháng 5 năm 2020"
    );
    assert!(
        text(&html, ".doc-info").contains("III"),
        "congress ordinal in Roman numerals"
    );
    let toc = texts(&html, ".toc a");
    assert!(
        toc.iter().any(|t| t.contains("Bài học kinh nghiệm")),
        "{toc:?}"
    );
    assert!(
        site.page("chi-bo-phong-gd-dt-chu-puh/2020-2025/bao-cao-chinh-tri.html")
            .contains(r#"<h3 id="iv-bai-hoc-kinh-nghiem">"#)
    );
    let lessons = texts(&html, "ol.ordinal-words > li");
    assert_eq!(lessons.len(), 7);
    assert!(lessons[0].starts_with("Một là") && lessons[6].starts_with("Bảy là"));
    // {{ indicator(id="so-dang-vien") }} became a card, {{ indicator_table(…) }} a table.
    assert_eq!(
        text(&html, r#".prose [data-indicator="so-dang-vien"] .value"#),
        "07 đảng viên"
    );
    assert!(!texts(&html, ".prose table.indicators tr[data-indicator]").is_empty());
    assert!(
        !site
            .page("chi-bo-phong-gd-dt-chu-puh/2020-2025/bao-cao-chinh-tri.html")
            .contains("{{")
    );
}

#[test]
fn an_article_is_not_headed_as_a_party_document() {
    let site = built();
    let html = site.page("phong-gd-dt-van-ban/2015-2020/bai-viet-phat-trien-dang-vien.html");
    assert!(!html.contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
    assert!(html.contains("PHÒNG GD&amp;ĐT VĂN BÀN"));
    let report = site.page("chi-bo-phong-gd-dt-chu-puh/2020-2025/bao-cao-chinh-tri.html");
    assert!(report.contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = built();
    let draft = "chi-bo-phong-gd-dt-chu-puh/2020-2025/nghi-quyet.html";
    assert!(!site.path("public").join(draft).exists());
    assert!(
        !site
            .page("chi-bo-phong-gd-dt-chu-puh/2020-2025/index.html")
            .contains("nghi-quyet.html")
    );
    site.run(&["build", "--drafts"]).assert_ok();
    assert!(site.page(draft).contains("Bản nháp"));
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let site = built();
    let first = site.snapshot("public");
    site.build().assert_ok();
    assert_eq!(first, site.snapshot("public"));
    let other = TestSite::example();
    other.build().assert_ok();
    assert_eq!(
        first,
        other.snapshot("public"),
        "a build in another folder differs"
    );
}

#[test]
fn every_seed_figure_is_carried_by_the_example_data() {
    let mut ids = Vec::new();
    for entry in walkdir::WalkDir::new(common::repo().join("content")) {
        let entry = entry.unwrap();
        if entry.file_name() == "data.toml" {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            for line in text
                .lines()
                .filter_map(|l| l.strip_prefix("# seed-figure: "))
            {
                ids.extend(line.split(", ").map(str::to_owned));
            }
        }
    }
    ids.sort();
    let mut expected: Vec<String> = Vec::new();
    for (prefix, count) in [("vb", 11), ("al", 4), ("ls", 24), ("cp", 18)] {
        expected.extend((1..=count).map(|n| format!("{prefix}-{n:02}")));
    }
    expected.sort();
    assert_eq!(ids, expected);
}

#[test]
fn check_renders_everything_and_writes_nothing() {
    let site = TestSite::example();
    let run = site.run(&["check"]);
    run.assert_ok();
    assert!(run.stdout().contains("no errors"));
    assert!(!site.path("public").exists());
}
