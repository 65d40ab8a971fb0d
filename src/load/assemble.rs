//! Joins what was loaded into a [`Site`]: indicators across term folders, parents and
//! children, the terms of each organisation, verdicts, and the checks that need more than one file.

use crate::charts;
use crate::config::Config;
use crate::diagnostics::Diagnostic;
use crate::load::data_file::DataFile;
use crate::load::{Loaded, OrgInputs};
use crate::messages::Message;
use crate::model::Site;
use crate::model::chart_kind::Kind;
use crate::model::document::{DateRule, Document, Status};
use crate::model::indicator::{Amount, Indicator, Role, StatedVerdict, Unit};
use crate::model::org::{Org, OrgTerm};
use crate::model::term::Term;
use crate::model::verdict::{Evaluation, Verdict, evaluate_all};
use crate::msg;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

pub fn build_site(
    root: &Path,
    config: Config,
    loaded: Loaded,
    include_drafts: bool,
) -> (Site, Vec<Diagnostic>) {
    let built: Vec<(Option<Org>, Vec<Diagnostic>)> = loaded
        .orgs
        .into_par_iter()
        .map(|inputs| build_org(root, &config, inputs, include_drafts))
        .collect();
    let mut diagnostics = Vec::new();
    let mut orgs = Vec::with_capacity(built.len());
    for (org, org_diagnostics) in built {
        diagnostics.extend(org_diagnostics);
        orgs.extend(org.map(Arc::new));
    }
    let site = Site::new(root.to_path_buf(), config, orgs);
    diagnostics.extend(check_parents(&site));
    (site, diagnostics)
}

/// Joins one organisation's files: its indicators across term folders, their verdicts and
/// charts, its terms and documents. `None` when its `_org.toml` could not be read.
pub fn build_org(
    root: &Path,
    config: &Config,
    inputs: OrgInputs,
    include_drafts: bool,
) -> (Option<Org>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let OrgInputs {
        org,
        term_folders,
        documents,
        mut data_files,
        data_errors,
        originals,
        ..
    } = inputs;
    let Some(mut org) = org else {
        return (None, diagnostics);
    };
    org.data_incomplete = data_errors;
    let mut documents: Vec<Document> = documents
        .into_iter()
        .filter(|d| include_drafts || d.front.status != Status::Draft)
        .collect();
    documents.sort_by(|a, b| {
        (a.term, a.front.doc_type, a.front.date, &a.slug).cmp(&(
            b.term,
            b.front.doc_type,
            b.front.date,
            &b.slug,
        ))
    });
    data_files.sort_by_key(|f| f.term);
    for file in &data_files {
        org.sources.extend(file.sources.iter().cloned());
    }
    org.indicators = join_indicators(data_files, root, &mut diagnostics);
    link_children(&mut org, root, &mut diagnostics);
    for indicator in &mut org.indicators {
        let scale = indicator.scale.as_ref().and_then(|s| config.scales.get(s));
        indicator.evaluations = evaluate_all(indicator, scale.map(Vec::as_slice));
        warn_on_disagreement(indicator, root, &mut diagnostics);
    }
    if config.charts.enabled {
        choose_charts(&mut org, root, &mut diagnostics);
    }
    org.terms = org_terms(&org, &term_folders, &documents);
    for doc in &documents {
        for (id, origin) in &doc.front.highlight_indicators {
            // With a data.toml that failed to load, the indicator may well be in it.
            if org.indicator(id).is_none() && !org.data_incomplete {
                diagnostics.push(
                    Diagnostic::error(msg!("check-highlight-unknown", id = id, org = &org.slug))
                        .at_origin(origin, root)
                        .hint(org.known_ids_hint()),
                );
            }
        }
    }
    for doc in &documents {
        warn_without_date(doc, &mut diagnostics);
    }
    org.documents = documents;
    // Loaded term by term, each in file-name order: already sorted by (term, name).
    org.originals = originals;
    (Some(org), diagnostics)
}

/// A document without `date` is dated by its congress in feeds, or left out of them: the
/// drafter is told which.
fn warn_without_date(doc: &Document, diagnostics: &mut Vec<Diagnostic>) {
    let message = match doc.dated() {
        (_, DateRule::Stated) => return,
        (date, DateRule::Congress) => msg!(
            "check-no-date-congress",
            date = crate::vi::format_date_short(date)
        ),
        (_, DateRule::TermEnd) => msg!("check-no-date"),
    };
    diagnostics.push(
        Diagnostic::warning(message)
            .at_path(doc.display.clone(), 1, 1)
            .hint(msg!("check-no-date-hint")),
    );
}

