//! The JSON Schemas of the site's TOML files (`schemas/`, `.taplo.toml`): the committed ones
//! are those the code writes, every key is described in both languages, the example site's
//! files pass them as an editor (Taplo) checks them, and a drafter's mistakes are flagged.

mod common;

use nhiemky::messages::{Catalogue, Lang};
use nhiemky::scaffold::editor_files;
use nhiemky::scaffold::schemas::{Described, description_ids, schema};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// Set to rewrite the committed files from the code: `NHIEMKY_BLESS=1 cargo test --test schemas`.
const BLESS: &str = "NHIEMKY_BLESS";

#[test]
fn the_committed_schemas_are_those_the_code_writes() {
    let bless = std::env::var_os(BLESS).is_some();
    let mut stale = Vec::new();
    for (relative, text) in editor_files(Lang::Vi) {
        let path = common::repo().join(&relative);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if bless {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
        } else {
            stale.push(relative.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "{} differ from what the code writes (the input types or the catalogue's `schema` \
         section changed): run `{BLESS}=1 cargo test --test schemas` and commit them",
        stale.join(", ")
    );
}

/// Every property of every schema has a description in both languages, and every `schema-`
/// message of the catalogue describes one (tests/messages.rs leaves them to this test).
#[test]
fn every_key_is_described_in_both_languages() {
    let mut undescribed = Vec::new();
    for described in Described::ALL {
        for lang in Lang::ALL {
            let mut value = schema(described, &Catalogue::new(lang));
            each_described(&mut value, described.key(), &mut |at, node| {
                let text = node.get("description").and_then(Value::as_str);
                if text.is_none_or(|t| t.trim().is_empty()) {
                    undescribed.push(format!("{}: {at}", lang.code()));
                }
            });
        }
    }
    assert!(
        undescribed.is_empty(),
        "keys without a description: {undescribed:#?}"
    );
    let ids: BTreeSet<String> = Described::ALL
        .into_iter()
        .flat_map(description_ids)
        .collect();
    let vi = std::fs::read_to_string(common::repo().join("src/messages/vi.ftl")).unwrap();
    let unused: Vec<&str> = vi
        .lines()
        .filter_map(|line| line.split_once(" = ").map(|(id, _)| id))
        .filter(|id| id.starts_with("schema-") && !ids.contains(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "`schema-` messages no key has: {unused:?}"
    );
}

/// The schema and each key below it, the way an editor shows them.
fn each_described(node: &mut Value, at: &str, f: &mut dyn FnMut(&str, &Value)) {
    f(at, node);
    if let Some(Value::Object(properties)) = node.get_mut("properties") {
        for (key, property) in properties.iter_mut() {
            each_described(property, &format!("{at}.{key}"), f);
        }
    }
    if let Some(Value::Object(items)) = node.get_mut("items")
        && let Some(Value::Object(properties)) = items.get_mut("properties")
    {
        for (key, property) in properties.iter_mut() {
            each_described(property, &format!("{at}.{key}"), f);
        }
    }
    if let Some(entry @ Value::Object(_)) = node.get_mut("additionalProperties") {
        each_described(entry, &format!("{at}.<entry>"), f);
    }
}

/// TOML as Taplo gives it to the JSON Schema checker: dates become text ("2020-05-12").
fn as_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(as_json).collect()),
        toml::Value::Table(table) => {
            Value::Object(table.into_iter().map(|(k, v)| (k, as_json(v))).collect())
        }
    }
}

/// Where the file's schema says it is wrong, as "path: what" lines.
fn mistakes(described: Described, text: &str) -> Vec<String> {
    let schema = schema(described, &Catalogue::new(Lang::En));
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let instance = as_json(toml::Value::Table(text.parse().unwrap()));
    validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

fn described_by_name(path: &Path) -> Option<Described> {
    match path.file_name()?.to_str()? {
        "data.toml" => Some(Described::Data),
        "_org.toml" => Some(Described::Org),
        "_files.toml" => Some(Described::Files),
        _ => None,
    }
}

#[test]
fn the_example_sites_files_pass_their_schemas() {
    let repo = common::repo();
    let mut files = vec![(Described::Config, repo.join("config.toml"))];
    for entry in walkdir::WalkDir::new(repo.join("content")) {
        let path = entry.unwrap().into_path();
        if let Some(described) = described_by_name(&path) {
            files.push((described, path));
        }
    }
    assert!(files.iter().filter(|(d, _)| *d == Described::Data).count() >= 4);
    for (described, path) in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let found = mistakes(described, &text);
        assert!(found.is_empty(), "{}: {found:#?}", path.display());
    }
    // No original of the example site has a title yet: the documented example.
    let titles = "\"bao-cao-chinh-tri-ban-ky.pdf\" = \"Báo cáo chính trị (bản ký, đóng dấu)\"\n";
    assert!(mistakes(Described::Files, titles).is_empty());
}

#[test]
fn a_misspelt_key_and_a_wrong_kind_of_value_are_flagged() {
    let data = "schema_version = 1\norg = \"o\"\nterm = \"2020-2025\"\n\n[[indicator]]\nid = \"x\"\nname = \"X\"\nunit = \"%\"\ndirection = \"higher_better\"\n\n  [[indicator.target]]\n  term = \"2020-2025\"\n  comparater = \">=\"\n  value = 95\n";
    let found = mistakes(Described::Data, data);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("/indicator/0/target/0:"), "{found:#?}");
    assert!(found[0].contains("comparater"), "{found:#?}");

    let found = mistakes(
        Described::Data,
        &data
            .replace("comparater", "comparator")
            .replace("unit = \"%\"", "unit = \"percent\""),
    );
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("/indicator/0/unit:"), "{found:#?}");

    let org = "slug = \"o\"\nname = \"O\"\nkind = \"dang-bo\"\nold_slugs = \"o-cu\"\n";
    let found = mistakes(Described::Org, org);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("/old_slugs:"), "{found:#?}");

    // A date is a date: written as text, or not a calendar day, it is flagged.
    let source = "schema_version = 1\norg = \"o\"\nterm = \"2020-2025\"\n[[source]]\nid = \"s\"\ntitle = \"S\"\ndate = 2020-05-12T08:00:00\n";
    let found = mistakes(Described::Data, source);
    assert!(
        found.iter().any(|f| f.starts_with("/source/0/date:")),
        "{found:#?}"
    );

    let config = "title = \"T\"\nbase_url = \"https://x.vn/\"\n[charts]\nenabled = \"có\"\n";
    let found = mistakes(Described::Config, config);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].starts_with("/charts/enabled:"), "{found:#?}");

    let titles = "\"a.pdf\" = 3\n";
    assert_eq!(mistakes(Described::Files, titles).len(), 1);
}
