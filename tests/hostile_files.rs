//! Files that are strange rather than wrong: links out of content/ and link loops, names that
//! are no web address or not even UTF-8, a BOM with CRLF and NFD in every kind of file, a huge
//! report and a huge data file. Each gets a clear diagnostic or correct output; never a panic,
//! a hang, or a file outside the output folder.

mod common;

use common::TestSite;
use std::os::unix::fs::symlink;

const TERM_DIR: &str = "content/dang-bo-thu/2020-2025";
const DATA: &str = "content/dang-bo-thu/2020-2025/data.toml";
const DOC: &str = "content/dang-bo-thu/2020-2025/bao-cao.md";

/// Every file under the site folder but the output: what a build must never add to.
fn sources(site: &TestSite) -> Vec<String> {
    let mut files: Vec<String> = walkdir::WalkDir::new(site.dir.path())
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| {
            let path = e.path().strip_prefix(site.dir.path()).unwrap();
            path.to_string_lossy().into_owned()
        })
        .filter(|p| !p.starts_with("public") && !p.starts_with(".public"))
        .collect();
    files.sort();
    files
}

#[test]
fn links_out_of_content_are_not_followed() {
    let site = TestSite::fixture("valid-site");
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.md");
    std::fs::write(
        &secret,
        site.read(DOC)
            .replace("Phần thứ nhất", "BÍ MẬT NGOÀI TRANG"),
    )
    .unwrap();
    std::fs::create_dir(outside.path().join("2020-2025")).unwrap();
    symlink(&secret, site.path(&format!("{TERM_DIR}/bi-mat.md"))).unwrap();
    symlink(outside.path(), site.path("content/ngoai")).unwrap();
    symlink(
        outside.path().join("2020-2025"),
        site.path("content/dang-bo-thu/2015-2020"),
    )
    .unwrap();
    let run = site.build();
    run.assert_ok();
    let stderr = run.stderr();
    for (path, name) in [
        ("content/dang-bo-thu/2015-2020", "2015-2020"),
        ("content/dang-bo-thu/2020-2025/bi-mat.md", "bi-mat.md"),
        ("content/ngoai", "ngoai"),
    ] {
        assert!(
            stderr.contains(&format!("warning: `{name}` is a symbolic link; links in content/ are not followed, so it is ignored")),
            "{stderr}"
        );
        assert!(run.positions().contains(&format!("{path}:1:1")), "{stderr}");
    }
    assert!(
        !site
            .path("public/dang-bo-thu/2020-2025/bi-mat.html")
            .exists()
    );
    assert!(!site.path("public/ngoai").exists());
}

#[test]
fn a_linked_organisation_file_is_not_read() {
    let site = TestSite::fixture("valid-site");
    let outside = tempfile::tempdir().unwrap();
    let org = outside.path().join("_org.toml");
    std::fs::rename(site.path("content/dang-bo-thu/_org.toml"), &org).unwrap();
    symlink(&org, site.path("content/dang-bo-thu/_org.toml")).unwrap();
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    assert_eq!(
        run.errors(),
        [(
            "content/dang-bo-thu:1:1".to_owned(),
            "organisation folder `dang-bo-thu` has no _org.toml".to_owned()
        )]
    );
    assert!(
        run.stderr()
            .contains("warning: `_org.toml` is a symbolic link")
    );
}

#[test]
fn link_loops_end_at_once() {
    let site = TestSite::fixture("valid-site");
    symlink(".", site.path(&format!("{TERM_DIR}/vong"))).unwrap();
    symlink("../content", site.path("content/vong")).unwrap();
    symlink("vong-a", site.path("content/dang-bo-thu/vong-b")).unwrap();
    symlink("vong-b", site.path("content/dang-bo-thu/vong-a")).unwrap();
    let run = site.build();
    run.assert_ok();
    assert_eq!(run.stderr().matches("is a symbolic link").count(), 4);
}

