//! Charts as readers and tools receive them: valid SVG with a name and a description, values
//! written as stated, targets drawn, honest marks, PNG twins, and clear fallbacks.

mod common;

use common::{TestSite, svg_texts};

const TARGET_RED: &str = "#9C1B14";

fn built_example() -> TestSite {
    let site = TestSite::example();
    site.build().assert_ok();
    site
}

#[test]
fn every_chart_file_is_svg_with_a_name_and_a_description() {
    let site = built_example();
    let mut count = 0;
    for entry in walkdir::WalkDir::new(site.path("public")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "svg") {
            count += 1;
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let doc = roxmltree::Document::parse(&text)
                .unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
            let root = doc.root_element();
            assert_eq!(
                root.tag_name().namespace(),
                Some("http://www.w3.org/2000/svg")
            );
            assert_eq!(root.attribute("role"), Some("img"));
            assert!(root.attribute("viewBox").is_some());
            let title = root
                .children()
                .find(|n| n.has_tag_name("title"))
                .expect("title");
            let desc = root
                .children()
                .find(|n| n.has_tag_name("desc"))
                .expect("desc");
            assert!(!title.text().unwrap_or("").is_empty());
            assert!(
                desc.text().unwrap_or("").len() > 20,
                "{}",
                entry.path().display()
            );
        }
    }
    assert!(count >= 30, "only {count} charts");
}

#[test]
fn van_ban_trend_shows_58_6_its_baseline_and_a_derived_target_line() {
    let site = built_example();
    let svg = site.page("phong-gd-dt-van-ban/chi-tieu/ty-le-dang-vien-trong-nganh.svg");
    let texts = svg_texts(&svg);
    assert!(texts.iter().any(|t| t == "58,6%"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "37,7%"));
    assert!(
        texts
            .iter()
            .any(|t| t == "Chỉ tiêu 2015 - 2020: 50% (suy ra)"),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("Vượt")),
        "the final point names its verdict"
    );
    assert!(texts.iter().any(|t| t == "Mốc so sánh"));
    assert!(
        texts.iter().any(|t| t.starts_with("Chỉ tiêu suy ra")),
        "the legend says what is derived"
    );
    assert!(
        svg.contains(&format!("stroke=\"{TARGET_RED}\"")),
        "the target line is drawn"
    );
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let desc = doc
        .descendants()
        .find(|n| n.has_tag_name("desc"))
        .unwrap()
        .text()
        .unwrap();
    assert!(
        desc.contains("58,6%") && desc.contains("37,7%") && desc.contains("vượt"),
        "{desc}"
    );
    // Decimal comma everywhere, axis included: no "58.6" or "50.0".
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("58.6") || t.contains(".0%")),
        "{texts:?}"
    );
}

#[test]
fn lang_son_bar_keeps_tren_98_and_marks_it_a_lower_bound() {
    let site = built_example();
    let svg = site.page("dang-bo-so-gd-dt-lang-son/chi-tieu/dang-vien-htt-tro-len.svg");
    let texts = svg_texts(&svg);
    assert!(texts.iter().any(|t| t == "trên 98%"), "{texts:?}");
    assert!(
        !texts.iter().any(|t| t == "98%"),
        "the qualifier is never dropped"
    );
    assert!(texts.iter().any(|t| t.starts_with("Giới hạn dưới")));
    assert!(
        texts
            .iter()
            .any(|t| t == "Chỉ tiêu 2015 - 2020: 95% (suy ra)")
    );
    assert!(
        texts
            .iter()
            .any(|t| t == "Chỉ tiêu 2020 - 2025: từ 95% trở lên")
    );
    assert!(
        texts.iter().any(|t| t == "0%") && texts.iter().any(|t| t == "100%"),
        "bars start at zero"
    );
}

#[test]
fn a_breakdown_says_when_its_parts_do_not_add_up() {
    let site = built_example();
    let texts = svg_texts(&site.page("phong-gd-dt-van-ban/chi-tieu/truong-dat-chuan-quoc-gia.svg"));
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Các phần cộng lại 19, tổng số 67")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t == "Trường đạt chuẩn quốc gia mức độ 2: 19 trường")
    );
}

