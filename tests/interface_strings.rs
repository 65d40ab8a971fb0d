//! The interface speaks the site's language: every string lives in `i18n/vi.toml` and
//! `i18n/en.toml` (the same keys in both), none is written into a template.

mod common;

use std::collections::BTreeSet;

fn keys(table: &toml::Table, prefix: &str, out: &mut BTreeSet<String>) {
    for (key, value) in table {
        match value {
            toml::Value::Table(inner) => keys(inner, &format!("{prefix}{key}."), out),
            _ => {
                out.insert(format!("{prefix}{key}"));
            }
        }
    }
}

fn language(code: &str) -> BTreeSet<String> {
    let path = common::repo().join(format!("themes/default/i18n/{code}.toml"));
    let table: toml::Table = std::fs::read_to_string(path).unwrap().parse().unwrap();
    let mut out = BTreeSet::new();
    keys(&table, "", &mut out);
    out
}

#[test]
fn both_languages_have_every_string() {
    let vi = language("vi");
    let en = language("en");
    assert!(vi.len() > 100);
    assert_eq!(
        vi.difference(&en).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "missing in en.toml"
    );
    assert_eq!(
        en.difference(&vi).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "missing in vi.toml"
    );
}

#[test]
fn no_template_writes_interface_text_itself() {
    let tags =
        regex_lite::Regex::new(r"(?s)\{#.*?#\}|\{\{.*?\}\}|\{%.*?%\}|<script.*?</script>|<[^>]*>")
            .unwrap();
    let word = regex_lite::Regex::new(r"[^\W\d_]{2,}").unwrap();
    let attribute = regex_lite::Regex::new(r#"(aria-label|title|alt|placeholder)="[^{"]"#).unwrap();
    // Names of file formats read the same in every language.
    let allowed = ["SVG", "PNG"];
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(common::repo().join("themes/default/templates")) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let bare = tags.replace_all(&text, " ");
        for w in word.find_iter(&bare) {
            if !allowed.contains(&w.as_str()) {
                found.push(format!("{}: {}", entry.path().display(), w.as_str()));
            }
        }
        for m in attribute.find_iter(&text) {
            found.push(format!("{}: {}", entry.path().display(), m.as_str()));
        }
    }
    assert!(found.is_empty(), "text written into templates: {found:#?}");
}