/// A term's originals under one of every kind of strange entry: a link to a file outside the
/// site, a linked `_files.toml`, a link loop, a pipe. None is read, published, archived or
/// served; each is named at its path.
#[test]
fn links_among_the_originals_are_not_followed_anywhere() {
    let site = TestSite::fixture("valid-site");
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("passwd");
    std::fs::write(&secret, "root:x:0:0:MAT-KHAU-BI-MAT:/root:/bin/bash\n").unwrap();
    let titles = outside.path().join("_files.toml");
    std::fs::write(&titles, "\"bien-ban.pdf\" = \"TIEU-DE-BI-MAT\"\nsai = 1\n").unwrap();
    let files = format!("{TERM_DIR}/files");
    site.write(&format!("{files}/bien-ban.pdf"), "%PDF-1.4 biên bản");
    symlink(&secret, site.path(&format!("{files}/passwd.txt"))).unwrap();
    symlink(&titles, site.path(&format!("{files}/_files.toml"))).unwrap();
    symlink("loop2", site.path(&format!("{files}/loop1"))).unwrap();
    symlink("loop1", site.path(&format!("{files}/loop2"))).unwrap();
    rustix::fs::mknodat(
        rustix::fs::CWD,
        site.path(&format!("{files}/ong.pdf")),
        rustix::fs::FileType::Fifo,
        rustix::fs::Mode::RUSR | rustix::fs::Mode::WUSR,
        0,
    )
    .unwrap();
    let named = |run: &common::Run| {
        let stderr = run.stderr();
        for name in ["passwd.txt", "_files.toml", "loop1", "loop2"] {
            assert!(
                stderr.contains(&format!("warning: `{name}` is a symbolic link; links in content/ are not followed, so it is ignored")),
                "{stderr}"
            );
            assert!(
                run.positions().contains(&format!("{files}/{name}:1:1")),
                "{stderr}"
            );
        }
        assert!(
            stderr.contains("warning: `ong.pdf` is neither a file nor a folder"),
            "{stderr}"
        );
        for leaked in [
            "MAT-KHAU",
            "TIEU-DE",
            "sai",
            "Too many levels",
            "cannot be a web address",
        ] {
            assert!(!stderr.contains(leaked), "{leaked} in:\n{stderr}");
        }
    };
    let check = site.run(&["check"]);
    check.assert_ok();
    named(&check);
    let build = site.build();
    build.assert_ok();
    named(&build);
    let published = common::snapshot(&site.path("public"));
    assert!(
        published
            .iter()
            .any(|(path, _)| path.ends_with("files/bien-ban.pdf"))
    );
    for (path, bytes) in &published {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains("MAT-KHAU") && !text.contains("TIEU-DE"),
            "{path} leaks"
        );
        assert!(
            !path.contains("passwd") && !path.contains("loop") && !path.contains("ong.pdf"),
            "{path}"
        );
    }
    let bag = site.path("bag");
    let archive = site.run(&["archive", "--out", bag.to_str().unwrap()]);
    archive.assert_ok();
    named(&archive);
    for (path, bytes) in common::snapshot(&bag) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("MAT-KHAU") && !text.contains("TIEU-DE"),
            "{path} leaks"
        );
        assert!(
            !path.contains("passwd") && !path.contains("_files.toml"),
            "{path}"
        );
    }
    let server = common::server::Server::start(&site);
    assert_eq!(
        server.get("/dang-bo-thu/2020-2025/files/bien-ban.pdf").0,
        200
    );
    for name in ["passwd.txt", "_files.toml", "loop1", "ong.pdf"] {
        let (status, body) = server.get(&format!("/dang-bo-thu/2020-2025/files/{name}"));
        assert!(status == 404 || status == 301, "{name}: {status} {body}");
        assert!(!body.contains("MAT-KHAU"));
    }
    let log = server.log();
    assert!(log.contains("`passwd.txt` is a symbolic link"), "{log}");
    assert!(
        !log.contains("MAT-KHAU") && !log.contains("TIEU-DE"),
        "{log}"
    );
    server.interrupt();
}