#[test]
fn charts_are_inlined_with_their_data_and_files() {
    let site = built_example();
    let html = site.html("phong-gd-dt-van-ban/2015-2020/index.html");
    let figures = common::texts(&html, "figure.chart-figure");
    assert!(figures.len() >= 5, "{}", figures.len());
    let page = site.page("phong-gd-dt-van-ban/chi-tieu/ty-le-dang-vien-trong-nganh.html");
    assert!(
        page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""),
        "inline, readable without JavaScript"
    );
    assert!(page.contains("<table class=\"chart-data\">"));
    assert!(
        page.contains(
            "href=\"../../phong-gd-dt-van-ban/chi-tieu/ty-le-dang-vien-trong-nganh.png\""
        )
    );
    let png = std::fs::read(
        site.path("public/phong-gd-dt-van-ban/chi-tieu/ty-le-dang-vien-trong-nganh.png"),
    )
    .unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 640);
}

#[test]
fn term_and_indicator_pages_preview_with_a_chart_png() {
    let site = built_example();
    let base = "https://baocao-nhiemky.example.vn/";
    for page in [
        "phong-gd-dt-van-ban/2015-2020/index.html",
        "phong-gd-dt-van-ban/chi-tieu/ty-le-dang-vien-trong-nganh.html",
    ] {
        let html = site.page(page);
        let image = html
            .split("<meta property=\"og:image\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_else(|| panic!("{page} has no og:image"));
        let file = image.strip_prefix(base).expect("an absolute address");
        assert!(file.ends_with(".png"), "{image}");
        assert!(site.path(&format!("public/{file}")).is_file(), "{image}");
    }
}

#[test]
fn an_indicator_without_figures_gets_its_value_and_no_empty_axes() {
    let site = built_example();
    // "Đạt chuẩn phổ cập giáo dục mầm non": a yes/no indicator.
    assert!(
        !site
            .path("public/dang-bo-so-gd-dt-lang-son/chi-tieu/pcgd-mam-non-5-tuoi.svg")
            .exists()
    );
    let page = site.page("dang-bo-so-gd-dt-lang-son/chi-tieu/pcgd-mam-non-5-tuoi.html");
    assert!(!page.contains("<svg"));
    assert!(page.contains("không có đủ số liệu để vẽ biểu đồ"));
    assert!(page.contains("đã đạt chuẩn"));
}

#[test]
fn the_term_dashboard_puts_results_beside_new_targets() {
    let site = built_example();
    let html = site.html("dang-bo-so-gd-dt-lang-son/2020-2025/tong-quan.html");
    let cells = common::texts(&html, ".dashboard .cell");
    assert!(cells.len() >= 10);
    let cell = site.page("dang-bo-so-gd-dt-lang-son/2020-2025/tong-quan.html");
    assert!(cell.contains("trên 98%") && cell.contains("từ 95% trở lên"));
    assert!(
        site.page("dang-bo-so-gd-dt-lang-son/2020-2025/index.html")
            .contains("tong-quan.html")
    );
}

#[test]
fn charts_render_identically_twice() {
    let one = built_example();
    let two = built_example();
    for file in [
        "phong-gd-dt-van-ban/chi-tieu/ty-le-dang-vien-trong-nganh.svg",
        "phong-gd-dt-van-ban/chi-tieu/ty-le-dang-vien-trong-nganh.png",
    ] {
        assert_eq!(
            std::fs::read(one.path("public").join(file)).unwrap(),
            std::fs::read(two.path("public").join(file)).unwrap(),
            "{file}"
        );
    }
}

const DATA: &str = "content/dang-bo-thu/2020-2025/data.toml";
const DOC: &str = "content/dang-bo-thu/2020-2025/bao-cao.md";

#[test]
fn a_chart_the_data_cannot_support_is_a_located_warning_and_a_fallback() {
    let site = TestSite::fixture("valid-site");
    site.edit(DATA, "unit = \"%\"\n", "unit = \"%\"\nchart = \"trend\"\n");
    let run = site.build();
    run.assert_ok();
    let stderr = run.stderr();
    assert!(stderr.contains("warning: chart = \"trend\" cannot be drawn for \"ty-le-dang-vien\": it needs two or more values placed in time"), "{stderr}");
    assert!(stderr.contains("data.toml:6:6"), "{stderr}");
    // It still gets the chart its data allows: a bar against its target.
    assert!(
        site.page("dang-bo-thu/chi-tieu/ty-le-dang-vien.svg")
            .contains("chart-progress")
    );
}

#[test]
fn the_chart_shortcode_places_a_chart_in_the_prose() {
    let site = TestSite::fixture("valid-site");
    let text = site.read(DOC);
    site.write(
        DOC,
        format!("{text}\n{{{{ chart(id=\"ty-le-dang-vien\") }}}}\n"),
    );
    site.build().assert_ok();
    let html = site.page("dang-bo-thu/2020-2025/bao-cao.html");
    assert!(html.contains("<figure class=\"chart-figure chart-progress\""));
    site.write(
        DOC,
        format!("{text}\n{{{{ chart(id=\"ty-le-dang-vien\", kind=\"breakdown\") }}}}\n"),
    );
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr()
            .contains("chart = \"breakdown\" cannot be drawn"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("bao-cao.md:17:32"),
        "{}",
        run.stderr()
    );
}

#[test]
fn extreme_numbers_draw_without_panicking() {
    let site = TestSite::fixture("valid-site");
    let text = site.read(DATA);
    site.write(
        DATA,
        // A count is whole; the tiny value is a share.
        format!("{text}\n[[indicator]]\nid = \"rat-lon\"\nname = \"Số rất lớn\"\nunit = \"count\"\ndirection = \"higher_better\"\n[[indicator.obs]]\nyear = 2019\nvalue = 1e15\n[[indicator.obs]]\nyear = 2020\nvalue = 1\n[[indicator.target]]\nterm = \"2015-2020\"\nvalue = 1e16\n\n[[indicator]]\nid = \"rat-nho\"\nname = \"Số rất nhỏ\"\nunit = \"%\"\n[[indicator.obs]]\nyear = 2019\nvalue = 0.000001\n[[indicator.obs]]\nyear = 2020\nvalue = 100\n"),
    );
    let run = site.build();
    run.assert_ok();
    assert!(
        site.path("public/dang-bo-thu/chi-tieu/rat-nho.svg")
            .is_file()
    );
    assert!(
        svg_texts(&site.page("dang-bo-thu/chi-tieu/rat-lon.svg"))
            .iter()
            .any(|t| t == "1.000.000.000.000.000")
    );
}

#[test]
fn labels_wider_than_the_chart_draw_without_panicking() {
    // A trend whose target and result are stated in a whole sentence, as reports do: wider
    // than the chart.
    let site = TestSite::fixture("valid-site");
    let sentence = "Phấn đấu đến cuối nhiệm kỳ có từ 50% trở lên đảng viên được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên hằng năm";
    site.edit(
        DATA,
        "value = 50",
        &format!("value = 50\n  as_stated = \"{sentence}\""),
    );
    site.edit(
        DATA,
        "value = 58.6",
        &format!("value = 58.6\n  as_stated = \"{sentence}\"\n  differs_from_stated = \"Câu dài thử bề rộng của nhãn\"\n\n  [[indicator.obs]]\n  year = 2017\n  value = 52"),
    );
    site.build().assert_ok();
    let texts = svg_texts(&site.page("dang-bo-thu/chi-tieu/ty-le-dang-vien.svg"));
    assert!(texts.iter().any(|t| t.contains(sentence)), "{texts:?}");
}

#[test]
fn charts_can_be_turned_off() {
    let site = TestSite::fixture("valid-site");
    let config = site.read("config.toml");
    site.write(
        "config.toml",
        format!("{config}\n[charts]\nenabled = false\n"),
    );
    site.build().assert_ok();
    assert!(
        !site
            .path("public/dang-bo-thu/chi-tieu/ty-le-dang-vien.svg")
            .exists()
    );
    assert!(
        !site
            .page("dang-bo-thu/2015-2020/index.html")
            .contains("<svg")
    );
}

#[test]
fn a_missing_year_is_a_gap_not_a_line() {
    let site = TestSite::fixture("valid-site");
    let text = site.read(DATA);
    site.write(
        DATA,
        format!("{text}\n[[indicator]]\nid = \"chuoi\"\nname = \"Chuỗi năm\"\nunit = \"%\"\n[[indicator.obs]]\nyear = 2017\nvalue = 40\n[[indicator.obs]]\nyear = 2018\nvalue = 45\n[[indicator.obs]]\nyear = 2020\nvalue = 60\n"),
    );
    site.build().assert_ok();
    let svg = site.page("dang-bo-thu/chi-tieu/chuoi.svg");
    assert!(svg.contains("chart-trend"));
    let result_lines = svg
        .matches("<polyline fill=\"none\" stroke=\"#0B4A7E\" stroke-width=\"2\"")
        .count();
    assert_eq!(
        result_lines, 1,
        "2017–2018 joined, 2018–2020 not (2019 is missing)"
    );
}

#[test]
fn ambiguous_figures_are_not_called_derived() {
    let site = built_example();
    let texts =
        svg_texts(&site.page("phong-gd-dt-van-ban/chi-tieu/dang-vien-truong-truc-thuoc.svg"));
    assert!(texts.iter().any(|t| t == "60% (chưa rõ)"), "{texts:?}");
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Chưa rõ số này đo điều gì"))
    );
    assert!(
        !texts.iter().any(|t| t.contains("suy ra")),
        "printed in the source, so not derived"
    );
}

