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
use std::collections::HashMap;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    /// In Vietnamese alphabetical order of their names.
    pub orgs: Vec<Org>,
    /// Published documents (and drafts when asked for), grouped by organisation and term.
    pub documents: Vec<Document>,
    /// Slug → position in `orgs`.
    org_index: HashMap<String, usize>,
}

impl Site {
    pub fn new(root: PathBuf, config: Config, orgs: Vec<Org>, documents: Vec<Document>) -> Site {
        let org_index = orgs
            .iter()
            .enumerate()
            .map(|(i, o)| (o.slug.clone(), i))
            .collect();
        Site {
            root,
            config,
            orgs,
            documents,
            org_index,
        }
    }

    pub fn org(&self, slug: &str) -> Option<&Org> {
        self.org_index.get(slug).map(|&i| &self.orgs[i])
    }
}
