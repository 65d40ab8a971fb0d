//! The views of organisations: an organisation's page, its card on the home page, and the
//! card of each of its terms with the tally of its verdicts.

use super::{DocLinkView, LinkView, Views};
use crate::model::org::Org;
use crate::model::term::Term;
use crate::plan::route::Route;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct OrgView {
    pub slug: String,
    pub name: String,
    pub name_full: Option<String>,
    pub kind: String,
    pub province: Option<String>,
    pub description: Option<String>,
    pub aliases: Vec<String>,
    pub parent: Option<LinkView>,
    pub url: String,
}

#[derive(Debug, Serialize)]
pub struct OrgCardView {
    pub org: OrgView,
    pub terms: Vec<LinkView>,
    pub documents: usize,
    pub indicators: usize,
}

#[derive(Debug, Serialize)]
pub struct TermCardView {
    pub term: String,
    pub display: String,
    pub url: String,
    pub has_folder: bool,
    pub documents: Vec<DocLinkView>,
    /// Documents of other terms that review this one.
    pub reviewed_in: Vec<DocLinkView>,
    pub indicators: usize,
    /// Targets set for the term, and indicators with a result in it.
    pub targets: usize,
    pub results: usize,
    pub verdicts: Vec<VerdictCount>,
}

#[derive(Debug, Serialize)]
pub struct VerdictCount {
    pub code: &'static str,
    pub label: String,
    pub count: usize,
}

impl Views<'_> {
    pub fn org(&self, org: &Org) -> OrgView {
        OrgView {
            slug: org.slug.clone(),
            name: org.name.clone(),
            name_full: org.name_full.clone(),
            kind: self.i18n.label("org_kinds", org.kind.code()),
            province: org.province.clone(),
            description: org.description.clone(),
            aliases: org.aliases.clone(),
            parent: org
                .parent
                .as_ref()
                .and_then(|slug| self.site.org(slug))
                .map(|p| self.link(p.name.clone(), &Route::org(&p.slug))),
            url: self.links.to(&Route::org(&org.slug)),
        }
    }

    pub fn org_card(&self, org: &Org) -> OrgCardView {
        OrgCardView {
            org: self.org(org),
            terms: org
                .terms
                .iter()
                .map(|t| self.link(self.term_display(t.term), &Route::term(&org.slug, t.term)))
                .collect(),
            documents: org.terms.iter().map(|t| t.documents.len()).sum(),
            indicators: org.indicators.len(),
        }
    }

    pub fn term_card(&self, org: &Org, term: Term) -> TermCardView {
        let org_term = org.term(term);
        let documents = org_term
            .map(|t| {
                t.documents
                    .iter()
                    .map(|&i| self.doc_link(&org.documents[i]))
                    .collect()
            })
            .unwrap_or_default();
        let reviewed_in = org_term
            .map(|t| {
                t.reviewed_in
                    .iter()
                    .map(|&i| self.doc_link(&org.documents[i]))
                    .collect()
            })
            .unwrap_or_default();
        let mut counts: Vec<VerdictCount> = Vec::new();
        let (mut indicators, mut targets, mut results) = (0, 0, 0);
        for indicator in &org.indicators {
            let has_result = indicator.latest_result_in(term).is_some();
            let mut has_target = false;
            for (target, evaluation) in indicator.targets.iter().zip(&indicator.evaluations) {
                if target.term != term {
                    continue;
                }
                has_target = true;
                targets += 1;
                let code = evaluation.verdict.code();
                match counts.iter_mut().find(|c| c.code == code) {
                    Some(c) => c.count += 1,
                    None => counts.push(VerdictCount {
                        code,
                        label: self.i18n.label("verdicts", code),
                        count: 1,
                    }),
                }
            }
            results += usize::from(has_result);
            indicators += usize::from(has_result || has_target);
        }
        if results == 0 {
            // A term that has only just set its targets has nothing to judge yet.
            counts.clear();
        }
        let order = |code: &str| {
            ["vuot", "dat", "chua-dat", "chua-du-du-lieu"]
                .iter()
                .position(|c| *c == code)
        };
        counts.sort_by_key(|c| order(c.code));
        TermCardView {
            term: term.to_string(),
            display: self.term_display(term),
            url: self.links.to(&Route::term(&org.slug, term)),
            has_folder: org_term.is_some_and(|t| t.has_folder),
            documents,
            reviewed_in,
            indicators,
            targets,
            results,
            verdicts: counts,
        }
    }
}
