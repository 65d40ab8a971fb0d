//! Every kind of figure a report states is shown: changes with or without a stated time, norms,
//! terms whose document sets no target or says nothing of one.

mod common;

use common::{TestSite, svg_texts, text, texts};

const DATA: &str = "content/dang-bo-thu/2020-2025/data.toml";
const DOC: &str = "content/dang-bo-thu/2020-2025/bao-cao.md";

/// The valid site with `indicators` added to its data and `body` to its report.
fn site_with(indicators: &str, body: &str) -> TestSite {
    let site = TestSite::fixture("valid-site");
    let data = site.read(DATA);
    site.write(DATA, format!("{data}\n{indicators}"));
    let doc = site.read(DOC);
    site.write(DOC, format!("{doc}\n{body}\n"));
    site
}

/// What `check` says of the valid site with `indicators` added, which it must refuse.
fn refused(indicators: &str) -> String {
    let run = site_with(indicators, "").run(&["check"]);
    assert!(!run.ok(), "{}", run.stderr());
    run.stderr()
}

const CHANGE_ONLY: &str = r#"
[[indicator]]
id = "ho-ngheo"
name = "Tỷ lệ hộ nghèo"
unit = "%"
direction = "lower_better"

  [[indicator.change]]
  period = "không nêu"
  value = -4.4
  change_unit = "pp"
  as_stated = "đã giảm 4,4%"

  [[indicator.change]]
  period_text = "trong những năm qua"
  value = -1.2
  change_unit = "pp"
  as_stated = "giảm thêm 1,2%"
"#;

