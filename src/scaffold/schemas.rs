//! JSON Schemas of the TOML files drafters write — `data.toml`, `_org.toml`, `config.toml`,
//! `files/_files.toml` — so that an editor (Taplo, Even Better TOML) completes keys and flags
//! mistakes while they type. Each schema is derived from the types that read the file
//! (`#[derive(JsonSchema)]` beside `#[derive(Deserialize)]`), so it cannot drift from the code:
//! `deny_unknown_fields` becomes `additionalProperties: false`, and a misspelt key is flagged.
//! The descriptions come from the catalogue (`schema-<file>-<key path>`), in either language.

use crate::config::ConfigInput;
use crate::load::data_file::Header;
use crate::load::org_file::OrgInput;
use crate::messages::Catalogue;
use schemars::generate::SchemaSettings;
use schemars::{Schema, json_schema};
use serde_json::{Map, Value};

/// A kind of TOML file a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Described {
    Data,
    Org,
    Config,
    Files,
}

impl Described {
    pub const ALL: [Described; 4] = [
        Described::Data,
        Described::Org,
        Described::Config,
        Described::Files,
    ];

    /// The word naming it in its descriptions' ids: `schema-data-indicator-unit`.
    pub fn key(self) -> &'static str {
        match self {
            Described::Data => "data",
            Described::Org => "org",
            Described::Config => "config",
            Described::Files => "files",
        }
    }

    /// Its schema's file name in the site's `schemas/` folder.
    pub fn schema_file(self) -> &'static str {
        match self {
            Described::Data => "data.schema.json",
            Described::Org => "org.schema.json",
            Described::Config => "config.schema.json",
            Described::Files => "files.schema.json",
        }
    }

    /// The files of a site it describes, as a glob from the site's root (`.taplo.toml`).
    pub fn files(self) -> &'static str {
        match self {
            Described::Data => "content/**/data.toml",
            Described::Org => "content/*/_org.toml",
            Described::Config => "config.toml",
            Described::Files => "content/**/files/_files.toml",
        }
    }

    /// The schema as the types give it, before it is tidied and described.
    fn derived(self) -> Schema {
        // Draft 7, every sub-schema written in place: Taplo reads it, and shows a key's
        // description only where no `$ref` stands in the way.
        let generator = SchemaSettings::draft07()
            .with(|s| s.inline_subschemas = true)
            .into_generator();
        match self {
            Described::Data => generator.into_root_schema_for::<Header>(),
            Described::Org => generator.into_root_schema_for::<OrgInput>(),
            Described::Config => generator.into_root_schema_for::<ConfigInput>(),
            // Read by hand (load::originals): `"file-name.pdf" = "Title"` lines.
            Described::Files => json_schema!({
                "$schema": "http://json-schema.org/draft-07/schema#",
                "type": "object",
                "additionalProperties": { "type": "string" }
            }),
        }
    }
}

/// The schema of `described`, its keys described in `catalogue`'s language.
pub fn schema(described: Described, catalogue: &Catalogue) -> Value {
    let mut value = described.derived().to_value();
    tidy(&mut value);
    visit(&mut value, &root_id(described), true, &mut |id, schema| {
        if let Some(text) = catalogue.text_of(id) {
            schema.insert("description".into(), Value::String(text));
        }
    });
    sorted(value)
}

/// The schema as the file `schemas/<name>` holds it.
pub fn schema_text(described: Described, catalogue: &Catalogue) -> String {
    let text = serde_json::to_string_pretty(&schema(described, catalogue)).expect("JSON");
    text + "\n"
}

/// The catalogue id of every description the schema of `described` gives: the file's own,
/// then each key's (`schema-data-indicator-obs-value`; a key of a table whose keys the drafter
/// chooses, like `[scales.<name>]`, is named `entry`).
pub fn description_ids(described: Described) -> Vec<String> {
    let mut value = described.derived().to_value();
    tidy(&mut value);
    let mut ids = Vec::new();
    visit(&mut value, &root_id(described), true, &mut |id, _| {
        ids.push(id.to_owned())
    });
    ids
}

fn root_id(described: Described) -> String {
    format!("schema-{}", described.key())
}