#[test]
fn names_that_are_no_web_address_are_refused_and_nothing_is_written() {
    use std::os::unix::ffi::OsStrExt;
    let site = TestSite::fixture("valid-site");
    let before = sources(&site);
    std::fs::copy(
        site.path(DOC),
        site.path(&format!("{TERM_DIR}/bao cao..md")),
    )
    .unwrap();
    let not_utf8 = std::ffi::OsStr::from_bytes(b"bao-c\xe1o.md");
    std::fs::copy(site.path(DOC), site.path(TERM_DIR).join(not_utf8)).unwrap();
    site.write(
        "content/Đảng bộ/_org.toml",
        "slug = \"Đảng bộ\"\nname = \"Đảng bộ\"\nkind = \"dang-bo\"\n",
    );
    site.edit(DATA, "id = \"ty-le-dang-vien\"", "id = \"../../ty-le\"");
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let errors = run.errors();
    for (position, message) in [
        (
            "content/dang-bo-thu/2020-2025/bao cao..md:1:1",
            "file name `bao cao..md` cannot be a web address",
        ),
        (
            "content/dang-bo-thu/2020-2025/bao-c\u{FFFD}o.md:1:1",
            "file name `bao-c\u{FFFD}o.md` cannot be a web address",
        ),
        (
            "content/Đảng bộ/_org.toml:1:8",
            "slug \"Đảng bộ\" may only use a-z, 0-9 and -",
        ),
        (
            "content/dang-bo-thu/2020-2025/data.toml:6:6",
            "id \"../../ty-le\"",
        ),
    ] {
        assert!(
            errors
                .iter()
                .any(|(p, m)| p == position && m.contains(message)),
            "{message} at {position}: {errors:#?}"
        );
    }
    assert!(!site.path("public").exists());
    let mut expected = before;
    expected.extend([
        format!("{TERM_DIR}/bao cao..md"),
        format!("{TERM_DIR}/bao-c\u{FFFD}o.md"),
        "content/Đảng bộ".to_owned(),
        "content/Đảng bộ/_org.toml".to_owned(),
    ]);
    expected.sort();
    assert_eq!(sources(&site), expected);
}

#[test]
fn every_kind_of_file_may_have_a_bom_crlf_and_nfd() {
    use nhiemky::vi::to_nfd;
    let site = TestSite::fixture("valid-site");
    for file in ["config.toml", "content/dang-bo-thu/_org.toml", DATA, DOC] {
        let text = to_nfd(&site.read(file)).replace('\n', "\r\n");
        site.write(file, [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat());
    }
    let run = site.build();
    run.assert_ok();
    assert_eq!(
        run.stderr()
            .matches("warning: text is not in Unicode NFC")
            .count(),
        4,
        "{}",
        run.stderr()
    );
    let page = site.page("dang-bo-thu/chi-tieu/ty-le-dang-vien.html");
    assert!(page.contains("<h1>Tỷ lệ đảng viên</h1>"), "{page}");
    assert!(site.page("index.html").contains("Đảng bộ Thử nghiệm"));
}

/// Runs nhiemky and returns whether it succeeded, its standard error and the CPU seconds it
/// used in its own code (all threads): unlike the clock, not stretched by tests beside it.
#[expect(
    clippy::zombie_processes,
    reason = "reaped with wait4, which also tells its CPU time"
)]
fn timed(site: &TestSite, args: &[&str]) -> (bool, String, f64) {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    let mut child = common::nhiemky()
        .args(args)
        .arg("--root")
        .arg(site.dir.path())
        .env("NO_COLOR", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        stderr.read_to_string(&mut text).unwrap();
        text
    });
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid, and wait4 reaps our own child, which `child`
    // (never waited for) will not touch again.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let reaped = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(reaped, child.id() as libc::pid_t);
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    // The program's own time: the kernel's (mostly clearing the pages it is given) varied from
    // 0.14 s to 2.76 s over runs of the same 12.5 MB report on this VM, hiding the growth of
    // the work itself.
    let cpu = seconds(usage.ru_utime);
    let succeeded = std::process::ExitStatus::from_raw(status).success();
    (succeeded, reader.join().unwrap(), cpu)
}

/// Sizes for the big inputs: small enough for a debug build in a few seconds, four times apart
/// to show the time grows linearly; `NHIEMKY_FULL_SIZE=1` runs the sizes of the issue.
fn sizes(small: usize, full: usize) -> [usize; 2] {
    match std::env::var_os("NHIEMKY_FULL_SIZE") {
        Some(_) => [full / 4, full],
        None => [small, small * 4],
    }
}

/// Four times the input may cost at most this many times the CPU: linear is about 4, the
/// square 16.
const MOST_GROWTH: f64 = 8.0;