#[test]
fn a_change_without_a_stated_time_says_so_and_invents_none() {
    let site = site_with(CHANGE_ONLY, "");
    site.build().assert_ok();
    let page = site.html("dang-bo-thu/chi-tieu/ho-ngheo.html");
    let changes = texts(&page, "main li");
    assert!(
        changes
            .iter()
            .any(|c| c.contains("đã giảm 4,4%") && c.contains("không nêu thời điểm")),
        "{changes:?}"
    );
    assert!(
        changes
            .iter()
            .any(|c| c.contains("giảm thêm 1,2%") && c.contains("trong những năm qua")),
        "{changes:?}"
    );
    let csv = site.page("dang-bo-thu/2020-2025/chi-tieu.csv");
    assert!(csv.contains("không nêu thời điểm"), "{csv}");
    assert!(
        !csv.contains("2020-2025 –") && !csv.contains("– 2025"),
        "{csv}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&site.page("dang-bo-thu/2020-2025/chi-tieu.json")).unwrap();
    let figures = json["indicators"][0]["figures"].as_array().unwrap();
    assert_eq!(figures.len(), 2, "{figures:?}");
    assert!(figures[0]["period"].is_null(), "{figures:?}");
    assert_eq!(figures[1]["period"], "trong những năm qua");
}

#[test]
fn a_change_needs_its_time_given_one_way() {
    const HEAD: &str = "[[indicator]]\nid = \"x\"\nname = \"X\"\nunit = \"%\"\n[[indicator.change]]\nvalue = 2\nchange_unit = \"pp\"\n";
    let stderr = refused(HEAD);
    assert!(stderr.contains("period = \"không nêu\""), "{stderr}");
    let stderr = refused(&format!(
        "{HEAD}span = [2011, 2019]\nperiod = \"không nêu\"\n"
    ));
    assert!(
        stderr.contains("a change gives its time one way only"),
        "{stderr}"
    );
    let stderr = refused(&format!("{HEAD}period = \"2019\"\n"));
    assert!(stderr.contains("period = \"2019\""), "{stderr}");
}

#[test]
fn a_change_only_indicator_is_shown_in_cards_tables_downloads_and_charts() {
    let site = site_with(
        CHANGE_ONLY,
        "{{ indicator(id=\"ho-ngheo\") }}\n\nHộ nghèo {{ indicator(id=\"ho-ngheo\") }} so với đầu nhiệm kỳ.\n\n{{ indicator_table(term=\"2020-2025\") }}\n\n{{ chart(id=\"ho-ngheo\") }}\n",
    );
    let run = site.build();
    run.assert_ok();
    let page = site.html("dang-bo-thu/2020-2025/bao-cao.html");
    let card = text(&page, ".indicator-card[data-indicator=\"ho-ngheo\"]");
    assert!(card.contains("đã giảm 4,4%"), "{card}");
    assert!(card.contains("không nêu thời điểm"), "{card}");
    assert_eq!(
        text(&page, "a.indicator-inline[href*=\"ho-ngheo\"]"),
        "giảm thêm 1,2%"
    );
    let row = text(&page, "table.indicators tr[data-indicator=\"ho-ngheo\"]");
    assert!(
        row.contains("đã giảm 4,4%") && row.contains("giảm thêm 1,2%"),
        "{row}"
    );
    assert!(!row.contains("Chưa có kết quả"), "{row}");
    let csv = site.page("dang-bo-thu/2020-2025/chi-tieu.csv");
    assert!(csv.contains("ho-ngheo"), "{csv}");
    // The chart: a bar for each change, its words and its time written out.
    let svg = site.page("dang-bo-thu/chi-tieu/ho-ngheo.svg");
    let words = svg_texts(&svg);
    for expected in [
        "Không nêu thời điểm",
        "đã giảm 4,4%",
        "Trong những năm qua",
        "giảm thêm 1,2%",
    ] {
        assert!(words.iter().any(|w| w == expected), "{expected}: {words:?}");
    }
    assert!(svg.contains("chart-change"), "{svg}");
    // A fall of a lower-is-better indicator is good news: drawn green, not red.
    assert!(svg.contains("#0B5D2A"), "{svg}");
    assert!(
        !run.stderr().contains("no figures to draw"),
        "{}",
        run.stderr()
    );
}

const NORM: &str = r#"
[[indicator]]
id = "sinh-hoat-chi-bo"
name = "Sinh hoạt chi bộ định kỳ"
kind = "norm"
unit = "count"
unit_label = "lần"
per = "month"
direction = "higher_better"

  [[indicator.obs]]
  term = "2020-2025"
  value = 1

  [[indicator.target]]
  term = "2020-2025"
  comparator = ">="
  value = 1
  as_stated = "mỗi tháng một lần"
"#;

#[test]
fn a_norm_says_its_rate() {
    let site = site_with(
        NORM,
        "{{ indicator(id=\"sinh-hoat-chi-bo\") }}\n\n{{ indicator_table(term=\"2020-2025\") }}\n",
    );
    site.build().assert_ok();
    let page = site.html("dang-bo-thu/chi-tieu/sinh-hoat-chi-bo.html");
    let unit = text(&page, "dl dd");
    assert!(unit.contains("(lần), mỗi tháng"), "{unit}");
    let report = site.html("dang-bo-thu/2020-2025/bao-cao.html");
    let row = text(
        &report,
        "table.indicators tr[data-indicator=\"sinh-hoat-chi-bo\"]",
    );
    assert!(row.contains("1 lần mỗi tháng"), "{row}");
    assert!(row.contains("mỗi tháng một lần"), "{row}");
    let card = text(
        &report,
        ".indicator-card[data-indicator=\"sinh-hoat-chi-bo\"]",
    );
    assert!(card.contains("1 lần mỗi tháng"), "{card}");
    let csv = site.page("dang-bo-thu/2020-2025/chi-tieu.csv");
    let row = csv
        .lines()
        .find(|l| l.starts_with("sinh-hoat-chi-bo") && l.contains("kết quả"))
        .unwrap_or_else(|| panic!("{csv}"));
    assert!(row.contains("lần mỗi tháng"), "{row}");
    let json = site.page("dang-bo-thu/2020-2025/chi-tieu.json");
    assert!(json.contains("\"per\": \"month\""), "{json}");
    // Asked for a chart, it says why there is none.
    let site = site_with(NORM, "{{ chart(id=\"sinh-hoat-chi-bo\") }}\n");
    let run = site.run(&["check"]);
    assert!(run.stderr().contains("a rule kept"), "{}", run.stderr());
}

#[test]
fn only_a_document_that_says_so_sets_no_target() {
    let site = site_with(
        r#"
[[indicator]]
id = "dang-vien-moi"
name = "Số đảng viên mới"
unit = "count"
no_target = ["2015-2020"]

  [[indicator.obs]]
  year = 2019
  value = 25

[[indicator]]
id = "chi-bo-vung-manh"
name = "Số chi bộ vững mạnh"
unit = "count"

  [[indicator.obs]]
  year = 2019
  value = 12
"#,
        "",
    );
    site.build().assert_ok();
    let page = site.html("dang-bo-thu/2020-2025/bao-cao.html");
    let cell = |id: &str| {
        text(
            &page,
            &format!("table.indicators tr[data-indicator=\"{id}\"] td"),
        )
    };
    assert_eq!(cell("dang-vien-moi"), "Không đề ra");
    assert_eq!(cell("chi-bo-vung-manh"), "Văn bản không nêu");
    let indicator = site.html("dang-bo-thu/chi-tieu/dang-vien-moi.html");
    assert!(
        text(&indicator, "main").contains("không đề ra chỉ tiêu cho nhiệm kỳ: 2015 - 2020"),
        "{}",
        text(&indicator, "main")
    );
    // A target and the words "none was set" for one term contradict each other.
    let stderr = refused(
        "[[indicator]]\nid = \"x\"\nname = \"X\"\nunit = \"%\"\ndirection = \"higher_better\"\nno_target = [\"2020-2025\"]\n[[indicator.target]]\nterm = \"2020-2025\"\nvalue = 90\n",
    );
    assert!(
        stderr.contains("no_target names 2020-2025, but a target of 2020-2025 is written"),
        "{stderr}"
    );
}

#[test]
fn a_term_without_targets_gets_no_dashboard() {
    // Results of 2022 and 2023, no target set for 2020-2025.
    let site = site_with(
        "[[indicator]]\nid = \"ket-nap\"\nname = \"Số đảng viên kết nạp\"\nunit = \"count\"\n[[indicator.obs]]\nyear = 2022\nvalue = 12\n[[indicator.obs]]\nyear = 2023\nvalue = 15\n",
        "",
    );
    site.build().assert_ok();
    let term = site.page("dang-bo-thu/2020-2025/index.html");
    assert!(!term.contains("tong-quan"), "{term}");
    assert!(
        !site
            .path("public/dang-bo-thu/2020-2025/tong-quan.html")
            .exists()
    );
    // 2015-2020 set one: its dashboard is there and linked.
    let term = site.page("dang-bo-thu/2015-2020/index.html");
    assert!(term.contains("tong-quan.html"), "{term}");
    assert!(
        site.path("public/dang-bo-thu/2015-2020/tong-quan.html")
            .is_file()
    );
}
