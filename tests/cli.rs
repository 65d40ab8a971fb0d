//! The command line as a user meets it: scaffolds, output folders, base URL, interruption.

mod common;

use common::{TestSite, text};

#[test]
fn new_org_and_new_term_build_at_once() {
    let site = TestSite::fixture("valid-site");
    let run = site.run(&["new", "org", "chi-bo-moi", "--name", "Chi bộ Mới"]);
    run.assert_ok();
    assert!(run.stdout().contains("content/chi-bo-moi/_org.toml"));
    site.run(&["new", "term", "chi-bo-moi", "2025-2030"])
        .assert_ok();
    site.build().assert_ok();
    assert!(site.page("index.html").contains("Chi bộ Mới"));
    assert!(
        site.page("chi-bo-moi/2025-2030/index.html")
            .contains("2025 - 2030")
    );
    // The scaffolded report is a draft: it appears with --drafts, with the draft banner.
    assert!(
        !site
            .path("public/chi-bo-moi/2025-2030/bao-cao-chinh-tri.html")
            .exists()
    );
    site.run(&["build", "--drafts"]).assert_ok();
    let report = site.html("chi-bo-moi/2025-2030/bao-cao-chinh-tri.html");
    assert_eq!(
        text(&report, ".draft-banner"),
        "Bản nháp — văn bản chưa được thông qua, chưa công bố."
    );
    assert!(text(&report, ".prose").contains("Chưa có số liệu chỉ tiêu cho nhiệm kỳ này."));
}

#[test]
fn scaffolds_refuse_what_cannot_work() {
    let site = TestSite::fixture("valid-site");
    let run = site.run(&["new", "org", "Đảng bộ"]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("e.g. `dang-bo`"), "{}", run.stderr());
    let run = site.run(&["new", "org", "dang-bo-thu"]);
    assert!(run.stderr().contains("already exists"));
    let run = site.run(&["new", "term", "khong-co", "2025-2030"]);
    assert!(run.stderr().contains("no organisation `khong-co`"));
    let run = site.run(&["new", "term", "dang-bo-thu", "2025-2029"]);
    assert!(run.stderr().contains("lasts 4 years"));
    let run = site.run(&["new", "term", "../dang-bo-thu", "2025-2030"]);
    assert!(
        run.stderr()
            .contains("is not the web address of an organisation"),
        "{}",
        run.stderr()
    );
    assert!(!site.path("content/dang-bo-thu/2025-2030").exists());
}

/// A name with quotes cannot end its TOML string and add keys: the scaffold's values are
/// written by the TOML library, and read back exactly.
#[test]
fn a_scaffolds_values_are_written_by_the_toml_library() {
    let site = TestSite::fixture("valid-site");
    let run = site.run(&["new", "org", "x", "--name", "X\"\nparent = \"evil\""]);
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains("write it on one line"),
        "{}",
        run.stderr()
    );
    let name = "Chi bộ \"Số 1\" parent = \"evil\" \\ # không phải chú thích";
    site.run(&["new", "org", "chi-bo-so-1", "--name", name])
        .assert_ok();
    let text = site.read("content/chi-bo-so-1/_org.toml");
    let table: toml::Table = text.parse().unwrap();
    assert_eq!(table["name"].as_str(), Some(name));
    assert_eq!(table["slug"].as_str(), Some("chi-bo-so-1"));
    assert!(!table.contains_key("parent"));
    assert!(
        text.contains("# tên hiển thị, ví dụ"),
        "the comments stay:\n{text}"
    );
    site.run(&["new", "term", "chi-bo-so-1", "2025-2030"])
        .assert_ok();
    site.run(&["check", "--drafts"]).assert_ok();
    let data: toml::Table = site
        .read("content/chi-bo-so-1/2025-2030/data.toml")
        .parse()
        .unwrap();
    assert_eq!(data["schema_version"].as_integer(), Some(1));
    assert_eq!(data["term"].as_str(), Some("2025-2030"));
}

