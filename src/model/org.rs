//! Organisations (Đảng bộ, Chi bộ, Huyện ủy…) and their terms.

use crate::diagnostics::source::Origin;
use crate::messages::Message;
use crate::model::document::Document;
use crate::model::indicator::{Change, Indicator};
use crate::model::original::Original;
use crate::model::term::Term;
use crate::msg;
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum OrgKind {
    DangBo,
    ChiBo,
    HuyenUy,
    TinhUy,
    DangUy,
    /// A state office (Phòng, Sở) reporting on party work in its sector.
    Phong,
    So,
    Khac,
}

impl OrgKind {
    pub fn code(self) -> &'static str {
        match self {
            OrgKind::DangBo => "dang-bo",
            OrgKind::ChiBo => "chi-bo",
            OrgKind::HuyenUy => "huyen-uy",
            OrgKind::TinhUy => "tinh-uy",
            OrgKind::DangUy => "dang-uy",
            OrgKind::Phong => "phong",
            OrgKind::So => "so",
            OrgKind::Khac => "khac",
        }
    }
}

/// Where a document set came from: a `[[source]]` of a data file.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub date: Option<jiff::civil::Date>,
    /// The source itself carries no date (`date_unknown = true`): printed "không ghi ngày".
    pub date_unknown: bool,
    pub kind: Option<String>,
    pub file: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// The term folder of the data file that lists it (ids are per file).
    pub file_term: Term,
}

#[derive(Debug, Clone)]
pub struct Org {
    pub slug: String,
    /// Where `slug` is written, for the checks of the site's addresses.
    pub slug_origin: Origin,
    pub name: String,
    pub name_full: Option<String>,
    pub aliases: Vec<String>,
    /// Folder names it was published under before (`huyen-uy-an-lao`), with where each is
    /// written: each of its pages gets a redirect page at its old address.
    pub old_slugs: Vec<(String, Origin)>,
    pub kind: OrgKind,
    pub province: Option<String>,
    pub parent: Option<String>,
    /// Where `parent` is written in `_org.toml`.
    pub parent_origin: Option<Origin>,
    pub description: Option<String>,
    /// Oldest first.
    pub terms: Vec<OrgTerm>,
    /// In the drafters' order: by first data file, then position in it.
    pub indicators: Vec<Indicator>,
    pub sources: Vec<Source>,
    /// Published documents (and drafts when asked for), by term, type, date and slug.
    pub documents: Vec<Document>,
    /// The terms' originals (`files/`), by term and file name.
    pub originals: Vec<Original>,
    /// A data file failed to load: the indicators are incomplete.
    pub data_incomplete: bool,
}

#[derive(Debug, Clone)]
pub struct OrgTerm {
    pub term: Term,
    /// Whether `content/<org>/<term>/` exists (else the term is known only from the data).
    pub has_folder: bool,
    /// Indices into the organisation's `documents`, in reading order.
    pub documents: Vec<usize>,
    /// Documents of other terms that review this one (a congress report reviews the term it closes).
    pub reviewed_in: Vec<usize>,
}

impl Org {
    /// The originals of `term`, by file name.
    pub fn originals_of(&self, term: Term) -> impl Iterator<Item = &Original> {
        self.originals.iter().filter(move |o| o.term == term)
    }

    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn term(&self, term: Term) -> Option<&OrgTerm> {
        self.terms.iter().find(|t| t.term == term)
    }

    /// "indicators of <org>: a, b, c": the hint for an unknown indicator id.
    pub fn known_ids_hint(&self) -> Message {
        let ids: Vec<&str> = self.indicators.iter().map(|i| i.id.as_str()).collect();
        if ids.is_empty() {
            msg!("model-org-no-indicators", org = &self.slug)
        } else {
            msg!(
                "model-org-indicators",
                org = &self.slug,
                ids = ids.join(", ")
            )
        }
    }

    pub fn source(&self, file_term: Term, id: &str) -> Option<&Source> {
        self.sources
            .iter()
            .find(|s| s.file_term == file_term && s.id == id)
    }

    /// The term a change reports on, among the organisation's terms.
    pub fn change_term(&self, change: &Change) -> Option<Term> {
        change.reports_on(self.terms.iter().map(|t| t.term))
    }

    /// Whether `indicator` has a figure of `term`: a target set in it, a result of it, or a
    /// change reported on it.
    pub fn has_figures_in(&self, indicator: &Indicator, term: Term) -> bool {
        indicator.targets.iter().any(|t| t.term == term)
            || indicator.latest_result_in(term).is_some()
            || indicator
                .changes
                .iter()
                .any(|c| self.change_term(c) == Some(term))
    }

    /// The source a document's front matter names, by its id or its file.
    pub fn source_named(&self, term: Term, named: &str) -> Option<&Source> {
        self.sources
            .iter()
            .find(|s| s.file_term == term && (s.id == named || s.file.as_deref() == Some(named)))
    }
}
