//! Model: the site as plain, validated data. Cross-term joins (an indicator id ties a series
//! across term folders) and derived facts (verdicts, display text) are computed once here.

pub mod chart_kind;
pub mod display;
pub mod document;
pub mod indicator;
pub mod org;
pub mod original;
pub mod period;
pub mod term;
pub mod verdict;

use crate::config::Config;
use crate::vi::Collation;
use org::Org;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    /// In Vietnamese alphabetical order of their names. Shared, so that a preview server can
    /// replace one organisation without copying the others.
    pub orgs: Vec<Arc<Org>>,
    /// Slug → position in `orgs`.
    org_index: HashMap<String, usize>,
}

impl Site {
    pub fn new(root: PathBuf, config: Config, mut orgs: Vec<Arc<Org>>) -> Site {
        let collation = Collation::vietnamese();
        orgs.sort_by(|a, b| {
            collation
                .compare(&a.name, &b.name)
                .then(a.slug.cmp(&b.slug))
        });
        let org_index = orgs
            .iter()
            .enumerate()
            .map(|(i, o)| (o.slug.clone(), i))
            .collect();
        Site {
            root,
            config,
            orgs,
            org_index,
        }
    }

    pub fn org(&self, slug: &str) -> Option<&Org> {
        self.org_index.get(slug).map(|&i| &*self.orgs[i])
    }

    /// The position of organisation `slug` in `orgs`.
    pub fn org_position(&self, slug: &str) -> Option<usize> {
        self.org_index.get(slug).copied()
    }

    /// This site with `org` in place of the organisation of its slug, or added. Only a new
    /// name (or a new organisation) sorts the list again.
    pub fn with_org(&self, org: Arc<Org>) -> Site {
        match self.org_position(&org.slug) {
            Some(i) if self.orgs[i].name == org.name => {
                let mut site = self.clone();
                site.orgs[i] = org;
                site
            }
            _ => {
                let mut orgs = self.others(&org.slug);
                orgs.push(org);
                Site::new(self.root.clone(), self.config.clone(), orgs)
            }
        }
    }

    /// This site without organisation `slug`.
    pub fn without_org(&self, slug: &str) -> Site {
        Site::new(self.root.clone(), self.config.clone(), self.others(slug))
    }

    fn others(&self, slug: &str) -> Vec<Arc<Org>> {
        self.orgs
            .iter()
            .filter(|o| o.slug != slug)
            .cloned()
            .collect()
    }
}
