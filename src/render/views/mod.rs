//! What templates receive: every value already formatted, every label already translated, every
//! link already relative to the page. Templates only lay them out.

mod document;
mod indicator;
mod org;

pub use document::{CongressView, DocLinkView, DocumentView, HeaderView, OriginalView, SourceView};
pub use indicator::{
    ChangeView, GroupView, IndicatorView, RowView, StatedView, TableView, TargetView, ValueView,
    VerdictView,
};
pub use org::{OrgCardView, OrgView, TermCardView, VerdictCount};

use crate::i18n::I18n;
use crate::model::Site;
use crate::model::term::Term;
use crate::plan::route::Route;
use crate::render::links::Links;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub title: String,
    pub url: String,
}

/// Builds views for one page: knows the site, the interface strings and the page's links.
pub struct Views<'a> {
    pub site: &'a Site,
    pub i18n: &'a I18n,
    pub links: &'a Links,
}

impl Views<'_> {
    pub fn term_display(&self, term: Term) -> String {
        term.display(&self.site.config.locale.term_display)
    }

    pub fn link(&self, title: impl Into<String>, route: &Route) -> LinkView {
        LinkView {
            title: title.into(),
            url: self.links.to(route),
        }
    }
}
