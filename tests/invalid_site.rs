//! One site with a mistake of every kind: all of them are reported in one run, each at its
//! exact file:line:column, and nothing is written.

mod common;

use common::TestSite;

#[test]
fn every_diagnostic_of_the_invalid_site_is_located_exactly() {
    let site = TestSite::fixture("invalid-site");
    // Bytes git cannot keep as they are: a Latin-1 "á" (not UTF-8) and an empty data file.
    site.write(
        "content/co-loi-ma-hoa/2020-2025/latin1.md",
        b"+++\ntitle = \"Ph\xe1t tri\xean\"\n+++\n",
    );
    site.write("content/co-loi-ma-hoa/2020-2025/data.toml", "");
    for command in ["check", "build"] {
        let run = site.run(&[command]);
        assert_eq!(run.code(), Some(1), "{command}: {}", run.stderr());
        assert!(!run.stderr().contains("panicked"));
        let errors: Vec<(String, String)> = run.errors();
        let expected = [
            (
                "content/co-loi-cu-phap/_org.toml:2:30",
                "the text is not closed with \"",
            ),
            (
                "content/co-loi-du-lieu/2020-2025/bao-cao.md:3:7",
                "org \"to-chuc-khac\" does not match the folder `co-loi-du-lieu`",
            ),
            (
                "content/co-loi-du-lieu/2020-2025/bao-cao.md:5:17",
                "`2015/2020` is not a term",
            ),
            (
                "content/co-loi-du-lieu/2020-2025/data.toml:7:8",
                "this value must be text in double quotes, not the whole number 5",
            ),
            (
                "content/co-loi-du-lieu/2020-2025/data.toml:18:3",
                "unknown key `comparater`",
            ),
            (
                "content/co-loi-du-lieu/2020-2025/data.toml:21:1",
                "missing required key `unit`",
            ),
            (
                "content/co-loi-du-lieu/2020-2025/data.toml:33:11",
                "120% is outside 0–100",
            ),
            (
                "content/co-loi-du-lieu/2020-2025/data.toml:35:3",
                "missing required key `term`",
            ),
            (
                "content/co-loi-du-lieu/2020-2025/data.toml:39:6",
                "duplicate indicator id \"ty-le\"",
            ),
            (
                "content/co-loi-ma-hoa/2020-2025/data.toml:1:1",
                "file is empty",
            ),
            (
                "content/co-loi-ma-hoa/2020-2025/latin1.md:2:12",
                "file is not valid UTF-8",
            ),
            (
                "content/co-loi-van-ban/2020-2024:1:1",
                "`2020-2024` is not a term folder",
            ),
            (
                "content/co-loi-van-ban/2020-2025/bao-cao.md:12:24",
                "no indicator \"khong-co\" in the data of co-loi-van-ban",
            ),
            (
                "content/co-loi-van-ban/2020-2025/bao-cao.md:14:25",
                "shortcode: expected a value",
            ),
            (
                "content/co-loi-van-ban/2020-2025/sai-nhiem-ky.md:4:8",
                "term \"2015-2020\" does not match the folder `2020-2025`",
            ),
        ];
        assert_eq!(errors.len(), expected.len(), "{command}: {errors:#?}");
        for ((position, message), (want_position, want_message)) in errors.iter().zip(expected) {
            assert_eq!(position, want_position, "{command}");
            assert!(
                message.starts_with(want_message),
                "{command}: {message} vs {want_message}"
            );
        }
        // Every error shows its source line (when it has one) and a hint.
        assert_eq!(run.stderr().matches("help: ").count(), expected.len());
        assert!(run.stderr().contains("18 |   comparater = \">=\""));
        assert!(!site.path("public").exists(), "{command} wrote public/");
    }
    // The whole report in both languages, kept in tests/snapshots/ (regenerate after a
    // deliberate change of wording with `INSTA_UPDATE=always cargo test --test invalid_site`).
    for lang in ["vi", "en"] {
        let run = site.run(&["check", "--lang", lang]);
        insta::assert_snapshot!(format!("invalid-site-{lang}"), run.stderr());
    }
}
