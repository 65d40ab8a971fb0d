//! TOML with spans: parse recoverably, deserialize table by table, and turn every serde/TOML
//! error into a located diagnostic with a hint (valid keys, expected type, allowed values).

mod deserialize;
mod explain;
mod forbidden;
mod parse;
mod schema;
mod syntax_words;
mod value_words;

pub use deserialize::{deserialize, deserialize_document};
pub use explain::toml_error;
pub use parse::parse_table;
pub use schema::date_schema;
