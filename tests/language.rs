//! The language nhiemky speaks to the person running it: Vietnamese by default, English when
//! asked by `--lang`, `NHIEMKY_LANG` or the locale, in that order — for diagnostics, summaries,
//! `--help` of every command and mistakes on the command line.

mod common;

use common::{BIN, TestSite};
use std::process::{Command, Output};

/// The binary with no language asked for but `env` (the machine's own settings removed).
fn nhiemky_with(env: &[(&str, &str)]) -> Command {
    let mut command = Command::new(BIN);
    for name in ["NHIEMKY_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied()).env("NO_COLOR", "1");
    command
}

fn run(command: &mut Command, args: &[&str]) -> (Option<i32>, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = command.args(args).output().unwrap();
    (
        status.code(),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

/// A site with one mistake: `name = 5` where text is wanted.
fn broken_site() -> TestSite {
    let site = TestSite::fixture("valid-site");
    site.edit(
        "content/dang-bo-thu/2020-2025/data.toml",
        r#"name = "Tỷ lệ đảng viên""#,
        "name = 5",
    );
    site
}

fn check(site: &TestSite, env: &[(&str, &str)], extra: &[&str]) -> String {
    let root = site.dir.path().to_str().unwrap();
    let mut args = vec!["check", "--root", root];
    args.extend_from_slice(extra);
    let (code, _, stderr) = run(&mut nhiemky_with(env), &args);
    assert_eq!(code, Some(1), "{stderr}");
    stderr
}

fn is_vietnamese(stderr: &str) -> bool {
    stderr.contains("lỗi: ") && stderr.contains("gợi ý: ") && !stderr.contains("error: ")
}

fn is_english(stderr: &str) -> bool {
    stderr.contains("error: ") && stderr.contains("help: ") && !stderr.contains("lỗi: ")
}

#[test]
fn vietnamese_by_default_even_on_a_machine_set_to_another_language() {
    let site = broken_site();
    for env in [
        &[][..],
        &[("LANG", "C.UTF-8")],
        &[("LANG", "fr_FR.UTF-8")],
        &[("LANG", "vi_VN.UTF-8")],
    ] {
        let stderr = check(&site, env, &[]);
        assert!(is_vietnamese(&stderr), "{env:?}:\n{stderr}");
        assert!(
            stderr.contains("kiểm tra thấy 1 lỗi, 0 cảnh báo"),
            "{stderr}"
        );
    }
}

#[test]
fn english_by_the_flag_then_the_variable_then_the_locale() {
    let site = broken_site();
    let english = |env: &[(&str, &str)], extra: &[&str]| is_english(&check(&site, env, extra));
    assert!(english(&[("LANG", "en_US.UTF-8")], &[]));
    assert!(english(
        &[("LC_MESSAGES", "en_GB.UTF-8"), ("LANG", "vi_VN")],
        &[]
    ));
    assert!(english(&[("NHIEMKY_LANG", "en"), ("LANG", "vi_VN")], &[]));
    assert!(english(&[("NHIEMKY_LANG", "vi")], &["--lang", "en"]));
    assert!(english(&[], &["--lang=en"]));
    // The flag and the variable win over the locale the other way too.
    assert!(is_vietnamese(&check(
        &site,
        &[("NHIEMKY_LANG", "vi"), ("LANG", "en_US.UTF-8")],
        &[]
    )));
    assert!(is_vietnamese(&check(
        &site,
        &[("LANG", "en_US.UTF-8")],
        &["--lang", "vi"]
    )));
}

#[test]
fn an_unknown_language_variable_is_said_and_vietnamese_spoken() {
    let stderr = check(&broken_site(), &[("NHIEMKY_LANG", "fr")], &[]);
    assert!(
        stderr.contains("cảnh báo: NHIEMKY_LANG = \"fr\" không phải ngôn ngữ nhiemky biết"),
        "{stderr}"
    );
    assert!(stderr.contains("NHIEMKY_LANG=en (tiếng Anh)"), "{stderr}");
    assert!(is_vietnamese(&stderr), "{stderr}");
}

/// Every command's path, from the root down.
const COMMANDS: &[&[&str]] = &[
    &[],
    &["build"],
    &["check"],
    &["serve"],
    &["archive"],
    &["archive", "verify"],
    &["new"],
    &["new", "org"],
    &["new", "term"],
    &["new", "doc"],
];

/// Words clap writes in English when a help is left to it.
const CLAP_ENGLISH: &[&str] = &[
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "Print help",
    "Print version",
    "[default",
    "possible values",
];

#[test]
fn every_help_is_in_vietnamese_with_every_option_explained() {
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.push("--help");
        let (code, stdout, stderr) = run(&mut nhiemky_with(&[]), &args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(stdout.contains("Cách dùng: nhiemky"), "{args:?}:\n{stdout}");
        assert!(stdout.contains("Tùy chọn:"), "{args:?}:\n{stdout}");
        assert!(stdout.contains("In hướng dẫn này"), "{args:?}:\n{stdout}");
        for english in CLAP_ENGLISH {
            assert!(
                !stdout.contains(english),
                "{args:?}: `{english}` in\n{stdout}"
            );
        }
        // Every option and argument line says what it is for, after its name.
        for line in stdout
            .lines()
            .filter(|l| l.trim_start().starts_with(['-', '<']))
        {
            let words = line.split_whitespace().count();
            assert!(words >= 3, "{args:?}: nothing said of `{line}`");
        }
    }
}

#[test]
fn every_help_is_in_english_on_request() {
    for command in COMMANDS {
        let mut args = command.to_vec();
        args.extend(["--help", "--lang", "en"]);
        let (code, stdout, _) = run(&mut nhiemky_with(&[]), &args);
        assert_eq!(code, Some(0));
        assert!(stdout.contains("Usage: nhiemky"), "{args:?}:\n{stdout}");
        assert!(stdout.contains("Options:"), "{args:?}:\n{stdout}");
        assert!(!stdout.contains("Tùy chọn"), "{args:?}:\n{stdout}");
    }
    let (_, stdout, _) = run(&mut nhiemky_with(&[]), &["build", "--help", "--lang", "en"]);
    assert!(
        stdout.contains("The site folder (with config.toml and content/) [default: .]"),
        "{stdout}"
    );
}

#[test]
fn mistakes_on_the_command_line_are_explained_with_what_to_write() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["buidl"],
            &["lỗi: không có lệnh buidl", "gợi ý: có phải ý bạn là build?"],
        ),
        (
            &["build", "--outptu", "x"],
            &[
                "lỗi: không có tùy chọn hay tham số --outptu",
                "có phải ý bạn là --output?",
                "xem cách dùng: nhiemky build --help",
            ],
        ),
        (
            &["serve", "--port", "abc"],
            &[
                "lỗi: giá trị abc không dùng được cho --port",
                "xem cách dùng: nhiemky serve --help",
            ],
        ),
        (
            &["check", "--lang", "fr"],
            &[
                "giá trị fr không dùng được cho --lang",
                "ghi một trong: vi, en",
            ],
        ),
        (
            &["new", "org"],
            &["lỗi: còn thiếu: <ĐỊA_CHỈ>", "nhiemky new org --help"],
        ),
        (&["build", "--output"], &["lỗi: thiếu giá trị sau --output"]),
    ];
    for (args, expected) in cases {
        let (code, stdout, stderr) = run(&mut nhiemky_with(&[]), args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        for text in *expected {
            assert!(stderr.contains(text), "{args:?}: `{text}` not in\n{stderr}");
        }
        for english in ["error:", "Usage", "For more information"] {
            assert!(!stderr.contains(english), "{args:?}:\n{stderr}");
        }
    }
    let (code, _, stderr) = run(&mut nhiemky_with(&[]), &["buidl", "--lang", "en"]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("error: unknown command buidl"), "{stderr}");
    assert!(stderr.contains("help: did you mean build?"), "{stderr}");
}

#[test]
fn a_build_summary_writes_numbers_the_vietnamese_way() {
    let site = TestSite::fixture("valid-site");
    let root = site.dir.path().to_str().unwrap();
    let (code, stdout, stderr) = run(&mut nhiemky_with(&[]), &["build", "--root", root]);
    assert_eq!(code, Some(0), "{stderr}");
    let summary = stdout.lines().last().unwrap_or_default();
    assert!(summary.starts_with("đã dựng "), "{stdout}");
    // Seconds with a decimal comma: "trong 0,35 giây".
    let seconds = summary
        .split(" trong ")
        .nth(1)
        .and_then(|rest| rest.strip_suffix(" giây"))
        .unwrap_or_else(|| panic!("{summary}"));
    assert!(!seconds.contains('.'), "{summary}");
}

#[test]
fn no_progress_is_drawn_when_the_output_is_not_a_terminal() {
    let site = TestSite::fixture("valid-site");
    let root = site.dir.path().to_str().unwrap();
    for command in ["build", "check"] {
        let (code, stdout, stderr) = run(&mut nhiemky_with(&[]), &[command, "--root", root]);
        assert_eq!(code, Some(0), "{stderr}");
        assert_eq!(
            stderr, "",
            "{command}: only the summary, on standard output"
        );
        assert_eq!(stdout.lines().count(), 1, "{stdout}");
    }
}