/// Checks the site after `write(size)` for each of the two sizes, and asserts that the CPU time
/// grew no faster than the input. Returns each run's stderr, the smaller size's first.
fn assert_linear(
    site: &TestSite,
    what: &str,
    [small, large]: [usize; 2],
    succeeds: bool,
    write: impl Fn(usize),
) -> [String; 2] {
    let mut runs = Vec::new();
    // The larger first: the smaller then runs on a warm disk cache, which only favours it.
    for size in [large, small] {
        write(size);
        let (ok, stderr, seconds) = timed(site, &["check"]);
        assert_eq!(ok, succeeds, "{what} × {size}: {stderr}");
        runs.insert(0, (stderr, seconds));
    }
    let [(small_stderr, small_cpu), (large_stderr, large_cpu)] = <[_; 2]>::try_from(runs).unwrap();
    eprintln!("check: {what} × {small} in {small_cpu:.2} s of CPU, × {large} in {large_cpu:.2} s");
    assert!(
        large_cpu < MOST_GROWTH * small_cpu,
        "{what} × {small}: {small_cpu:.2} s, × {large}: {large_cpu:.2} s"
    );
    [small_stderr, large_stderr]
}

/// The report `DOC` with its body replaced by `body`.
fn with_body(site: &TestSite, body: &str) -> String {
    let doc = site.read(DOC);
    let end = doc[3..].find("+++").unwrap() + 6;
    format!("{}\n{body}", &doc[..end])
}

#[test]
fn a_huge_report_is_read_in_linear_time() {
    let sizes = sizes(500_000, 50_000_000);
    let site = TestSite::fixture("valid-site");
    let head = site.read(DOC);
    let paragraph = "Trong nhiệm kỳ, Đảng bộ đã lãnh đạo thực hiện thắng lợi các mục tiêu, **nhiệm vụ** đề ra; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt *trên 95%*, `vượt` chỉ tiêu.\n\n";
    let report = |bytes: usize| {
        let mut text = head.clone();
        let mut section = 0;
        while text.len() < bytes {
            text.push_str(&format!("## Phần {section}\n\n"));
            for _ in 0..50 {
                text.push_str(paragraph);
            }
            section += 1;
        }
        text.push_str("Đoạn cuối cùng của báo cáo.\n");
        text
    };
    assert_linear(&site, "bytes of report", sizes, true, |bytes| {
        site.write(DOC, report(bytes))
    });
    // And it is published whole (the smaller one: indexing it for search takes time too).
    site.build().assert_ok();
    let page = site.page("dang-bo-thu/2020-2025/bao-cao.html");
    assert!(page.contains("<p>Đoạn cuối cùng của báo cáo.</p>"));
}

#[test]
fn a_huge_data_file_is_read_in_linear_time() {
    let sizes = sizes(2_000, 100_000);
    let site = TestSite::fixture("valid-site");
    let head = site.read(DATA);
    let data = |count: usize| {
        let mut text = format!(
            "{head}\n[[indicator]]\nid = \"nhieu\"\nname = \"Nhiều số liệu\"\nunit = \"count\"\ndirection = \"higher_better\"\n"
        );
        let first = jiff::civil::date(1900, 1, 1);
        for k in 0..count {
            let day = first.checked_add(jiff::Span::new().days(k as i64)).unwrap();
            text.push_str(&format!(
                "\n  [[indicator.obs]]\n  as_of = {day}\n  value = {k}\n"
            ));
        }
        text
    };
    assert_linear(&site, "observations", sizes, true, |count| {
        site.write(DATA, data(count))
    });
}

/// Thousands of shortcodes in one report: each is placed once, not looked for among all.
#[test]
fn a_report_of_many_shortcodes_is_read_in_linear_time() {
    let sizes = sizes(5_000, 320_000);
    let site = TestSite::fixture("valid-site");
    let call = "{{ indicator(id=\"ty-le-dang-vien\") }}\n\nvà `{{ mã }}` ";
    assert_linear(&site, "shortcodes", sizes, true, |count| {
        site.write(DOC, with_body(&site, &call.repeat(count)))
    });
}