/// Calls `describe` with the id of the schema and of each of its keys, down the tree.
fn visit(
    node: &mut Value,
    id: &str,
    described: bool,
    describe: &mut dyn FnMut(&str, &mut Map<String, Value>),
) {
    let Some(schema) = node.as_object_mut() else {
        return;
    };
    if described {
        describe(id, schema);
    }
    if let Some(Value::Object(properties)) = schema.get_mut("properties") {
        for (key, property) in properties.iter_mut() {
            visit(property, &format!("{id}-{key}"), true, describe);
        }
    }
    // The tables of a list of tables (`[[indicator]]`) have the keys of the list's own id.
    if let Some(items) = schema.get_mut("items") {
        visit(items, id, false, describe);
    }
    if let Some(entry @ Value::Object(_)) = schema.get_mut("additionalProperties") {
        visit(entry, &format!("{id}-entry"), true, describe);
    }
}

/// What the derive writes but a drafter's editor should not show: the Rust doc comments
/// (`title`, `description`: the catalogue describes each key), number formats (`uint32`),
/// and `null`, which TOML has not (an optional key is simply left out).
fn tidy(node: &mut Value) {
    let Some(schema) = node.as_object_mut() else {
        return;
    };
    schema.remove("title");
    schema.remove("description");
    if schema.get("default").is_some_and(Value::is_null) {
        schema.remove("default");
    }
    if schema.get("format").is_some_and(|f| f != "date") {
        schema.remove("format");
    }
    if let Some(Value::Array(types)) = schema.get_mut("type") {
        types.retain(|t| t != "null");
        if let [single] = types.as_slice() {
            let single = single.clone();
            schema.insert("type".into(), single);
        }
    }
    for key in ["properties", "definitions"] {
        if let Some(Value::Object(children)) = schema.get_mut(key) {
            children.values_mut().for_each(tidy);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(child) = schema.get_mut(key) {
            tidy(child);
        }
    }
    for key in ["anyOf", "oneOf"] {
        let Some(Value::Array(mut choices)) = schema.remove(key) else {
            continue;
        };
        choices.iter_mut().for_each(tidy);
        choices.retain(|c| c.get("type").is_none_or(|t| t != "null"));
        if let Some(words) = words_only(&choices) {
            schema.insert("type".into(), "string".into());
            schema.insert("enum".into(), Value::Array(words));
        } else if let [Value::Object(single)] = choices.as_slice() {
            for (k, v) in single {
                schema.entry(k.clone()).or_insert_with(|| v.clone());
            }
        } else {
            schema.insert(key.into(), Value::Array(choices));
        }
    }
}

/// The words of a choice among words (an enum whose variants have doc comments).
fn words_only(choices: &[Value]) -> Option<Vec<Value>> {
    let mut words = Vec::new();
    for choice in choices {
        let choice = choice.as_object()?;
        if choice.get("type").is_some_and(|t| t != "string") {
            return None;
        }
        match (choice.get("const"), choice.get("enum")) {
            (Some(word), None) => words.push(word.clone()),
            (None, Some(Value::Array(some))) => words.extend(some.iter().cloned()),
            _ => return None,
        }
    }
    Some(words)
}

/// Keys in alphabetical order at every level, whatever order serde_json's map keeps: the
/// files are the same bytes from every build of nhiemky.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_key_is_refused_and_keys_are_described() {
        let data = schema(Described::Data, &Catalogue::new(crate::messages::Lang::Vi));
        let target = &data["properties"]["indicator"]["items"]["properties"]["target"]["items"];
        assert_eq!(target["additionalProperties"], Value::Bool(false));
        assert_eq!(target["required"], serde_json::json!(["term"]));
        let comparator = &target["properties"]["comparator"];
        assert_eq!(
            comparator["enum"],
            serde_json::json!([">=", ">", "=", "<=", "<", "between"])
        );
        assert!(comparator["description"].as_str().unwrap().contains(">="));
        let as_of = &data["properties"]["indicator"]["items"]["properties"]["obs"]["items"]["properties"]
            ["as_of"];
        assert_eq!(as_of["format"], "date");
    }

    #[test]
    fn ids_follow_the_keys() {
        let ids = description_ids(Described::Config);
        for id in [
            "schema-config",
            "schema-config-base_url",
            "schema-config-locale-term_display",
            "schema-config-scales-entry-levels",
        ] {
            assert!(ids.iter().any(|i| i == id), "{id} not in {ids:?}");
        }
        assert!(description_ids(Described::Data).contains(&"schema-data-indicator-unit".into()));
    }
}