/// A `parent` must name an organisation of the site: checked once all are known.
pub fn check_parents(site: &Site) -> Vec<Diagnostic> {
    site.orgs
        .iter()
        .filter_map(|org| {
            let (parent, origin) = (org.parent.as_ref()?, org.parent_origin.as_ref()?);
            site.org(parent).is_none().then(|| {
                Diagnostic::error(msg!("check-parent-org-unknown", parent = parent))
                    .at_origin(origin, &site.root)
                    .hint(msg!("check-parent-org-unknown-hint"))
            })
        })
        .collect()
}

/// One indicator per id across the organisation's data files (oldest term first). Definitions
/// must agree on what is measured; values are appended; a target is stated once.
fn join_indicators(
    files: Vec<DataFile>,
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Indicator> {
    let mut joined: Vec<Indicator> = Vec::new();
    for file in files {
        for indicator in file.indicators {
            let Some(existing) = joined.iter_mut().find(|i| i.id == indicator.id) else {
                joined.push(indicator);
                continue;
            };
            let at = indicator
                .observations
                .first()
                .map(|o| o.origin.clone())
                .or_else(|| indicator.targets.first().map(|t| t.origin.clone()));
            let conflict = |message: Message| {
                let d = Diagnostic::error(message).hint(msg!("check-indicator-conflict-hint"));
                match &at {
                    Some(origin) => d.at_origin(origin, root),
                    None => d.at_path(file.display.clone(), 1, 1),
                }
            };
            let (id, here) = (&indicator.id, &file.display);
            let first = existing.defined_in[0].to_string();
            if existing.unit != indicator.unit {
                diagnostics.push(conflict(msg!(
                    "check-indicator-unit-conflict",
                    id = id,
                    new = indicator.unit.code(),
                    here = here,
                    old = existing.unit.code(),
                    first = &first
                )));
                continue;
            }
            if existing.direction != indicator.direction && !indicator.targets.is_empty() {
                diagnostics.push(conflict(msg!(
                    "check-indicator-direction-conflict",
                    id = id,
                    new = indicator.direction.code(),
                    here = here,
                    old = existing.direction.code(),
                    first = &first
                )));
                continue;
            }
            if existing.scale != indicator.scale {
                diagnostics.push(conflict(msg!(
                    "check-indicator-scale-conflict",
                    id = id,
                    new = scale_words(indicator.scale.as_deref()),
                    here = here,
                    old = scale_words(existing.scale.as_deref()),
                    first = &first
                )));
                continue;
            }
            for target in indicator.targets {
                match existing
                    .targets
                    .iter()
                    .find(|t| t.term == target.term && t.kind == target.kind)
                {
                    Some(first)
                        if first.amount != target.amount
                            || first.comparator != target.comparator =>
                    {
                        diagnostics.push(
                            Diagnostic::error(msg!(
                                "check-target-conflict",
                                term = target.term.to_string(),
                                here = &target.display,
                                before = &first.display
                            ))
                            .at_origin(&target.origin, root)
                            .hint(msg!("check-target-conflict-hint")),
                        );
                    }
                    Some(_) => diagnostics.push(
                        Diagnostic::warning(msg!(
                            "check-target-twice",
                            term = target.term.to_string()
                        ))
                        .at_origin(&target.origin, root)
                        .hint(msg!("check-target-twice-hint")),
                    ),
                    None => existing.targets.push(target),
                }
            }
            // The newest file's wording and metadata win; what is measured was checked above.
            existing.name = indicator.name;
            existing.name_en = indicator.name_en.or(existing.name_en.take());
            existing.group = indicator.group.or(existing.group.take());
            existing.unit_label = indicator.unit_label.or(existing.unit_label.take());
            existing.scope = indicator.scope.or(existing.scope.take());
            existing.notes = indicator.notes.or(existing.notes.take());
            existing.parent = indicator.parent.or(existing.parent.take());
            existing.observations.extend(indicator.observations);
            existing.changes.extend(indicator.changes);
            existing.assessments.extend(indicator.assessments);
            for term in indicator.untargeted {
                if !existing.untargeted.contains(&term) {
                    existing.untargeted.push(term);
                }
            }
            existing.defined_in.extend(indicator.defined_in);
        }
    }
    for indicator in &mut joined {
        // Stable: equal periods keep the drafters' order.
        indicator
            .observations
            .sort_by(|a, b| a.period.cmp_time(&b.period));
        indicator.observations.shrink_to_fit();
        indicator.targets.shrink_to_fit();
        indicator.defined_in.shrink_to_fit();
    }
    joined.sort_by_key(|i| i.order);
    joined.shrink_to_fit();
    joined
}

/// Fills `children`, and checks parents exist, have no cycles, and are not exceeded by their parts.
fn link_children(org: &mut Org, root: &Path, diagnostics: &mut Vec<Diagnostic>) {
    let ids: BTreeSet<String> = org.indicators.iter().map(|i| i.id.clone()).collect();
    let mut children: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for indicator in &mut org.indicators {
        let Some(parent) = indicator.parent.clone() else {
            continue;
        };
        if !ids.contains(&parent) {
            let d = Diagnostic::error(msg!(
                "check-parent-indicator-unknown",
                parent = &parent,
                id = &indicator.id,
                org = &org.slug
            ));
            let d = match indicator
                .observations
                .first()
                .map(|o| &o.origin)
                .or(indicator.targets.first().map(|t| &t.origin))
            {
                Some(origin) => d.at_origin(origin, root),
                None => d,
            };
            diagnostics.push(d.hint(msg!("check-parent-indicator-unknown-hint")));
            indicator.parent = None;
            continue;
        }
        children
            .entry(parent)
            .or_default()
            .push(indicator.id.clone());
    }
    for indicator in &org.indicators {
        let mut seen = BTreeSet::new();
        let mut current = indicator.parent.clone();
        while let Some(id) = current {
            if !seen.insert(id.clone()) || id == indicator.id {
                diagnostics.push(
                    Diagnostic::error(msg!("check-parent-cycle", id = &indicator.id))
                        .hint(msg!("check-parent-cycle-hint")),
                );
                break;
            }
            current = org.indicator(&id).and_then(|p| p.parent.clone());
        }
    }
    for indicator in &mut org.indicators {
        indicator.children = children.remove(&indicator.id).unwrap_or_default();
    }
    for parent in &org.indicators {
        if parent.children.is_empty() || parent.unit != Unit::Count {
            continue;
        }
        for obs in parent
            .observations
            .iter()
            .filter(|o| o.role == Role::Result)
        {
            let Amount::Number(total) = obs.amount else {
                continue;
            };
            let parts: Vec<f64> = parent
                .children
                .iter()
                .filter_map(|id| org.indicator(id))
                .filter_map(|child| {
                    child
                        .observations
                        .iter()
                        .find(|c| c.period == obs.period)
                        .and_then(|c| match c.amount {
                            Amount::Number(v) => Some(v),
                            Amount::Fraction { num, .. } => Some(num),
                            _ => None,
                        })
                })
                .collect();
            let sum: f64 = parts.iter().sum();
            if parts.len() > 1 && sum > total {
                diagnostics.push(
                    Diagnostic::warning(msg!(
                        "check-parts-exceed-total",
                        id = &parent.id,
                        sum = sum,
                        period = obs.period.axis_label(),
                        total = total
                    ))
                    .at_origin(&obs.origin, root)
                    .hint(msg!("check-parts-exceed-total-hint")),
                );
            }
        }
    }
}

fn warn_on_disagreement(indicator: &Indicator, root: &Path, diagnostics: &mut Vec<Diagnostic>) {
    for (target, evaluation) in indicator.targets.iter().zip(&indicator.evaluations) {
        if !evaluation.disagrees(indicator) {
            continue;
        }
        let Evaluation {
            verdict,
            stated: Some(stated),
            result,
            ..
        } = evaluation
        else {
            continue;
        };
        let assessment = &indicator.assessments[*stated];
        let result_text = result
            .map(|i| indicator.observations[i].display.clone())
            .unwrap_or_default();
        diagnostics.push(
            Diagnostic::warning(msg!(
                "check-verdict-disagrees",
                id = &indicator.id,
                term = target.term.to_string(),
                stated = stated_words(assessment.verdict),
                wording = assessment.provenance.as_stated().unwrap_or("—"),
                computed = verdict_words(*verdict),
                result = result_text,
                target = &target.display
            ))
            .at_origin(&assessment.origin, root)
            .hint(msg!("check-verdict-disagrees-hint")),
        );
    }
}

/// The computed verdict in words.
fn verdict_words(verdict: Verdict) -> Message {
    match verdict {
        Verdict::Exceeded => msg!("check-verdict-exceeded"),
        Verdict::Achieved => msg!("check-verdict-achieved"),
        Verdict::NotAchieved => msg!("check-verdict-not-achieved"),
        Verdict::Undetermined => msg!("check-verdict-undetermined"),
    }
}

/// The verdict a report states, in words.
fn stated_words(verdict: StatedVerdict) -> Message {
    match verdict {
        StatedVerdict::Exceeded => msg!("check-verdict-exceeded"),
        StatedVerdict::Achieved => msg!("check-verdict-achieved"),
        StatedVerdict::NotAchieved => msg!("check-verdict-not-achieved"),
        StatedVerdict::Partly => msg!("check-verdict-partly"),
    }
}

/// An indicator's `scale` as a message says it: its name, or that it has none.
fn scale_words(scale: Option<&str>) -> Message {
    match scale {
        Some(name) => msg!("check-scale-named", name = name),
        None => msg!("check-scale-none"),
    }
}

/// The chart of each indicator. A `chart = "…"` the data cannot support is a mistake worth
/// saying; the indicator then gets the chart its data allows, or none.
fn choose_charts(org: &mut Org, root: &Path, diagnostics: &mut Vec<Diagnostic>) {
    let kinds: Vec<Option<Kind>> = org
        .indicators
        .iter()
        .map(|indicator| match charts::choose_kind(indicator, org) {
            Ok(kind) => kind,
            Err(charts::spec::Unchartable(why)) => {
                diagnostics.push(
                    Diagnostic::warning(why)
                        .at_origin(&indicator.origin, root)
                        .hint(msg!("check-chart-impossible-hint")),
                );
                let mut auto = indicator.clone();
                auto.chart = crate::model::indicator::ChartKind::Auto;
                charts::choose_kind(&auto, org).ok().flatten()
            }
        })
        .collect();
    for (indicator, kind) in org.indicators.iter_mut().zip(kinds) {
        indicator.chart_kind = kind;
    }
}

/// Term folders, plus terms known only from the data or from a report's `reviewed_term`, each
/// with its documents and the documents of other terms that review it.
fn org_terms(org: &Org, folders: &BTreeSet<Term>, documents: &[Document]) -> Vec<OrgTerm> {
    let mut terms = folders.clone();
    for indicator in &org.indicators {
        terms.extend(indicator.terms());
    }
    terms.extend(documents.iter().filter_map(|d| d.front.reviewed_term));
    terms
        .into_iter()
        .map(|term| OrgTerm {
            term,
            has_folder: folders.contains(&term),
            documents: (0..documents.len())
                .filter(|&d| documents[d].term == term)
                .collect(),
            reviewed_in: (0..documents.len())
                .filter(|&d| {
                    documents[d].term != term && documents[d].front.reviewed_term == Some(term)
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_disagreement_is_said_in_vietnamese() {
        let message = msg!(
            "check-verdict-disagrees",
            id = "ty-le-dang-vien",
            term = "2015-2020",
            stated = stated_words(StatedVerdict::Exceeded),
            wording = "vượt mục tiêu",
            computed = verdict_words(Verdict::NotAchieved),
            result = "48,6%",
            target = "từ 50% trở lên"
        );
        assert_eq!(
            message.vi(),
            "\"ty-le-dang-vien\" nhiệm kỳ 2015-2020: báo cáo đánh giá là vượt (vượt mục tiêu), còn theo số liệu là chưa đạt (48,6% so với mục tiêu từ 50% trở lên)"
        );
        assert_eq!(
            message.en(),
            "\"ty-le-dang-vien\" 2015-2020: the report says exceeded (vượt mục tiêu), the figures give not achieved (48,6% against target từ 50% trở lên)"
        );
    }

    #[test]
    fn parts_and_totals_are_numbers_of_the_language() {
        let message = msg!(
            "check-parts-exceed-total",
            id = "dang-vien",
            sum = 1826.5,
            period = "2020",
            total = 1800.0
        );
        assert_eq!(
            message.vi(),
            "các phần của \"dang-vien\" cộng lại được 1.826,5 trong 2020, nhiều hơn tổng số 1.800"
        );
        assert_eq!(
            message.en(),
            "the parts of \"dang-vien\" add up to 1,826.5 for 2020, more than its total 1,800"
        );
    }
}