/// Under safe_html, raw HTML is parsed by ammonia's html5ever, whose time grows with the square
/// of the nesting: a document nested past 100 levels is refused at the place, at once; one as
/// long but shallow is cleaned in linear time.
#[test]
fn deep_nesting_is_refused_in_linear_time_and_wide_html_cleaned_in_it() {
    let sizes = sizes(10_000, 100_000);
    let site = TestSite::fixture("valid-site");
    site.write(
        "config.toml",
        format!("safe_html = true\n{}", site.read("config.toml")),
    );
    let quotes = assert_linear(&site, "nested quotations", sizes, false, |depth| {
        site.write(DOC, with_body(&site, &format!("{} x\n", ">".repeat(depth))))
    });
    let divs = assert_linear(&site, "nested divs", sizes, false, |depth| {
        let html = format!("{}x{}\n", "<div>".repeat(depth), "</div>".repeat(depth));
        site.write(DOC, with_body(&site, &html))
    });
    let message = "error: more than 100 elements are nested inside each other here";
    for stderr in quotes.iter().chain(&divs) {
        assert!(stderr.contains(message), "{stderr}");
    }
    // The body starts on line 10; the 101st element is the 100th quotation or the 100th <div>
    // (the paragraph or HTML block around them is the first).
    assert!(
        quotes[0].contains(&format!("--> {DOC}:10:101")),
        "{}",
        quotes[0]
    );
    assert!(
        divs[0].contains(&format!("--> {DOC}:10:{}", 99 * 5 + 1)),
        "{}",
        divs[0]
    );
    let wide = "> > <div><b>Đảng bộ</b> <i>lãnh đạo</i></div>\n>\n> > <p>vượt 3,8%<br>\n\n";
    assert_linear(
        &site,
        "quoted HTML paragraphs",
        [sizes[0] / 10, sizes[1] / 10],
        true,
        |count| site.write(DOC, with_body(&site, &wide.repeat(count))),
    );
}

/// Characters XML 1.0 forbids, written with TOML escapes or raw in a file, made `atom.xml` and
/// a chart's `.svg` ill-formed: each is refused at its place, at load, in every kind of file.
#[test]
fn control_characters_are_refused_where_they_are_written() {
    let site = TestSite::fixture("valid-site");
    site.edit(
        DOC,
        "title = \"Báo cáo chính trị nhiệm kỳ 2020 - 2025\"",
        "title = \"Báo cáo\\u0001chính trị\"",
    );
    site.edit(
        DOC,
        "## Phần thứ nhất",
        "## Phần thứ\0nhất\n\nĐoạn\u{b}mới\u{fffe}.",
    );
    site.edit(
        DATA,
        "name = \"Tỷ lệ đảng viên\"",
        "name = \"Tỷ lệ\\u0000đảng\\uFFFEviên\"",
    );
    site.edit(
        "content/dang-bo-thu/_org.toml",
        "name = \"",
        "description = \"Mô tả\u{85}\"\nname = \"",
    );
    let config = site.read("config.toml");
    site.write(
        "config.toml",
        format!("description = \"\\u007f\"\n{config}"),
    );
    // A broken config.toml stops the build before anything else is read.
    let run = site.build();
    assert_eq!(
        run.errors(),
        [(
            "config.toml:1:15".into(),
            "this text writes an invisible control character (U+007F) that no web page or feed can carry".into()
        )],
        "{}",
        run.stderr()
    );
    site.write("config.toml", config);
    for command in ["check", "build"] {
        let run = site.run(&[command]);
        assert_eq!(run.code(), Some(1), "{}", run.stderr());
        let mut errors = run.errors();
        errors.sort();
        let escaped = "this text writes an invisible control character";
        let raw = "an invisible control character";
        assert_eq!(
            errors,
            [
                (
                    "content/dang-bo-thu/2020-2025/bao-cao.md:11:12".into(),
                    format!(
                        "{raw} (U+0000) that no web page or feed can carry (3 such characters in this file)"
                    )
                ),
                (
                    "content/dang-bo-thu/2020-2025/bao-cao.md:2:9".into(),
                    format!("{escaped} (U+0001) that no web page or feed can carry")
                ),
                (
                    "content/dang-bo-thu/2020-2025/data.toml:7:8".into(),
                    format!("{escaped} (U+0000) that no web page or feed can carry")
                ),
                (
                    "content/dang-bo-thu/_org.toml:2:21".into(),
                    format!("{raw} (U+0085) that no web page or feed can carry")
                ),
            ],
            "{}",
            run.stderr()
        );
        assert!(run.stderr().contains("delete it"), "{}", run.stderr());
        assert!(!run.stderr().contains('\0'));
    }
    assert!(!site.path("public").exists());
}
