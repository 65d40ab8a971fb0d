//! Issue 6, archiving: originals published with their term, old addresses kept by redirect
//! pages, the published addresses watched by `check`, and `nhiemky archive` — a BagIt bag (or
//! zip) that the Library of Congress's own tool accepts, that `archive verify` checks, and that
//! two runs on the same input write byte for byte the same.

mod common;

use base64::Engine;

use common::{Run, TestSite, snapshot, text, texts};
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const ORG: &str = "huyen-uy-an-lao";
const TERM: &str = "content/huyen-uy-an-lao/2020-2025";
const DOC: &str = "content/huyen-uy-an-lao/2020-2025/ket-qua-hoi-nghi.md";
const DOC_PAGE: &str = "huyen-uy-an-lao/2020-2025/ket-qua-hoi-nghi.html";
/// 1 June 2025, 01:00 in Hà Nội (31 May, 18:00 UTC).
const EPOCH: &str = "1748714400";
const STAMP: &str = "Lưu trữ ngày 01/06/2025";
/// A 1,2 MB "PDF": a header and bytes that are not UTF-8, so that only a byte copy keeps them.
fn pdf() -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.extend((0..1_258_291 - 9).map(|i| (i % 251) as u8));
    bytes
}

/// The example site with two originals in the An Lão term, one titled, and the document
/// citing one of them and carrying two old addresses.
fn archive_site() -> TestSite {
    let site = TestSite::example();
    site.write(&format!("{TERM}/files/bien-ban-hoi-nghi.pdf"), pdf());
    site.write(
        &format!("{TERM}/files/anh-hoi-nghi.jpg"),
        b"\xFF\xD8\xFF\xE0 not really a photo",
    );
    site.write(
        &format!("{TERM}/files/_files.toml"),
        "\"bien-ban-hoi-nghi.pdf\" = \"Biên bản Hội nghị công tác phát triển đảng viên (bản ký)\"\n",
    );
    site.edit(
        DOC,
        "tags = [",
        "aliases = [\"/van-ban/ket-qua-hoi-nghi-2022.html\", \"/tin-tuc/hoi-nghi\"]\ntags = [",
    );
    site.edit(
        DOC,
        "## I. Thông tin chung về hội nghị",
        "Xem {{ original(file=\"bien-ban-hoi-nghi.pdf\") }}.\n\n## I. Thông tin chung về hội nghị",
    );
    site
}

/// `nhiemky <args> --root <site>` with SOURCE_DATE_EPOCH set.
fn run_at(site: &TestSite, args: &[&str]) -> Run {
    let output = common::nhiemky()
        .args(args)
        .arg("--root")
        .arg(site.dir.path())
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .output()
        .unwrap();
    Run(output)
}

fn archive_to(site: &TestSite, out: &Path, more: &[&str]) -> Run {
    let mut args = vec!["archive", "--out", out.to_str().unwrap()];
    args.extend(more);
    run_at(site, &args)
}

fn verify(path: &Path) -> Run {
    let output = common::nhiemky()
        .args(["archive", "verify"])
        .arg(path)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    Run(output)
}

fn sha256(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

fn out_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let bag = dir.path().join("bag");
    (dir, bag)
}

// --- originals -------------------------------------------------------------------------------

#[test]
fn originals_are_published_byte_for_byte_and_listed_with_type_size_and_checksum() {
    let site = archive_site();
    site.build().assert_ok();
    let published =
        fs::read(site.path("public/huyen-uy-an-lao/2020-2025/files/bien-ban-hoi-nghi.pdf"))
            .unwrap();
    assert_eq!(published, pdf(), "the original is copied byte for byte");
    let html = site.html("huyen-uy-an-lao/2020-2025/index.html");
    let rows = texts(&html, "table.originals tbody tr");
    assert_eq!(rows.len(), 2, "{rows:?}");
    // By file name: the photo first, shown by its name (it has no title); then the titled PDF.
    assert!(
        rows[0].starts_with("anh-hoi-nghi.jpg Ảnh JPEG 23 byte"),
        "{}",
        rows[0]
    );
    assert_eq!(
        rows[1],
        format!(
            "Biên bản Hội nghị công tác phát triển đảng viên (bản ký) PDF 1,2 MB {}",
            sha256(&pdf())
        )
    );
    let link = html
        .select(&scraper::Selector::parse("table.originals a").unwrap())
        .nth(1)
        .unwrap()
        .value()
        .attr("href")
        .unwrap()
        .to_owned();
    assert_eq!(
        link,
        "../../huyen-uy-an-lao/2020-2025/files/bien-ban-hoi-nghi.pdf"
    );
    // The document cites it with the original() shortcode.
    let doc = site.html(DOC_PAGE);
    assert_eq!(
        text(&doc, ".prose .original-link"),
        "Biên bản Hội nghị công tác phát triển đảng viên (bản ký)"
    );
    assert!(text(&doc, ".prose").contains("(PDF, 1,2 MB)"));
}

