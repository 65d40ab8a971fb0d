//! Publishing under a portal's sub-folder: feeds, sitemap and robots.txt name every page by an
//! address under `base_url`, and pages point feed readers at the feeds.

mod common;

use common::TestSite;

const BASE: &str = "https://huyenuy.example.vn/bao-cao-nhiem-ky/";

fn built_example() -> TestSite {
    let site = TestSite::example();
    let run = site.run(&["build", "--base-url", BASE]);
    run.assert_ok();
    // The example's article has no date: it is left out of the feeds and the build says so.
    assert!(
        run.stderr()
            .contains("no `date`: the document is left out of the feeds"),
        "{}",
        run.stderr()
    );
    site
}

fn children<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Vec<roxmltree::Node<'a, 'a>> {
    node.children()
        .filter(|n| n.tag_name().name() == name)
        .collect()
}

fn child_text<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> &'a str {
    children(node, name)
        .first()
        .and_then(|n| n.text())
        .unwrap_or_else(|| panic!("no <{name}>"))
}

#[test]
fn the_site_feed_lists_every_document_newest_first_under_the_base_url() {
    let site = built_example();
    let text = site.page("atom.xml");
    let xml = roxmltree::Document::parse(&text).expect("atom.xml is well-formed XML");
    let feed = xml.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    assert_eq!(
        child_text(feed, "title"),
        "Báo cáo nhiệm kỳ — Ngành Giáo dục"
    );
    let entries = children(feed, "entry");
    // Five documents: a draft (left out, as from the pages) and an undated article (a feed
    // would show an invented date as real) are not in it.
    assert_eq!(entries.len(), 3);
    assert!(!text.contains("nghi-quyet.html"));
    assert!(!text.contains("bai-viet-phat-trien-dang-vien"));
    let dates: Vec<&str> = entries.iter().map(|e| child_text(*e, "updated")).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
    // The feed's date is its newest entry's, not the clock's.
    assert_eq!(child_text(feed, "updated"), dates[0]);
    // Every address is absolute and under the base URL, and names a page of the site.
    for node in xml.descendants() {
        let url = match node.tag_name().name() {
            "id" => node.text().unwrap(),
            "link" => node.attribute("href").unwrap(),
            _ => continue,
        };
        assert!(url.starts_with(BASE), "{url}");
    }
    let link = children(entries[0], "link")[0].attribute("href").unwrap();
    assert!(
        site.path(&format!("public/{}", &link[BASE.len()..]))
            .is_file()
    );
}

#[test]
fn an_undated_document_is_in_the_sitemap_without_a_date() {
    let site = built_example();
    let sitemap = site.page("sitemap.xml");
    let xml = roxmltree::Document::parse(&sitemap).unwrap();
    let entry = xml
        .descendants()
        .filter(|n| n.has_tag_name("url"))
        .find(|n| child_text(*n, "loc").ends_with("bai-viet-phat-trien-dang-vien.html"))
        .expect("the undated article is in the sitemap");
    assert!(children(entry, "lastmod").is_empty(), "{sitemap}");
    // Its page names its source, which prints no date.
    let page = site.html("phong-gd-dt-van-ban/2015-2020/bai-viet-phat-trien-dang-vien.html");
    let sources = common::text(&page, ".doc-sources li");
    assert_eq!(
        sources,
        "Đẩy mạnh công tác phát triển đảng viên trong các trường học trên địa bàn huyện Văn Bàn — Trần Văn Thùy (Phòng Giáo dục và Đào tạo Văn Bàn), không ghi ngày"
    );
}

#[test]
fn each_organisation_has_a_feed_of_its_own_documents() {
    let site = built_example();
    let text = site.page("huyen-uy-an-lao/atom.xml");
    let xml = roxmltree::Document::parse(&text).unwrap();
    let entries = children(xml.root_element(), "entry");
    assert_eq!(entries.len(), 1);
    assert!(child_text(entries[0], "id").starts_with(&format!("{BASE}huyen-uy-an-lao/")));
    assert_eq!(
        child_text(children(entries[0], "author")[0], "name"),
        "Huyện ủy An Lão"
    );
}

