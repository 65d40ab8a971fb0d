//! What templates receive: every value already formatted, every label already translated, every
//! link already relative to the page. Templates only lay them out.

use crate::i18n::I18n;
use crate::model::Site;
use crate::model::document::Document;
use crate::model::indicator::{
    Change, ChangeUnit, Confidence, Indicator, Observation, Role, Target,
};
use crate::model::org::{Org, Source};
use crate::model::original::Original;
use crate::model::term::Term;
use crate::model::verdict::Verdict;
use crate::plan::route::Route;
use crate::render::links::Links;
use crate::vi::{
    capitalize, format_date_long, format_date_short, format_number, format_size, to_roman,
};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub title: String,
    pub url: String,
}

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

#[derive(Debug, Serialize)]
pub struct DocLinkView {
    pub title: String,
    pub url: String,
    pub doc_type: String,
    pub date: Option<String>,
    pub status: &'static str,
    pub status_label: String,
    pub summary: Option<String>,
    pub term_display: String,
}

#[derive(Debug, Serialize)]
pub struct TableView {
    pub term: String,
    pub term_display: String,
    /// "results" (target, result, verdict) or "targets" (target, deadline).
    pub view: &'static str,
    pub groups: Vec<GroupView>,
    pub empty: bool,
    /// A data.toml of the organisation could not be read (only seen in the preview server,
    /// where the site is shown in spite of errors): rows may be missing.
    pub data_unreadable: bool,
}

#[derive(Debug, Serialize)]
pub struct GroupView {
    pub label: Option<String>,
    pub rows: Vec<RowView>,
}

#[derive(Debug, Serialize)]
pub struct RowView {
    pub id: String,
    pub name: String,
    pub url: String,
    pub scope: Option<String>,
    pub result: Option<ValueView>,
    /// The changes reported on the term ("giảm 4,4%"): shown where no result is.
    pub changes: Vec<ChangeView>,
    pub targets: Vec<TargetView>,
    /// The document says no target was set for the term (else, without targets, it is silent).
    pub no_target: bool,
}

#[derive(Debug, Serialize)]
pub struct ValueView {
    pub text: String,
    pub period: String,
    pub baseline: bool,
    pub derived: bool,
    pub ambiguous: bool,
    pub breakdown: Option<String>,
    /// The derivation or the notes, for a footnote or tooltip.
    pub note: Option<String>,
    /// Why the number is not the one the words print (`differs_from_stated`).
    pub differs: Option<String>,
    pub source: Option<String>,
    pub term: Option<LinkView>,
}

#[derive(Debug, Serialize)]
pub struct TargetView {
    pub text: String,
    pub term: String,
    pub term_display: String,
    pub deadline: Option<String>,
    pub derived: bool,
    pub implicit: bool,
    pub note: Option<String>,
    pub differs: Option<String>,
    pub adopted_by: Option<String>,
    pub verdict: VerdictView,
    pub result: Option<ValueView>,
    pub stated: Option<StatedView>,
}