#[test]
fn output_folder_and_base_url_can_be_overridden() {
    let site = TestSite::fixture("valid-site");
    let out = site.path("dist");
    site.run(&[
        "build",
        "--output",
        out.to_str().unwrap(),
        "--base-url",
        "https://huyenuy.example.vn/bao-cao-nhiem-ky",
    ])
    .assert_ok();
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        home.contains(
            r#"<link rel="canonical" href="https://huyenuy.example.vn/bao-cao-nhiem-ky/">"#
        )
    );
    let not_found = std::fs::read_to_string(out.join("404.html")).unwrap();
    assert!(not_found.contains(r#"href="/bao-cao-nhiem-ky/css/site.css""#));
    let run = site.run(&["build", "--base-url", "bao-cao/"]);
    assert_eq!(run.code(), Some(1));
    assert!(run.stderr().contains("--base-url is not an absolute URL"));
}

#[test]
fn refuses_to_replace_a_folder_holding_sources() {
    let site = TestSite::fixture("valid-site");
    for output in [".", "content", "content/dang-bo-thu"] {
        let run = site.run(&["build", "--output", site.path(output).to_str().unwrap()]);
        assert_eq!(run.code(), Some(1), "{output}");
        assert!(
            run.stderr().contains("refusing to write the site"),
            "{}",
            run.stderr()
        );
    }
    assert!(site.path("content/dang-bo-thu/_org.toml").is_file());
}

/// `build --output ~/tai-lieu` onto a folder of the user's: refused, nothing removed, until
/// `--force`; the build's own output is replaced, but not once a file was added to it.
#[test]
fn a_folder_the_build_did_not_write_is_never_replaced_unasked() {
    let site = TestSite::fixture("valid-site");
    let home = tempfile::tempdir().unwrap();
    let folder = home.path().join("tai-lieu");
    std::fs::create_dir_all(folder.join("sub")).unwrap();
    std::fs::write(folder.join("thesis.docx"), "keep").unwrap();
    let output = folder.to_str().unwrap();
    let run = site.run(&["build", "--output", output]);
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    let stderr = run.stderr();
    assert!(
        stderr.contains(&format!(
            "error: refusing to replace {output}: it was not written by nhiemky (it holds sub, thesis.docx …)"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(folder.join("thesis.docx")).unwrap(),
        "keep"
    );
    assert!(folder.join("sub").is_dir());
    assert!(!folder.join("index.html").exists());

    // Its own output the build replaces, again and again.
    let public = site.path("public");
    site.build().assert_ok();
    site.edit(
        "content/dang-bo-thu/2020-2025/bao-cao.md",
        "Phần thứ nhất",
        "Phần I",
    );
    site.build().assert_ok();
    assert!(
        site.page("dang-bo-thu/2020-2025/bao-cao.html")
            .contains("Phần I")
    );
    // A file added to it afterwards is the user's.
    std::fs::write(public.join("ghi-chu.txt"), "của tôi").unwrap();
    std::fs::create_dir(public.join("anh")).unwrap();
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    assert!(
        run.stderr().contains(&format!(
            "refusing to replace {}: files were added to it after the last build: anh, ghi-chu.txt",
            public.display()
        )),
        "{}",
        run.stderr()
    );
    assert_eq!(
        std::fs::read_to_string(public.join("ghi-chu.txt")).unwrap(),
        "của tôi"
    );

    // Asked to, the build replaces either folder.
    site.run(&["build", "--force"]).assert_ok();
    assert!(!public.join("ghi-chu.txt").exists());
    site.run(&["build", "--output", output, "--force"])
        .assert_ok();
    assert!(folder.join("index.html").is_file());
    assert!(!folder.join("thesis.docx").exists());
    site.run(&["build", "--output", output]).assert_ok();
}

#[test]
fn a_missing_site_says_where_to_run() {
    let dir = tempfile::tempdir().unwrap();
    let run = common::nhiemky()
        .args(["build", "--root"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no config.toml"));
}

#[test]
fn an_interrupted_build_leaves_the_previous_output_whole() {
    let site = TestSite::fixture("valid-site");
    site.build().assert_ok();
    let before = site.snapshot("public");
    // Enough documents that the build takes a while; the second version changes every page.
    for n in 0..400 {
        site.write(
            &format!("content/dang-bo-thu/2020-2025/van-ban-{n}.md"),
            format!("+++\ntitle = \"Văn bản {n}\"\norg = \"dang-bo-thu\"\nterm = \"2020-2025\"\ndoc_type = \"bao-cao\"\nstatus = \"published\"\n+++\n\n{}\n", "Nội dung báo cáo. ".repeat(400)),
        );
    }
    let mut child = common::nhiemky()
        .args(["build", "--root"])
        .arg(site.dir.path())
        .stderr(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(60));
    let _ = child.kill();
    child.wait().unwrap();
    let after = site.snapshot("public");
    // Counted by the new documents' pages: the search index's files vary with the content.
    let new_pages = |files: &[(String, Vec<u8>)]| {
        files
            .iter()
            .filter(|(path, _)| path.contains("/van-ban-"))
            .count()
    };
    assert!(
        after == before || new_pages(&after) == 400,
        "public/ is half-written: {} files",
        after.len()
    );
    // The next build cleans up the interrupted staging folder and publishes.
    site.build().assert_ok();
    assert_eq!(new_pages(&site.snapshot("public")), 400);
    let leftovers: Vec<_> = std::fs::read_dir(site.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn english_interface_when_asked_for() {
    let site = TestSite::fixture("valid-site");
    site.edit("config.toml", "title = ", "language = \"en\"\ntitle = ");
    site.build().assert_ok();
    let html = site.page("dang-bo-thu/2015-2020/index.html");
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains(">Exceeded<"));
    assert!(html.contains("Results against targets"));
}

#[test]
fn minify_shrinks_pages_and_styles_and_keeps_their_content() {
    let site = TestSite::fixture("valid-site");
    site.build().assert_ok();
    let plain = site.snapshot("public");
    site.run(&["build", "--minify"]).assert_ok();
    let small = site.snapshot("public");
    assert_eq!(
        plain.iter().map(|(p, _)| p).collect::<Vec<_>>(),
        small.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    for ((path, before), (_, after)) in plain.iter().zip(&small) {
        if path.ends_with(".html") || path.ends_with(".css") {
            assert!(after.len() < before.len(), "{path} did not shrink");
        } else {
            assert_eq!(before, after, "{path} changed");
        }
    }
    let page = site.html("dang-bo-thu/chi-tieu/ty-le-dang-vien.html");
    assert!(common::text(&page, "main").contains("58,6%"));
    let css = site.page("css/site.css");
    assert!(!css.contains("\n  ") && css.contains("Noto Sans"));
}

#[test]
fn a_rebuild_of_unchanged_sources_writes_nothing() {
    use std::os::unix::fs::MetadataExt;
    let site = TestSite::fixture("valid-site");
    site.build().assert_ok();
    // Every entry of the output, with what a write would change: inode, modification and
    // status-change times (a new link or a rename changes ctime).
    let snapshot = || -> Vec<(String, u64, i64, i64)> {
        walkdir::WalkDir::new(site.path("public"))
            .sort_by_file_name()
            .into_iter()
            .map(|e| {
                let e = e.unwrap();
                let m = e.metadata().unwrap();
                let name = e.path().display().to_string();
                (
                    name,
                    m.ino(),
                    m.mtime_nsec() + m.mtime() * 1_000_000_000,
                    m.ctime_nsec() + m.ctime() * 1_000_000_000,
                )
            })
            .collect()
    };
    let before = snapshot();
    assert!(before.len() > 20, "{before:?}");
    let run = site.build();
    run.assert_ok();
    assert!(run.stdout().contains("nothing changed"), "{}", run.stdout());
    assert_eq!(snapshot(), before);

    // One changed source: the output is replaced, and the pages it does not touch keep their files.
    let report = site.path("content/dang-bo-thu/2020-2025/bao-cao.md");
    let text = std::fs::read_to_string(&report).unwrap();
    std::fs::write(&report, text.replace("năm 2019.", "năm 2019, như đã nêu.")).unwrap();
    let run = site.build();
    run.assert_ok();
    assert!(
        !run.stdout().contains("nothing changed"),
        "{}",
        run.stdout()
    );
    let after = snapshot();
    let inode = |snap: &[(String, u64, i64, i64)], end: &str| {
        snap.iter().find(|e| e.0.ends_with(end)).unwrap().1
    };
    assert_eq!(
        inode(&after, "public/css/site.css"),
        inode(&before, "public/css/site.css")
    );
    assert_ne!(
        inode(&after, "2020-2025/bao-cao.html"),
        inode(&before, "2020-2025/bao-cao.html")
    );
    assert!(
        site.page("dang-bo-thu/2020-2025/bao-cao.html")
            .contains("như đã nêu")
    );
}