#[test]
fn pages_point_feed_readers_at_the_feeds() {
    let site = built_example();
    let page = site.html("huyen-uy-an-lao/2020-2025/index.html");
    let feeds: Vec<(String, String)> = page
        .select(
            &scraper::Selector::parse(r#"link[rel="alternate"][type="application/atom+xml"]"#)
                .unwrap(),
        )
        .map(|l| {
            (
                l.attr("title").unwrap().to_owned(),
                l.attr("href").unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        feeds,
        [
            (
                "Báo cáo nhiệm kỳ — Ngành Giáo dục (Atom)".to_owned(),
                "../../atom.xml".to_owned()
            ),
            (
                "Huyện ủy An Lão (Atom)".to_owned(),
                "../../huyen-uy-an-lao/atom.xml".to_owned()
            ),
        ]
    );
    let home = site.page("index.html");
    assert!(home.contains(r#"href="atom.xml""#));
    assert!(!home.contains("huyen-uy-an-lao/atom.xml"));
}

#[test]
fn the_sitemap_lists_every_page_for_readers_under_the_base_url() {
    let site = built_example();
    let text = site.page("sitemap.xml");
    let xml = roxmltree::Document::parse(&text).expect("sitemap.xml is well-formed XML");
    let urlset = xml.root_element();
    assert_eq!(urlset.tag_name().name(), "urlset");
    assert_eq!(
        urlset.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let locs: Vec<&str> = children(urlset, "url")
        .iter()
        .map(|u| child_text(*u, "loc"))
        .collect();
    assert_eq!(locs[0], BASE);
    for loc in &locs {
        assert!(loc.starts_with(BASE), "{loc}");
        let path = &loc[BASE.len()..];
        let file = if path.is_empty() || path.ends_with('/') {
            format!("public/{path}index.html")
        } else {
            format!("public/{path}")
        };
        assert!(site.path(&file).is_file(), "{loc} has no page");
        assert!(path.is_empty() || path.ends_with('/') || path.ends_with(".html"));
    }
    assert!(
        locs.contains(&format!("{BASE}huyen-uy-an-lao/2020-2025/ket-qua-hoi-nghi.html").as_str())
    );
    assert!(
        !locs
            .iter()
            .any(|l| l.ends_with("404.html") || l.ends_with(".svg"))
    );
    // Every HTML page but 404 is listed.
    let pages = site
        .snapshot("public")
        .into_iter()
        .filter(|(path, _)| {
            path.ends_with(".html") && path != "404.html" && !path.ends_with("/nhung.html")
        })
        .count();
    assert_eq!(locs.len(), pages);
    // Documents that state their date carry it.
    assert!(text.contains(&format!(
        "<loc>{BASE}huyen-uy-an-lao/2020-2025/ket-qua-hoi-nghi.html</loc><lastmod>2022-09-29</lastmod>"
    )));
}

#[test]
fn robots_txt_names_the_sitemap() {
    let site = built_example();
    assert_eq!(
        site.page("robots.txt"),
        format!("User-agent: *\nAllow: /\n\nSitemap: {BASE}sitemap.xml\n")
    );
}

/// The `<meta>` of `page` with attribute `key` = `name`, in order.
fn metas(page: &scraper::Html, key: &str, name: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(&format!(r#"meta[{key}="{name}"]"#)).unwrap();
    page.select(&selector)
        .map(|m| m.attr("content").unwrap().to_owned())
        .collect()
}

#[test]
fn a_party_document_describes_itself_to_machines() {
    let site = TestSite::example();
    site.write(
        "content/huyen-uy-an-lao/2020-2025/nghi-quyet-dai-hoi.md",
        r#"+++
title = "Nghị quyết Đại hội Đảng bộ huyện An Lão lần thứ XXIII, nhiệm kỳ 2020 - 2025"
org = "huyen-uy-an-lao"
term = "2020-2025"
doc_type = "nghi-quyet"
status = "published"
date = 2020-08-20
number = "25-NQ/HU"
issuer = "Đảng bộ huyện An Lão"
place = "An Lão"
tags = ["nghị quyết", "đại hội"]

[summary]
text = "Chỉ tiêu <b>đảng viên</b> mới: kết nạp trên 150 đảng viên."
highlight_indicators = ["dang-vien-moi-ket-nap"]
+++

Nội dung nghị quyết.
"#,
    );
    site.run(&["build", "--base-url", BASE]).assert_ok();
    let url = format!("{BASE}huyen-uy-an-lao/2020-2025/nghi-quyet-dai-hoi.html");
    let page = site.html("huyen-uy-an-lao/2020-2025/nghi-quyet-dai-hoi.html");

    let script = scraper::Selector::parse(r#"script[type="application/ld+json"]"#).unwrap();
    let json: Vec<String> = page
        .select(&script)
        .map(|s| s.text().collect::<String>())
        .collect();
    assert_eq!(json.len(), 1);
    assert!(!json[0].contains('<'), "raw < in JSON-LD: {}", json[0]);
    let ld: serde_json::Value = serde_json::from_str(&json[0]).unwrap();
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "Report");
    assert_eq!(
        ld["name"],
        "Nghị quyết Đại hội Đảng bộ huyện An Lão lần thứ XXIII, nhiệm kỳ 2020 - 2025"
    );
    assert_eq!(ld["reportNumber"], "25-NQ/HU");
    assert_eq!(ld["author"]["name"], "Đảng bộ huyện An Lão");
    assert_eq!(ld["publisher"]["name"], "Huyện ủy An Lão");
    assert_eq!(ld["datePublished"], "2020-08-20");
    assert_eq!(ld["locationCreated"]["name"], "An Lão");
    assert_eq!(ld["genre"], "Nghị quyết");
    assert_eq!(ld["inLanguage"], "vi");
    assert_eq!(ld["url"], url.as_str());
    assert_eq!(
        ld["description"],
        "Chỉ tiêu <b>đảng viên</b> mới: kết nạp trên 150 đảng viên."
    );
    assert_eq!(
        ld["image"],
        format!("{BASE}huyen-uy-an-lao/chi-tieu/dang-vien-moi-ket-nap.png").as_str()
    );

    assert_eq!(
        metas(&page, "name", "DC.identifier"),
        [url.clone(), "25-NQ/HU".to_owned()]
    );
    assert_eq!(metas(&page, "name", "DC.creator"), ["Đảng bộ huyện An Lão"]);
    assert_eq!(metas(&page, "name", "DC.date"), ["2020-08-20"]);
    assert_eq!(metas(&page, "name", "DC.type"), ["Nghị quyết"]);
    assert_eq!(
        metas(&page, "name", "DC.subject"),
        ["nghị quyết", "đại hội"]
    );

    assert_eq!(metas(&page, "property", "og:type"), ["article"]);
    assert_eq!(metas(&page, "property", "og:url"), [url.as_str()]);
    assert_eq!(metas(&page, "property", "og:locale"), ["vi_VN"]);
    let image = &metas(&page, "property", "og:image")[0];
    assert!(
        image.starts_with(BASE) && image.ends_with(".png"),
        "{image}"
    );
    assert!(
        site.path(&format!("public/{}", &image[BASE.len()..]))
            .is_file()
    );
    assert_eq!(
        metas(&page, "name", "twitter:card"),
        ["summary_large_image"]
    );
    assert_eq!(metas(&page, "name", "twitter:image"), [image.as_str()]);
}

#[test]
fn every_page_has_link_preview_tags_and_never_an_svg_picture() {
    let site = built_example();
    for (path, _) in site.snapshot("public") {
        // Frames for other sites (nhung.html) are not shared on their own.
        if !path.ends_with(".html") || path == "404.html" || path.ends_with("/nhung.html") {
            continue;
        }
        let page = site.html(&path);
        for property in [
            "og:title",
            "og:description",
            "og:url",
            "og:type",
            "og:site_name",
        ] {
            assert_eq!(
                metas(&page, "property", property).len(),
                1,
                "{path}: {property}"
            );
        }
        assert!(
            metas(&page, "property", "og:url")[0].starts_with(BASE),
            "{path}"
        );
        for image in metas(&page, "property", "og:image") {
            assert!(
                image.starts_with(BASE) && image.ends_with(".png"),
                "{path}: {image}"
            );
        }
        let card = &metas(&page, "name", "twitter:card")[0];
        let has_image = !metas(&page, "property", "og:image").is_empty();
        assert_eq!(card == "summary_large_image", has_image, "{path}");
    }
    let home = site.html("index.html");
    assert_eq!(metas(&home, "property", "og:type"), ["website"]);
    // Pages without a chart are previewed with the site's card, a real PNG.
    let card = format!("{BASE}anh-chia-se.png");
    assert_eq!(metas(&home, "property", "og:image"), [card.as_str()]);
    let org = site.html("huyen-uy-an-lao/index.html");
    assert_eq!(metas(&org, "property", "og:image"), [card.as_str()]);
    let png = file(&site, "anh-chia-se.png");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert!(metas(&home, "name", "DC.title").is_empty());
}

/// The file a static server would answer `url` with, when `url` is inside the site.
fn file_for(url: &url::Url, site: &TestSite) -> Option<std::path::PathBuf> {
    let path = url.path().strip_prefix("/bao-cao-nhiem-ky/")?;
    let path = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .unwrap()
        .into_owned();
    let file = if path.is_empty() || path.ends_with('/') {
        format!("public/{path}index.html")
    } else {
        format!("public/{path}")
    };
    Some(site.path(&file))
}

#[test]
fn under_a_sub_folder_every_link_and_asset_resolves() {
    let site = built_example();
    let base = url::Url::parse(BASE).unwrap();
    let selector = scraper::Selector::parse("a[href], link[href], img[src], script[src]").unwrap();
    let mut checked = 0;
    for (path, _) in site.snapshot("public") {
        if !path.ends_with(".html") {
            continue;
        }
        // The 404 page is shown at any address: links must work from a deep, unknown one.
        let page_url = match path.as_str() {
            "404.html" => base.join("khong/co/trang-nay.html").unwrap(),
            _ => base.join(&path).unwrap(),
        };
        for element in site.html(&path).select(&selector) {
            let reference = element
                .attr("href")
                .or_else(|| element.attr("src"))
                .unwrap();
            if reference.starts_with('#') {
                continue; // within the page
            }
            let target = page_url.join(reference).unwrap();
            if target.host_str() != base.host_str() {
                continue; // other sites are not ours to check
            }
            let file = file_for(&target, &site)
                .unwrap_or_else(|| panic!("{path}: {reference} leaves the sub-folder ({target})"));
            assert!(file.is_file(), "{path}: {reference} → {target} is broken");
            checked += 1;
        }
    }
    assert!(checked > 1000, "only {checked} links checked");
}

/// The rows of a downloaded CSV, after checking how it is encoded for spreadsheets.
fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let body = text
        .strip_prefix('\u{feff}')
        .expect("a byte-order mark, so that Excel reads UTF-8");
    assert!(body.ends_with("\r\n") && !body.replace("\r\n", "").contains('\n'));
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

fn file(site: &TestSite, path: &str) -> Vec<u8> {
    std::fs::read(site.path(&format!("public/{path}"))).unwrap()
}

/// The downloads a page links: (file name, bytes), reading `data:` addresses and files.
fn downloads(site: &TestSite, page: &str) -> Vec<(String, Vec<u8>)> {
    use base64::Engine;
    let html = site.html(page);
    let selector = scraper::Selector::parse(".downloads a[download]").unwrap();
    html.select(&selector)
        .map(|a| {
            let name = a.attr("download").unwrap().to_owned();
            let href = a.attr("href").unwrap();
            let bytes = match href.split_once(";base64,") {
                Some((_, data)) => base64::prelude::BASE64_STANDARD.decode(data).unwrap(),
                None => {
                    let folder = std::path::Path::new(page).parent().unwrap();
                    std::fs::read(site.path("public").join(folder).join(href)).unwrap()
                }
            };
            (name, bytes)
        })
        .collect()
}

#[test]
fn a_terms_figures_download_as_csv_and_json() {
    let site = built_example();
    let rows = csv_rows(&file(&site, "phong-gd-dt-van-ban/2015-2020/chi-tieu.csv"));
    assert_eq!(
        rows[0],
        [
            "Mã chỉ tiêu",
            "Tên chỉ tiêu",
            "Tổ chức",
            "Nhiệm kỳ",
            "Loại số liệu",
            "Thời điểm",
            "Giá trị",
            "Tử số",
            "Mẫu số",
            "Quan hệ",
            "Đơn vị",
            "Nguyên văn",
            "Suy ra",
            "Đánh giá"
        ]
    );
    let row = |id: &str, kind: &str| {
        rows.iter()
            .find(|r| r[0] == id && r[4] == kind)
            .unwrap_or_else(|| panic!("no {kind} row for {id}"))
            .clone()
    };
    let result = row("ty-le-dang-vien-trong-nganh", "kết quả");
    assert_eq!(&result[5..12], ["2019", "58.6", "", "", "", "%", "58,6%"]);
    let target = row("ty-le-dang-vien-trong-nganh", "chỉ tiêu");
    assert_eq!(target[9], "từ … trở lên");
    assert_eq!(target[13], "Vượt");
    let fraction = row("co-so-giao-duc-co-chi-bo", "kết quả");
    assert_eq!(&fraction[6..9], ["100", "86", "86"]);

    let json: serde_json::Value =
        serde_json::from_str(&site.page("phong-gd-dt-van-ban/2015-2020/chi-tieu.json")).unwrap();
    assert_eq!(json["term"], "2015-2020");
    assert_eq!(json["organisation"]["name"], "Phòng GD&ĐT Văn Bàn");
    let indicator = json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "ty-le-dang-vien-trong-nganh")
        .unwrap();
    assert_eq!(indicator["figures"][0]["value"], 58.6);
    assert_eq!(indicator["figures"][0]["as_stated"], "58,6%");

    // The term page links both files.
    let linked = downloads(&site, "phong-gd-dt-van-ban/2015-2020/index.html");
    assert_eq!(linked[0].0, "phong-gd-dt-van-ban-2015-2020-chi-tieu.csv");
    assert_eq!(
        linked[0].1,
        file(&site, "phong-gd-dt-van-ban/2015-2020/chi-tieu.csv")
    );
    assert_eq!(linked[1].0, "phong-gd-dt-van-ban-2015-2020-chi-tieu.json");
}

#[test]
fn an_indicators_figures_across_terms_download_from_its_page() {
    let site = built_example();
    let linked = downloads(
        &site,
        "dang-bo-so-gd-dt-lang-son/chi-tieu/dang-vien-htt-tro-len.html",
    );
    let names: Vec<&str> = linked.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "dang-bo-so-gd-dt-lang-son-dang-vien-htt-tro-len.csv",
            "dang-bo-so-gd-dt-lang-son-dang-vien-htt-tro-len.json"
        ]
    );
    // "trên 98%" keeps its lower bound.
    let rows = csv_rows(&linked[0].1);
    assert!(
        rows.iter()
            .any(|r| r[9] == "trên" && r[11] == "trên 98%" && r[6] == "98"),
        "{rows:#?}"
    );
    // Both terms are there.
    let terms: std::collections::BTreeSet<&str> = rows[1..].iter().map(|r| r[3].as_str()).collect();
    assert!(terms.len() >= 2, "{terms:?}");
    let json: serde_json::Value = serde_json::from_slice(&linked[1].1).unwrap();
    assert_eq!(json["indicators"][0]["id"], "dang-vien-htt-tro-len");
    assert!(json.get("term").is_none());
}

#[test]
fn no_csv_cell_can_run_as_a_formula() {
    let site = TestSite::fixture("valid-site");
    site.edit(
        "content/dang-bo-thu/2020-2025/data.toml",
        r#"name = "Tỷ lệ đảng viên""#,
        r#"name = "=HYPERLINK(""http://x.vn"",""bấm"")""#.replace("\"\"", "\\\"").as_str(),
    );
    site.build().assert_ok();
    let rows = csv_rows(&file(&site, "dang-bo-thu/2015-2020/chi-tieu.csv"));
    let indicator = downloads(&site, "dang-bo-thu/chi-tieu/ty-le-dang-vien.html");
    let rows: Vec<Vec<String>> = rows.into_iter().chain(csv_rows(&indicator[0].1)).collect();
    let names: Vec<&str> = rows[1..].iter().map(|r| r[1].as_str()).collect();
    assert!(
        names.contains(&"'=HYPERLINK(\"http://x.vn\",\"bấm\")"),
        "{names:?}"
    );
    for row in &rows {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '@']), "{cell}");
            assert!(
                !cell.starts_with('-') || cell.parse::<f64>().is_ok(),
                "{cell}"
            );
        }
    }
}

#[test]
fn indicators_embed_elsewhere_pinned_to_their_term_without_script() {
    let site = built_example();
    let page = site.html("dang-bo-so-gd-dt-lang-son/chi-tieu/dang-vien-htt-tro-len.html");
    let textarea = scraper::Selector::parse(".embed-code textarea").unwrap();
    let codes: Vec<String> = page
        .select(&textarea)
        .map(|t| t.text().collect::<String>())
        .collect();
    assert_eq!(codes.len(), 2, "one frame per term: {codes:?}");
    let frame = scraper::Html::parse_fragment(&codes[0]);
    let iframe = frame
        .select(&scraper::Selector::parse("iframe").unwrap())
        .next()
        .expect("the code is an <iframe>");
    let src = iframe.attr("src").unwrap();
    assert_eq!(
        src,
        format!("{BASE}dang-bo-so-gd-dt-lang-son/2015-2020/nhung.html#dang-vien-htt-tro-len")
    );
    assert!(
        iframe
            .attr("title")
            .unwrap()
            .contains("Tỷ lệ đảng viên hoàn thành tốt")
    );

    let (path, id) = src[BASE.len()..].split_once('#').unwrap();
    let embed_html = site.page(path);
    assert!(!embed_html.contains("<script"), "an embed needs no script");
    assert!(embed_html.contains(r#"<meta name="robots" content="noindex">"#));
    assert!(embed_html.contains(r#"<base target="_blank">"#));
    let embed = scraper::Html::parse_document(&embed_html);
    let section = embed
        .select(&scraper::Selector::parse(&format!("section#{id}")).unwrap())
        .next()
        .expect("a section for the indicator");
    let text: String = section.text().collect();
    assert!(text.contains("trên 98%") && text.contains("Vượt"), "{text}");
    // Pinned: the 2015–2020 frame does not show the next term, which the indicator page does.
    let svg: String = section
        .select(&scraper::Selector::parse("svg").unwrap())
        .next()
        .expect("the chart")
        .html();
    assert!(!svg.contains("2020 - 2025"), "{svg}");
    let full = page
        .select(&scraper::Selector::parse("figure svg").unwrap())
        .next()
        .unwrap()
        .html();
    assert!(full.contains("2020 - 2025"));
    // The sitemap is for readers, not frames.
    assert!(!site.page("sitemap.xml").contains("nhung.html"));
}

/// A target "bằng" (comparator "="): its relation cell says so in words, never `'=` (what the
/// formula guard made of a lone `=`), and no cell runs as a formula.
#[test]
fn a_relation_is_written_in_words_in_the_csv() {
    let site = TestSite::fixture("valid-site");
    site.edit(
        "content/dang-bo-thu/2020-2025/data.toml",
        "comparator = \">=\"",
        "comparator = \"=\"",
    );
    site.build().assert_ok();
    let rows =
        csv_rows(&std::fs::read(site.path("public/dang-bo-thu/2015-2020/chi-tieu.csv")).unwrap());
    let target = rows
        .iter()
        .find(|r| r[4] == "chỉ tiêu")
        .expect("a target row");
    assert_eq!(target[9], "bằng");
    let result = rows
        .iter()
        .find(|r| r[4] == "kết quả")
        .expect("a result row");
    assert_eq!(result[9], "");
    assert!(
        rows.iter()
            .flatten()
            .all(|cell| !cell.starts_with(['=', '\''])),
        "{rows:?}"
    );
}

/// Changes are figures of the downloads too, and the words column holds only words the
/// document printed: a derived figure's is empty, marked derived.
#[test]
fn downloads_hold_changes_and_only_printed_words() {
    let site = built_example();
    let rows = csv_rows(&file(&site, "phong-gd-dt-van-ban/2015-2020/chi-tieu.csv"));
    let changes: Vec<&Vec<String>> = rows.iter().filter(|r| r[4] == "thay đổi").collect();
    assert_eq!(changes.len(), 2, "{rows:#?}");
    let points = changes
        .iter()
        .find(|r| r[11] == "tăng 20,9%")
        .expect("the change in points");
    assert_eq!(
        &points[5..11],
        ["2011 – 2019", "20.9", "", "", "", "điểm phần trăm"]
    );
    let since = changes
        .iter()
        .find(|r| r[11] == "tăng 18,5% so với năm 2011")
        .expect("the change since 2011");
    assert_eq!(&since[5..7], ["2011 –", "18.5"]);
    for row in rows.iter().filter(|r| r[12] == "có") {
        assert_eq!(row[11], "", "a derived figure's words: {row:?}");
    }
    assert!(rows.iter().any(|r| r[12] == "có"));
    let json: serde_json::Value =
        serde_json::from_str(&site.page("phong-gd-dt-van-ban/2015-2020/chi-tieu.json")).unwrap();
    let figures: Vec<&serde_json::Value> = json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|i| i["figures"].as_array().unwrap())
        .collect();
    assert!(
        figures
            .iter()
            .any(|f| f["kind"] == "change" && f["change_unit"] == "pp" && f["value"] == 20.9)
    );
    assert!(
        figures
            .iter()
            .filter(|f| f["derived"] == true)
            .all(|f| f["as_stated"].is_null())
    );
}
