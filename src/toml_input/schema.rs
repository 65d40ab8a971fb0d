//! What JSON Schema makes of a TOML value that JSON has not: a date. Editors (Taplo, Even Better
//! TOML) turn `date = 2020-05-12` into the text "2020-05-12" before checking it, so a date is
//! described as text in the `date` format.

use schemars::{Schema, SchemaGenerator, json_schema};

/// `#[schemars(schema_with = "crate::toml_input::date_schema")]` on a `toml::value::Datetime`.
pub fn date_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({ "type": "string", "format": "date" })
}