/// The box each `<text>` of a chart covers, measured with the chart font: left, top, right,
/// bottom. Baseline `y`; the em box runs 0.76 em above it and 0.24 em below.
fn text_boxes(svg: &str) -> Vec<(String, [f64; 4])> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| {
            let number = |name: &str| n.attribute(name).unwrap().parse::<f64>().unwrap();
            let (x, y, px) = (number("x"), number("y"), number("font-size"));
            let text = n.text().unwrap_or("").to_owned();
            let bold = n.attribute("font-weight") == Some("bold");
            let width = nhiemky::charts::font::text_width(&text, px, bold);
            let left = match n.attribute("text-anchor") {
                Some("middle") => x - width / 2.0,
                Some("end") => x - width,
                _ => x,
            };
            (text, [left, y - 0.76 * px, left + width, y + 0.24 * px])
        })
        .collect()
}

#[test]
fn chart_labels_stay_inside_and_never_cover_each_other() {
    assert_labels_clear(&built_example());
    let site = TestSite::fixture("valid-site");
    let text = site.read(DATA);
    // Results hugging their target, lower bounds, a derived point: the crowded case.
    site.write(
        DATA,
        format!("{text}\n[[indicator]]\nid = \"sat-chi-tieu\"\nname = \"Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ\"\nunit = \"%\"\ndirection = \"higher_better\"\n[[indicator.obs]]\nyear = 2020\nvalue = 93.5\nqualifier = \">\"\n[[indicator.obs]]\nyear = 2021\nvalue = 94.1\n[[indicator.obs]]\nyear = 2022\nvalue = 94.6\nqualifier = \">\"\n[[indicator.obs]]\nyear = 2023\nvalue = 95.2\n[[indicator.target]]\nterm = \"2015-2020\"\ncomparator = \">=\"\nvalue = 94\n[[indicator.target]]\nterm = \"2020-2025\"\ncomparator = \">=\"\nvalue = 94.5\n"),
    );
    site.build().assert_ok();
    assert_labels_clear(&site);
}

