//! One registry of every address the site writes — pages, downloads, theme and static files,
//! the search index's folder — against which the addresses drafters choose (a document's
//! aliases, an organisation's old slugs and folder) are checked alike in build, check and serve.

mod common;

use common::TestSite;
use common::server::Server;

const DOC: &str = "content/dang-bo-thu/2020-2025/bao-cao.md";
const ORG: &str = "content/dang-bo-thu/_org.toml";

fn with_aliases(site: &TestSite, aliases: &str) {
    site.edit(
        DOC,
        "doc_type = ",
        &format!("aliases = [{aliases}]\ndoc_type = "),
    );
}

#[test]
fn aliases_and_old_slugs_never_take_the_place_of_the_sites_own_files() {
    let site = TestSite::fixture("valid-site");
    with_aliases(
        &site,
        "\"/pagefind/pagefind.js\", \"/pagefind/fragment/x.pf_fragment\", \"/js/tim-kiem.js\", \"/css/cu.html\", \"/van-ban/cu.html\"",
    );
    site.edit(
        ORG,
        "kind = ",
        "old_slugs = [\"css\", \"js\", \"fonts\", \"pagefind\", \"dang-bo-cu\"]\nkind = ",
    );
    let alias = |n: usize, name: &str, problem: &str| {
        let column = [12, 37, 73, 92][n];
        (
            format!("{DOC}:6:{column}"),
            format!("alias \"/{name}\" {problem}"),
        )
    };
    let old = |column: usize, slug: &str, problem: &str| {
        (
            format!("{ORG}:3:{column}"),
            format!("old slug \"{slug}\" (its redirect /{slug}/) {problem}"),
        )
    };
    let mut expected = vec![
        alias(
            0,
            "pagefind/pagefind.js",
            "lies in pagefind/, a folder of the site's own files",
        ),
        alias(
            1,
            "pagefind/fragment/x.pf_fragment",
            "lies in pagefind/, a folder of the site's own files",
        ),
        alias(
            2,
            "js/tim-kiem.js",
            "is the address of a page of the site (js/tim-kiem.js)",
        ),
        alias(
            3,
            "css/cu.html",
            "lies in css/, a folder of the site's own files",
        ),
        old(14, "css", "lies in css/, a folder of the site's own files"),
        old(21, "js", "lies in js/, a folder of the site's own files"),
        old(
            27,
            "fonts",
            "lies in fonts/, a folder of the site's own files",
        ),
        old(
            36,
            "pagefind",
            "lies in pagefind/, a folder of the site's own files",
        ),
    ];
    expected.sort();
    for command in ["check", "build"] {
        let run = site.run(&[command]);
        assert_eq!(run.code(), Some(1), "{}", run.stderr());
        let mut errors = run.errors();
        errors.sort();
        assert_eq!(errors, expected, "{}", run.stderr());
    }
    assert!(!site.path("public").exists());

    // serve reports the same errors and serves the site's own files, never a redirect there.
    let server = Server::start(&site);
    let (status, script) = server.get("/js/tim-kiem.js");
    assert_eq!(status, 200);
    assert_eq!(
        script,
        common::repo()
            .join("themes/default/static/js/tim-kiem.js")
            .to_str()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .unwrap()
    );
    assert_eq!(server.get("/pagefind/pagefind.js").0, 200);
    assert!(
        !server
            .get("/pagefind/pagefind.js")
            .1
            .contains("http-equiv=\"refresh\"")
    );
    assert!(
        server
            .get("/van-ban/cu.html")
            .1
            .contains("http-equiv=\"refresh\"")
    );
    let log = server.log();
    for (position, message) in &expected {
        assert!(
            log.contains(message.as_str()) && log.contains(position.as_str()),
            "{message} at {position}:\n{log}"
        );
    }
    server.interrupt();

    // With the clashing ones gone, every file counted is a file written.
    site.edit(DOC, "\"/pagefind/pagefind.js\", \"/pagefind/fragment/x.pf_fragment\", \"/js/tim-kiem.js\", \"/css/cu.html\", ", "");
    site.edit(ORG, "\"css\", \"js\", \"fonts\", \"pagefind\", ", "");
    let run = site.build();
    run.assert_ok();
    let files = common::snapshot(&site.path("public")).len() - 1; // the list of its files aside
    assert!(
        run.stdout().contains(&format!("pages ({files} files)")),
        "{files}: {}",
        run.stdout()
    );
}

#[test]
fn an_organisation_folder_cannot_be_one_of_the_sites_own() {
    let site = TestSite::fixture("valid-site");
    for folder in ["pagefind", "css"] {
        site.write(
            &format!("content/{folder}/_org.toml"),
            format!("slug = \"{folder}\"\nname = \"Chi bộ {folder}\"\nkind = \"chi-bo\"\n"),
        );
    }
    let run = site.run(&["check"]);
    assert_eq!(run.code(), Some(1));
    assert_eq!(
        run.errors(),
        [
            ("content/css/_org.toml:1:8".to_owned(), "the organisation's folder `css` is a folder of the site's own files (css/)".to_owned()),
            ("content/pagefind/_org.toml:1:8".to_owned(), "the organisation's folder `pagefind` is a folder of the site's own files (pagefind/)".to_owned()),
        ],
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr()
            .contains("e.g. to `dang-bo-css`; css/, fonts/, js/, pagefind/ hold"),
        "{}",
        run.stderr()
    );
}
