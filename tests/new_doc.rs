//! `nhiemky new doc` through the library: each type of document, created in a copy of the
//! valid fixture site, passes `check --drafts` at once, with no error and no warning about it;
//! a file already there is never replaced, and the editor's files come with it.

mod common;

use nhiemky::build::{BuildOptions, Mode, run};
use nhiemky::scaffold::{DOC_TYPES, SCHEMAS_DIR, TAPLO_FILE, new_doc, new_term};
use std::path::Path;

fn check(root: &Path) -> Vec<String> {
    let report = run(
        &BuildOptions {
            root: root.to_path_buf(),
            drafts: true,
            ..BuildOptions::default()
        },
        Mode::Check,
    );
    report
        .diagnostics
        .iter()
        .map(|d| format!("{} {}: {}", d.position(), d.is_error(), d.message.id()))
        .collect()
}

#[test]
fn every_type_of_document_passes_the_check_at_once() {
    let site = common::TestSite::fixture("valid-site");
    let root = site.dir.path();
    let before = check(root);
    for doc_type in DOC_TYPES {
        let files = new_doc(
            root,
            "dang-bo-thu",
            "2025-2030",
            doc_type.code(),
            None,
            None,
        )
        .unwrap_or_else(|e| panic!("{}: {}", doc_type.code(), e.id()));
        let doc = format!("content/dang-bo-thu/2025-2030/{}.md", doc_type.code());
        assert_eq!(files[0], root.join(&doc));
        let found = check(root);
        let about_it: Vec<&String> = found.iter().filter(|d| d.contains(&doc)).collect();
        assert!(about_it.is_empty(), "{doc}: {about_it:#?}");
        assert_eq!(found, before, "{doc}");
    }
    // The editor's files came with the first document only.
    assert!(root.join(SCHEMAS_DIR).join("data.schema.json").is_file());
    assert!(root.join(TAPLO_FILE).is_file());
}

#[test]
fn a_document_is_never_written_over_and_a_free_name_is_suggested() {
    let site = common::TestSite::fixture("valid-site");
    let root = site.dir.path();
    let report = root.join("content/dang-bo-thu/2020-2025/bao-cao.md");
    let before = std::fs::read_to_string(&report).unwrap();
    let e = new_doc(root, "dang-bo-thu", "2020-2025", "bao-cao", None, None).unwrap_err();
    assert_eq!(e.id(), "new-doc-exists");
    assert_eq!(std::fs::read_to_string(&report).unwrap(), before);
    let files = new_doc(
        root,
        "dang-bo-thu",
        "2020-2025",
        "bao-cao",
        Some("Báo cáo \"quý I\""),
        Some("bao-cao-2"),
    )
    .unwrap();
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        text.contains("title = 'Báo cáo \"quý I\"'")
            || text.contains("title = \"Báo cáo \\\"quý I\\\"\""),
        "{text}"
    );
    let e = new_doc(root, "khong-co", "2020-2025", "bao-cao", None, None).unwrap_err();
    assert_eq!(e.id(), "new-no-org");
}

#[test]
fn a_new_term_builds_at_once_and_its_data_file_names_its_schema() {
    let site = common::TestSite::fixture("valid-site");
    let root = site.dir.path();
    let before = check(root);
    new_term(root, "dang-bo-thu", "2025-2030").unwrap();
    assert_eq!(check(root), before);
    let data =
        std::fs::read_to_string(root.join("content/dang-bo-thu/2025-2030/data.toml")).unwrap();
    assert!(
        data.starts_with("#:schema ../../../schemas/data.schema.json\n"),
        "{data}"
    );
}
