//! What part of the site an archive holds: all of it, one organisation (`--org`), or one term
//! of it (`--term`). A part keeps the site-wide pages a reader starts from (home, 404, the
//! theme's files) so that it is still a site; its links to what was left out are rewritten to
//! the published addresses (`relink`).

use crate::diagnostics::Diagnostic;
use crate::model::Site;
use crate::model::org::Org;
use crate::model::term::Term;
use crate::msg;
use crate::plan::{Output, Page};

#[derive(Debug, Clone, Copy, Default)]
pub struct Selection {
    /// The organisation's position in `Site::orgs`; `None`: the whole site.
    pub org: Option<usize>,
    pub term: Option<Term>,
}

impl Selection {
    /// Resolves `--org` and `--term` against the site.
    pub fn resolve(
        site: &Site,
        org: Option<&str>,
        term: Option<&str>,
    ) -> Result<Selection, Diagnostic> {
        let Some(slug) = org else {
            return Ok(Selection::default());
        };
        let Some(position) = site.org_position(slug) else {
            let slugs: Vec<&str> = site.orgs.iter().map(|o| o.slug.as_str()).collect();
            return Err(Diagnostic::error(msg!("archive-unknown-org", slug = slug))
                .hint(msg!("archive-unknown-org-hint", slugs = slugs.join(", "))));
        };
        let org = &site.orgs[position];
        let term = match term {
            None => None,
            Some(text) => {
                let terms = || {
                    org.terms
                        .iter()
                        .map(|t| t.term.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let hint = || msg!("archive-choose-term-hint", slug = slug, terms = terms());
                let term = Term::parse(text).map_err(|why| {
                    Diagnostic::error(msg!("archive-term-invalid", why = why)).hint(hint())
                })?;
                if org.term(term).is_none() {
                    return Err(Diagnostic::error(msg!(
                        "archive-unknown-term",
                        term = term.to_string(),
                        slug = slug
                    ))
                    .hint(hint()));
                }
                Some(term)
            }
        };
        Ok(Selection {
            org: Some(position),
            term,
        })
    }

    pub fn is_whole_site(&self) -> bool {
        self.org.is_none()
    }

    /// Whether the archive holds `output`.
    pub fn holds(&self, site: &Site, output: &Output) -> bool {
        let Some(chosen) = self.org else {
            return true;
        };
        match output.page.org() {
            None => matches!(output.page, Page::Home | Page::NotFound | Page::SiteCard),
            Some(o) if o != chosen => false,
            Some(o) => self
                .term
                .is_none_or(|term| in_term(&site.orgs[o], &output.page, term)),
        }
    }

    /// Whether the archive holds term `term` of the organisation at `org`.
    pub fn holds_term(&self, org: usize, term: Term) -> bool {
        self.org.is_none_or(|o| o == org) && self.term.is_none_or(|t| t == term)
    }
}

/// Whether an organisation's output belongs to `term`. Its own page and feed always do; an
/// indicator does when it has a target, a result or a figure written in that term.
fn in_term(org: &Org, page: &Page, term: Term) -> bool {
    match *page {
        Page::Org { .. } | Page::Feed { .. } => true,
        Page::Term { term: t, .. }
        | Page::Dashboard { term: t, .. }
        | Page::Embed { term: t, .. }
        | Page::TermData { term: t, .. } => t == term,
        Page::Document { doc, .. } | Page::Redirect { doc, .. } => org.documents[doc].term == term,
        Page::Original { index, .. } => org.originals[index].term == term,
        Page::Moved { org: o, to, .. } => in_term(org, &to.page(o), term),
        Page::Indicator { indicator, .. }
        | Page::ChartSvg { indicator, .. }
        | Page::ChartPng { indicator, .. } => {
            let i = &org.indicators[indicator];
            i.targets.iter().any(|t| t.term == term)
                || i.latest_result_in(term).is_some()
                || i.observations.iter().any(|o| o.file_term == term)
        }
        _ => false,
    }
}