#[derive(Debug, Serialize)]
pub struct VerdictView {
    pub code: &'static str,
    pub label: String,
    pub reason: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct StatedView {
    pub code: &'static str,
    pub label: String,
    pub text: Option<String>,
    pub disagrees: bool,
}

#[derive(Debug, Serialize)]
pub struct ChangeView {
    pub text: String,
    pub period: String,
    pub derived: bool,
    pub unclear: bool,
    pub note: Option<String>,
    pub differs: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SourceView {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
    pub file: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct IndicatorView {
    pub id: String,
    pub name: String,
    pub name_en: Option<String>,
    pub url: String,
    pub unit: String,
    pub scope: Option<String>,
    pub group: Option<String>,
    pub direction: String,
    pub notes: Option<String>,
    pub parent: Option<LinkView>,
    pub children: Vec<LinkView>,
    pub observations: Vec<ValueView>,
    pub targets: Vec<TargetView>,
    pub changes: Vec<ChangeView>,
    /// Terms for which the document says no target was set: "2015 - 2020".
    pub untargeted: Vec<String>,
    pub sources: Vec<SourceView>,
    pub latest: Option<ValueView>,
}

#[derive(Debug, Serialize)]
pub struct CongressView {
    pub ordinal: Option<String>,
    pub kind: Option<String>,
    pub date: Option<String>,
    pub party_members: Option<u32>,
    pub superior: Option<String>,
    pub motto: Option<String>,
}

/// The party-document heading (Hướng dẫn 36-HD/VPTW): issuing body on the left, the Party's
/// name and the place and date on the right.
#[derive(Debug, Serialize)]
pub struct HeaderView {
    /// Print "ĐẢNG CỘNG SẢN VIỆT NAM" opposite the issuer (party documents only).
    pub party_document: bool,
    pub superior: Option<String>,
    pub issuer: String,
    pub number: Option<String>,
    pub place_date: Option<String>,
    pub doc_type: String,
}

#[derive(Debug, Serialize)]
pub struct DocumentView {
    pub title: String,
    pub doc_type: String,
    pub doc_type_code: &'static str,
    pub status: &'static str,
    pub status_label: String,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub date_long: Option<String>,
    pub number: Option<String>,
    pub issuer: String,
    pub place: Option<String>,
    pub reviewed_term: Option<LinkView>,
    pub congress: Option<CongressView>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    /// The front matter's `sources`: a `[[source]]` of the term's data (by id or file) shown
    /// with its title, else as written.
    pub sources: Vec<SourceView>,
    pub header: HeaderView,
    pub highlights: Vec<IndicatorView>,
}

/// An original of a term, as its list and the `original()` shortcode show it.
#[derive(Debug, Serialize)]
pub struct OriginalView {
    /// Its title, or its file name when it has none.
    pub title: String,
    pub name: String,
    pub url: String,
    /// "PDF", "Word (DOCX)"…
    pub kind: String,
    /// "1,2 MB"
    pub size: String,
    /// The exact size: "1.258.291 byte".
    pub bytes: String,
    pub sha256: String,
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

    pub fn original(&self, org: &Org, original: &Original) -> OriginalView {
        let extension = original.extension();
        let kind = match self.i18n.label("file_types", &extension) {
            label if label == extension => extension.to_uppercase(),
            label => label,
        };
        OriginalView {
            title: original
                .title
                .clone()
                .unwrap_or_else(|| original.name.clone()),
            name: original.name.clone(),
            url: self
                .links
                .to(&Route::original(&org.slug, original.term, &original.name)),
            kind,
            size: format_size(original.size),
            bytes: format!("{} byte", format_number(original.size as f64, 0)),
            sha256: original.sha256.clone(),
        }
    }

    pub fn doc_link(&self, doc: &Document) -> DocLinkView {
        DocLinkView {
            title: doc.front.title.clone(),
            url: self
                .links
                .to(&Route::document(&doc.org, doc.term, &doc.slug)),
            doc_type: self.i18n.label("doc_types", doc.front.doc_type.code()),
            date: doc.front.date.map(format_date_short),
            status: doc.front.status.code(),
            status_label: self.i18n.label("statuses", doc.front.status.code()),
            summary: doc.front.summary.clone(),
            term_display: self.term_display(doc.term),
        }
    }

    pub fn document(&self, org: &Org, doc: &Document) -> DocumentView {
        let front = &doc.front;
        let issuer = front.issuer.clone().unwrap_or_else(|| org.name.clone());
        let place_date = match (&front.place, front.date) {
            (Some(place), Some(date)) => Some(format!("{place}, {}", format_date_long(date))),
            (None, Some(date)) => Some(capitalize(&format_date_long(date))),
            (Some(place), None) => Some(place.clone()),
            (None, None) => None,
        };
        let doc_type = self.i18n.label("doc_types", front.doc_type.code());
        let congress = front.congress.as_ref().map(|c| CongressView {
            ordinal: c.ordinal.map(to_roman),
            kind: c.kind.map(|k| self.i18n.label("congress_kinds", k.code())),
            date: c.date.map(format_date_short),
            party_members: c.party_members,
            superior: c.superior.clone(),
            motto: c.motto.clone(),
        });
        let superior = front.congress.as_ref().and_then(|c| c.superior.clone());
        DocumentView {
            title: front.title.clone(),
            doc_type: doc_type.clone(),
            doc_type_code: front.doc_type.code(),
            status: front.status.code(),
            status_label: self.i18n.label("statuses", front.status.code()),
            date: front.date.map(format_date_short),
            date_iso: front.date.map(|d| d.to_string()),
            date_long: front.date.map(format_date_long),
            number: front.number.clone(),
            issuer: issuer.clone(),
            place: front.place.clone(),
            reviewed_term: front
                .reviewed_term
                .map(|t| self.link(self.term_display(t), &Route::term(&org.slug, t))),
            congress,
            tags: front.tags.clone(),
            summary: front.summary.clone(),
            sources: front
                .sources
                .iter()
                .map(|named| match org.source_named(doc.term, named) {
                    Some(source) => self.source(source),
                    None => SourceView {
                        id: named.clone(),
                        title: named.clone(),
                        date: None,
                        file: None,
                        url: crate::html::is_web_address(named).then(|| named.clone()),
                        author: None,
                    },
                })
                .collect(),
            header: HeaderView {
                party_document: front.doc_type.is_party_document(),
                superior: superior.map(|s| s.to_uppercase()),
                issuer: issuer.to_uppercase(),
                number: front.number.clone(),
                place_date,
                doc_type: doc_type.to_uppercase(),
            },
            highlights: front
                .highlight_indicators
                .iter()
                .filter_map(|(id, _)| org.indicator(id))
                .map(|i| self.indicator(org, i))
                .collect(),
        }
    }

    /// Results against targets for one term (`view = "results"`), or its targets alone.
    pub fn table(
        &self,
        org: &Org,
        term: Term,
        view: &'static str,
        group: Option<&str>,
    ) -> TableView {
        let mut groups: Vec<GroupView> = Vec::new();
        for indicator in &org.indicators {
            if group.is_some_and(|g| indicator.group.as_deref() != Some(g)) {
                continue;
            }
            let targets: Vec<TargetView> = indicator
                .targets
                .iter()
                .enumerate()
                .filter(|(_, t)| t.term == term)
                .map(|(i, t)| self.target(org, indicator, t, i))
                .collect();
            let result = indicator
                .latest_result_in(term)
                .map(|(_, o)| self.value(org, indicator, o));
            let changes: Vec<ChangeView> = indicator
                .changes
                .iter()
                .filter(|c| org.change_term(c) == Some(term))
                .map(|c| self.change(c))
                .collect();
            let relevant = match view {
                "targets" => !targets.is_empty(),
                _ => !targets.is_empty() || result.is_some() || !changes.is_empty(),
            };
            if !relevant {
                continue;
            }
            let label = indicator
                .group
                .as_ref()
                .map(|g| self.i18n.label("groups", g));
            let row = RowView {
                id: indicator.id.clone(),
                name: indicator.name.clone(),
                url: self.links.to(&Route::indicator(&org.slug, &indicator.id)),
                scope: indicator.scope.clone(),
                result,
                changes,
                targets,
                no_target: indicator.untargeted.contains(&term),
            };
            match groups.iter_mut().find(|g| g.label == label) {
                Some(g) => g.rows.push(row),
                None => groups.push(GroupView {
                    label,
                    rows: vec![row],
                }),
            }
        }
        TableView {
            term: term.to_string(),
            term_display: self.term_display(term),
            view,
            empty: groups.is_empty(),
            groups,
            data_unreadable: org.data_incomplete,
        }
    }

    pub fn value(&self, org: &Org, indicator: &Indicator, obs: &Observation) -> ValueView {
        let p = &obs.provenance;
        ValueView {
            text: obs.display.clone(),
            period: obs.period.label(&self.site.config.locale.term_display),
            baseline: obs.role == Role::Baseline,
            derived: p.confidence == Confidence::Derived,
            ambiguous: p.confidence == Confidence::Ambiguous,
            breakdown: obs.breakdown.clone(),
            note: note(p),
            differs: p.differs().map(str::to_owned),
            source: p
                .source()
                .and_then(|id| org.source(obs.file_term, id))
                .map(|s| s.title.clone()),
            term: (!indicator.defined_in.is_empty()).then(|| {
                self.link(
                    self.term_display(obs.file_term),
                    &Route::term(&org.slug, obs.file_term),
                )
            }),
        }
    }

    pub fn source(&self, source: &Source) -> SourceView {
        SourceView {
            id: source.id.clone(),
            title: source.title.clone(),
            date: match source.date {
                Some(date) => Some(format_date_short(date)),
                None if source.date_unknown => Some(self.i18n.text("undated")),
                None => None,
            },
            file: source.file.clone(),
            url: source.url.clone(),
            author: source.author.clone(),
        }
    }

    pub fn change(&self, change: &Change) -> ChangeView {
        ChangeView {
            text: change.display.clone(),
            period: change
                .period_text(Some(&self.i18n.text("since")))
                .unwrap_or_else(|| self.i18n.text("period_unstated")),
            derived: change.provenance.confidence == Confidence::Derived,
            unclear: change.unit == ChangeUnit::Unclear,
            note: note(&change.provenance),
            differs: change.provenance.differs().map(str::to_owned),
        }
    }

    pub fn target(
        &self,
        org: &Org,
        indicator: &Indicator,
        target: &Target,
        index: usize,
    ) -> TargetView {
        let evaluation = &indicator.evaluations[index];
        let mut deadline = Vec::new();
        if target.each_year {
            deadline.push(self.i18n.text("each_year"));
        }
        if let Some(by) = target.by {
            deadline.push(self.i18n.text("by_year").replace("{year}", &by.to_string()));
        }
        let p = &target.provenance;
        TargetView {
            text: target.display.clone(),
            term: target.term.to_string(),
            term_display: self.term_display(target.term),
            deadline: (!deadline.is_empty()).then(|| deadline.join(", ")),
            derived: p.confidence == Confidence::Derived,
            implicit: target.basis == crate::model::indicator::ComparatorBasis::Implicit,
            note: note(p),
            differs: p.differs().map(str::to_owned),
            adopted_by: target.adopted_by.clone(),
            verdict: self.verdict(evaluation.verdict, evaluation.reason),
            result: evaluation
                .result
                .map(|i| self.value(org, indicator, &indicator.observations[i])),
            stated: evaluation.stated.map(|i| {
                let a = &indicator.assessments[i];
                StatedView {
                    code: a.verdict.code(),
                    label: self.i18n.label("verdicts", a.verdict.code()),
                    text: a.provenance.as_stated().map(str::to_owned),
                    disagrees: evaluation.verdict.contradicts(a.verdict),
                }
            }),
        }
    }

    pub fn verdict(&self, verdict: Verdict, reason: Option<&str>) -> VerdictView {
        VerdictView {
            code: verdict.code(),
            label: self.i18n.label("verdicts", verdict.code()),
            reason: reason.map(str::to_owned),
        }
    }

    pub fn indicator(&self, org: &Org, indicator: &Indicator) -> IndicatorView {
        let link_to = |id: &str| {
            org.indicator(id)
                .map(|i| self.link(i.name.clone(), &Route::indicator(&org.slug, &i.id)))
        };
        let mut source_ids: Vec<(Term, &str)> = indicator
            .observations
            .iter()
            .filter_map(|o| o.provenance.source().map(|s| (o.file_term, s)))
            .chain(
                indicator
                    .targets
                    .iter()
                    .filter_map(|t| t.provenance.source().map(|s| (t.file_term, s))),
            )
            .chain(
                indicator
                    .changes
                    .iter()
                    .filter_map(|c| c.provenance.source().map(|s| (c.file_term, s))),
            )
            .collect();
        source_ids.sort();
        source_ids.dedup();
        IndicatorView {
            id: indicator.id.clone(),
            name: indicator.name.clone(),
            name_en: indicator.name_en.clone(),
            url: self.links.to(&Route::indicator(&org.slug, &indicator.id)),
            unit: {
                let unit = self.i18n.label("units", indicator.unit.code());
                let unit = match &indicator.unit_label {
                    Some(label) => format!("{unit} ({label})"),
                    None => unit,
                };
                match indicator.per {
                    Some(per) => format!("{unit}, {}", self.i18n.label("per", per.code())),
                    None => unit,
                }
            },
            scope: indicator.scope.clone(),
            group: indicator
                .group
                .as_ref()
                .map(|g| self.i18n.label("groups", g)),
            direction: self.i18n.label("directions", indicator.direction.code()),
            notes: indicator.notes.clone(),
            parent: indicator.parent.as_deref().and_then(link_to),
            children: indicator
                .children
                .iter()
                .filter_map(|id| link_to(id))
                .collect(),
            observations: indicator
                .observations
                .iter()
                .map(|o| self.value(org, indicator, o))
                .collect(),
            targets: indicator
                .targets
                .iter()
                .enumerate()
                .map(|(i, t)| self.target(org, indicator, t, i))
                .collect(),
            changes: indicator.changes.iter().map(|c| self.change(c)).collect(),
            untargeted: indicator
                .untargeted
                .iter()
                .map(|&t| self.term_display(t))
                .collect(),
            sources: source_ids
                .into_iter()
                .filter_map(|(term, id)| org.source(term, id))
                .map(|s| self.source(s))
                .collect(),
            latest: indicator
                .observations
                .iter()
                .rfind(|o| o.role == Role::Result && o.breakdown.is_none())
                .map(|o| self.value(org, indicator, o)),
        }
    }
}

fn note(p: &crate::model::indicator::Provenance) -> Option<String> {
    match (p.derivation(), p.notes()) {
        (Some(d), Some(n)) => Some(format!("{d}. {n}")),
        (Some(d), None) => Some(d.to_owned()),
        (None, Some(n)) => Some(n.to_owned()),
        (None, None) => None,
    }
}