#[test]
fn a_missing_original_is_an_error_where_it_is_cited_and_nothing_is_written() {
    let site = archive_site();
    site.edit(DOC, "bien-ban-hoi-nghi.pdf\") }}", "bien-ban.pdf\") }}");
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let errors = run.errors();
    assert_eq!(errors.len(), 1, "{}", run.stderr());
    let line = site
        .read(DOC)
        .lines()
        .position(|l| l.contains("bien-ban.pdf"))
        .unwrap()
        + 1;
    assert_eq!(errors[0].0, format!("{DOC}:{line}:17"));
    assert!(
        errors[0].1.contains("no original \"bien-ban.pdf\""),
        "{:?}",
        errors[0]
    );
    assert!(
        run.stderr()
            .contains("originals of this term: anh-hoi-nghi.jpg, bien-ban-hoi-nghi.pdf")
    );
    assert!(!site.path("public").exists());
}

#[test]
fn originals_with_unusable_names_or_titles_are_located_errors() {
    let site = archive_site();
    site.write(&format!("{TERM}/files/Biên bản.PDF"), "x");
    site.write(
        &format!("{TERM}/files/_files.toml"),
        "\"bien-ban-hoi-nghi.pdf\" = \"Biên bản\"\n\"khong-co.pdf\" = \"Không có\"\n\"anh-hoi-nghi.jpg\" = 3\n",
    );
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let errors = run.errors();
    let files = format!("{TERM}/files/_files.toml");
    assert!(
        errors.contains(&(
            format!("{TERM}/files/Biên bản.PDF:1:1"),
            "file name `Biên bản.PDF` cannot be a web address".into()
        )),
        "{errors:?}"
    );
    assert!(run.stderr().contains("e.g. `bien-ban.pdf`"));
    assert!(
        errors.contains(&(
            format!("{files}:2:1"),
            "no file `khong-co.pdf` in this files/ folder".into()
        )),
        "{errors:?}"
    );
    assert!(
        errors.contains(&(
            format!("{files}:3:22"),
            "the title of `anh-hoi-nghi.jpg` must be text".into()
        )),
        "{errors:?}"
    );
}

#[test]
fn an_unreadable_original_is_an_error_not_a_panic() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let site = archive_site();
    let path = site.path(&format!("{TERM}/files/bien-ban-hoi-nghi.pdf"));
    let mut build = common::nhiemky();
    build
        .args(["build", "--root"])
        .arg(site.dir.path())
        .env("NO_COLOR", "1");
    if unsafe { libc::geteuid() } == 0 {
        // Root reads any file: the build runs as nobody, who may read and write all but it.
        for entry in walkdir::WalkDir::new(site.dir.path()) {
            let entry = entry.unwrap();
            let mode = if entry.file_type().is_dir() {
                0o777
            } else {
                0o666
            };
            fs::set_permissions(entry.path(), fs::Permissions::from_mode(mode)).unwrap();
        }
        build.uid(65534).gid(65534);
    }
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    let run = common::Run(build.output().unwrap());
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    assert!(
        run.stderr().contains("cannot read file"),
        "{}",
        run.stderr()
    );
    assert!(
        run.positions()
            .contains(&format!("{TERM}/files/bien-ban-hoi-nghi.pdf:1:1"))
    );
}

// --- permanent links -------------------------------------------------------------------------

