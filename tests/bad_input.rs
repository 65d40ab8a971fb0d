//! Every kind of malformed or inconsistent input: a located diagnostic with the source line and a
//! hint, exit code 1, no panic, and the previous `public/` left exactly as it was.

mod common;

use common::TestSite;

const DATA: &str = "content/dang-bo-thu/2020-2025/data.toml";
const DOC: &str = "content/dang-bo-thu/2020-2025/bao-cao.md";

/// A valid site, already built once.
fn built_site() -> TestSite {
    let site = TestSite::fixture("valid-site");
    site.build().assert_ok();
    site
}

/// Builds after `change` and checks the failure: one error at `position` whose message
/// contains `message` and whose hint contains `hint`; `public/` untouched.
fn fails(change: impl FnOnce(&TestSite), position: &str, message: &str, hint: &str) -> String {
    let site = built_site();
    let before = site.snapshot("public");
    change(&site);
    let run = site.build();
    let stderr = run.stderr();
    assert_eq!(run.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let errors = run.errors();
    assert!(
        errors
            .iter()
            .any(|(p, m)| p == position && m.contains(message)),
        "expected `{message}` at {position}, got {errors:#?}\n{stderr}"
    );
    assert!(
        stderr.contains("help: ") && stderr.contains(hint),
        "hint `{hint}` missing:\n{stderr}"
    );
    assert_eq!(before, site.snapshot("public"), "public/ changed");
    assert!(run.stderr().contains("nothing was written"));
    snapshot_both_languages(&site);
    stderr
}

/// What `check` says of the mistake in Vietnamese and in English, kept in
/// tests/snapshots/bad_input__<test>-<lang>.snap: a change of wording shows in review.
/// Regenerate after a deliberate change with `INSTA_UPDATE=always cargo test --test bad_input`.
fn snapshot_both_languages(site: &TestSite) {
    let test = std::thread::current()
        .name()
        .unwrap_or("bad_input")
        .rsplit("::")
        .next()
        .unwrap_or_default()
        .to_owned();
    for lang in ["vi", "en"] {
        let run = site.run(&["check", "--lang", lang]);
        assert!(!run.stderr().contains("panicked"), "{}", run.stderr());
        insta::assert_snapshot!(format!("{test}-{lang}"), run.stderr());
    }
}

#[test]
fn toml_syntax_error() {
    let stderr = fails(
        |s| {
            s.edit(
                DATA,
                r#"name = "Tỷ lệ đảng viên""#,
                r#"name = "Tỷ lệ đảng viên"#,
            )
        },
        "content/dang-bo-thu/2020-2025/data.toml:7:24",
        "the text is not closed with \"",
        "end the text with the quote it began with",
    );
    // The offending line is shown.
    assert!(
        stderr.contains(r#"7 | name = "Tỷ lệ đảng viên"#),
        "{stderr}"
    );
}

#[test]
fn a_decimal_comma_is_explained_and_nothing_else_is_blamed() {
    let stderr = fails(
        |s| {
            s.edit(DATA, "value = 58.6", "value = 58,6");
            // A document naming the indicator of the broken file is not blamed for it.
            s.edit(
                DOC,
                "date = 2020-06-01\n",
                "date = 2020-06-01\n[summary]\ntext = \"Tóm tắt.\"\nhighlight_indicators = [\"ty-le-dang-vien\"]\n",
            );
        },
        "content/dang-bo-thu/2020-2025/data.toml:13:13",
        "the number 58,6 is written with a decimal comma",
        "write 58.6 (the site shows it as 58,6)",
    );
    assert_eq!(stderr.matches("error:").count(), 1, "{stderr}");
}

#[test]
fn wrong_type() {
    fails(
        |s| s.edit(DATA, r#"name = "Tỷ lệ đảng viên""#, "name = 5"),
        "content/dang-bo-thu/2020-2025/data.toml:7:8",
        "this value must be text in double quotes, not the whole number 5",
        "double quotes",
    );
}

#[test]
fn text_where_a_number_is_needed() {
    fails(
        |s| s.edit(DATA, "value = 58.6", r#"value = "58,6""#),
        "content/dang-bo-thu/2020-2025/data.toml:13:11",
        "needs a number, not text",
        "as_stated",
    );
}

#[test]
fn unknown_key_lists_the_valid_keys() {
    fails(
        |s| s.edit(DATA, r#"comparator = ">=""#, r#"comparater = ">=""#),
        "content/dang-bo-thu/2020-2025/data.toml:17:3",
        "unknown key `comparater`",
        "valid keys here: term, by, each_year, kind, comparator, comparator_basis, value",
    );
}

#[test]
fn missing_required_key() {
    fails(
        |s| s.edit(DATA, "unit = \"%\"\n", ""),
        "content/dang-bo-thu/2020-2025/data.toml:5:1",
        "missing required key `unit`",
        "add `unit = …`",
    );
}

#[test]
fn front_matter_org_not_matching_its_folder() {
    fails(
        |s| s.edit(DOC, r#"org = "dang-bo-thu""#, r#"org = "dang-bo-khac""#),
        "content/dang-bo-thu/2020-2025/bao-cao.md:3:7",
        "org \"dang-bo-khac\" does not match the folder `dang-bo-thu`",
        "set org = \"dang-bo-thu\"",
    );
}

#[test]
fn front_matter_term_not_matching_its_folder() {
    fails(
        |s| s.edit(DOC, r#"term = "2020-2025""#, r#"term = "2015-2020""#),
        "content/dang-bo-thu/2020-2025/bao-cao.md:4:8",
        "term \"2015-2020\" does not match the folder `2020-2025`",
        "set term = \"2020-2025\"",
    );
}

#[test]
fn data_file_org_not_matching_its_folder() {
    fails(
        |s| s.edit(DATA, r#"org = "dang-bo-thu""#, r#"org = "dang-bo""#),
        "content/dang-bo-thu/2020-2025/data.toml:2:7",
        "org \"dang-bo\" does not match the folder `dang-bo-thu`",
        "move the file",
    );
}

#[test]
fn bad_term_string() {
    fails(
        |s| {
            s.edit(
                DOC,
                r#"reviewed_term = "2015-2020""#,
                r#"reviewed_term = "2015/2020""#,
            )
        },
        "content/dang-bo-thu/2020-2025/bao-cao.md:5:17",
        "`2015/2020` is not a term",
        "reviewed_term is the term",
    );
}

#[test]
fn term_of_the_wrong_length() {
    fails(
        |s| s.edit(DATA, r#"term = "2015-2020""#, r#"term = "2016-2020""#),
        "content/dang-bo-thu/2020-2025/data.toml:16:10",
        "term `2016-2020` lasts 4 years",
        "YYYY-YYYY",
    );
}

#[test]
fn bad_term_folder() {
    fails(
        |s| s.write("content/dang-bo-thu/2020-2024/bao-cao.md", "x"),
        "content/dang-bo-thu/2020-2024:1:1",
        "`2020-2024` is not a term folder",
        "lasts 4 years",
    );
}

#[test]
fn duplicate_indicator_id() {
    fails(
        |s| {
            let text = s.read(DATA);
            s.write(DATA, format!("{text}\n[[indicator]]\nid = \"ty-le-dang-vien\"\nname = \"Bản sao\"\nunit = \"count\"\n"));
        },
        "content/dang-bo-thu/2020-2025/data.toml:21:6",
        "duplicate indicator id \"ty-le-dang-vien\"",
        "line 6 already defines it",
    );
}

#[test]
fn target_without_term() {
    fails(
        |s| s.edit(DATA, "  term = \"2015-2020\"\n", ""),
        "content/dang-bo-thu/2020-2025/data.toml:15:3",
        "missing required key `term`",
        "add `term = …`",
    );
}

#[test]
fn percentage_outside_0_to_100() {
    fails(
        |s| s.edit(DATA, "value = 58.6", "value = 158.6"),
        "content/dang-bo-thu/2020-2025/data.toml:13:11",
        "158.6% is outside 0–100",
        "allow_over = true",
    );
}

#[test]
fn shortcode_naming_a_missing_indicator() {
    fails(
        |s| {
            s.edit(
                DOC,
                r#"indicator(id="ty-le-dang-vien")"#,
                r#"indicator(id="khong-co")"#,
            )
        },
        "content/dang-bo-thu/2020-2025/bao-cao.md:15:34",
        "no indicator \"khong-co\" in the data of dang-bo-thu",
        "indicators of dang-bo-thu: ty-le-dang-vien",
    );
}

#[test]
fn unknown_shortcode() {
    fails(
        |s| s.edit(DOC, "indicator_table(", "bang_chi_tieu("),
        "content/dang-bo-thu/2020-2025/bao-cao.md:13:4",
        "unknown shortcode `bang_chi_tieu`",
        "shortcodes: indicator(id=",
    );
}

#[test]
fn malformed_shortcode_is_never_printed_as_text() {
    fails(
        |s| s.edit(DOC, r#"(id="ty-le-dang-vien")"#, r#"(id=ty-le-dang-vien)"#),
        "content/dang-bo-thu/2020-2025/bao-cao.md:15:37",
        "expected a value",
        "double quotes",
    );
}

#[test]
fn shortcode_argument_it_does_not_take() {
    fails(
        |s| s.edit(DOC, r#"term="2015-2020""#, r#"nam="2015-2020""#),
        "content/dang-bo-thu/2020-2025/bao-cao.md:13:20",
        "`indicator_table` takes no argument `nam`",
        "arguments: term, view, group",
    );
}

#[test]
fn non_utf8_file() {
    fails(
        |s| {
            let mut bytes = s.read(DOC).into_bytes();
            let at = bytes.windows(5).position(|w| w == b"## Ph").unwrap() + 3;
            bytes[at] = 0xD0; // a Latin-1/TCVN3 byte, not UTF-8
            s.write(DOC, bytes);
        },
        "content/dang-bo-thu/2020-2025/bao-cao.md:11:4",
        "file is not valid UTF-8",
        "save the file as UTF-8",
    );
}

#[test]
fn empty_file() {
    fails(
        |s| s.write(DATA, ""),
        "content/dang-bo-thu/2020-2025/data.toml:1:1",
        "file is empty",
        "delete the file",
    );
}

#[test]
fn document_without_front_matter() {
    fails(
        |s| s.write(DOC, "# Báo cáo\n\nNội dung.\n"),
        "content/dang-bo-thu/2020-2025/bao-cao.md:1:1",
        "document does not start with front matter",
        "+++",
    );
}

#[test]
fn organisation_folder_without_org_file() {
    fails(
        |s| std::fs::remove_file(s.path("content/dang-bo-thu/_org.toml")).unwrap(),
        "content/dang-bo-thu:1:1",
        "has no _org.toml",
        "nhiemky new org dang-bo-thu",
    );
}

#[test]
fn template_error_points_into_the_template() {
    fails(
        |s| {
            s.write("templates/term.html", "{% extends \"base.html\" %}\n{% block content %}{{ term.display }\n{% endblock content %}\n")
        },
        "templates/term.html:2:36",
        "template:",
        "fix the template",
    );
}

#[test]
fn all_diagnostics_of_a_run_are_printed_together() {
    let site = built_site();
    site.edit(DATA, "value = 58.6", "value = 158.6");
    site.edit(DOC, "indicator_table(", "bang(");
    site.write("content/dang-bo-thu/2015-2020/data.toml", "");
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let positions: Vec<String> = run.errors().into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        positions,
        [
            "content/dang-bo-thu/2015-2020/data.toml:1:1",
            "content/dang-bo-thu/2020-2025/bao-cao.md:13:4",
            "content/dang-bo-thu/2020-2025/data.toml:13:11",
        ]
    );
    assert!(run.stderr().contains("failed: 3 errors"));
    snapshot_both_languages(&site);
}

#[test]
fn a_disagreeing_stated_verdict_is_a_warning_showing_both() {
    let site = built_site();
    site.edit(DATA, "value = 58.6", "value = 48.6");
    let text = site.read(DATA);
    site.write(DATA, format!("{text}\n  [[indicator.assessment]]\n  term = \"2015-2020\"\n  verdict = \"exceeded\"\n  as_stated = \"vượt mục tiêu\"\n"));
    let run = site.build();
    run.assert_ok();
    let stderr = run.stderr();
    assert!(stderr.contains("warning: \"ty-le-dang-vien\" 2015-2020: the report says exceeded (vượt mục tiêu), the figures give not achieved (48,6% against target từ 50% trở lên)"), "{stderr}");
    assert!(stderr.contains("data.toml:20:3"), "{stderr}");
    let html = site.page("dang-bo-thu/2015-2020/index.html");
    assert!(html.contains("stated-disagrees"));
    assert!(html.contains("verdict-chua-dat"));
    snapshot_both_languages(&site);
}

#[test]
fn ambiguous_qualifier_gives_no_verdict_rather_than_a_wrong_one() {
    let site = built_site();
    site.edit(
        DATA,
        "value = 58.6",
        "value = 50\n  qualifier = \"~\"\n  approx_side = \"below\"\n  as_stated = \"gần 50%\"",
    );
    site.build().assert_ok();
    let html = site.page("dang-bo-thu/2015-2020/index.html");
    assert!(html.contains("gần 50%"));
    assert!(html.contains("verdict-chua-du-du-lieu"));
}

#[test]
fn text_in_nfd_with_crlf_and_a_bom_builds_to_nfc() {
    use nhiemky::vi::to_nfd;
    let site = built_site();
    let doc = to_nfd(&site.read(DOC)).replace('\n', "\r\n");
    site.write(DOC, [b"\xEF\xBB\xBF".as_slice(), doc.as_bytes()].concat());
    let run = site.build();
    run.assert_ok();
    assert!(
        run.stderr().contains("warning: text is not in Unicode NFC"),
        "{}",
        run.stderr()
    );
    let html = site.page("dang-bo-thu/2020-2025/bao-cao.html");
    assert!(html.contains("Phần thứ nhất"));
    let (normalized, _) = nhiemky::vi::normalize_text(&html);
    assert_eq!(html, normalized);
    snapshot_both_languages(&site);
}

#[test]
fn a_relative_link_to_nothing_is_a_warning_at_the_link() {
    let site = built_site();
    let text = site.read(DOC);
    let line = "Xem {{ indicator(id=\"ty-le-dang-vien\") }}, [kỳ trước](../2015-2020/bao-cao.html), [tệp](files/khong-co.pdf), [số liệu](../2015-2020/chi-tieu.csv#dong-2), [chỉ tiêu](../chi-tieu/ty-le-dang-vien.html), [tổ chức](../), [nhiệm kỳ](../2015-2020), [ngoài](../../../x.html), ![ảnh](anh.png), [web](https://x.vn/a.html), [thư](mailto:a@x.vn), [mục](#phan-thu-nhat).";
    site.write(DOC, format!("{text}\n{line}\n"));
    let number = text.lines().count() + 2;
    let column = |link: &str| line[..line.find(link).unwrap()].chars().count() + 1;
    let run = site.build();
    run.assert_ok();
    let stderr = run.stderr();
    let warnings: Vec<(String, String)> = stderr
        .lines()
        .enumerate()
        .filter_map(|(i, l)| Some((i, l.strip_prefix("warning: link ")?)))
        .map(|(i, message)| {
            let position = stderr.lines().nth(i + 1).unwrap().trim();
            (position.to_owned(), message.to_owned())
        })
        .collect();
    let at = |link: &str| format!("--> {DOC}:{number}:{}", column(link));
    assert_eq!(
        warnings,
        [
            (
                at("[kỳ trước]"),
                "`../2015-2020/bao-cao.html` leads to dang-bo-thu/2015-2020/bao-cao.html, which the site does not have".to_owned()
            ),
            (
                at("[tệp]"),
                "`files/khong-co.pdf` leads to dang-bo-thu/2020-2025/files/khong-co.pdf, which the site does not have".to_owned()
            ),
            (at("[ngoài]"), "`../../../x.html` leads out of the site".to_owned()),
            (
                at("![ảnh]"),
                "`anh.png` leads to dang-bo-thu/2020-2025/anh.png, which the site does not have".to_owned()
            ),
        ],
        "{stderr}"
    );
    assert!(
        stderr
            .contains("help: links are relative to this page, /dang-bo-thu/2020-2025/bao-cao.html"),
        "{stderr}"
    );
    // The page is still written, with the links as the drafter wrote them.
    let html = site.page("dang-bo-thu/2020-2025/bao-cao.html");
    assert!(html.contains(r#"href="../2015-2020/bao-cao.html""#));
    snapshot_both_languages(&site);
}

/// Every wrong key and type of a front matter and of an `_org.toml` in one run, as data.toml
/// does, in words a drafter knows (never "u32", "f64" or "wanted string or table").
#[test]
fn every_wrong_key_of_a_file_is_reported_in_one_run_in_plain_words() {
    let site = built_site();
    site.edit(DOC, "status = \"published\"", "status = 1\nnumber = 12");
    site.edit(
        DOC,
        "date = 2020-06-01",
        "date = \"01/06/2020\"\ntitel = \"x\"\n[congress]\nordinal = \"III\"\nparty_members = -5",
    );
    let org = "content/dang-bo-thu/_org.toml";
    site.edit(
        org,
        "kind = \"dang-bo\"",
        "kind = 7\naliases = \"Đảng bộ TN\"",
    );
    site.edit(
        org,
        "name = \"Đảng bộ Thử nghiệm\"",
        "name = [\"Đảng bộ Thử nghiệm\"]\nprovince = 3",
    );
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    let errors = run.errors();
    let expected = [
        (
            format!("{DOC}:7:10"),
            "this value must be one of the words draft, review, published, archived, in double quotes, not the whole number 1",
        ),
        (
            format!("{DOC}:8:10"),
            "this value must be text in double quotes, not the whole number 12",
        ),
        (
            format!("{DOC}:9:8"),
            "this value must be a date without quotes, not text in quotes",
        ),
        (format!("{DOC}:10:1"), "unknown key `titel`"),
        (
            format!("{DOC}:12:11"),
            "this value must be a whole number (0 or more), without quotes, not text in quotes",
        ),
        (
            format!("{DOC}:13:17"),
            "the whole number -5 cannot be used here: this value must be a whole number (0 or more), without quotes",
        ),
        (
            format!("{org}:2:8"),
            "this value must be text in double quotes, not a list",
        ),
        (
            format!("{org}:3:12"),
            "this value must be text in double quotes, not the whole number 3",
        ),
        (
            format!("{org}:4:8"),
            "this value must be one of the words dang-bo, chi-bo, huyen-uy, tinh-uy, dang-uy, phong, so, khac, in double quotes, not the whole number 7",
        ),
        (
            format!("{org}:5:11"),
            "this value must be a list in square brackets, not text in quotes",
        ),
    ];
    for (position, message) in &expected {
        assert!(
            errors.iter().any(|(p, m)| p == position && m == message),
            "expected `{message}` at {position}, got {errors:#?}"
        );
    }
    assert_eq!(errors.len(), expected.len(), "{errors:#?}");
    let stderr = run.stderr();
    for rust in [
        "u32",
        "f64",
        "i64",
        "datetime",
        "wanted",
        "sequence",
        "struct",
        "invalid type",
    ] {
        assert!(!stderr.contains(rust), "`{rust}` in:\n{stderr}");
    }
    snapshot_both_languages(&site);
}

/// Each help names a fix that passes the check: never a folder that exists already, an upper
/// case slug, or the invalid name again (a decomposed "Đồng-tâm" folder).
#[test]
fn every_help_names_a_fix_that_passes() {
    let site = TestSite::fixture("valid-site");
    let org = |folder: &str, slug: &str| {
        site.write(
            &format!("content/{folder}/_org.toml"),
            format!("slug = \"{slug}\"\nname = \"Đảng bộ xã {folder}\"\nkind = \"dang-bo\"\n"),
        );
    };
    org("dong-tam", "Dong-Tam");
    org("Đồng Tâm", "Đồng Tâm");
    let nfd = "Đồng-tâm"; // decomposed: D-stroke, o, combining circumflex and grave, …
    let nfd: String = nfd
        .chars()
        .flat_map(|c| match c {
            'ồ' => vec!['o', '\u{302}', '\u{300}'],
            'â' => vec!['a', '\u{302}'],
            c => vec![c],
        })
        .collect();
    org(&nfd, &nfd);
    site.write("content/dang-bo-thu/2020-2025/Báo cáo.md", site.read(DOC));
    let run = site.run(&["check"]);
    let stderr = run.stderr();
    for help in [
        "help: the slug is the folder's name: slug = \"dong-tam\"",
        "help: e.g. slug = \"dong-tam-2\", with the folder renamed alike",
        "help: rename it with a-z, 0-9 and - only, e.g. `bao-cao-2.md`",
    ] {
        assert!(stderr.contains(help), "{help} missing:\n{stderr}");
    }
    assert!(
        !stderr.contains("rename the folder to `Dong-Tam`"),
        "{stderr}"
    );
    assert!(!stderr.contains(&format!("slug = \"{nfd}\"")), "{stderr}");
    // Following the advice, the errors go.
    std::fs::remove_dir_all(site.path(&format!("content/{nfd}"))).unwrap();
    org("dong-tam", "dong-tam");
    std::fs::remove_dir_all(site.path("content/Đồng Tâm")).unwrap();
    org("dong-tam-2", "dong-tam-2");
    std::fs::rename(
        site.path("content/dang-bo-thu/2020-2025/Báo cáo.md"),
        site.path("content/dang-bo-thu/2020-2025/bao-cao-2.md"),
    )
    .unwrap();
    let run = site.run(&["check"]);
    assert!(
        run.errors()
            .iter()
            .all(|(p, _)| !p.contains("dong-tam") && !p.contains("bao-cao-2")),
        "{}",
        run.stderr()
    );
    // A scaffold's advice too.
    let run = site.run(&["new", "org", "Đồng Tâm"]);
    assert!(
        run.stderr().contains("(e.g. `dong-tam-3`)"),
        "{}",
        run.stderr()
    );
    site.run(&["new", "org", "dong-tam-3"]).assert_ok();
}

/// A number and its words that disagree (`value = 31`, `as_stated = "13 giải"`) are an error at
/// the value naming both; a difference the document makes itself is kept and shown.
#[test]
fn a_value_and_its_words_must_agree() {
    let site = built_site();
    site.edit(
        DATA,
        "value = 58.6",
        "value = 85.6\n  as_stated = \"58,6%\"",
    );
    let run = site.build();
    assert_eq!(run.code(), Some(1));
    assert_eq!(
        run.errors(),
        [(
            format!("{DATA}:13:11"),
            "the value 85.6 is not the number as_stated writes: \"58,6%\" writes 58.6".to_owned()
        )],
        "{}",
        run.stderr()
    );
    site.edit(
        DATA,
        "as_stated = \"58,6%\"",
        "as_stated = \"58,6%\"\n  differs_from_stated = \"Bảng phụ lục ghi 85,6%\"",
    );
    site.build().assert_ok();
    let page = site.page("dang-bo-thu/chi-tieu/ty-le-dang-vien.html");
    assert!(page.contains("Bảng phụ lục ghi 85,6%"), "{page}");
    assert!(page.contains("khác lời văn"), "{page}");
}
