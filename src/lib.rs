//! nhiemky: a static site generator for Vietnamese party-congress term reports.
//!
//! The pipeline: load (files → parsed inputs with spans) → model (validated, joined, verdicts)
//! → plan (the list of outputs) → render (Markdown, Tera, in parallel) → write (staging folder
//! swapped into place). `build`, `check` and `serve` all run these same stages.

pub mod archive;
pub mod build;
pub mod charts;
pub mod config;
pub mod diagnostics;
pub mod html;
pub mod i18n;
pub mod load;
pub mod markdown;
pub mod messages;
pub mod model;
pub mod output;
pub mod plan;
pub mod progress;
pub mod regular_file;
pub mod render;
pub mod routes;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod toml_input;
pub mod vi;