#[test]
fn addresses_come_from_folder_names_and_ids_never_from_display_names() {
    let site = TestSite::example();
    site.build().assert_ok();
    let before: Vec<String> = site
        .snapshot("public")
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    site.edit(
        &format!("content/{ORG}/_org.toml"),
        "name = \"",
        "name = \"Đổi tên: ",
    );
    site.edit(
        "content/huyen-uy-an-lao/2020-2025/data.toml",
        "name = \"",
        "name = \"Tên mới của chỉ tiêu ",
    );
    site.build().assert_ok();
    let after: Vec<String> = site
        .snapshot("public")
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let pages = |paths: &[String]| {
        paths
            .iter()
            .filter(|p| !p.starts_with("pagefind/"))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(pages(&before), pages(&after), "a new name moved a page");
    assert!(
        site.page("huyen-uy-an-lao/index.html")
            .contains("Đổi tên: ")
    );
}

#[test]
fn aliases_become_redirect_pages_that_work_from_disk() {
    let site = archive_site();
    site.build().assert_ok();
    for (old, up) in [
        ("van-ban/ket-qua-hoi-nghi-2022.html", "../"),
        ("tin-tuc/hoi-nghi/index.html", "../../"),
    ] {
        let page = site.page(old);
        let target = format!("{up}{DOC_PAGE}");
        assert!(
            page.contains(&format!(
                r#"<meta http-equiv="refresh" content="0; url={target}">"#
            )),
            "{page}"
        );
        assert!(page.contains(&format!(
            r#"<link rel="canonical" href="https://baocao-nhiemky.example.vn/{DOC_PAGE}">"#
        )));
        let html = scraper::Html::parse_document(&page);
        assert!(
            text(&html, "body")
                .starts_with("Trang này đã chuyển sang địa chỉ mới: Kết quả Hội nghị")
        );
        assert!(!page.contains("<script"), "works without script");
        assert!(!page.contains("Lưu trữ ngày"), "no stamp outside archives");
    }
    assert!(
        !site.page("sitemap.xml").contains("/van-ban/ket-qua"),
        "old addresses are not pages to index"
    );
}

#[test]
fn aliases_never_leave_the_site_nor_take_another_page() {
    let cases = [
        ("\"../../etc/passwd\"", "has an empty, `.` or `..` part"),
        ("\"/etc/../../x.html\"", "has an empty, `.` or `..` part"),
        (
            "\"https://other.example.vn/x.html\"",
            "is an address on another site",
        ),
        (
            "\"//other.example.vn/x.html\"",
            "is an address on another site",
        ),
        ("'van-ban\\cu.html'", "contains a backslash"),
        ("\"C:/site/x.html\"", "contains `:`"),
        (
            "\"/huyen-uy-an-lao/\"",
            "is the address of a page of the site (huyen-uy-an-lao/index.html)",
        ),
        ("\"/css/site.css\"", "is the address of a page of the site"),
        (
            "\"/atom.xml/cu.html\"",
            "would put a folder where the file atom.xml is",
        ),
        (
            "\"/huyen-uy-an-lao\"",
            "is the address of a page of the site",
        ),
    ];
    for (alias, message) in cases {
        let site = TestSite::example();
        site.edit(DOC, "tags = [", &format!("aliases = [{alias}]\ntags = ["));
        let run = site.build();
        assert_eq!(run.code(), Some(1), "{alias} accepted");
        let errors = run.errors();
        assert_eq!(errors.len(), 1, "{alias}: {}", run.stderr());
        let line = site
            .read(DOC)
            .lines()
            .position(|l| l.starts_with("aliases"))
            .unwrap()
            + 1;
        assert_eq!(errors[0].0, format!("{DOC}:{line}:12"), "{alias}");
        assert!(errors[0].1.contains(message), "{alias}: {}", errors[0].1);
        assert!(run.stderr().contains("help: "), "a hint");
        assert!(!site.path("public").exists());
        assert!(!site.path("etc").exists() && !Path::new("/etc/x.html").exists());
    }
}

#[test]
fn two_documents_cannot_share_an_old_address() {
    let site = TestSite::example();
    let other = "content/phong-gd-dt-van-ban/2015-2020/bai-viet-phat-trien-dang-vien.md";
    site.edit(
        DOC,
        "tags = [",
        "aliases = [\"/van-ban/cu.html\"]\ntags = [",
    );
    site.edit(
        other,
        "doc_type =",
        "aliases = [\"/van-ban/cu.html\"]\ndoc_type =",
    );
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let errors = run.errors();
    assert_eq!(errors.len(), 1, "{}", run.stderr());
    assert!(
        errors[0].1.contains("is also an alias of"),
        "{:?}",
        errors[0]
    );
}

// --- the published addresses ----------------------------------------------------------------

#[test]
fn check_warns_when_a_published_address_is_gone() {
    let site = archive_site();
    let (_dir, bag) = out_dir();
    archive_to(&site, &bag, &[]).assert_ok();
    let record = site.read("published-urls.txt");
    assert!(record.contains(&format!("\n{DOC_PAGE}\n")), "{record}");
    assert!(record.contains("\nvan-ban/ket-qua-hoi-nghi-2022.html\n"));
    assert!(record.contains("\nhuyen-uy-an-lao/2020-2025/files/bien-ban-hoi-nghi.pdf\n"));
    let clean = site.run(&["check"]);
    clean.assert_ok();
    assert!(
        !clean.stderr().contains("published-urls.txt"),
        "{}",
        clean.stderr()
    );

    // The document is renamed without an alias: its address is gone.
    fs::rename(site.path(DOC), site.path(&format!("{TERM}/hoi-nghi.md"))).unwrap();
    let run = site.run(&["check"]);
    run.assert_ok();
    let line = record.lines().position(|l| l == DOC_PAGE).unwrap() + 1;
    let stderr = run.stderr();
    assert!(
        stderr.contains(&format!(
            "warning: https://baocao-nhiemky.example.vn/{DOC_PAGE} was published but the site no longer has it"
        )),
        "{stderr}"
    );
    assert!(
        run.positions()
            .contains(&format!("published-urls.txt:{line}:1")),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("aliases = [\"/{DOC_PAGE}\"]")));

    // A data file no redirect can stand in for gets no advice to add an alias.
    let gone_csv = format!("{ORG}/2020-2025/chi-tieu-cu.csv");
    site.write("published-urls.txt", format!("{record}{gone_csv}\n"));
    let run = site.run(&["check"]);
    let warning = run
        .stderr()
        .lines()
        .skip_while(|l| !l.contains(&gone_csv))
        .take(8)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        warning.contains("a .csv file cannot be forwarded") && !warning.contains("aliases = ["),
        "{warning}"
    );
    site.write("published-urls.txt", &record);

    // Given its old address as an alias, nothing is gone.
    site.edit(
        &format!("{TERM}/hoi-nghi.md"),
        "aliases = [",
        &format!("aliases = [\"/{DOC_PAGE}\", "),
    );
    let run = site.run(&["check"]);
    run.assert_ok();
    assert!(
        !run.stderr().contains("no longer has it"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_renamed_organisation_keeps_its_published_pages_with_old_slugs() {
    let site = archive_site();
    let (_dir, bag) = out_dir();
    archive_to(&site, &bag, &[]).assert_ok();
    // The folder is renamed (a merger gave the organisation a new name).
    fs::rename(
        site.path("content/huyen-uy-an-lao"),
        site.path("content/dang-bo-an-lao"),
    )
    .unwrap();
    let org_file = "content/dang-bo-an-lao/_org.toml";
    site.edit(
        org_file,
        "slug = \"huyen-uy-an-lao\"",
        "slug = \"dang-bo-an-lao\"",
    );
    for file in ["ket-qua-hoi-nghi.md", "data.toml"] {
        site.edit(
            &format!("content/dang-bo-an-lao/2020-2025/{file}"),
            "org = \"huyen-uy-an-lao\"",
            "org = \"dang-bo-an-lao\"",
        );
    }
    let gone = |run: &Run| -> Vec<String> {
        run.stderr()
            .lines()
            .filter_map(|l| l.strip_prefix("warning: https://baocao-nhiemky.example.vn/"))
            .filter_map(|l| l.strip_suffix(" was published but the site no longer has it"))
            .map(str::to_owned)
            .collect()
    };
    let run = site.run(&["check"]);
    run.assert_ok();
    assert!(
        gone(&run).contains(&DOC_PAGE.to_owned()),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr()
            .contains("add old_slugs = [\"huyen-uy-an-lao\"] to its _org.toml"),
        "{}",
        run.stderr()
    );

    site.edit(
        org_file,
        "kind = ",
        "old_slugs = [\"huyen-uy-an-lao\"]\nkind = ",
    );
    let run = site.run(&["check"]);
    run.assert_ok();
    let gone = gone(&run);
    // Pages are forwarded; files a page cannot stand for are still gone, and said so.
    assert!(!gone.is_empty(), "{}", run.stderr());
    for address in &gone {
        assert!(
            !address.ends_with(".html") && !address.ends_with('/'),
            "{address}"
        );
        assert!(address.starts_with("huyen-uy-an-lao/"), "{address}");
    }
    assert!(gone.contains(&"huyen-uy-an-lao/2020-2025/files/bien-ban-hoi-nghi.pdf".to_owned()));
    assert!(
        run.stderr().contains(
            "`huyen-uy-an-lao` is an old slug of Huyện ủy An Lão: its pages are forwarded, but charts, downloads, originals and feeds are not"
        ),
        "{}",
        run.stderr()
    );
}

// --- the archive -----------------------------------------------------------------------------

#[test]
fn the_archive_is_a_bag_with_the_site_and_its_sources() {
    let site = archive_site();
    let (_dir, bag) = out_dir();
    let run = archive_to(&site, &bag, &[]);
    run.assert_ok();
    assert!(run.stdout().contains("archived "), "{}", run.stdout());
    assert_eq!(
        fs::read_to_string(bag.join("bagit.txt")).unwrap(),
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    );
    let info = fs::read_to_string(bag.join("bag-info.txt")).unwrap();
    assert!(
        info.starts_with("Source-Organization: Báo cáo nhiệm kỳ — Ngành Giáo dục\n"),
        "{info}"
    );
    assert!(info.contains("\nBagging-Date: 2025-06-01\n"));
    assert!(info.contains(&format!(
        "\nBag-Software-Agent: nhiemky {}\n",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(
        info.contains(
            "External-Description: Bản lưu trữ trang «Báo cáo nhiệm kỳ — Ngành Giáo dục»"
        )
    );
    assert!(info.contains("2 văn bản gốc"), "{info}");
    for line in info.lines() {
        assert!(line.chars().count() <= 79, "not folded: {line}");
    }
    // Payload-Oxum: the payload's bytes and files.
    let payload = snapshot(&bag.join("data"));
    let bytes: usize = payload.iter().map(|(_, b)| b.len()).sum();
    assert!(
        info.contains(&format!("\nPayload-Oxum: {bytes}.{}\n", payload.len())),
        "{info}"
    );
    // Every payload file in the manifest with its SHA-256, sorted; the tag files in the tag manifest.
    let manifest = fs::read_to_string(bag.join("manifest-sha256.txt")).unwrap();
    let expected: String = payload
        .iter()
        .map(|(p, b)| format!("{}  data/{p}\n", sha256(b)))
        .collect();
    assert_eq!(manifest, expected);
    let tags = fs::read_to_string(bag.join("tagmanifest-sha256.txt")).unwrap();
    let names: Vec<&str> = tags
        .lines()
        .map(|l| l.split_once("  ").unwrap().1)
        .collect();
    assert_eq!(names, ["bag-info.txt", "bagit.txt", "manifest-sha256.txt"]);
    // The site, with the originals byte for byte, and the sources to rebuild it.
    assert_eq!(
        fs::read(bag.join("data/site/huyen-uy-an-lao/2020-2025/files/bien-ban-hoi-nghi.pdf"))
            .unwrap(),
        pdf()
    );
    for source in [
        "config.toml",
        "content/huyen-uy-an-lao/_org.toml",
        "content/huyen-uy-an-lao/2020-2025/data.toml",
        "content/huyen-uy-an-lao/2020-2025/ket-qua-hoi-nghi.md",
        "content/huyen-uy-an-lao/2020-2025/files/_files.toml",
        "content/huyen-uy-an-lao/2020-2025/files/bien-ban-hoi-nghi.pdf",
        "themes/default/templates/base.html",
    ] {
        assert_eq!(
            fs::read(bag.join("data/source").join(source)).unwrap(),
            fs::read(site.path(source)).unwrap(),
            "{source}"
        );
    }
    assert!(
        !bag.join("data/source/content/chi-bo-phong-gd-dt-chu-puh/2020-2025/nghi-quyet.md")
            .exists(),
        "a draft was never published: it stays out"
    );
    // The sources rebuild the same site (but for the stamp).
    let rebuilt = TestSite {
        dir: tempfile::tempdir().unwrap(),
    };
    common::copy_dir(&bag.join("data/source"), rebuilt.dir.path());
    rebuilt.build().assert_ok();
    let stamp =
        regex_lite::Regex::new(r#"(?s)<div class="archive-stamp".*?</div></div>\n"#).unwrap();
    // An archive's pages do not preload the font: it is inside the style sheet.
    let preload = regex_lite::Regex::new(r#"<link rel="preload"[^>]*>\n"#).unwrap();
    for page in [
        "index.html",
        DOC_PAGE,
        "huyen-uy-an-lao/2020-2025/index.html",
    ] {
        let archived = fs::read_to_string(bag.join("data/site").join(page)).unwrap();
        let published = rebuilt.page(page);
        assert!(preload.is_match(&published), "{page}");
        assert_eq!(
            stamp.replace(&archived, ""),
            preload.replace(&published, ""),
            "{page}"
        );
    }
}

#[test]
fn archived_pages_carry_the_stamp_and_their_permanent_address() {
    let site = archive_site();
    let (_dir, bag) = out_dir();
    archive_to(&site, &bag, &[]).assert_ok();
    for page in [
        "index.html",
        DOC_PAGE,
        "huyen-uy-an-lao/2020-2025/index.html",
        "404.html",
        "tim-kiem.html",
        "huyen-uy-an-lao/2020-2025/nhung.html",
    ] {
        let html = scraper::Html::parse_document(
            &fs::read_to_string(bag.join("data/site").join(page)).unwrap(),
        );
        let stamp = text(&html, ".archive-stamp");
        let url = format!(
            "https://baocao-nhiemky.example.vn/{}",
            page.trim_end_matches("index.html")
        );
        assert_eq!(stamp, format!("{STAMP} · Địa chỉ lâu dài: {url}"), "{page}");
    }
    // Opened from disk, the 404 page links relatively like every other page.
    let not_found = fs::read_to_string(bag.join("data/site/404.html")).unwrap();
    assert!(
        not_found.contains(r#"href="./css/site.css""#),
        "{not_found}"
    );
    // The site itself carries no stamp.
    site.build().assert_ok();
    assert!(!site.page("index.html").contains("archive-stamp"));
    assert!(!site.page("404.html").contains(r#"href="./css/site.css""#));
}

#[test]
fn the_archives_style_sheet_carries_its_fonts_for_reading_from_disk() {
    let site = archive_site();
    let (_dir, bag) = out_dir();
    archive_to(&site, &bag, &[]).assert_ok();
    let css = fs::read_to_string(bag.join("data/site/css/site.css")).unwrap();
    let regular =
        fs::read(common::repo().join("themes/default/static/fonts/NotoSans-Regular.woff2"))
            .unwrap();
    let inlined = format!(
        "url(\"data:font/woff2;base64,{}\")",
        base64::prelude::BASE64_STANDARD.encode(&regular)
    );
    assert!(
        css.contains(&inlined),
        "the regular font is not inside site.css"
    );
    assert_eq!(css.matches("url(\"data:font/woff2;base64,").count(), 3);
    assert!(
        !css.contains("../fonts/"),
        "a font is still fetched from another folder"
    );
    // No preload of a file the page cannot fetch from disk.
    let page = fs::read_to_string(bag.join("data/site").join(DOC_PAGE)).unwrap();
    assert!(!page.contains(r#"rel="preload""#), "{page}");
    // The site on the portal keeps its font files and the preload.
    site.build().assert_ok();
    assert!(
        site.read("public/css/site.css")
            .contains("url(\"../fonts/NotoSans-Regular.woff2\")")
    );
    assert!(site.page(DOC_PAGE).contains(r#"rel="preload""#));
}

#[test]
fn the_library_of_congress_bagit_tool_accepts_the_bag_and_finds_a_changed_byte() {
    let python = std::env::var("NHIEMKY_PYTHON").unwrap_or_else(|_| "python3".into());
    let bagit = |bag: &Path| {
        Command::new(&python)
            .args(["-m", "bagit", "--validate"])
            .arg(bag)
            .output()
            .unwrap_or_else(|e| panic!("this test needs Python 3 ({python}): {e}"))
    };
    let probe = Command::new(&python)
        .args(["-m", "bagit", "--version"])
        .output();
    assert!(
        probe.as_ref().is_ok_and(|o| o.status.success()),
        "this test needs the Library of Congress bagit tool: `pip install bagit` (.ci/run installs it); {python} -m bagit --version said: {probe:?}"
    );
    let site = archive_site();
    let (_dir, bag) = out_dir();
    archive_to(&site, &bag, &[]).assert_ok();
    let valid = bagit(&bag);
    assert!(
        valid.status.success(),
        "bagit.py: {}",
        String::from_utf8_lossy(&valid.stderr)
    );
    assert!(String::from_utf8_lossy(&valid.stderr).contains("is valid"));
    verify(&bag).assert_ok();

    // One byte of the original changed: both tools fail and name the file.
    let original = bag.join("data/site/huyen-uy-an-lao/2020-2025/files/bien-ban-hoi-nghi.pdf");
    let mut bytes = fs::read(&original).unwrap();
    bytes[1000] ^= 1;
    fs::write(&original, bytes).unwrap();
    let invalid = bagit(&bag);
    assert!(!invalid.status.success());
    let said = String::from_utf8_lossy(&invalid.stderr);
    assert!(
        said.contains("data/site/huyen-uy-an-lao/2020-2025/files/bien-ban-hoi-nghi.pdf"),
        "{said}"
    );
    let run = verify(&bag);
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains(
            "changed file: data/site/huyen-uy-an-lao/2020-2025/files/bien-ban-hoi-nghi.pdf"
        ),
        "{}",
        run.stderr()
    );
}

#[test]
fn verify_names_each_changed_missing_and_extra_file() {
    let site = archive_site();
    let (_dir, bag) = out_dir();
    archive_to(&site, &bag, &[]).assert_ok();
    let run = verify(&bag);
    run.assert_ok();
    assert!(
        run.stdout().starts_with("bag is valid: "),
        "{}",
        run.stdout()
    );
    fs::write(bag.join("data/site/index.html"), "đã sửa").unwrap();
    fs::remove_file(bag.join("data/source/config.toml")).unwrap();
    fs::write(bag.join("data/site/them.html"), "thêm").unwrap();
    let run = verify(&bag);
    assert_eq!(run.code(), Some(1));
    let stderr = run.stderr();
    for problem in [
        "error: changed file: data/site/index.html",
        "error: missing file: data/source/config.toml",
        "error: extra file, not in the manifest: data/site/them.html",
        "error: Payload-Oxum is ",
    ] {
        assert!(stderr.contains(problem), "{problem}\n{stderr}");
    }
    assert!(stderr.contains("bag is not valid: 4 problems"), "{stderr}");
    // A changed tag file is found through the tag manifest.
    let (_dir, bag) = out_dir();
    archive_to(&site, &bag, &[]).assert_ok();
    let info = fs::read_to_string(bag.join("bag-info.txt")).unwrap();
    fs::write(
        bag.join("bag-info.txt"),
        info.replace("2025-06-01", "2025-06-02"),
    )
    .unwrap();
    let run = verify(&bag);
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains("changed file: bag-info.txt"),
        "{}",
        run.stderr()
    );
    // Not a bag at all.
    let run = verify(site.path("content").as_path());
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains("not a bag: it has no bagit.txt"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_zipped_archive_holds_the_bag_as_its_one_folder_and_verifies() {
    let site = archive_site();
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("an-lao-2025.zip");
    archive_to(&site, &zip, &["--zip"]).assert_ok();
    let mut archive = zip::ZipArchive::new(fs::File::open(&zip).unwrap()).unwrap();
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| n.starts_with("an-lao-2025/")),
        "{names:?}"
    );
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries in path order");
    assert!(names.contains(&"an-lao-2025/bagit.txt".to_owned()));
    let file = archive.by_name("an-lao-2025/data/site/index.html").unwrap();
    let time = file.last_modified().unwrap();
    assert_eq!(
        (time.year(), time.month(), time.day(), time.hour()),
        (2025, 6, 1, 0)
    );
    drop(file);
    let run = verify(&zip);
    run.assert_ok();
    // The unzipped bag passes the Library of Congress tool too.
    archive.extract(dir.path().join("unzipped")).unwrap();
    let bagit = Command::new("python3")
        .args(["-m", "bagit", "--validate"])
        .arg(dir.path().join("unzipped/an-lao-2025"))
        .output()
        .unwrap();
    assert!(
        bagit.status.success(),
        "{}",
        String::from_utf8_lossy(&bagit.stderr)
    );
    // A zip with a changed entry fails, naming it.
    let tampered = dir.path().join("tampered.zip");
    let mut writer = zip::ZipWriter::new(fs::File::create(&tampered).unwrap());
    let mut source = zip::ZipArchive::new(fs::File::open(&zip).unwrap()).unwrap();
    for i in 0..source.len() {
        let mut entry = source.by_index(i).unwrap();
        let name = entry.name().unwrap().replace("an-lao-2025/", "tampered/");
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut bytes).unwrap();
        if name == "tampered/data/site/index.html" {
            bytes[0] ^= 1;
        }
        writer
            .start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut writer, &bytes).unwrap();
    }
    writer.finish().unwrap();
    let run = verify(&tampered);
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains("changed file: data/site/index.html"),
        "{}",
        run.stderr()
    );
}

#[test]
fn the_same_input_gives_byte_identical_sites_bags_and_zips() {
    let site = archive_site();
    site.build().assert_ok();
    let first = site.snapshot("public");
    let other = archive_site();
    other.build().assert_ok();
    assert!(
        first
            .iter()
            .any(|(p, _)| p.ends_with("files/bien-ban-hoi-nghi.pdf"))
    );
    assert!(
        first
            .iter()
            .any(|(p, _)| p == "van-ban/ket-qua-hoi-nghi-2022.html")
    );
    assert_eq!(
        first,
        other.snapshot("public"),
        "two builds with originals and redirects differ"
    );

    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a/bag"), dir.path().join("b/bag"));
    archive_to(&site, &a, &[]).assert_ok();
    archive_to(&other, &b, &[]).assert_ok();
    assert_eq!(snapshot(&a), snapshot(&b), "two bags differ");
    let (a, b) = (dir.path().join("a/bag.zip"), dir.path().join("b/bag.zip"));
    archive_to(&site, &a, &["--zip"]).assert_ok();
    archive_to(&other, &b, &["--zip"]).assert_ok();
    assert!(
        fs::read(&a).unwrap() == fs::read(&b).unwrap(),
        "two zips differ"
    );
    assert_eq!(
        site.read("published-urls.txt"),
        other.read("published-urls.txt")
    );
}

#[test]
fn an_organisations_or_terms_archive_is_a_site_without_broken_links() {
    let site = archive_site();
    let (_dir, bag) = out_dir();
    let run = archive_to(
        &site,
        &bag,
        &["--org", "dang-bo-so-gd-dt-lang-son", "--term", "2020-2025"],
    );
    run.assert_ok();
    let root = bag.join("data/site");
    assert!(root.join("index.html").is_file());
    assert!(
        root.join("dang-bo-so-gd-dt-lang-son/2020-2025/bao-cao-chinh-tri.html")
            .is_file()
    );
    assert!(
        !root
            .join("dang-bo-so-gd-dt-lang-son/2015-2020/index.html")
            .exists(),
        "another term"
    );
    assert!(
        !root.join("huyen-uy-an-lao/index.html").exists(),
        "another organisation"
    );
    assert!(
        !root.join("tim-kiem.html").exists() && !root.join("pagefind").exists(),
        "no search in a part"
    );
    let mut checked = 0;
    for (page, bytes) in snapshot(&root)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
    {
        let html = scraper::Html::parse_document(&String::from_utf8(bytes).unwrap());
        let selector = scraper::Selector::parse("[href], [src]").unwrap();
        for element in html.select(&selector) {
            let link = element
                .value()
                .attr("href")
                .or(element.value().attr("src"))
                .unwrap();
            if link.starts_with(['#']) || link.contains(':') {
                continue;
            }
            let file = link.split(['#', '?']).next().unwrap();
            let target = root.join(&page).parent().unwrap().join(file);
            assert!(
                target.exists(),
                "{page} links to {link}, which the archive does not hold"
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} links checked");
    // What was left out is linked at its published address.
    let home = fs::read_to_string(root.join("index.html")).unwrap();
    assert!(
        home.contains(r#"href="https://baocao-nhiemky.example.vn/huyen-uy-an-lao/""#),
        "{home}"
    );
    let info = fs::read_to_string(bag.join("bag-info.txt")).unwrap();
    assert!(
        info.starts_with("Source-Organization: Đảng bộ Sở Giáo dục và Đào tạo"),
        "{info}"
    );
    assert!(info.contains("External-Identifier: https://baocao-nhiemky.example.vn/dang-bo-so-gd-dt-lang-son/2020-2025/"));
    // Its sources: that organisation only, every data.toml, the term's documents.
    let sources: Vec<String> = snapshot(&bag.join("data/source"))
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert!(
        sources
            .iter()
            .all(|p| !p.starts_with("content/")
                || p.starts_with("content/dang-bo-so-gd-dt-lang-son/")),
        "{sources:?}"
    );
    assert!(
        sources.contains(
            &"content/dang-bo-so-gd-dt-lang-son/2020-2025/bao-cao-chinh-tri.md".to_owned()
        )
    );
    verify(&bag).assert_ok();
}

#[test]
fn unsafe_or_taken_targets_are_refused_and_nothing_is_written() {
    let site = archive_site();
    let before = site.snapshot("content");
    let refused = |out: &Path, more: &[&str], why: &str| {
        let run = archive_to(&site, out, more);
        assert_eq!(run.code(), Some(1), "{}", out.display());
        assert!(run.stderr().contains(why), "{why}\n{}", run.stderr());
        assert!(run.stderr().contains("help: "));
        assert!(run.stderr().contains("nothing was written"));
    };
    refused(
        &site.path("content/luu-tru"),
        &[],
        "is inside the site's content/ folder",
    );
    refused(
        &site.path("themes/x.zip"),
        &["--zip"],
        "is inside the site's themes/ folder",
    );
    refused(site.dir.path(), &["--force"], "holds the site itself");
    refused(
        &site.path("config.toml"),
        &["--zip", "--force"],
        "is the site's config.toml",
    );
    let dir = tempfile::tempdir().unwrap();
    let bag = dir.path().join("bag");
    archive_to(&site, &bag, &[]).assert_ok();
    refused(&bag, &[], "already exists");
    let ordinary = dir.path().join("ordinary");
    fs::create_dir(&ordinary).unwrap();
    fs::write(ordinary.join("keep.txt"), "giữ").unwrap();
    refused(&ordinary, &["--force"], "it is not a bag");
    assert_eq!(
        fs::read_to_string(ordinary.join("keep.txt")).unwrap(),
        "giữ"
    );
    // --force replaces an earlier bag.
    archive_to(&site, &bag, &["--force"]).assert_ok();
    verify(&bag).assert_ok();
    assert_eq!(
        site.snapshot("content"),
        before,
        "the sources are untouched"
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "{leftovers:?}");
}

#[test]
fn a_failed_archive_leaves_no_half_bag() {
    let site = archive_site();
    site.edit(DOC, "bien-ban-hoi-nghi.pdf\") }}", "mat.pdf\") }}");
    let dir = tempfile::tempdir().unwrap();
    for (out, more) in [
        (dir.path().join("bag"), vec![]),
        (dir.path().join("bag.zip"), vec!["--zip"]),
    ] {
        let run = archive_to(&site, &out, &more);
        assert_eq!(run.code(), Some(1));
        assert!(
            run.stderr().contains("no original \"mat.pdf\""),
            "{}",
            run.stderr()
        );
    }
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "no bag, no staging folder, no partial zip"
    );
    assert!(!site.path("published-urls.txt").exists());
    assert!(!site.path("luu-tru").exists());
}

#[test]
fn an_interrupted_archive_leaves_a_whole_bag_or_none() {
    let site = archive_site();
    let dir = tempfile::tempdir().unwrap();
    let bag = dir.path().join("bag");
    for delay in [20, 60, 150] {
        let mut child = common::nhiemky()
            .args(["archive", "--force", "--out"])
            .arg(&bag)
            .arg("--root")
            .arg(site.dir.path())
            .stderr(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        let _ = child.kill();
        child.wait().unwrap();
        if bag.exists() {
            verify(&bag).assert_ok();
        }
    }
    // The next run clears what the interrupted ones left beside the bag.
    archive_to(&site, &bag, &["--force"]).assert_ok();
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["bag"], "{names:?}");
}

#[test]
fn a_bad_source_date_epoch_is_an_error() {
    let site = TestSite::example();
    let dir = tempfile::tempdir().unwrap();
    let output = common::nhiemky()
        .args(["archive", "--out"])
        .arg(dir.path().join("bag"))
        .arg("--root")
        .arg(site.dir.path())
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "hôm qua")
        .output()
        .unwrap();
    let run = Run(output);
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr()
            .contains("SOURCE_DATE_EPOCH=\"hôm qua\" is not a number"),
        "{}",
        run.stderr()
    );
}