/// Every text of every chart of `site` lies inside its chart and clear of every other text.
fn assert_labels_clear(site: &TestSite) {
    let mut charts = 0;
    for entry in walkdir::WalkDir::new(site.path("public")) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "svg") {
            continue;
        }
        charts += 1;
        let svg = std::fs::read_to_string(entry.path()).unwrap();
        let width: f64 = roxmltree::Document::parse(&svg)
            .unwrap()
            .root_element()
            .attribute("width")
            .unwrap()
            .parse()
            .unwrap();
        let boxes = text_boxes(&svg);
        for (i, (text, [left, top, right, bottom])) in boxes.iter().enumerate() {
            assert!(
                *left >= 0.0 && *right <= width,
                "{}: \"{text}\" runs outside the chart",
                entry.path().display()
            );
            for (other, [l, t, r, b]) in &boxes[i + 1..] {
                // One pixel of slack: neighbouring glyphs may touch, not overlap.
                let overlap =
                    left + 1.0 < *r && *l + 1.0 < *right && top + 1.0 < *b && *t + 1.0 < *bottom;
                assert!(
                    !overlap,
                    "{}: \"{text}\" covers \"{other}\"",
                    entry.path().display()
                );
            }
        }
    }
    assert!(charts >= 2);
}

/// `chart = "progress"` on a count with results and no target says why, not "it needs a
/// numeric result".
#[test]
fn a_progress_chart_that_cannot_be_drawn_says_why() {
    let site = TestSite::fixture("valid-site");
    let text = site.read(DATA);
    site.write(
        DATA,
        format!("{text}\n[[indicator]]\nid = \"so-truong\"\nname = \"Số trường\"\nunit = \"count\"\nchart = \"progress\"\n[[indicator.obs]]\nyear = 2019\nvalue = 12\n[[indicator.obs]]\nyear = 2022\nvalue = 15\n"),
    );
    let run = site.run(&["check"]);
    let stderr = run.stderr();
    assert!(
        stderr.contains("chart = \"progress\" cannot be drawn for \"so-truong\": a progress bar measures a result against its target"),
        "{stderr}"
    );
    assert!(!stderr.contains("it needs a numeric result"), "{stderr}");
}

