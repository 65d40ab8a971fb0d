//! The views of indicators: a term's table of them, each value as stated, targets with their
//! verdicts, stated changes, and an indicator's card and page.

use super::{LinkView, SourceView, Views};
use crate::model::indicator::{
    Change, ChangeUnit, Confidence, Indicator, Observation, Role, Target,
};
use crate::model::org::Org;
use crate::model::term::Term;
use crate::model::verdict::Verdict;
use crate::plan::route::Route;
use serde::Serialize;

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

fn note(p: &crate::model::indicator::Provenance) -> Option<String> {
    match (p.derivation(), p.notes()) {
        (Some(d), Some(n)) => Some(format!("{d}. {n}")),
        (Some(d), None) => Some(d.to_owned()),
        (None, Some(n)) => Some(n.to_owned()),
        (None, None) => None,
    }
}

impl Views<'_> {
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
