//! Model: the site as plain, validated data. Cross-term joins (an indicator id ties a series
//! across term folders) and derived facts (verdicts, display text) are computed once here.

mod build;
pub mod display;
pub mod document;
pub mod indicator;
pub mod org;
pub mod period;
pub mod term;
pub mod verdict;

pub use build::build_site;

use crate::config::Config;
use document::Document;
use org::Org;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    /// In Vietnamese alphabetical order of their names.
    pub orgs: Vec<Org>,
    /// Published documents (and drafts when asked for), grouped by organisation and term.
    pub documents: Vec<Document>,
}

impl Site {
    pub fn org(&self, slug: &str) -> Option<&Org> {
        self.orgs.iter().find(|o| o.slug == slug)
    }
}