/// Parts that add up to the whole leave nothing unnamed: no "Phần chưa phân loại" in the legend
/// (a breakdown whose parts fall short still names the rest).
#[test]
fn a_breakdown_that_adds_up_names_no_rest() {
    let site = TestSite::fixture("valid-site");
    let text = site.read(DATA);
    let part = |id: &str, name: &str, value: u32| {
        format!(
            "\n[[indicator]]\nid = \"{id}\"\nname = \"{name}\"\nunit = \"count\"\nunit_label = \"chi bộ\"\nparent = \"chi-bo\"\n[[indicator.obs]]\nyear = 2022\nvalue = {value}\n"
        )
    };
    site.write(
        DATA,
        format!(
            "{text}\n[[indicator]]\nid = \"chi-bo\"\nname = \"Số chi bộ\"\nunit = \"count\"\nunit_label = \"chi bộ\"\nchart = \"breakdown\"\n[[indicator.obs]]\nyear = 2022\nvalue = 10\n{}{}",
            part("chi-bo-truong", "Chi bộ trường học", 6),
            part("chi-bo-co-quan", "Chi bộ cơ quan", 4)
        ),
    );
    site.build().assert_ok();
    let texts = svg_texts(&site.page("dang-bo-thu/chi-tieu/chi-bo.svg"));
    assert!(
        texts.iter().any(|t| t == "Chi bộ trường học: 6 chi bộ"),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t == "Phần chưa phân loại"),
        "{texts:?}"
    );
    let example = built_example();
    let texts =
        svg_texts(&example.page("phong-gd-dt-van-ban/chi-tieu/truong-dat-chuan-quoc-gia.svg"));
    assert!(
        texts.iter().any(|t| t == "Phần chưa phân loại"),
        "{texts:?}"
    );
}
